#include "text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace wirefacts {
namespace {

enum class AbbrevKind { kTitle, kNumber, kAny };

inline bool IsSpaceAt(std::string_view s, size_t i) {
  const char c = s[i];
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') ||
         (c == '\xA0' && i > 0 && s[i - 1] == '\xC2');
}

inline bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Opening punctuation stripped from a token's start: ( [ " ' “ ‘.
size_t SkipOpeners(std::string_view s, size_t i, size_t end) {
  while (i < end) {
    if (s[i] == '(' || s[i] == '[' || s[i] == '"' || s[i] == '\'') {
      ++i;
    } else if (i + 2 < end && s[i] == '\xE2' && s[i + 1] == '\x80' &&
               (s[i + 2] == '\x9C' || s[i + 2] == '\x98')) {
      i += 3;
    } else {
      break;
    }
  }
  return i;
}

// "J." or a dotted acronym such as "U.S.", "a.m.", "N.A.T.O.".
bool IsInitialOrAcronym(std::string_view t) {
  if (t.size() < 2 || t.size() % 2 != 0) return false;
  for (size_t i = 0; i < t.size(); i += 2) {
    if (!IsAsciiLetter(t[i]) || t[i + 1] != '.') return false;
  }
  return t.size() > 2 || (t[0] >= 'A' && t[0] <= 'Z');
}

}  // namespace

struct SentenceSplitter::Impl {
  std::unordered_map<std::string, AbbrevKind> abbreviations;
  std::unordered_set<std::string> starters;
  std::unique_ptr<icu::BreakIterator> prototype;

  // True when the ICU break at `b` (the next sentence's first byte) should be
  // removed. `prev_end` is the end of the text before b without white space.
  bool Suppress(std::string_view s, size_t prev_end, size_t b) const;
};

bool SentenceSplitter::Impl::Suppress(std::string_view s, size_t prev_end, size_t b) const {
  if (prev_end == 0) return false;
  // A bracketed abbreviation standing alone, "(U.K.)" in "Sony (U.K.) Ltd",
  // reads as the abbreviation: the bracket opened inside the token, so no
  // sentence inside the bracket ends there. "(see page 3.)" and "3.)" do
  // not qualify.
  size_t close = 0;
  if (s[prev_end - 1] == ')' && prev_end >= 4 && s[prev_end - 2] == '.') {
    size_t ob = prev_end - 1;
    while (ob > 0 && !IsSpaceAt(s, ob - 1)) --ob;
    if (s[ob] == '(') close = 1;
  }
  if (s[prev_end - 1 - close] != '.') return false;
  prev_end -= close;
  // Any "\n" between the two sentences is a paragraph end: a hard break.
  for (size_t i = prev_end; i < b; ++i) {
    if (s[i] == '\n') return false;
  }
  size_t tb = prev_end;
  while (tb > 0 && !IsSpaceAt(s, tb - 1)) --tb;
  tb = SkipOpeners(s, tb, prev_end);
  const std::string_view token = s.substr(tb, prev_end - tb);
  AbbrevKind kind;
  auto it = abbreviations.find(std::string(token));
  if (it != abbreviations.end()) {
    kind = it->second;
  } else if (IsInitialOrAcronym(token)) {
    kind = AbbrevKind::kAny;
  } else {
    return false;
  }
  if (kind == AbbrevKind::kTitle) return true;
  size_t nb = SkipOpeners(s, b, s.size());
  if (nb >= s.size()) return false;
  const char first = s[nb];
  const bool digit = first >= '0' && first <= '9';
  if (kind == AbbrevKind::kNumber) return digit;
  if (digit || (first >= 'a' && first <= 'z')) return true;
  size_t ne = nb;
  while (ne < s.size() && IsAsciiLetter(s[ne])) ++ne;
  if (ne < s.size() && s[ne] == '-') return true;  // "U.S. Under-Secretary": a compound
  return starters.count(std::string(s.substr(nb, ne - nb))) == 0;
}

SentenceSplitter::SentenceSplitter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SentenceSplitter::~SentenceSplitter() = default;

Status SentenceSplitter::Create(const RuleFiles& rules, std::unique_ptr<SentenceSplitter>* out) {
  std::string abbreviations, starters;
  WF_RETURN_IF_ERROR(rules.Read(kAbbreviationFile, &abbreviations));
  WF_RETURN_IF_ERROR(rules.Read(kStarterFile, &starters));
  return FromText(abbreviations, starters, out);
}

