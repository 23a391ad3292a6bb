#include "extractors/percent_extractor.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extractors/figure_rules.h"
#include "extractors/number_parser.h"

namespace wirefacts {

namespace {

constexpr char kUnitsFile[] = "extractors/rules/percent_units.tsv";
constexpr char kHeadsFile[] = "extractors/rules/percent_heads.tsv";
constexpr char kPatternsFile[] = "extractors/rules/percent_patterns.tsv";
constexpr char kChangesFile[] = "extractors/rules/percent_changes.tsv";
constexpr char kSignsFile[] = "extractors/rules/percent_signs.tsv";

// The most words in a percent_signs.tsv phrase.
constexpr size_t kMaxSignWords = 4;

// The most words an of-phrase keeps ("gross domestic product").
constexpr size_t kMaxPhraseWords = 3;

// How far back in its sentence a head word may be (in words).
constexpr int kHeadLookback = 25;

// How far a percent figure reaches before and after a unit it contains, in
// bytes ("between two hundred and fifty and three hundred percent"; every
// pattern ends with its unit, so `after` is only a margin).
constexpr size_t kAnchorBefore = 200;
constexpr size_t kAnchorAfter = 120;

struct Unit {
  bool points = false;
  bool basis_points = false;
  bool bare = false;  // a bare "point": only below 1
};

enum class HeadRole { kNone, kHead, kChange, kSkip, kStop };

// The roles of percent_signs.tsv (see there).
enum class SignRole { kMinus, kNot, kCued };

// The most words in a reference rate of percent_signs.tsv ("prime rate").
constexpr size_t kMaxSpreadWords = 3;

// Lower case, unless the word is all capitals ("GDP"), which stays as written.
std::string OfWord(std::string_view w) {
  bool caps = w.size() >= 2;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) caps = false;
  return caps ? std::string(w) : NormalizeSurface(w);
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word of ASCII letters in text: [begin, end).
struct Word {
  size_t begin, end;
};

// The words after `pos` (at most `limit`), skipping spaces, hyphens and
// anything that is not a letter, stopping at sentence punctuation.
std::vector<Word> WordsAfter(std::string_view text, size_t pos, size_t stop, int limit) {
  std::vector<Word> out;
  size_t i = pos;
  while (i < stop && static_cast<int>(out.size()) < limit) {
    char c = text[i];
    if (c == '.' || c == ';' || c == ',' || c == '(' || c == ')' || c == ':' || c == '\n') break;
    if (IsAsciiLetter(c)) {
      size_t b = i;
      while (i < stop && IsAsciiLetter(text[i])) ++i;
      // An abbreviation of single capitals with dots ("U.S.", "U.K.") is one
      // word, and its dots end no sentence.
      auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
      if (i - b == 1 && upper(text[b])) {
        size_t k = i;
        while (k + 1 < stop && text[k] == '.' && upper(text[k + 1]) &&
               (k + 2 == stop || !IsAsciiLetter(text[k + 2])))
          k += 2;
        if (k > i) i = k < stop && text[k] == '.' ? k + 1 : k;
      }
      out.push_back({b, i});
      continue;
    }
    ++i;
  }
  return out;
}

bool IsDigitByte(char c) { return c >= '0' && c <= '9'; }

// The length in bytes of a minus sign ('-', U+2212 MINUS SIGN or U+2013 EN
// DASH, which typesetting puts for a minus) ending at `pos`, right before a number written in
// digits, that reads as a sign: at the start of the text or after white space, an opening bracket
// or quote, or punctuation that ends no number (":", ";", ",", "=", "/"). 0 otherwise: after a
// digit, letter, "%" or another dash it joins ("3-5%", "7%-5%", "pre-5%"), and so it does after a
// digit and spaces ("100 -1/2 pct").
size_t SignBefore(std::string_view text, size_t pos) {
  if (pos >= text.size() || !(IsDigitByte(text[pos]) || text[pos] == '.')) return 0;
  size_t len = 0;
  if (pos >= 1 && text[pos - 1] == '-')
    len = 1;
  else if (pos >= 3 &&
           (text.substr(pos - 3, 3) == "\xE2\x88\x92" || text.substr(pos - 3, 3) == "\xE2\x80\x93"))
    len = 3;
  if (len == 0) return 0;
  const size_t at = pos - len;
  if (at == 0) return len;
  switch (text[at - 1]) {
    case ' ':
    case '\t':
    case '\n':
    case '\r': {
      // After a number and a space it joins the two ("100 -1/2", "3 -5%").
      size_t k = at - 1;
      while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t')) --k;
      return k > 0 && IsDigitByte(text[k - 1]) ? 0 : len;
    }
    case '(':
    case '[':
    case '{':
    case ':':
    case ';':
    case ',':
    case '=':
    case '/':
    case '"':
    case '\'':
      return len;
    default:
      break;
  }
  // A no-break space, or an opening curly quote.
  if (at >= 2 && text.substr(at - 2, 2) == "\xC2\xA0") return len;
  if (at >= 3 &&
      (text.substr(at - 3, 3) == "\xE2\x80\x98" || text.substr(at - 3, 3) == "\xE2\x80\x9C")) {
    return len;
  }
  return 0;
}

}  // namespace

struct PercentExtractor::Impl {
  std::unique_ptr<NumberParser> numbers;
  std::unique_ptr<Qualifiers> qualifiers;
  std::vector<Unit> units;
  SurfaceTable unit_table;
  std::unordered_map<std::string, HeadRole> heads;
  // percent_changes.tsv: word -> true for "down", false for "up".
  std::unordered_map<std::string, bool> change_before, change_after;
  // percent_signs.tsv: sign phrase -> its role.
  std::unordered_map<std::string, SignRole> signs;
  // percent_signs.tsv: reference rates ("libor", "prime rate"), lower case.
  std::unordered_set<std::string> spreads;
  // The last word of each phrase of `signs` (lower case): a figure after
  // any other word has no sign word, found without building phrases.
  std::vector<std::string> sign_last_words;
  std::unique_ptr<FigurePatterns> patterns;

