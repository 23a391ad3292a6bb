#include "text/nfc.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include <string>

namespace wirefacts {

bool IsNfc(std::string_view text) {
  unsigned high = 0;
  for (char c : text) high |= static_cast<unsigned char>(c);
  if (high < 0x80) return true;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  const bool normalized = nfc->isNormalizedUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return U_SUCCESS(status) && normalized;
}

Status ToNfc(const TrackedText& in, TrackedText* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return Status::InvalidArgument("ICU NFC data unavailable");
  const icu::StringPiece piece(in.text.data(), static_cast<int32_t>(in.text.size()));
  const bool normalized = nfc->isNormalizedUTF8(piece, status);
  if (U_SUCCESS(status) && normalized) {
    *out = in;
    return Status::OK();
  }
  status = U_ZERO_ERROR;
  std::string result;
  result.reserve(in.text.size());
  icu::StringByteSink<std::string> sink(&result);
  icu::Edits edits;
  nfc->normalizeUTF8(0, piece, sink, &edits, status);
  if (U_FAILURE(status)) {
    return Status::InvalidInput(std::string("NFC normalisation failed: ") + u_errorName(status));
  }
  out->Reset(result.size());
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const size_t from = static_cast<size_t>(it.sourceIndex());
    const size_t old_len = static_cast<size_t>(it.oldLength());
    if (!it.hasChange()) {
      out->AppendCopy(in, from, old_len);
    } else {
      const std::string_view repl(result.data() + it.destinationIndex(),
                                  static_cast<size_t>(it.newLength()));
      out->AppendReplacement(in, from, old_len, repl);
    }
  }
  if (U_FAILURE(status) || out->text != result) {
    return Status::InvalidInput("NFC normalisation: inconsistent edits");
  }
  out->Finish(in, in.text.size());
  return Status::OK();
}

}  // namespace wirefacts
