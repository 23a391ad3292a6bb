#include "extractors/figure_rules.h"

#include <algorithm>
#include <cstdint>
#include <mutex>

#include "re2/re2.h"
#include "re2/set.h"

#include "extractors/compile_once.h"

namespace wirefacts {

namespace {

constexpr char kQualifiersFile[] = "extractors/rules/numbers_qualifiers.tsv";

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Position of the next UTF-8 character start after `pos`.
size_t NextChar(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

}  // namespace

std::string NormalizeSurface(std::string_view s) {
  std::string out = CollapseSpaces(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

namespace {

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// True when a figure starting at `begin` would start inside a number or a
// dealer's bid/offer quote, which states the offer by its last digits or as
// a second fraction: at a decimal point after a digit; at the digits after
// a number's decimal point or thousands comma ("40/50 yen" in "146.40/50
// yen"); after a slash, at a fraction's denominator or a short offer -- no
// more digits than the bid's decimals ("50 yen" there; "422.40 dlrs" in
// "421.90/422.40 dlrs" is a number of its own); or at the second fraction
// of "9-9/16 7/16 pct".
bool InsideNumber(std::string_view text, size_t begin) {
  if (begin < 2 || begin >= text.size()) return false;
  const char prev = text[begin - 1];
  if (text[begin] == '.') return IsDigitByte(prev);
  if (!IsDigitByte(text[begin])) return false;
  if ((prev == '.' || prev == ',') && IsDigitByte(text[begin - 2])) return true;
  if (prev == '/' && IsDigitByte(text[begin - 2])) {
    size_t decimals = 0;
    size_t i = begin - 1;
    while (i > 0 && IsDigitByte(text[i - 1])) --i, ++decimals;
    if (i < 2 || text[i - 1] != '.' || !IsDigitByte(text[i - 2])) return true;  // "9/16"
    size_t offer = 0;
    while (begin + offer < text.size() && IsDigitByte(text[begin + offer])) ++offer;
    const bool whole = begin + offer < text.size() && text[begin + offer] == '.';
    return !whole && offer <= decimals;
  }
  if (prev == ' ') {
    // A decimal broken by a space ("an 11. 6 pct stake"): a number of one
    // to three digits, a period, one space. A year before the period is
    // more likely a sentence's end ("in 1986. 6 pct of ...").
    if (begin >= 3 && text[begin - 2] == '.' && IsDigitByte(text[begin - 3])) {
      size_t i = begin - 2, digits = 0;
      while (i > 0 && IsDigitByte(text[i - 1])) --i, ++digits;
      if (digits <= 3 && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '(')) return true;
    }
    // This match is a fraction and the token before it ends in one.
    size_t e = begin;
    while (e < text.size() && IsDigitByte(text[e])) ++e;
    if (e + 1 >= text.size() || text[e] != '/' || !IsDigitByte(text[e + 1])) return false;
    size_t i = begin - 1;
    size_t den = 0;
    while (i > 0 && IsDigitByte(text[i - 1])) --i, ++den;
    return den > 0 && i >= 2 && text[i - 1] == '/' && IsDigitByte(text[i - 2]);
  }
  return false;
}

}  // namespace

bool DigitsAlike(std::string_view re) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  // Bit d set: digit d is in [lo, hi].
  auto span_mask = [](unsigned char lo, unsigned char hi) {
    unsigned mask = 0;
    for (int d = 0; d < 10; ++d)
      if (lo <= '0' + d && '0' + d <= hi) mask |= 1u << d;
    return mask;
  };
  constexpr unsigned kAll = (1u << 10) - 1;
  const size_t n = re.size();
  size_t i = 0;
  while (i < n) {
    const char c = re[i];
    if (c == '\\') {
      if (i + 1 >= n) return false;
      const char e = re[i + 1];
      const bool alnum = digit(e) || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
      if (alnum && std::string_view("dDsSwWbBAzntrfv").find(e) == std::string_view::npos)
        return false;
      i += 2;
      continue;
    }
    if (c == '[') {
      size_t j = i + 1;
      if (j < n && re[j] == '^') ++j;
      unsigned mask = 0;
      bool first = true;
      while (true) {
        if (j >= n) return false;
        if (re[j] == ']' && !first) break;
        first = false;
        if (re.compare(j, 2, "[:") == 0) {  // [:alpha:]: every POSIX class has all digits or none
          size_t close = re.find(":]", j + 2);
          if (close == std::string_view::npos) return false;
          j = close + 2;
          continue;
        }
        // One character (lo), maybe the start of a range lo-hi.
        auto read_char = [&](size_t* k, unsigned char* value, unsigned* class_mask) {
          *class_mask = 0;
          if (re[*k] != '\\') {
            *value = static_cast<unsigned char>(re[*k]);
            ++*k;
            return true;
          }
          if (*k + 1 >= n) return false;
          const char e = re[*k + 1];
          *k += 2;
          if (e == 'd' || e == 'w' || e == 'S') {
            *class_mask = kAll;
            *value = 0;
            return true;
          }
          if (e == 'D' || e == 'W' || e == 's') {
            *value = 0;
            return true;
          }
          const bool alnum = digit(e) || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
          if (alnum && std::string_view("ntrfv").find(e) == std::string_view::npos) return false;
          *value = alnum ? 'a' : static_cast<unsigned char>(e);  // \n etc.: no digit
          return true;
        };
        unsigned char lo = 0, hi = 0;
        unsigned lo_class = 0, hi_class = 0;
        const bool lo_escaped = re[j] == '\\';
        if (!read_char(&j, &lo, &lo_class)) return false;
        if (lo_class || (lo_escaped && lo == 0)) {
          mask |= lo_class;
          continue;
        }
        if (j + 1 < n && re[j] == '-' && re[j + 1] != ']') {
          ++j;
          if (!read_char(&j, &hi, &hi_class) || hi_class) return false;
          mask |= span_mask(lo, hi);
        } else {
          mask |= span_mask(lo, lo);
        }
      }
      if (mask != 0 && mask != kAll) return false;
      i = j + 1;
      continue;
    }
    if (c == '{') {  // a repeat count, or a literal brace
      size_t j = i + 1;
      while (j < n && digit(re[j])) ++j;
      if (j > i + 1 && j < n && re[j] == ',') {
        ++j;
        while (j < n && digit(re[j])) ++j;
      }
      if (j > i + 1 && j < n && re[j] == '}') {
        i = j + 1;
        continue;
      }
      ++i;
      continue;
    }
    if (re.compare(i, 4, "(?P<") == 0 || re.compare(i, 3, "(?<") == 0) {
      size_t close = re.find('>', i);
      if (close == std::string_view::npos) return false;
      i = close + 1;
      continue;
    }
    if (digit(c)) return false;
    ++i;
  }
  return true;
}

namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of the repeat operator at re[j] ("?", "*", "+", "{2}", "{1,3}"), 0
// when there is none ("{" not followed by a count is a literal brace).
size_t RepeatAt(std::string_view re, size_t j) {
  if (j >= re.size()) return 0;
  if (re[j] == '?' || re[j] == '*' || re[j] == '+') return 1;
  if (re[j] != '{') return 0;
  size_t k = j + 1;
  auto digit = [&](size_t i) { return i < re.size() && re[i] >= '0' && re[i] <= '9'; };
  while (digit(k)) ++k;
  if (k == j + 1) return 0;
  if (k < re.size() && re[k] == ',') {
    ++k;
    while (digit(k)) ++k;
  }
  return k < re.size() && re[k] == '}' ? k + 1 - j : 0;
}

}  // namespace

bool LetterPieces(std::string_view re, std::vector<std::string>* pieces) {
  // Non-ASCII characters that fold to ASCII letters under (?i): KELVIN SIGN
  // and LONG S.
  if (re.find("\xE2\x84\xAA") != std::string_view::npos ||
      re.find("\xC5\xBF") != std::string_view::npos)
    return false;
  auto alnum = [](char c) { return IsAsciiLetter(c) || (c >= '0' && c <= '9'); };
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) pieces->push_back(cur);
    cur.clear();
  };
  const size_t n = re.size();
  size_t i = 0;
  while (i < n) {
    const char c = re[i];
    if (IsAsciiLetter(c)) {
      if (RepeatAt(re, i + 1)) {  // "s?" : a piece of its own
        flush();
        pieces->push_back(std::string(1, LowerAscii(c)));
      } else {
        cur.push_back(LowerAscii(c));
      }
      ++i;
      continue;
    }
    flush();
    if (c == '\\') {
      if (i + 1 >= n) return false;
      const char e = re[i + 1];
      // \d \s \W \b \B \A \z \n \t \r \f \v match no ASCII letter; other
      // letter or digit escapes (\w \S \D \p \C \x \Q, back references)
      // might.
      if (alnum(e) && std::string_view("dsWbBAzntrfv").find(e) == std::string_view::npos)
        return false;
      i += 2;
      continue;
    }
    if (c == '.') return false;
    if (c == '[') {
      size_t j = i + 1;
      if (j < n && re[j] == '^') return false;  // a negated class holds letters
      bool first = true;
      while (true) {
        if (j >= n) return false;
        if (re[j] == ']' && !first) break;
        first = false;
        if (re.compare(j, 2, "[:") == 0) {
          const size_t close = re.find(":]", j + 2);
          if (close == std::string_view::npos) return false;
          const std::string_view name = re.substr(j + 2, close - j - 2);
          if (name != "digit" && name != "space" && name != "blank" && name != "punct" &&
              name != "cntrl")
            return false;
          j = close + 2;
          continue;
        }
        // One character, maybe the start of a range.
        auto read_char = [&](size_t* k, unsigned char* value) {
          if (re[*k] != '\\') {
            *value = static_cast<unsigned char>(re[*k]);
            ++*k;
            return true;
          }
          if (*k + 1 >= n) return false;
          const char e = re[*k + 1];
          *k += 2;
          if (alnum(e) && std::string_view("dsWntrfv").find(e) == std::string_view::npos)
            return false;
          *value = alnum(e) ? 0 : static_cast<unsigned char>(e);  // \d, \n ...: no letter
          return true;
        };
        const bool escaped = re[j] == '\\';
        unsigned char lo = 0, hi = 0;
        if (!read_char(&j, &lo)) return false;
        if (escaped && lo == 0) continue;  // \d \s \W: no letter, no range
        hi = lo;
        if (j + 1 < n && re[j] == '-' && re[j + 1] != ']') {
          ++j;
          if (!read_char(&j, &hi)) return false;
        }
        if ((lo <= 'Z' && hi >= 'A') || (lo <= 'z' && hi >= 'a')) return false;
      }
      i = j + 1;
      continue;
    }
    if (c == '(' && i + 1 < n && re[i + 1] == '?') {
      // (?P<name>, (?<name>, (?i:, (?-i:, (?i): names and flags are no text.
      size_t j = i + 2;
      if (j < n && (re[j] == 'P' || re[j] == '<')) {
        const size_t close = re.find('>', j);
        if (close == std::string_view::npos) return false;
        i = close + 1;
        continue;
      }
      while (j < n && (IsAsciiLetter(re[j]) || re[j] == '-')) ++j;
      if (j >= n || (re[j] != ':' && re[j] != ')')) return false;
      i = j + 1;
      continue;
    }
    ++i;
  }
  flush();
  return true;
}

