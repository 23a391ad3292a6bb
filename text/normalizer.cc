#include "text/normalizer.h"

#include <cstring>
#include <limits>
#include <string>

#include "base/utf8.h"
#include "text/boilerplate.h"
#include "text/mojibake.h"
#include "text/nfc.h"
#include "text/paragraphs.h"
#include "text/sentence_splitter.h"
#include "text/tracked_text.h"

namespace wirefacts {

struct Normalizer::Impl {
  std::unique_ptr<BoilerplateFilter> boilerplate;
  std::unique_ptr<SentenceSplitter> splitter;
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Normalizer::~Normalizer() = default;

Status Normalizer::Create(const RuleFiles& rules, std::unique_ptr<Normalizer>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(BoilerplateFilter::Create(rules, &impl->boilerplate));
  WF_RETURN_IF_ERROR(SentenceSplitter::Create(rules, &impl->splitter));
  out->reset(new Normalizer(std::move(impl)));
  return Status::OK();
}

Status Normalizer::Normalize(std::string_view input, NormalizedText* out) const {
  *out = NormalizedText();
  if (const void* nul = std::memchr(input.data(), '\0', input.size())) {
    const size_t at = static_cast<const char*>(nul) - input.data();
    return Status::InvalidInput("NUL byte at " + std::to_string(at) + " (binary file?)");
  }
  size_t bad = 0;
  if (!IsValidUtf8(input, &bad)) {
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad));
  }
  if (input.size() >= std::numeric_limits<uint32_t>::max()) {
    return Status::InvalidInput("text too large (" + std::to_string(input.size()) + " bytes)");
  }

  // Each stage reads one TrackedText and writes the next; `a` and `b` swap.
  TrackedText a = TrackedText::FromInput(input);
  TrackedText b;
  if (MayHaveMojibake(a.text)) {
    // Twice at most: text mis-decoded twice needs two rounds.
    for (int round = 0; round < 2; ++round) {
      const int n = RepairMojibake(a, &b);
      std::swap(a, b);
      out->repaired += n;
      if (n == 0 || !MayHaveMojibake(a.text)) break;
    }
  }
  WF_RETURN_IF_ERROR(ToNfc(a, &b));
  std::swap(a, b);
  LayOutParagraphs(a, &b);
  std::swap(a, b);
  out->dropped_lines = impl_->boilerplate->Filter(a, &b);
  std::swap(a, b);
  out->repaired += RepairQuoteDaggers(a, &b);
  std::swap(a, b);

  WF_RETURN_IF_ERROR(impl_->splitter->Split(a.text, &out->sentences));
  out->map = a.ToOffsetMap();
  out->text = std::move(a.text);
  return Status::OK();
}

}  // namespace wirefacts