  Status Load(const RuleFiles& rules);
  bool Interpret(std::string_view text, const FigureMatch& m, Value* value) const;
  HeadRole Role(std::string_view word) const;
  bool IsHead(std::string_view word) const {
    HeadRole r = Role(word);
    return r == HeadRole::kHead || r == HeadRole::kChange;
  }
  // The noun phrase starting at after[i] (determiners skipped, at most
  // kMaxPhraseWords words, up to a stop word); "" when none.
  std::string Phrase(std::string_view text, const std::vector<Word>& after, size_t i) const;
  std::string FindOf(const DocumentView& doc, size_t begin, size_t end) const;
  // True when the figure at [begin, end) is a fall ("fell 3%", "a 3% drop").
  bool IsFall(std::string_view text, size_t begin, size_t end) const;
  // Where the minus sign of the figure [pos, end) begins: at a minus symbol
  // (SignBefore) or a sign word ("minus 0.7 pct"); npos when the figure has
  // none, or when the sign follows a reference rate (a spread).
  size_t SignStart(std::string_view text, size_t pos, size_t end) const;
  // True when the words right before `pos` (white space between) are a
  // reference rate of percent_signs.tsv.
  bool AfterReference(std::string_view text, size_t pos) const;
};

Status PercentExtractor::Impl::Load(const RuleFiles& rules) {
  WF_RETURN_IF_ERROR(NumberParser::Create(rules, &numbers, /*parts=*/true));
  WF_RETURN_IF_ERROR(Qualifiers::Create(rules, &qualifiers));
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kUnitsFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kUnitsFile) + ":" + std::to_string(r.line);
    if (r.fields.empty() || r.fields[0].empty()) continue;
    Unit u;
    std::string flags = (r.fields.size() > 1 ? r.fields[1] : std::string()) + ",";
    size_t start = 0;
    for (size_t comma; (comma = flags.find(',', start)) != std::string::npos; start = comma + 1) {
      std::string f = NormalizeSurface(flags.substr(start, comma - start));
      if (f.empty()) continue;
      if (f == "points")
        u.points = true;
      else if (f == "bp")
        u.basis_points = true;
      else if (f == "bare")
        u.bare = true;
      else
        return Status::InvalidInput(where + ": unknown flag '" + f + "'");
    }
    unit_table.Add(r.fields[0], static_cast<int>(units.size()));
    units.push_back(u);
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords(kHeadsFile, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.empty() || r.fields[0].empty()) continue;
    const std::string role = r.fields.size() > 1 ? NormalizeSurface(r.fields[1]) : "";
    HeadRole h = HeadRole::kHead;
    if (role == "change")
      h = HeadRole::kChange;
    else if (role == "skip")
      h = HeadRole::kSkip;
    else if (role == "stop")
      h = HeadRole::kStop;
    else if (!role.empty() && role != "head")
      return Status::InvalidInput(std::string(kHeadsFile) + ":" + std::to_string(r.line) +
                                  ": unknown role '" + role + "'");
    heads.emplace(NormalizeSurface(r.fields[0]), h);
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords(kChangesFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kChangesFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected 3 columns");
    const std::string dir = NormalizeSurface(r.fields[1]), pos = NormalizeSurface(r.fields[2]);
    if (dir != "up" && dir != "down")
      return Status::InvalidInput(where + ": direction must be up or down");
    if (pos != "before" && pos != "after")
      return Status::InvalidInput(where + ": where must be before or after");
    (pos == "before" ? change_before : change_after)[NormalizeSurface(r.fields[0])] = dir == "down";
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords(kSignsFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kSignsFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2) return Status::InvalidInput(where + ": expected 2 columns");
    const std::string role = NormalizeSurface(r.fields[1]);
    const std::string phrase = NormalizeSurface(r.fields[0]);
    if (role == "spread") {
      if (phrase.empty() ||
          static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) >= kMaxSpreadWords) {
        return Status::InvalidInput(where + ": a reference rate of 1 to " +
                                    std::to_string(kMaxSpreadWords) + " words");
      }
      spreads.insert(phrase);
      continue;
    }
    if (role != "minus" && role != "not" && role != "cued")
      return Status::InvalidInput(where + ": role must be minus, not, cued or spread");
    if (phrase.empty() ||
        static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) >= kMaxSignWords) {
      return Status::InvalidInput(where + ": a phrase of 1 to " + std::to_string(kMaxSignWords) +
                                  " words");
    }
    signs[phrase] = role == "minus" ? SignRole::kMinus
                    : role == "not" ? SignRole::kNot
                                    : SignRole::kCued;
    std::string last = phrase.substr(phrase.rfind(' ') + 1);
    if (std::find(sign_last_words.begin(), sign_last_words.end(), last) == sign_last_words.end())
      sign_last_words.push_back(std::move(last));
  }
  std::map<std::string, std::string> macros = {
      {"NUM", numbers->Pattern()},
      {"PART", numbers->PartPattern()},
      {"QUAL", qualifiers->Pattern()},
      {"PCT", unit_table.Pattern(/*word_start=*/false, true)},
  };
  WF_RETURN_IF_ERROR(FigurePatterns::Create(rules, kPatternsFile, macros, &patterns));
  // Every percent figure contains a unit: scan only around units.
  WF_RETURN_IF_ERROR(patterns->SetAnchor(unit_table.Pattern(/*word_start=*/false, true),
                                         kAnchorBefore, kAnchorAfter));
  // Interpret() accepts only a match with a unit group that unit_table finds:
  // one of its surfaces, matched here wherever it stands.
  return patterns->SetPresence(unit_table.Pattern(false, false));
}