// --- SurfaceTable -------------------------------------------------------------

void SurfaceTable::Add(std::string_view surface, int record, bool case_sensitive) {
  std::string collapsed = CollapseSpaces(surface);
  if (collapsed.empty()) return;
  surfaces_.push_back({collapsed, case_sensitive});
  if (case_sensitive) {
    exact_.emplace(collapsed, record);
  } else {
    folded_.emplace(NormalizeSurface(collapsed), record);
  }
}

std::string SurfaceTable::Pattern(bool word_start, bool word_end) const {
  if (surfaces_.empty()) return "(?:\\b\\B)";
  std::vector<Entry> sorted = surfaces_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) {
    return a.surface.size() > b.surface.size();
  });
  std::string out = "(?:";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string& s = sorted[i].surface;
    std::string alt;
    if (word_start && IsWordByte(static_cast<unsigned char>(s.front()))) alt += "\\b";
    size_t start = 0;
    while (start <= s.size()) {
      size_t sp = s.find(' ', start);
      if (sp == std::string::npos) sp = s.size();
      alt += RE2::QuoteMeta(s.substr(start, sp - start));
      if (sp < s.size()) alt += "\\s+";
      start = sp + 1;
    }
    if (word_end && IsWordByte(static_cast<unsigned char>(s.back()))) alt += "\\b";
    if (sorted[i].case_sensitive) alt = "(?-i:" + alt + ")";
    if (i) out += "|";
    out += alt;
  }
  out += ")";
  return out;
}

