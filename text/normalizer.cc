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
namespace {

// 64-bit FNV-1a, continued from `h`.
uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

void AppendHex(uint64_t h, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  char digits[16];
  for (int i = 15; i >= 0; --i, h >>= 4) digits[i] = kHex[h & 0xf];
  out->append(digits, 16);
}

}  // namespace

struct Normalizer::Impl {
  std::unique_ptr<BoilerplateFilter> boilerplate;
  std::unique_ptr<SentenceSplitter> splitter;
  std::string rules_hash;  // 16 hex digits: every text/rules file, as read
};

Normalizer::Normalizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Normalizer::~Normalizer() = default;

Status Normalizer::Create(const RuleFiles& rules, std::unique_ptr<Normalizer>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(BoilerplateFilter::Create(rules, &impl->boilerplate));
  WF_RETURN_IF_ERROR(SentenceSplitter::Create(rules, &impl->splitter));
  // Every rule file of the normaliser (embedded and overlay), names
  // included: a rule added anywhere under text/rules changes the keys.
  uint64_t h = Fnv1a("");
  for (const std::string& name : ListEmbeddedFiles("text/rules/")) {
    std::string text;
    WF_RETURN_IF_ERROR(rules.Read(name, &text));
    h = Fnv1a(name, h);
    h = Fnv1a(std::string_view("\0", 1), h);
    h = Fnv1a(text, h);
    h = Fnv1a(std::string_view("\0", 1), h);
  }
  AppendHex(h, &impl->rules_hash);
  out->reset(new Normalizer(std::move(impl)));
  return Status::OK();
}

std::string Normalizer::InputKey(std::string_view input) const {
  std::string key = std::to_string(input.size());
  key += ':';
  AppendHex(Fnv1a(input), &key);
  key += ':';
  key += impl_->rules_hash;
  return key;
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
  // Text already in NFC (nearly all news) is left where it is: ToNfc would
  // copy it unchanged.
  if (!IsNfc(a.text)) {
    WF_RETURN_IF_ERROR(ToNfc(a, &b));
    std::swap(a, b);
  }
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