bool PercentExtractor::Impl::Interpret(std::string_view text, const FigureMatch& m,
                                       Value* value) const {
  *value = Value();
  std::string_view unit_text = m.Group("unit2");
  if (unit_text.empty()) unit_text = m.Group("unit");
  int ui = unit_table.Find(unit_text);
  if (ui < 0) return false;
  const Unit& unit = units[ui];
  const double scale = unit.basis_points ? 0.01 : 1.0;
  value->points = unit.points;

  std::string_view num_text = m.Group("num");
  ParsedNumber n1;
  if (!numbers->Parse(num_text, &n1)) return false;
  std::string_view qual_text = m.Group("qual");
  // "margins of -5%", "minus 0.7 pct": a signed first number, with no
  // qualifier before it (Extract() widens the span to the sign).
  const bool neg1 = qual_text.empty() && SignStart(text, m.begin, m.end) != std::string::npos;
  QualifierType qual = qualifiers->Find(qual_text);
  // "a quarter of a percentage point": a fraction of one unit.
  if (!m.Group("frac").empty() && !(n1.value > 0 && n1.value < 1)) return false;
  if (m.Group("num2").empty()) {
    if (unit.bare && !(n1.value > 0 && n1.value < 1)) return false;
    Qualifiers::Apply(qual, (neg1 ? -n1.value : n1.value) * scale, value);
    value->resolution = n1.resolution * scale;
    return true;
  }
  // A range.
  ParsedNumber n2;
  if (!ParseRangeEnd(text, m, *numbers, n1, &n2)) return false;
  const bool neg2 = !m.Group("neg2").empty();
  // "-0.9 to -1.1 pct"; a dash before a dash joins nothing ("5--7%"), and
  // "0.5 percent to -2 percent" is a change, not a range.
  if (neg2 && (!neg1 || NormalizeSurface(m.Group("sep")) != "to")) return false;
  const double v1 = neg1 ? -n1.value : n1.value, v2 = neg2 ? -n2.value : n2.value;
  // The ends rise ("5-7%", "-2 to 3%"; "minus 6-1/2 pct" is one number),
  // unless both are signed ("-0.9 to -1.1 pct", "-1.1 to -0.9 pct").
  if (!neg2 ? !(n1.value < n2.value) : v1 == v2) return false;
  if (unit.bare && !(n1.value > 0 && n1.value < 1 && n2.value > 0 && n2.value < 1)) return false;
  // "5% to 7 percentage points": both ends must be of one kind.
  std::string_view first_unit = m.Group("unit");
  if (!first_unit.empty()) {
    int fi = unit_table.Find(first_unit);
    if (fi < 0 || units[fi].points != unit.points || units[fi].basis_points != unit.basis_points) {
      return false;
    }
  }
  value->low = std::min(v1, v2) * scale;
  value->high = std::max(v1, v2) * scale;
  value->approx = qual == QualifierType::kApprox;
  value->resolution = std::min(n1.resolution, n2.resolution) * scale;
  return true;
}