int SurfaceTable::Find(std::string_view s) const {
  std::string collapsed = CollapseSpaces(s);
  auto e = exact_.find(collapsed);
  if (e != exact_.end()) return e->second;
  auto f = folded_.find(NormalizeSurface(collapsed));
  if (f != folded_.end()) return f->second;
  return -1;
}

// --- FigurePatterns ---------------------------------------------------------

struct FigurePatterns::Impl {
  struct Regex {
    explicit Regex(const std::string& pattern) : re(pattern, Options()) {
      ngroups = re.NumberOfCapturingGroups();
      for (const auto& [name, index] : re.NamedCapturingGroups()) groups.emplace_back(name, index);
    }
    static RE2::Options Options() {
      RE2::Options options;
      options.set_case_sensitive(false);
      options.set_log_errors(false);
      options.set_max_mem(64 << 20);
      return options;
    }
    RE2 re;
    std::vector<std::pair<std::string, int>> groups;  // name -> group index
    int ngroups = 0;
  };
  struct Compiled {
    std::string name;
    // The pattern, compiled on first use: a text runs only the patterns the
    // set finds in its windows (Create compiles them all when an overlay
    // adds patterns).
    CompileOnce<Regex> regex;
    // DigitsAlike(pattern): its capture cache keys write every digit as '0'.
    bool digits_alike = false;
  };
  std::vector<Compiled> patterns;
  // Every gated pattern, unanchored, as one set: which of them match
  // somewhere in a window, so that the others are not run over it. Null
  // when the set does not compile or holds no pattern (then every pattern
  // runs over every window). An "ungated" pattern (rule-file flag: one found
  // around nearly every anchor) runs over every window: the set without it
  // is smaller and cheaper to run, and would have skipped it in few windows.
  // The gate only skips scans that find nothing, so which patterns it holds
  // never changes the matches.
  std::unique_ptr<RE2::Set> set;
  std::vector<int> set_pattern;  // set index -> pattern index
  std::vector<char> gated;       // per pattern: in the set
  std::unique_ptr<RE2> anchor;
  size_t before = 0, after = 0;