Status SentenceSplitter::FromText(std::string_view abbreviations, std::string_view starters,
                                  std::unique_ptr<SentenceSplitter>* out) {
  auto impl = std::make_unique<Impl>();
  for (const RuleRecord& rec : ParseRuleText(abbreviations)) {
    const std::string where = std::string(kAbbreviationFile) + ": line " + std::to_string(rec.line);
    if (rec.fields.size() < 2 || rec.fields[0].empty() || rec.fields[0].back() != '.') {
      return Status::InvalidInput(where + ": expected ABBREVIATION.<TAB>KIND");
    }
    const std::string& k = rec.fields[1];
    AbbrevKind kind;
    if (k == "title") {
      kind = AbbrevKind::kTitle;
    } else if (k == "number") {
      kind = AbbrevKind::kNumber;
    } else if (k == "any") {
      kind = AbbrevKind::kAny;
    } else {
      return Status::InvalidInput(where + ": kind must be title, number or any, not '" + k + "'");
    }
    impl->abbreviations[rec.fields[0]] = kind;  // a later (overlay) line wins
  }
  for (const RuleRecord& rec : ParseRuleText(starters)) {
    if (!rec.fields[0].empty()) impl->starters.insert(rec.fields[0]);
  }
  UErrorCode status = U_ZERO_ERROR;
  impl->prototype.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en_US"), status));
  if (U_FAILURE(status) || impl->prototype == nullptr) {
    return Status::InvalidArgument(std::string("ICU sentence break rules unavailable: ") +
                                   u_errorName(status));
  }
  out->reset(new SentenceSplitter(std::move(impl)));
  return Status::OK();
}

Status SentenceSplitter::Split(std::string_view text, std::vector<Sentence>* out) const {
  if (text.empty()) return Status::OK();
  // BreakIterator is not thread-safe: one clone per thread and splitter,
  // reused across calls.
  thread_local const Impl* owner = nullptr;
  thread_local std::unique_ptr<icu::BreakIterator> cached;
  if (owner != impl_.get() || cached == nullptr) {
    cached.reset(impl_->prototype->clone());
    owner = impl_.get();
  }
  icu::BreakIterator* bi = cached.get();
  // The iterator reads UTF-16: over a UTF-8 UText, ICU converts the text
  // chunk by chunk behind every character it reads (a quarter of the
  // splitter's time). Boundaries come back as UTF-16 indexes, mapped to
  // bytes through `byte_at` (the identity for ASCII text). A boundary is
  // never inside a surrogate pair, and the code points are the same, so
  // the boundaries are those the UTF-8 text gives.
  thread_local std::vector<UChar> units;
  thread_local std::vector<uint32_t> byte_at;  // per unit and the end; empty: ASCII
  byte_at.clear();
  units.resize(text.size());
  unsigned high = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    units[i] = c;
    high |= c;
  }
  const bool ascii = high < 0x80;
  if (!ascii) {
    units.clear();
    const auto* p = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t n = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < n;) {
      const uint32_t at = static_cast<uint32_t>(i);
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) c = 0xFFFD;  // not reached: the text is valid UTF-8
      if (c <= 0xFFFF) {
        units.push_back(static_cast<UChar>(c));
        byte_at.push_back(at);
      } else {
        units.push_back(U16_LEAD(c));
        units.push_back(U16_TRAIL(c));
        byte_at.push_back(at);
        byte_at.push_back(at);
      }
    }
    byte_at.push_back(static_cast<uint32_t>(text.size()));
  }
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUChars(nullptr, units.data(), static_cast<int64_t>(units.size()), &status);
  if (U_FAILURE(status)) return Status::InvalidInput("ICU could not open the text");
  bi->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    return Status::InvalidInput("ICU could not set the text");
  }
  size_t start = 0;  // start of the pending sentence
  for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next()) {
    const size_t bound = ascii ? static_cast<size_t>(b) : byte_at[static_cast<size_t>(b)];
    size_t e = bound;
    while (e > start && IsSpaceAt(text, e - 1)) --e;
    if (bound < text.size() && impl_->Suppress(text, e, bound)) continue;
    size_t s = start;
    while (s < e && IsSpaceAt(text, s)) ++s;
    if (s < e) out->push_back({s, e});
    start = bound;
  }
  utext_close(ut);
  if (units.capacity() > (size_t{1} << 22)) {  // a huge text: let its copy go
    units = std::vector<UChar>();
    byte_at = std::vector<uint32_t>();
  }
  return Status::OK();
}

}  // namespace wirefacts