HeadRole PercentExtractor::Impl::Role(std::string_view word) const {
  std::string w = NormalizeSurface(word);
  if (auto it = heads.find(w); it != heads.end()) return it->second;
  // Plurals of heads ("tariffs", "taxes").
  if (w.size() > 3 && w.back() == 's') {
    if (auto it = heads.find(w.substr(0, w.size() - 1));
        it != heads.end() && (it->second == HeadRole::kHead || it->second == HeadRole::kChange))
      return it->second;
  }
  if (w.size() > 4 && w.ends_with("es")) {
    if (auto it = heads.find(w.substr(0, w.size() - 2));
        it != heads.end() && (it->second == HeadRole::kHead || it->second == HeadRole::kChange))
      return it->second;
  }
  return HeadRole::kNone;
}

std::string PercentExtractor::Impl::Phrase(std::string_view text, const std::vector<Word>& after,
                                           size_t i) const {
  std::string out;
  size_t n = 0;
  for (; i < after.size() && n < kMaxPhraseWords; ++i) {
    std::string_view w = text.substr(after[i].begin, after[i].end - after[i].begin);
    // "the company's shares": a possessive starts the phrase again.
    if (w == "s" && after[i].begin > 0 &&
        (text[after[i].begin - 1] == '\'' ||
         static_cast<unsigned char>(text[after[i].begin - 1]) == 0x99)) {
      out.clear();
      n = 0;
      continue;
    }
    const HeadRole role = Role(w);
    if (n == 0 && role == HeadRole::kSkip) continue;
    if (role == HeadRole::kStop || role == HeadRole::kSkip) break;
    // Words must follow each other, separated by spaces or a hyphen only.
    if (n > 0) {
      std::string_view gap = text.substr(after[i - 1].end, after[i].begin - after[i - 1].end);
      if (gap.find_first_not_of(" -") != std::string_view::npos) break;
      out += ' ';
    }
    out += OfWord(w);
    ++n;
  }
  return out;
}