  // SetPresence(): the presence pattern, and the letter pieces of every
  // pattern in a trie (node 0 the root; children by letter, -1 none).
  // Null presence: windows are not narrowed.
  std::unique_ptr<RE2> presence;
  struct PieceNode {
    int next[26];
    bool end = false;
  };
  std::vector<PieceNode> pieces;
  std::vector<std::string> letter_pieces;  // of every pattern, from Create
  bool pieces_ok = true;                   // LetterPieces accepted every pattern

  // True when lower-cased ASCII letters `word` are a concatenation of
  // pieces (a word longer than 64 letters counts as one).
  bool Possible(std::string_view word) const;
  // True when the letter run [b, e) of `text` can be in no match that holds
  // it whole: not a concatenation of pieces, and next to no non-ASCII byte
  // (a non-ASCII character may fold to a letter a pattern spells).
  bool Barrier(std::string_view text, size_t b, size_t e) const;
  // The windows of `windows` narrowed (see SetPresence).
  std::vector<std::pair<size_t, size_t>> Narrow(
      std::string_view text, const std::vector<std::pair<size_t, size_t>>& windows) const;

  // The named groups of pattern matches seen before. Reading the groups of a
  // match costs more than finding it (the patterns are too large for RE2's
  // bit-state engine: its NFA runs over the match), and wire copy repeats
  // its figures ("15 mln dlrs"): about half the groups read on the Reuters
  // corpus are found here. The groups are a function of the match's bytes
  // and of what RE2 looks at outside them: \b and \B read the byte before
  // and the byte after, ^ and $ whether the match touches the text's start
  // or end (nothing else: RE2 has no lookaround). CaptureKey holds exactly
  // these, so a cached answer is the one RE2 would give. For a pattern that
  // cannot tell digits apart (DigitsAlike), the key writes every digit as
  // '0': "15.3 mln dlrs" and "27.9 mln dlrs" match alike, group for group
  // (on the Reuters corpus, 5,096 distinct money keys instead of 20,083).
  // Bounded: emptied when full.
  static constexpr size_t kCaptureCacheSize = 1 << 14;
  mutable std::mutex capture_mu;
  // CaptureKey -> per entry of Compiled::groups, offset from the match's
  // start and length; -1, -1 for a group that took no part.
  mutable std::unordered_map<std::string, std::vector<int>> capture_cache;

  static void CaptureKey(std::string_view text, size_t begin, size_t end, int pattern,
                         bool digits_alike, std::string* key);
  // Fills m.groups for the match [m.begin, m.end) of `c`.
  void ReadGroups(std::string_view text, const Compiled& c, FigureMatch* m) const;
};

void FigurePatterns::Impl::CaptureKey(std::string_view text, size_t begin, size_t end, int pattern,
                                      bool digits_alike, std::string* key) {
  key->clear();
  key->append(reinterpret_cast<const char*>(&pattern), sizeof pattern);
  key->push_back(static_cast<char>((begin > 0 ? 1 : 0) | (end < text.size() ? 2 : 0)));
  const size_t bytes = key->size();
  key->push_back(begin > 0 ? text[begin - 1] : '\0');
  key->push_back(end < text.size() ? text[end] : '\0');
  key->append(text.substr(begin, end - begin));
  if (digits_alike) {
    for (size_t i = bytes; i < key->size(); ++i)
      if ((*key)[i] >= '0' && (*key)[i] <= '9') (*key)[i] = '0';
  }
}

void FigurePatterns::Impl::ReadGroups(std::string_view text, const Compiled& c,
                                      FigureMatch* m) const {
  thread_local std::string key;
  CaptureKey(text, m->begin, m->end, m->pattern, c.digits_alike, &key);
  thread_local std::vector<int> spans;
  spans.clear();
  bool cached = false;
  {
    std::lock_guard<std::mutex> lock(capture_mu);
    auto it = capture_cache.find(key);
    if (it != capture_cache.end()) {
      spans.assign(it->second.begin(), it->second.end());
      cached = true;
    }
  }
  if (!cached) {
    // The same search over the match alone: its first match is the match
    // itself (the pattern's preferred match at its start, none starting
    // earlier), and RE2 reads the groups of it. The text given is the match
    // and one byte either side, all RE2 looks at (see above). Unanchored on
    // purpose: RE2 then finds the bounds with the forward DFA the scan has
    // warmed; ANCHOR_BOTH runs a DFA of its own first, cold (ReadGroups
    // 74.5 M -> 85.2 M instructions, first 1,500 Reuters stories).
    const size_t cb = m->begin > 0 ? m->begin - 1 : 0;
    const size_t ce = std::min(text.size(), m->end + 1);
    const Regex& r = c.regex.Get();
    thread_local std::vector<re2::StringPiece> groups;
    groups.assign(r.ngroups + 1, re2::StringPiece());
    r.re.Match(text.substr(cb, ce - cb), m->begin - cb, m->end - cb, RE2::UNANCHORED, groups.data(),
               static_cast<int>(groups.size()));
    for (const auto& [name, index] : r.groups) {
      const re2::StringPiece& g = groups[index];
      if (g.data() == nullptr) {
        spans.push_back(-1);
        spans.push_back(-1);
      } else {
        spans.push_back(static_cast<int>(g.data() - text.data() - m->begin));
        spans.push_back(static_cast<int>(g.size()));
      }
    }
    std::lock_guard<std::mutex> lock(capture_mu);
    if (capture_cache.size() >= kCaptureCacheSize) capture_cache.clear();
    capture_cache.emplace(key, spans);
  }
  // `names` is in name order (RE2's NamedCapturingGroups is a std::map),
  // and so is m->groups.
  const std::vector<std::pair<std::string, int>>& names = c.regex.Get().groups;
  size_t present = 0;
  for (size_t i = 0; i < names.size(); ++i) present += spans[2 * i] >= 0 ? 1 : 0;
  m->groups.reserve(present);
  for (size_t i = 0; i < names.size(); ++i) {
    if (spans[2 * i] < 0) continue;
    m->groups.emplace_back(names[i].first, text.substr(m->begin + spans[2 * i], spans[2 * i + 1]));
  }
}