std::string PercentExtractor::Impl::FindOf(const DocumentView& doc, size_t begin,
                                           size_t end) const {
  std::string_view text = doc.text;
  size_t sent_begin = 0, sent_end = text.size();
  if (doc.sentences && !doc.sentences->empty()) {
    const Sentence& s = (*doc.sentences)[SentenceAt(*doc.sentences, begin)];
    if (s.begin <= begin) {
      sent_begin = s.begin;
      sent_end = std::max(s.end, end);
    }
  }
  std::vector<Word> after = WordsAfter(text, end, sent_end, 3 + 2 * kMaxPhraseWords);
  if (!after.empty()) {
    std::string_view w = text.substr(after[0].begin, after[0].end - after[0].begin);
    const HeadRole role = Role(w);
    // "a 5 percent rise in prices" -> prices; "a 5 percent rise" -> rise.
    if (role == HeadRole::kChange && after.size() > 2 &&
        NormalizeSurface(text.substr(after[1].begin, after[1].end - after[1].begin)) == "in") {
      std::string p = Phrase(text, after, 2);
      if (!p.empty()) return p;
    }
    // "a 25 percent tariff", "a 1.4% gain", "a 10 percent stake".
    if (role == HeadRole::kHead || role == HeadRole::kChange) return OfWord(w);
    // "5 percent of GDP", "30 percent of the shares".
    if (NormalizeSurface(w) == "of") {
      std::string p = Phrase(text, after, 1);
      if (!p.empty()) return p;
    }
  }
  // The nearest head word before the figure in its sentence.
  size_t i = begin;
  for (int n = 0; i > sent_begin && n < kHeadLookback;) {
    while (i > sent_begin && !IsAsciiLetter(text[i - 1])) --i;
    size_t e = i;
    while (i > sent_begin && IsAsciiLetter(text[i - 1])) --i;
    if (e == i) break;
    ++n;
    std::string_view w = text.substr(i, e - i);
    if (IsHead(w)) return OfWord(w);
  }
  return "";
}

bool PercentExtractor::Impl::IsFall(std::string_view text, size_t begin, size_t end) const {
  // The word right after: "a 3% drop".
  std::vector<Word> after = WordsAfter(text, end, text.size(), 1);
  if (!after.empty()) {
    auto it = change_after.find(
        NormalizeSurface(text.substr(after[0].begin, after[0].end - after[0].begin)));
    if (it != change_after.end()) return it->second;
  }
  // The word right before, or before "by"/"of": "fell 3%", "a drop of 3%".
  size_t pos = begin;
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n')) --pos;
  std::string prev = PreviousWord(text, begin);
  if (prev == "by" || prev == "of") prev = PreviousWord(text, pos - std::min(pos, prev.size()));
  auto it = change_before.find(prev);
  return it != change_before.end() && it->second;
}

namespace {

// The ASCII word ending right before `pos` with only white space between,
// [*begin, pos'): false when there is none or it is glued to another word
// ("aminus").
bool WordBefore(std::string_view text, size_t pos, size_t* begin, size_t* end) {
  size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
  if (e == pos) return false;
  size_t s = e;
  while (s > 0 && IsAsciiLetter(text[s - 1])) --s;
  if (s == e || (s > 0 && IsWordByte(static_cast<unsigned char>(text[s - 1])))) return false;
  *begin = s;
  *end = e;
  return true;
}

}  // namespace

bool PercentExtractor::Impl::AfterReference(std::string_view text, size_t pos) const {
  if (spreads.empty()) return false;
  std::string phrase;
  size_t b = pos;
  for (size_t n = 0; n < kMaxSpreadWords; ++n) {
    size_t s, e;
    if (!WordBefore(text, b, &s, &e)) break;
    phrase = phrase.empty() ? NormalizeSurface(text.substr(s, e - s))
                            : NormalizeSurface(text.substr(s, e - s)) + " " + phrase;
    if (spreads.count(phrase)) return true;
    b = s;
  }
  return false;
}