FigurePatterns::FigurePatterns(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FigurePatterns::~FigurePatterns() = default;

Status FigurePatterns::Create(const RuleFiles& rules, std::string_view file,
                              const std::map<std::string, std::string>& macros,
                              std::unique_ptr<FigurePatterns>* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(file, &records));
  auto impl = std::make_unique<Impl>();
  auto set = std::make_unique<RE2::Set>(Impl::Regex::Options(), RE2::UNANCHORED);
  // An overlay's patterns compile here, so a bad one is reported at start.
  const bool compile_now = !rules.overlay_dir().empty();
  for (const RuleRecord& r : records) {
    std::string where = std::string(file) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2 || r.fields[0].empty() || r.fields[1].empty()) {
      return Status::InvalidInput(where + ": expected name <TAB> pattern");
    }
    const std::string& tmpl = r.fields[1];
    std::string expanded;
    for (size_t i = 0; i < tmpl.size();) {
      if (tmpl[i] == '{') {
        size_t close = tmpl.find('}', i);
        std::string name =
            close == std::string::npos ? std::string() : tmpl.substr(i + 1, close - i - 1);
        bool is_macro = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        });
        if (is_macro) {
          auto it = macros.find(name);
          if (it == macros.end())
            return Status::InvalidInput(where + ": unknown macro {" + name + "}");
          expanded += it->second;
          i = close + 1;
          continue;
        }
      }
      expanded.push_back(tmpl[i]);
      ++i;
    }
    bool ungated = false;
    if (r.fields.size() >= 3 && !r.fields[2].empty()) {
      if (r.fields[2] != "ungated")
        return Status::InvalidInput(where + ": unknown flag '" + r.fields[2] + "'");
      ungated = true;
    }
    // A set parses every pattern (RE2::Set::Add), an ungated one a set of
    // its own: a syntax error is reported here though the pattern itself
    // compiles on first use.
    std::string error;
    RE2::Set parse_only(Impl::Regex::Options(), RE2::UNANCHORED);
    if ((ungated ? parse_only : *set).Add(expanded, &error) < 0)
      return Status::InvalidInput(where + ": " + error);
    if (!ungated) impl->set_pattern.push_back(static_cast<int>(impl->patterns.size()));
    impl->gated.push_back(ungated ? 0 : 1);
    Impl::Compiled c;
    c.name = r.fields[0];
    c.regex = CompileOnce<Impl::Regex>(expanded);
    if (compile_now && !c.regex.Get().re.ok())
      return Status::InvalidInput(where + ": " + c.regex.Get().re.error());
    c.digits_alike = DigitsAlike(expanded);
    impl->pieces_ok = impl->pieces_ok && LetterPieces(expanded, &impl->letter_pieces);
    impl->patterns.push_back(std::move(c));
  }
  if (!impl->set_pattern.empty() && set->Compile()) impl->set = std::move(set);
  out->reset(new FigurePatterns(std::move(impl)));
  return Status::OK();
}

const std::string& FigurePatterns::name(int pattern) const { return impl_->patterns[pattern].name; }

Status FigurePatterns::SetAnchor(const std::string& anchor, size_t before, size_t after) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(anchor, options);
  if (!re->ok()) return Status::InvalidInput("figure anchor: " + re->error());
  impl_->anchor = std::move(re);
  impl_->before = before;
  impl_->after = after;
  return Status::OK();
}

Status FigurePatterns::SetPresence(const std::string& presence) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(presence, options);
  if (!re->ok()) return Status::InvalidInput("figure presence: " + re->error());
  if (!impl_->pieces_ok) return Status::OK();  // no barriers to narrow by
  impl_->pieces.assign(1, Impl::PieceNode());
  std::fill(std::begin(impl_->pieces[0].next), std::end(impl_->pieces[0].next), -1);
  for (const std::string& piece : impl_->letter_pieces) {
    int node = 0;
    for (char c : piece) {
      if (impl_->pieces[node].next[c - 'a'] < 0) {
        Impl::PieceNode fresh;
        std::fill(std::begin(fresh.next), std::end(fresh.next), -1);
        impl_->pieces[node].next[c - 'a'] = static_cast<int>(impl_->pieces.size());
        impl_->pieces.push_back(fresh);
      }
      node = impl_->pieces[node].next[c - 'a'];
    }
    impl_->pieces[node].end = true;
  }
  impl_->presence = std::move(re);
  return Status::OK();
}

bool FigurePatterns::Impl::Possible(std::string_view word) const {
  if (word.size() > 64) return true;
  // Bit i: word[0, i) is a concatenation of pieces.
  uint64_t reach = 1;
  for (size_t i = 0; i < word.size(); ++i) {
    if (!(reach >> i & 1)) continue;
    int node = 0;
    for (size_t j = i; j < word.size(); ++j) {
      node = pieces[node].next[LowerAscii(word[j]) - 'a'];
      if (node < 0) break;
      if (pieces[node].end) {
        if (j + 1 == word.size()) return true;
        reach |= uint64_t{1} << (j + 1);
      }
    }
  }
  return false;
}

bool FigurePatterns::Impl::Barrier(std::string_view text, size_t b, size_t e) const {
  if (b > 0 && static_cast<unsigned char>(text[b - 1]) >= 0x80) return false;
  if (e < text.size() && static_cast<unsigned char>(text[e]) >= 0x80) return false;
  return !Possible(text.substr(b, e - b));
}

std::vector<std::pair<size_t, size_t>> FigurePatterns::Impl::Narrow(
    std::string_view text, const std::vector<std::pair<size_t, size_t>>& windows) const {
  std::vector<std::pair<size_t, size_t>> out;
  auto letter = [&](size_t i) { return IsAsciiLetter(text[i]); };
  for (const auto& [lo, hi] : windows) {
    size_t pos = lo;
    re2::StringPiece hit;
    while (pos < hi && presence->Match(text, pos, hi, RE2::UNANCHORED, &hit, 1)) {
      const size_t hb = hit.data() - text.data(), he = hb + hit.size();
      // Left: the start of the last barrier word ending at or before hb.
      size_t left = hb;
      while (left > lo && letter(left - 1) && letter(left)) --left;  // hb inside a word
      while (true) {
        while (left > lo && !letter(left - 1)) --left;
        if (left == lo) break;
        size_t wb = left;
        while (wb > lo && letter(wb - 1)) --wb;
        if (wb == lo && wb > 0 && letter(wb - 1)) {  // the word begins before the window
          left = lo;
          break;
        }
        if (Barrier(text, wb, left)) {
          left = wb;
          break;
        }
        left = wb;
      }
      // Right: the end of the first barrier word starting at or after he.
      size_t right = he;
      while (right < hi && right > 0 && letter(right - 1) && letter(right)) ++right;
      while (true) {
        while (right < hi && !letter(right)) ++right;
        if (right == hi) break;
        size_t we = right;
        while (we < text.size() && letter(we)) ++we;
        if (we > hi) {  // the word ends after the window
          right = hi;
          break;
        }
        if (Barrier(text, right, we)) {
          right = we;
          break;
        }
        right = we;
      }
      if (!out.empty() && left <= out.back().second) {
        out.back().second = std::max(out.back().second, right);
      } else {
        out.emplace_back(left, right);
      }
      pos = std::max(he > hb ? he : NextChar(text, hb), right);
    }
  }
  return out;
}

void FigurePatterns::Scan(std::string_view text, std::vector<FigureMatch>* out) const {
  // The windows to scan: the whole text, or the text around anchor matches.
  std::vector<std::pair<size_t, size_t>> windows;
  if (!impl_->anchor) {
    windows.emplace_back(0, text.size());
  } else {
    re2::StringPiece hit;
    size_t pos = 0;
    while (pos < text.size() &&
           impl_->anchor->Match(text, pos, text.size(), RE2::UNANCHORED, &hit, 1)) {
      size_t b = hit.data() - text.data(), e = b + hit.size();
      size_t wb = b > impl_->before ? b - impl_->before : 0;
      while (wb > 0 && (static_cast<unsigned char>(text[wb]) & 0xC0) == 0x80) --wb;
      size_t we = std::min(text.size(), e + impl_->after);
      if (!windows.empty() && wb <= windows.back().second) {
        windows.back().second = std::max(windows.back().second, we);
      } else {
        windows.emplace_back(wb, we);
      }
      pos = e > b ? e : NextChar(text, b);
    }
  }
  if (impl_->presence && !impl_->pieces.empty()) windows = impl_->Narrow(text, windows);
  // Which gated patterns can match in each window (the ungated ones run in
  // every window): the set is run over the window and one character either
  // side, so that \b, ^ and $ at the window's edges see what the patterns
  // see (a pattern's match in the window is then a set match too; the set
  // may say yes where the pattern finds nothing).
  const size_t npatterns = impl_->patterns.size();
  std::vector<char> active(windows.size() * npatterns, 1);
  if (impl_->set) {
    std::vector<int> hits;
    for (size_t w = 0; w < windows.size(); ++w) {
      size_t b = windows[w].first, e = windows[w].second;
      if (b > 0) {
        --b;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      }
      if (e < text.size()) e = NextChar(text, e);
      hits.clear();
      RE2::Set::ErrorInfo error{};
      const bool any = impl_->set->Match(re2::StringPiece(text.data() + b, e - b), &hits, &error);
      if (error.kind != RE2::Set::kNoError) continue;  // the DFA gave up: run every pattern
      for (size_t p = 0; p < npatterns; ++p)
        if (impl_->gated[p]) active[w * npatterns + p] = 0;
      if (any)
        for (int h : hits) active[w * npatterns + impl_->set_pattern[h]] = 1;
    }
  }
  for (size_t p = 0; p < npatterns; ++p) {
    const Impl::Compiled& c = impl_->patterns[p];
    re2::StringPiece found;
    for (size_t w = 0; w < windows.size(); ++w) {
      if (!active[w * npatterns + p]) continue;
      const auto [wstart, wend] = windows[w];
      size_t pos = wstart;
      // Where the match is first (the DFAs only), then its groups.
      const RE2& re = c.regex.Get().re;
      while (pos < wend && re.Match(text, pos, wend, RE2::UNANCHORED, &found, 1)) {
        size_t begin = found.data() - text.data();
        size_t end = begin + found.size();
        auto word = [&](size_t i) { return IsWordByte(static_cast<unsigned char>(text[i])); };
        bool cut_start = (begin > 0 && begin < text.size() && word(begin - 1) && word(begin)) ||
                         InsideNumber(text, begin);
        bool cut_end = end > begin && end < text.size() && word(end - 1) && word(end);
        if (end == begin || cut_start || cut_end) {
          pos = NextChar(text, begin);
          continue;
        }
        FigureMatch m;
        m.begin = begin;
        m.end = end;
        m.pattern = static_cast<int>(p);
        impl_->ReadGroups(text, c, &m);
        out->push_back(std::move(m));
        pos = end;
      }
    }
  }
}