size_t PercentExtractor::Impl::SignStart(std::string_view text, size_t pos, size_t end) const {
  if (const size_t len = SignBefore(text, pos); len > 0)
    return AfterReference(text, pos - len) ? std::string::npos : pos - len;
  // The words right before, separated by white space only: "minus",
  // "plus or minus". The longest phrase ending there decides.
  size_t b = pos;
  std::string phrase;
  std::optional<SignRole> role;
  for (size_t n = 0; n < kMaxSignWords; ++n) {
    size_t s, e;
    if (!WordBefore(text, b, &s, &e)) break;
    if (n == 0) {
      const std::string_view w = text.substr(s, e - s);
      const bool last =
          std::any_of(sign_last_words.begin(), sign_last_words.end(), [&](const std::string& l) {
            if (l.size() != w.size()) return false;
            for (size_t k = 0; k < w.size(); ++k) {
              const char c =
                  w[k] >= 'A' && w[k] <= 'Z' ? static_cast<char>(w[k] - 'A' + 'a') : w[k];
              if (c != l[k]) return false;
            }
            return true;
          });
      if (!last) break;
    }
    phrase = phrase.empty() ? NormalizeSurface(text.substr(s, e - s))
                            : NormalizeSurface(text.substr(s, e - s)) + " " + phrase;
    if (auto it = signs.find(phrase); it != signs.end()) role = it->second;
    b = s;
  }
  if (!role || *role == SignRole::kNot) return std::string::npos;
  if (*role == SignRole::kCued) {
    // Alone, the word may be an answer ("negative 55 percent" in a poll):
    // it signs only a figure followed by what it measures.
    std::vector<Word> after = WordsAfter(text, end, text.size(), 1);
    if (after.empty() || !IsHead(text.substr(after[0].begin, after[0].end - after[0].begin)))
      return std::string::npos;
  }
  // The sign word is the last word of its phrase and alone joins the span
  // ("a negative 1.4 pct" -> "negative 1.4 pct"); a reference rate, if any,
  // stands right before it ("LIBOR minus").
  size_t sign_word = pos, unused;
  WordBefore(text, pos, &sign_word, &unused);
  if (AfterReference(text, sign_word)) return std::string::npos;
  return sign_word;
}

PercentExtractor::PercentExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PercentExtractor::~PercentExtractor() = default;

Status PercentExtractor::Create(const RuleFiles& rules, std::unique_ptr<PercentExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(impl->Load(rules));
  out->reset(new PercentExtractor(std::move(impl)));
  return Status::OK();
}

void PercentExtractor::Extract(const DocumentView& doc, std::vector<Extraction>* out) const {
  const size_t first = out->size();
  impl_->patterns->Extract(
      doc.text, ClaimKind::kPercent, "percent",
      [&](const FigureMatch& m, Value* v, size_t*) { return impl_->Interpret(doc.text, m, v); },
      out);
  for (size_t i = first; i < out->size(); ++i) {
    Extraction& e = (*out)[i];
    e.value.of = impl_->FindOf(doc, e.begin, e.end);
    // A signed figure ("-5%", as Interpret() read it: negative, with a sign
    // before it) keeps its sign: the span takes the sign, and no fall word
    // turns it over.
    const bool negative = (e.value.low && *e.value.low < 0) || (e.value.high && *e.value.high < 0);
    if (const size_t sign = impl_->SignStart(doc.text, e.begin, e.end);
        negative && sign != std::string::npos) {
      e.begin = sign;
      continue;
    }
    if (impl_->IsFall(doc.text, e.begin, e.end)) {
      // A fall is a negative change: [a, b] becomes [-b, -a].
      std::optional<double> low = e.value.low, high = e.value.high;
      e.value.low = high ? std::optional<double>(-*high) : std::nullopt;
      e.value.high = low ? std::optional<double>(-*low) : std::nullopt;
    }
  }
}

}  // namespace wirefacts