// --- Qualifiers -------------------------------------------------------------

Status Qualifiers::Create(const RuleFiles& rules, std::unique_ptr<Qualifiers>* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kQualifiersFile, &records));
  auto q = std::make_unique<Qualifiers>();
  for (const RuleRecord& r : records) {
    std::string where = std::string(kQualifiersFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2) return Status::InvalidInput(where + ": expected surface, type");
    QualifierType t;
    const std::string& name = r.fields[1];
    if (name == "lower")
      t = QualifierType::kLower;
    else if (name == "upper")
      t = QualifierType::kUpper;
    else if (name == "approx")
      t = QualifierType::kApprox;
    else if (name == "exact")
      t = QualifierType::kExact;
    else
      return Status::InvalidInput(where + ": unknown type '" + name + "'");
    q->table_.Add(r.fields[0], static_cast<int>(q->types_.size()));
    q->types_.push_back(t);
  }
  *out = std::move(q);
  return Status::OK();
}

QualifierType Qualifiers::Find(std::string_view s) const {
  if (s.empty()) return QualifierType::kNone;
  int i = table_.Find(s);
  return i < 0 ? QualifierType::kNone : types_[i];
}

void Qualifiers::Apply(QualifierType q, double v, Value* value) {
  switch (q) {
    case QualifierType::kLower:
      value->low = v;
      value->high.reset();
      break;
    case QualifierType::kUpper:
      value->low.reset();
      value->high = v;
      break;
    case QualifierType::kApprox:
      value->approx = true;
      value->low = v;
      value->high = v;
      break;
    default:
      value->low = v;
      value->high = v;
      break;
  }
}

// --- Selection ----------------------------------------------------------------

void FigurePatterns::Extract(std::string_view text, ClaimKind kind, std::string_view prefix,
                             const InterpretFn& interpret, std::vector<Extraction>* out) const {
  std::vector<FigureMatch> matches;
  Scan(text, &matches);
  std::vector<Value> values;
  std::vector<Candidate> candidates;
  std::vector<int> pattern_of;
  for (const FigureMatch& m : matches) {
    Value v;
    size_t end = m.end;
    if (!interpret(m, &v, &end)) continue;
    candidates.push_back({m.begin, end, static_cast<int>(values.size())});
    values.push_back(std::move(v));
    pattern_of.push_back(m.pattern);
  }
  for (const Candidate& c : SelectLongest(std::move(candidates))) {
    Extraction e;
    e.kind = kind;
    e.begin = c.begin;
    e.end = c.end;
    e.value = std::move(values[c.index]);
    e.rule = std::string(prefix) + "/" + name(pattern_of[c.index]);
    out->push_back(std::move(e));
  }
}

bool ParseRangeEnd(std::string_view text, const FigureMatch& m, const NumberParser& numbers,
                   const ParsedNumber& first, ParsedNumber* second) {
  if (NormalizeSurface(m.Group("qual")) != "between" && PreviousWord(text, m.begin) == "from")
    return false;
  if (!numbers.Parse(m.Group("num2"), second)) return false;
  const std::string sep = NormalizeSurface(m.Group("sep"));
  return sep.empty() || sep == "to" || (!first.words && !second->words);
}

std::vector<Candidate> SelectLongest(std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     size_t la = a.end - a.begin, lb = b.end - b.begin;
                     if (la != lb) return la > lb;
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.index < b.index;
                   });
  std::vector<Candidate> kept;
  for (const Candidate& c : candidates) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
      return c.begin < k.end && k.begin < c.end;
    });
    if (!overlaps) kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

std::string PreviousWord(std::string_view text, size_t pos) {
  size_t e = std::min(pos, text.size());
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') ||
                   (text[b - 1] >= 'A' && text[b - 1] <= 'Z'))) {
    --b;
  }
  return NormalizeSurface(text.substr(b, e - b));
}

}  // namespace wirefacts
