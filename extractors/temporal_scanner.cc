#include "extractors/temporal_scanner.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extractors/compile_once.h"
#include "extractors/holiday_calendar.h"
#include "extractors/rule_gate.h"
#include "extractors/temporal_composer.h"
#include "extractors/temporal_resolver.h"
#include "extractors/tense.h"

namespace wirefacts {

// extractors/figure_rules.h (not included: its Candidate clashes with ours).
std::string NormalizeSurface(std::string_view s);

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

namespace {

constexpr char kLexicon[] = "extractors/rules/temporal_lexicon.tsv";
constexpr char kDatePatterns[] = "extractors/rules/date_patterns.tsv";
constexpr char kDurationPatterns[] = "extractors/rules/duration_patterns.tsv";
constexpr char kYearContext[] = "extractors/rules/date_year_context.tsv";
constexpr char kSignals[] = "extractors/rules/temporal_signals.tsv";

// Rules per set of the gate (rule_gate.h). Bigger sets mean fewer passes
// over the text but more DFA states to build before the sets are warm, so
// the best size depends on the length of the run. Gate alone (callgrind,
// Reuters bodies), sets of 16 / 24 / 32: first 1,000 stories 1.31 / 1.42 /
// 1.57 G instructions; all 19,043 stories 5.37 / 4.71 / 4.65 G (40: 4.82,
// 48: 5.14). 24 takes nearly all of the long-run gain at a small cold cost;
// one set of every rule costs twice as much cold as sets of 16.
constexpr size_t kGateRulesPerSet = 24;

// kNone: a phrase that names no time ("one of these days"): it wins its
// span, so no shorter expression inside it is read, and yields nothing.
enum class RuleType { kDate, kYear, kRange, kSet, kDuration, kVague, kNone };

struct Rule {
  std::string name;
  RuleType type = RuleType::kDate;

  struct Compiled {
    explicit Compiled(const std::string& pattern) : re(pattern, Options()) {
      for (const auto& [gname, index] : re.NamedCapturingGroups())
        groups.emplace_back(gname.substr(0, gname.find_last_not_of('_') + 1), index);
    }
    static RE2::Options Options() {
      RE2::Options opt;
      opt.set_log_errors(false);
      return opt;
    }
    RE2 re;
    // Named group -> index, in the order of RE2::NamedCapturingGroups (by
    // name). The key drops trailing '_': RE2 forbids two groups of one name,
    // so "d_" stands in for a second "d", "mi__" for a third "mi".
    std::vector<std::pair<std::string, int>> groups;
  };
  // The pattern (macros expanded), compiled on first use: a story runs only
  // the few rules its gate passes. LoadRules compiles them all at once when
  // an overlay adds rules.
  CompileOnce<Compiled> compiled;
  const Compiled& Get() const { return compiled.Get(); }
};

// The index of the sentence holding byte `pos` of doc.text; its line when
// the document has no sentences.
int SentenceOf(const DocumentView& doc, size_t pos) {
  if (doc.sentences == nullptr || doc.sentences->empty())
    return static_cast<int>(std::count(doc.text.begin(), doc.text.begin() + pos, '\n'));
  return SentenceAt(*doc.sentences, pos);
}

// Lower-cased, white space collapsed (extractors/figure_rules.h).
std::string Lower(std::string_view s) { return wirefacts::NormalizeSurface(s); }

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// True when the word right before [begin, end) or right after it (only
// spaces between, no punctuation) starts with a capital letter: the span is
// then part of a capitalised name ("Harbor Daily", "Daily Telegraph").
bool CapitalisedNeighbour(std::string_view text, size_t begin, size_t end) {
  auto blank = [](char c) { return c == ' ' || c == '\t'; };
  size_t b = begin;
  while (b > 0 && blank(text[b - 1])) --b;
  if (b < begin && b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) {
    size_t w = b;
    while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
    if (std::isupper(static_cast<unsigned char>(text[w]))) return true;
  }
  size_t e = end;
  while (e < text.size() && blank(text[e])) ++e;
  return e > end && e < text.size() && std::isupper(static_cast<unsigned char>(text[e]));
}

// A phrase of the lexicon as an RE2 alternative: spaces match any white
// space, a word end gets \b.
std::string PhraseRegex(std::string_view phrase) {
  std::string out;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t sp = phrase.find(' ', pos);
    if (sp == std::string_view::npos) sp = phrase.size();
    if (sp > pos) {
      if (!out.empty()) out += "\\s+";
      out += RE2::QuoteMeta(phrase.substr(pos, sp - pos));
    }
    pos = sp + 1;
  }
  if (!phrase.empty() && IsWordChar(phrase.back())) out += "\\b";
  return out;
}

// Group name -> captured text. A match has a handful of groups, so a flat
// list beats a tree (no node per group, no string keys). Keys are views:
// they must outlive the map (Rule::groups keys, string literals).
class GroupMap {
 public:
  std::string_view& operator[](std::string_view key) {
    for (auto& [k, v] : items_)
      if (k == key) return v;
    return items_.emplace_back(key, std::string_view()).second;
  }
  const std::string_view* Find(std::string_view key) const {
    for (const auto& [k, v] : items_)
      if (k == key) return &v;
    return nullptr;
  }
  void erase(std::string_view key) {
    std::erase_if(items_, [&](const auto& kv) { return kv.first == key; });
  }
  void reserve(size_t n) { items_.reserve(n); }

 private:
  std::vector<std::pair<std::string_view, std::string_view>> items_;
};

// The captured groups of one match.
struct Groups {
  GroupMap g;
  std::string_view Get(std::string_view name) const {
    const std::string_view* v = g.Find(name);
    return v == nullptr ? std::string_view() : *v;
  }
  bool Has(std::string_view name) const { return !Get(name).empty(); }
};

struct Candidate {
  size_t begin = 0, end = 0;
  int rule = 0;
  ClaimKind kind = ClaimKind::kDate;
  Value value;
  bool next_half_day = false;  // an am/pm-less clock to move 12 hours on (DateValue)
  bool day_only = false;       // kept only joined to a day: rule reported as <name>_day
  // An impossible day written with its month and year ("feb 30 2019"), or a
  // phrase of a "none" rule (an idiom): it wins the span so no shorter piece
  // of it ("2019", "these days") is reported, and is reported itself as
  // nothing (a claim carries a real interval).
  bool veto = false;
};

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) break;
    v = v * 10 + (c - '0');
  }
  return v;
}

// The quarter, half or month `period` (a value of that grain) in year `y`.
Value PeriodInYear(const Value& period, int y) {
  const std::string& t = period.timex;
  if (period.grain == "quarter") return QuarterValue(y, ToInt(t.substr(6)));
  if (period.grain == "half") return HalfValue(y, ToInt(t.substr(6)));
  return MonthValue(std::chrono::year(y) / std::chrono::month(ToInt(t.substr(5))));
}

std::string FormatNumber(double v) {
  char buf[32];
  if (std::fabs(v - std::round(v)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::llround(v)));
  } else {
    // The decimal value as written, to a millionth ("123.45", never "1.2e+02").
    std::snprintf(buf, sizeof buf, "%.6f", v);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

// A duration of `count` units (`letter` Y M W D, or H M S when `time`) as a
// TIMEX3 value. A fraction goes to the next smaller unit: 1.5 years is
// P1Y6M, half a year P6M, 2.5 hours PT2H30M, a minute and a half PT1M30S.
std::string DurationTimex(double count, char letter, bool time) {
  struct Down {
    char from;
    bool from_time;
    char to;
    int factor;
    bool to_time;
  };
  static const Down kDown[] = {{'Y', false, 'M', 12, false}, {'M', false, 'D', 30, false},
                               {'W', false, 'D', 7, false},  {'D', false, 'H', 24, true},
                               {'H', true, 'M', 60, true},   {'M', true, 'S', 60, true}};
  auto part = [](double n, char l) { return FormatNumber(n) + l; };
  double whole = std::floor(count + 1e-9);
  double frac = count - whole;
  if (frac > 1e-9) {
    for (const Down& d : kDown) {
      if (d.from != letter || d.from_time != time) continue;
      double rest = frac * d.factor;
      if (std::fabs(rest - std::round(rest)) > 1e-6) break;
      std::string out = "P";
      if (whole > 0) out += (time ? "T" : "") + part(whole, letter);
      if (d.to_time && !time)
        out += "T";
      else if (d.to_time && whole == 0)
        out += "T";
      out += part(std::round(rest), d.to);
      return out;
    }
  }
  return std::string("P") + (time ? "T" : "") + part(count, letter);
}

}  // namespace

struct TemporalScanner::Impl {
  // class -> (lower-case word -> value), and the words as written.
  std::unordered_map<std::string, std::unordered_map<std::string, std::string>> lex;
  std::unordered_map<std::string, std::vector<std::string>> words;
  std::vector<Rule> rules;
  std::unordered_set<std::string> year_before, year_after;
  // Qualifiers that bound or soften a date (temporal_signals.tsv), by side:
  // lower-case phrase (single spaces) -> what it sets.
  struct Signal {
    std::string mod;          // TIMEX3 mod, or "DIRECTION"
    bool clock_only = false;  // only before a clock time ("about 5 p.m.")
    bool year_only = false;   // only before a year in digits ("greater than 2015")
    bool final = false;       // only when the clause ends after it
  };
  std::unordered_map<std::string, Signal> signals, trailing_signals;
  size_t signal_words = 1;  // the most words a leading signal has
  void ApplySignals(const DocumentView& doc, size_t begin, size_t end, Value* v) const;
  std::unique_ptr<TenseDetector> tense;
  std::unique_ptr<TemporalComposer> composer;
  std::unique_ptr<HolidayCalendar> holidays;  // {HOLIDAY}: lex value = name in holidays.tsv
  // Every rule's pattern in a gate: a few passes over a story tell which
  // rules match at all, and only those run their own capturing scan. Null
  // when the gate could not be built (then every rule runs).
  std::unique_ptr<RuleGate> gate;
  std::vector<std::string> expanded_patterns;  // by rule index, for the gate
  void ScanRule(size_t ri, const DocumentView& doc, std::vector<re2::StringPiece>* sub,
                std::vector<Candidate>* cands) const;
  // The expressions of `doc` from its rules' candidates: overlaps settled,
  // periods resolved, pieces composed; appended to `out`.
  void Resolve(const DocumentView& doc, std::vector<Candidate>* cands,
               std::vector<Extraction>* out) const;

  std::string Lex(std::string_view cls, std::string_view word) const {
    auto c = lex.find(std::string(cls));
    if (c == lex.end()) return "";
    auto w = c->second.find(Lower(word));
    return w == c->second.end() ? "" : w->second;
  }
  // ISO weekday number of a weekday word or abbreviation ("" if none).
  std::string WeekdayOf(std::string_view word) const {
    std::string v = Lex("weekday", word);
    return v.empty() ? Lex("weekday_abbr", word) : v;
  }
  bool InLex(std::string_view cls, std::string_view word) const {
    auto c = lex.find(std::string(cls));
    return c != lex.end() && c->second.count(Lower(word)) > 0;
  }

  Status Expand(const std::string& pattern, std::string* out) const;
  Status LoadRules(const RuleFiles& files, const char* name, bool duration);

  // The number a {NUM} or {VAGUE} match means; NaN for vague ones.
  std::optional<double> Number(std::string_view text) const;
  int MonthOf(std::string_view m) const;

  bool Interpret(const Rule& rule, const Groups& g, const DocumentView& doc, size_t begin,
                 size_t end, Candidate* c) const;
  bool DateValue(const Groups& g, const std::string& sfx, const DocumentView& doc, size_t begin,
                 size_t end, std::optional<int> year_hint, Value* v,
                 bool* next_half_day = nullptr) const;
  Tense TenseAt(const DocumentView& doc, size_t begin, size_t end, int* strength = nullptr) const;
  bool YearAllowed(std::string_view text, size_t begin, size_t end) const;
  bool ImpossibleDay(const Groups& g) const;
  bool ClockAllowed(const Groups& g, std::string_view text, size_t end) const;
  void AnchorDuration(const Groups& g, const DocumentView& doc, size_t end, double n, int mult,
                      char letter, bool time, Value* v) const;
  bool NumericFollows(std::string_view text, size_t pos) const;
  void DropFalseQualifier(std::string_view text, Groups* g, size_t* begin) const;
  void ResolveLater(const DocumentView& doc, size_t at, std::vector<Extraction>* pieces) const;
  void ResolveFollowing(const DocumentView& doc, size_t at, std::vector<Extraction>* pieces) const;
  bool LevelBefore(std::string_view text, size_t pos) const;
};

TemporalScanner::TemporalScanner(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemporalScanner::~TemporalScanner() = default;

Status TemporalScanner::Impl::Expand(const std::string& pattern, std::string* out) const {
  static const std::unordered_set<std::string> kCaseSensitive = {
      "month", "month_amb",   "month_abbr", "weekday",
      "tz",    "period_abbr", "pod_abbr",   "unit_letter"};
  out->clear();
  size_t pos = 0;
  while (pos < pattern.size()) {
    size_t open = pattern.find('{', pos);
    if (open == std::string::npos) break;
    size_t close = pattern.find('}', open);
    if (close == std::string::npos) break;
    std::string name = pattern.substr(open + 1, close - open - 1);
    bool macro = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
      return std::isupper(static_cast<unsigned char>(c)) || c == '_';
    });
    out->append(pattern, pos, open - pos);
    pos = close + 1;
    if (!macro) {
      out->append(pattern, open, close + 1 - open);
      continue;
    }
    std::vector<std::string> classes;
    bool force_ci = false;
    bool glued = false;  // no word boundary after the word
    if (name == "MONTH") {
      classes = {"month", "month_amb", "month_abbr"};
    } else if (name == "MONTH_CI") {
      // Any case: only for rules where a day or year sits next to the month
      // ("march 3 2015"), which settles the ambiguity of "may", "march".
      classes = {"month", "month_amb", "month_abbr"};
      force_ci = true;
    } else if (name == "MONTH_GLUED") {
      // Any case, and digits may follow at once ("Dec31, 1994"): only
      // where a day and a year follow.
      classes = {"month", "month_amb", "month_abbr"};
      force_ci = glued = true;
    } else if (name == "MONTH_SAFE") {
      classes = {"month"};
    } else if (name == "MONTH_SAFE_CI") {
      // The unambiguous names in any case ("2017 april"; never "may").
      classes = {"month"};
      force_ci = true;
    } else if (name == "NUM") {
      classes = {"number"};
    } else if (name == "ORD") {
      classes = {"ordinal"};
    } else {
      std::string cls;
      for (char c : name) cls.push_back(static_cast<char>(std::tolower(c)));
      classes = {cls};
    }
    std::vector<std::string> alts;
    bool sensitive = false;
    for (const std::string& cls : classes) {
      auto it = words.find(cls);
      if (it == words.end()) return Status::InvalidInput("unknown macro {" + name + "}");
      alts.insert(alts.end(), it->second.begin(), it->second.end());
      sensitive = sensitive || kCaseSensitive.count(cls) > 0;
    }
    std::sort(alts.begin(), alts.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    if (force_ci) sensitive = false;
    std::string alt, any_case;
    for (const std::string& w : alts) {
      // Full weekday names are never common words: any case ("next
      // tuesday"); the abbreviations ("Sun", "Wed") keep their capital.
      bool full_day = name == "WEEKDAY" && w.size() > 5 && Lower(w).ends_with("day");
      std::string& into = full_day ? any_case : alt;
      if (!into.empty()) into += '|';
      into += PhraseRegex(w);
      if (glued && into.ends_with("\\b")) into.resize(into.size() - 2);
    }
    if (!any_case.empty()) alt = "(?i:" + any_case + ")" + (alt.empty() ? "" : "|" + alt);
    if (name == "NUM") {
      // Digits, and compounds of tens and ones ("twenty-four", "twenty four").
      std::string tens, ones;
      for (const auto& [w, v] : lex.at("number")) {
        double n = std::atof(v.c_str());
        if (w.find(' ') != std::string::npos) continue;
        if (n >= 20 && n <= 90 && static_cast<int>(n) % 10 == 0)
          tens += (tens.empty() ? "" : "|") + w;
        if (n >= 1 && n <= 9 && w != "a" && w != "an") ones += (ones.empty() ? "" : "|") + w;
      }
      alt = "[13]/[24]|\\d+(?:[-\\s]+[13]/[24]|\\.\\d+)?|(?:" + tens + ")[-\\s](?:" + ones +
            ")\\b|" + alt;
    }
    *out += sensitive ? "(?:" + alt + ")" : "(?i:" + alt + ")";
  }
  out->append(pattern, pos, std::string::npos);
  return Status::OK();
}

Status TemporalScanner::Impl::LoadRules(const RuleFiles& files, const char* name, bool duration) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(files.ReadRecords(name, &records));
  // With an overlay (a newsroom's own rules) every rule compiles here, so a
  // bad pattern is reported at start with its file and line, not lost
  // silently at first use. The embedded rules compile on first use; a test
  // compiles them all (an empty overlay) so none ships broken.
  const bool compile_now = !files.overlay_dir().empty();
  for (const RuleRecord& r : records) {
    std::string where = std::string(name) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected 3 columns");
    Rule rule;
    rule.name = r.fields[0];
    const std::string& t = r.fields[1];
    if (t == "date") {
      rule.type = RuleType::kDate;
    } else if (t == "year") {
      rule.type = RuleType::kYear;
    } else if (t == "range") {
      rule.type = RuleType::kRange;
    } else if (t == "set") {
      rule.type = RuleType::kSet;
    } else if (t == "duration") {
      rule.type = RuleType::kDuration;
    } else if (t == "vague") {
      rule.type = RuleType::kVague;
    } else if (t == "none") {
      rule.type = RuleType::kNone;
    } else {
      return Status::InvalidInput(where + ": unknown type '" + t + "'");
    }
    if (duration != (rule.type == RuleType::kDuration || rule.type == RuleType::kVague))
      return Status::InvalidInput(where + ": type '" + t + "' does not belong in this file");
    std::string expanded;
    WF_RETURN_IF_ERROR(Expand(r.fields[2], &expanded).WithContext(where));
    rule.compiled = CompileOnce<Rule::Compiled>(expanded);
    if (compile_now) {
      const RE2& re = rule.Get().re;
      if (!re.ok()) return Status::InvalidInput(where + ": " + re.error());
    }
    // Optional fourth column: a simpler pattern found in every match of the
    // rule, which the gate runs instead of the rule's own.
    if (r.fields.size() >= 4 && !r.fields[3].empty()) {
      std::string gate_pattern;
      WF_RETURN_IF_ERROR(Expand(r.fields[3], &gate_pattern).WithContext(where));
      if (compile_now && !RE2(gate_pattern, Rule::Compiled::Options()).ok())
        return Status::InvalidInput(where + ": bad gate pattern");
      expanded_patterns.push_back(gate_pattern);
    } else {
      expanded_patterns.push_back(expanded);
    }
    rules.push_back(std::move(rule));
  }
  return Status::OK();
}

Status TemporalScanner::Create(const RuleFiles& files, std::unique_ptr<TemporalScanner>* out) {
  auto impl = std::make_unique<Impl>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(files.ReadRecords(kLexicon, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2 || r.fields[1].empty())
      return Status::InvalidInput(std::string(kLexicon) + ":" + std::to_string(r.line) +
                                  ": expected class, word, value");
    std::string value = r.fields.size() > 2 ? r.fields[2] : "";
    impl->lex[r.fields[0]][Lower(r.fields[1])] = value;
    impl->words[r.fields[0]].push_back(r.fields[1]);
  }
  WF_RETURN_IF_ERROR(HolidayCalendar::Create(files, &impl->holidays));
  for (const std::string& name : impl->holidays->names()) {
    impl->lex["holiday"][Lower(name)] = name;
    impl->words["holiday"].push_back(name);
  }
  WF_RETURN_IF_ERROR(impl->LoadRules(files, kDatePatterns, false));
  WF_RETURN_IF_ERROR(impl->LoadRules(files, kDurationPatterns, true));
  WF_RETURN_IF_ERROR(files.ReadRecords(kYearContext, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2) continue;
    (r.fields[0] == "before" ? impl->year_before : impl->year_after).insert(Lower(r.fields[1]));
  }
  WF_RETURN_IF_ERROR(files.ReadRecords(kSignals, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2) continue;
    Impl::Signal sig;
    sig.mod = r.fields[1];
    bool trailing = r.fields.size() > 2 && r.fields[2] == "after";
    std::string cond = r.fields.size() > 3 ? r.fields[3] : "";
    sig.clock_only = cond == "clock";
    sig.year_only = cond == "year";
    sig.final = cond == "final";
    std::string phrase = Lower(r.fields[0]);
    if (!trailing)
      impl->signal_words =
          std::max<size_t>(impl->signal_words, 1 + std::count(phrase.begin(), phrase.end(), ' '));
    (trailing ? impl->trailing_signals : impl->signals)[phrase] = sig;
  }
  WF_RETURN_IF_ERROR(TenseDetector::Create(files, &impl->tense));
  WF_RETURN_IF_ERROR(TemporalComposer::Create(files, &impl->composer));
  impl->gate = RuleGate::Build(impl->expanded_patterns, kGateRulesPerSet);
  impl->expanded_patterns.clear();
  out->reset(new TemporalScanner(std::move(impl)));
  return Status::OK();
}

std::optional<double> TemporalScanner::Impl::Number(std::string_view text) const {
  if (text.empty()) return std::nullopt;
  if (std::isdigit(static_cast<unsigned char>(text[0]))) {
    double n = std::atof(std::string(text).c_str());
    // A fraction: "1/2", "3/4".
    if (text.size() == 3 && text[1] == '/') return double(text[0] - '0') / double(text[2] - '0');
    // A mixed fraction: "2 1/2".
    if (size_t slash = text.find('/'); slash != std::string_view::npos && slash > 0 &&
                                       slash + 1 < text.size() && text.find_first_of(" -") < slash)
      n += double(text[slash - 1] - '0') / double(text[slash + 1] - '0');
    return n;
  }
  std::string w = Lower(text);
  if (InLex("vague", w)) return std::nan("");
  if (InLex("number", w)) return std::atof(Lex("number", w).c_str());
  if (InLex("fraction", w)) return std::atof(Lex("fraction", w).c_str());  // "a quarter of an"
  size_t sep = w.find_first_of("- ");
  if (sep != std::string::npos && InLex("number", w.substr(0, sep)) &&
      InLex("number", w.substr(sep + 1)))
    return std::atof(Lex("number", w.substr(0, sep)).c_str()) +
           std::atof(Lex("number", w.substr(sep + 1)).c_str());
  return std::nullopt;
}

int TemporalScanner::Impl::MonthOf(std::string_view m) const {
  for (const char* cls : {"month", "month_amb", "month_abbr"}) {
    std::string v = Lex(cls, m);
    if (!v.empty()) return ToInt(v);
  }
  return 0;
}

Tense TemporalScanner::Impl::TenseAt(const DocumentView& doc, size_t begin, size_t end,
                                     int* strength) const {
  size_t sb = 0, se = doc.text.size();
  if (doc.sentences != nullptr && !doc.sentences->empty()) {
    const Sentence& s = (*doc.sentences)[SentenceAt(*doc.sentences, begin)];
    sb = std::min(s.begin, begin);
    se = std::max(s.end, end);
  } else {
    size_t nl = doc.text.rfind('\n', begin);
    sb = nl == std::string_view::npos ? 0 : nl + 1;
    nl = doc.text.find('\n', end);
    se = nl == std::string_view::npos ? doc.text.size() : nl;
  }
  return tense->At(doc.text.substr(sb, se - sb), begin - sb, end - sb, strength);
}

bool TemporalScanner::Impl::YearAllowed(std::string_view text, size_t begin, size_t end) const {
  if (begin > 0) {
    char p = text[begin - 1];
    if (std::string_view("$#-.,/").find(p) != std::string_view::npos) return false;
    if (static_cast<unsigned char>(p) >= 0x80) {  // €, £, ¥ directly before
      size_t b = begin - 1;
      while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      if (year_before.count(std::string(text.substr(b, begin - b)))) return false;
    }
  }
  if (end < text.size()) {
    char n = text[end];
    // "2015-1-32", "2010-2015-86": a year glued by a dash to more digits is
    // a code or a failed date, never a year of its own (valid pairs are the
    // longer matches of year_range, iso_date...).
    if (n == '%' || ((n == ',' || n == '.' || n == '-') && end + 1 < text.size() &&
                     std::isdigit(static_cast<unsigned char>(text[end + 1]))))
      return false;
  }
  // Previous word.
  size_t e = begin;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && !std::isspace(static_cast<unsigned char>(text[b - 1]))) --b;
  if (b < e && year_before.count(Lower(text.substr(b, e - b)))) return false;
  // The second number of a list or range whose first one is not a year
  // ("pages 1990 to 2000", "flights 1987 and 1988").
  const std::string connector = Lower(text.substr(b, e - b));
  if (connector == "to" || connector == "and" || connector == "or" || connector == "through" ||
      connector == "-") {
    size_t ne = b;
    while (ne > 0 && text[ne - 1] == ' ') --ne;
    size_t nb = ne;
    while (nb > 0 && std::isdigit(static_cast<unsigned char>(text[nb - 1]))) --nb;
    if (nb < ne && (nb == 0 || text[nb - 1] == ' ')) {
      size_t pe = nb;
      while (pe > 0 && text[pe - 1] == ' ') --pe;
      size_t pb = pe;
      while (pb > 0 && !std::isspace(static_cast<unsigned char>(text[pb - 1]))) --pb;
      if (pb < pe && year_before.count(Lower(text.substr(pb, pe - pb)))) return false;
    }
  }
  // Next word.
  b = end;
  while (b < text.size() && text[b] == ' ') ++b;
  e = b;
  while (e < text.size() && (std::isalpha(static_cast<unsigned char>(text[e])) || text[e] == '%'))
    ++e;
  if (e > b && year_after.count(Lower(text.substr(b, e - b)))) return false;
  return true;
}

// The word ending right before byte `pos` (letters and apostrophes, white
// space skipped), lower case with a typographic apostrophe written "'";
// a negated auxiliary ("shouldn't", "won't") reads as "n't", a contracted
// one as its ending ("it'll": "'ll").
static std::string WordEndingAt(std::string_view text, size_t pos) {
  size_t e = std::min(pos, text.size());
  while (e > 0 && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string w;
  size_t i = e;
  while (i > 0) {
    unsigned char c = static_cast<unsigned char>(text[i - 1]);
    if (std::isalpha(c) || c == '\'') {
      w.insert(w.begin(), static_cast<char>(std::tolower(c)));
      --i;
    } else if (i >= 3 && text.substr(i - 3, 3) == "\xE2\x80\x99") {
      w.insert(w.begin(), '\'');
      i -= 3;
    } else {
      break;
    }
  }
  if (w.size() > 3 && w.ends_with("n't")) return "n't";
  if (size_t a = w.rfind('\''); a != std::string::npos && a > 0) return w.substr(a);  // "it'll"
  return w;
}

// A leading qualifier that the word before shows to be something else
// leaves the span and the groups: "about" after "what" or "how" asks, it
// does not approximate ("what about 30 minutes later"; lexicon class
// qmod_question, value the qualifier); a bare "last" before a count after
// an auxiliary, a modal or "to" is the verb ("the talks could last two
// weeks", "shouldn't last two hours"; class last_verb_cue); the leading
// counts of a compound offset after a period word (below).
void TemporalScanner::Impl::DropFalseQualifier(std::string_view text, Groups* g,
                                               size_t* begin) const {
  auto drop = [&](const char* name, std::string_view q) {
    size_t b = q.data() + q.size() - text.data();
    while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    *begin = b;
    g->g.erase(name);
  };
  auto leads = [&](std::string_view q) {
    size_t qb = q.data() - text.data();
    size_t b = *begin;
    while (b < qb && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    return b == qb;
  };
  // "the third-quarter loss": an expression written as a hyphenated
  // adjective (group adj) leaves the article (athe) to the noun it
  // modifies, as TimeML tags it; "the third quarter" keeps it.
  if (std::string_view a = g->Get("athe"); !a.empty() && leads(a) && g->Has("adj")) drop("athe", a);
  if (std::string_view q = g->Get("qmod"); !q.empty() && leads(q)) {
    std::string asked = Lex("qmod_question", WordEndingAt(text, q.data() - text.data()));
    if (!asked.empty() && asked == Lower(q)) drop("qmod", q);
  }
  if (std::string_view d = g->Get("drel");
      !d.empty() && leads(d) && g->Has("num") && Lower(d) == "last" &&
      InLex("last_verb_cue", WordEndingAt(text, d.data() - text.data())))
    drop("drel", d);
  // "the last 3 months and 2 days ago": counts after a period word belong
  // to that period, not to the date counted back (class lead_stop).
  std::string_view l = g->Get("lead");
  if (l.empty() || !leads(l)) return;
  if (InLex("lead_stop", WordEndingAt(text, l.data() - text.data()))) {
    drop("lead", l);
    return;
  }
  // After a length and "and" the counts continue that length ("the last 3
  // months and 2 weeks and 2 days ago": 2 days ago).
  if (size_t lb = l.data() - text.data(); WordEndingAt(text, lb) == "and") {
    while (lb > 0 && std::isspace(static_cast<unsigned char>(text[lb - 1]))) --lb;
    if (InLex("unit", WordEndingAt(text, lb - 3))) {
      drop("lead", l);
      return;
    }
  }
  // A compound length runs from larger units to smaller ones: in "52 weeks
  // a year earlier", "five days and two years later" the first length is
  // one of its own.
  const std::string order = "YQMWD";
  size_t last = std::string::npos;
  auto finer = [&](std::string_view word) {
    std::string u = Lex("unit", word);
    size_t at = u.empty() ? std::string::npos : order.find(u.back());
    bool ok = at != std::string::npos && u[0] != 'T' && (last == std::string::npos || at > last);
    last = at;
    return ok;
  };
  bool ok = true;
  for (size_t i = 0; ok && i < l.size();) {
    size_t j = i;
    while (j < l.size() && !std::isspace(static_cast<unsigned char>(l[j])) && l[j] != ',' &&
           l[j] != '-')
      ++j;
    if (std::string tok = Lower(l.substr(i, j - i)); InLex("unit", tok)) ok = finer(tok);
    i = j + 1;
  }
  if (!ok || !finer(g->Get("unit"))) drop("lead", l);
}

// "three days later" (rule ago) counts from the latest single day named
// before it in its sentence or the one before ("arrested on March 3 ...
// three days later": March 6; from its clock for a count of hours or
// minutes). Without one, a past clause tells only that the date is past
// (PAST_REF: the DCT is no anchor for a narrative); any other clause counts
// from the DCT.
void TemporalScanner::Impl::ResolveLater(const DocumentView& doc, size_t at,
                                         std::vector<Extraction>* pieces) const {
  const std::string_view text = doc.text;
  Extraction& e = (*pieces)[at];
  auto sentence = [&](size_t pos) { return SentenceOf(doc, pos); };
  const int here = sentence(e.begin);
  for (size_t k = at; k-- > 0;) {
    const Extraction& before = (*pieces)[k];
    if (sentence(before.begin) < here - 1) break;
    const Value& a = before.value;
    if (before.kind != ClaimKind::kDate || a.start.size() != 10 || a.start != a.end ||
        a.timex.find('/') != std::string::npos)
      continue;
    DocumentView anchored = doc;
    if (!ParseTimexDay(a.start, &anchored.published)) continue;
    // "at 3 p.m. ... two hours later": the anchor's clock, when it has one
    // ("now": the DCT's).
    anchored.published_minutes = a.timex.size() >= 16 && a.timex[10] == 'T' && a.timex[13] == ':'
                                     ? ToInt(a.timex.substr(11)) * 60 + ToInt(a.timex.substr(14))
                                 : a.timex == "PRESENT_REF" ? doc.published_minutes
                                                            : -1;
    Candidate c;
    c.begin = e.begin;
    c.end = e.end;
    while (c.rule < static_cast<int>(rules.size()) && rules[c.rule].name != e.rule) ++c.rule;
    if (c.rule == static_cast<int>(rules.size())) return;
    const Rule& rule = rules[c.rule];
    const Rule::Compiled& compiled = rule.Get();
    const int n = compiled.re.NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> sub(n);
    if (!compiled.re.Match(text, c.begin, text.size(), RE2::ANCHOR_START, sub.data(), n)) return;
    Groups g;
    for (const auto& [key, index] : compiled.groups)
      if (sub[index].data() != nullptr && !sub[index].empty())
        g.g[key] = std::string_view(sub[index].data(), sub[index].size());
    if (Interpret(rule, g, anchored, c.begin, c.end, &c)) e.value = c.value;
    return;
  }
  if (TenseAt(doc, e.begin, e.end) == Tense::kPast) {
    std::string mod = e.value.mod;
    e.value = RefValue("PAST_REF", doc.published);
    e.value.mod = mod;
  }
}

// "the following year" (rule past_unit) is the unit after the latest date
// named before it in its sentence or the three before ("made a general on
// May 22, 1995, and the following year ...": 1996), at least as fine as that
// unit: the phrase needs an antecedent, which a narrative may name a few
// sentences back. Without one it stays the length from the DCT.
void TemporalScanner::Impl::ResolveFollowing(const DocumentView& doc, size_t at,
                                             std::vector<Extraction>* pieces) const {
  const std::string_view text = doc.text;
  Extraction& e = (*pieces)[at];
  const std::string surface = Lower(text.substr(e.begin, e.end - e.begin));
  if (!surface.starts_with("the following ")) return;
  const std::string unit = surface.substr(14);
  static const std::string_view kGrains[] = {"day", "week", "month", "year"};
  const auto rank = [](std::string_view grain) {
    for (size_t i = 0; i < 4; ++i)
      if (grain == kGrains[i]) return static_cast<int>(i);
    return -1;
  };
  const int want = rank(unit);
  if (want < 0) return;
  auto sentence = [&](size_t pos) { return SentenceOf(doc, pos); };
  const int here = sentence(e.begin);
  for (size_t k = at; k-- > 0;) {
    const Extraction& before = (*pieces)[k];
    if (sentence(before.begin) < here - 3) return;
    const Value& a = before.value;
    if (before.kind != ClaimKind::kDate || a.start.size() != 10 ||
        a.timex.find('/') != std::string::npos)
      continue;
    const int have = a.grain == "time" ? 0 : rank(a.grain);
    if (have < 0 || have > want) continue;
    sys_days first;
    if (!ParseTimexDay(a.start, &first)) continue;
    year_month_day ymd(first);
    Value v;
    if (want == 3) {
      v = YearValue(static_cast<int>(ymd.year()) + 1);
    } else if (want == 2) {
      v = MonthValue(ymd.year() / ymd.month() + std::chrono::months(1));
    } else if (want == 1) {
      v = WeekValue(first + days(7));
    } else {
      v = DayValue(first + days(1));
    }
    v.mod = e.value.mod;
    e.value = v;
    e.kind = ClaimKind::kDate;
    return;
  }
}

// True when a match writes a day its month never has in the year it writes
// ("feb 30 2019", "2/29/2019", the first day of "2/29-3/1/2019"): a day, a
// month and a four-digit year of either point of a range.
bool TemporalScanner::Impl::ImpossibleDay(const Groups& g) const {
  std::string_view y = g.Get("y");
  if (y.size() != 4) y = g.Get("y2");
  if (y.size() != 4) y = g.Get("yb");
  if (y.size() != 4) return false;
  for (const char* sfx : {"", "2"}) {
    const std::string s = sfx;
    std::string_view dd = g.Get("d" + s), mn = g.Get("mn" + s), m = g.Get("m" + s);
    if (dd.empty() || (mn.empty() && m.empty())) continue;
    int month = mn.empty() ? MonthOf(m) : ToInt(mn);
    if (month < 1 || month > 12) continue;
    std::string_view yy = g.Get("y" + s).size() == 4 ? g.Get("y" + s) : y;
    year_month_day ymd{std::chrono::year(ToInt(yy)), std::chrono::month(month),
                       std::chrono::day(ToInt(dd))};
    if (!ymd.ok()) return true;
  }
  return false;
}

// True when the text at `pos` goes on as a count, not a clock: a digit, "%",
// "8.5", "8,000", or a clock_blocker word ("at 8 percent").
bool TemporalScanner::Impl::NumericFollows(std::string_view text, size_t pos) const {
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',') && pos + 1 < text.size() &&
      std::isdigit(static_cast<unsigned char>(text[pos + 1])))
    return true;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return false;
  if (std::isdigit(static_cast<unsigned char>(text[pos])) || text[pos] == '%') return true;
  size_t e = pos;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  return e > pos && InLex("clock_blocker", text.substr(pos, e - pos));
}

// True when the word ending right before `pos` (spaces between) is a
// level_cue of the lexicon: "closed at 6.45", "stood at 1030" state a level.
bool TemporalScanner::Impl::LevelBefore(std::string_view text, size_t pos) const {
  size_t e = pos;
  while (e > 0 && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  return b < e && InLex("level_cue", text.substr(b, e - b));
}

// A clock without am/pm must not read on as a count, and a bare hour ("at 8",
// "between 3 and 8") needs a part of day or "tonight" next to it (a range of
// two bare hours after "between" may have a day instead: "between 3 and 8
// yesterday", not "Saturday 3-2" nor "rose from 3 to 8 yesterday"). "last"/"this" before a clock
// must name a part of day or a weekday.
bool TemporalScanner::Impl::ClockAllowed(const Groups& g, std::string_view text, size_t end) const {
  bool ampm = g.Has("ampm") || g.Has("ampm_s") || g.Has("ampm2") || g.Has("ampm_s2");
  bool pod = g.Has("pod") || Lex("deictic", g.Get("deictic")).find('T') != std::string::npos;
  if (g.Has("rel") && !g.Has("pod") && !g.Has("wd")) return false;
  if (ampm) return true;
  std::string_view last = g.Has("hh2") ? g.Get("hh2") : g.Get("hh");
  size_t after = static_cast<size_t>(last.data() + last.size() - text.data());
  // "1140 a.m.", "150ish": the minutes follow the hour directly; "6.45",
  // "3 15": after one separator.
  std::string_view mi = g.Has("hh2") ? g.Get("mi2") : g.Get("mi");
  if (!mi.empty() && mi.data() >= last.data() + last.size() &&
      mi.data() <= last.data() + last.size() + 1)
    after = static_cast<size_t>(mi.data() + mi.size() - text.data());
  if (NumericFollows(text, after) || NumericFollows(text, end)) return false;
  // Minutes, o'clock, "15h", "11ish", a stated offset or a time zone ("at 8
  // GMT") make an hour a clock.
  bool bare = !g.Has("mi") && !g.Has("mi2") && !g.Has("oc") && !g.Has("mq") && !g.Has("mqn") &&
              !g.Has("noon") && !g.Has("miw") && !g.Has("h24") && !g.Has("ish") && !g.Has("tz");
  // "10 minutes after 3 rivals quit", "from 20 minutes to 5": a count of
  // minutes is a clock offset only with "past" or a stated am/pm.
  if (g.Has("mqn") && Lower(g.Get("mdir")) != "past" && !g.Has("oc")) return false;
  if (!bare) return true;
  // Without "from"/"between" a weekday is often followed by a score ("won
  // Saturday 3-2", "beat Boston Monday night 6-3"): a range of bare hours
  // right after it, with or without a part of day, spans at most eight
  // hours (on the dial read by BareHoursRange: "Monday 12-4", "Monday
  // morning 6-8").
  auto within_eight = [&] {
    int h1 = ToInt(g.Get("hh")) % 12, h2 = ToInt(g.Get("hh2"));
    if (h2 <= h1) h2 += 12;
    return h2 - h1 <= 8;
  };
  if (g.Has("pod") && g.Has("hh2") && (g.Has("wd") || g.Has("deictic")) && !g.Has("btw") &&
      g.Get("pre").empty())
    return within_eight();
  if (pod) return true;
  // Group anchored: a rule the composer keeps only joined to a day or a
  // length ("between 3 and 5 on 1/1/2015", "from 9 for 2.5 hrs").
  if (g.Has("anchored")) return true;
  // "Sat at 5": a bare hour after "at" (group levelat) that the composer
  // keeps only joined to a day (Interpret marks it day_only and refuses it
  // in a past clause: "lost Friday at 3" is a score).
  if (g.Has("levelat")) return true;
  if (!g.Has("hh2")) return false;
  // A range of bare hours written with the day it falls on: "between 3 and 8
  // yesterday", "Wednesday from 10-4", "Monday 12-4" (the weekday right
  // before).
  if (g.Has("btw")) return g.Has("deictic") || g.Has("wd");
  if (g.Get("pre").empty() && g.Has("wd")) return within_eight();
  std::string by = Lower(g.Get("pre"));
  return by.rfind("between", 0) == 0 && (g.Has("deictic") || g.Has("wd"));
}

// Two bare hours without am/pm or part of day read as the suites read them:
// the first on a 12-hour dial from 0 ("12-4" is 00:00-04:00), the second the
// next such hour after it ("11-4" is 11:00-16:00, "10:30 to 3" ends 15:00).
static void BareHoursRange(const Groups& g, Value* v) {
  if (!g.Has("hh2") || g.Has("ampm") || g.Has("ampm_s") || g.Has("ampm2") || g.Has("ampm_s2") ||
      g.Has("pod") || g.Has("h24"))
    return;
  std::string& t = v->timex;
  size_t slash = t.find('/');
  if (slash != 16 || t.size() != 33 || t[10] != 'T' || t[27] != 'T') return;
  int h1 = std::atoi(t.substr(11, 2).c_str()), m1 = std::atoi(t.substr(14, 2).c_str());
  int h2 = std::atoi(t.substr(28, 2).c_str()), m2 = std::atoi(t.substr(31, 2).c_str());
  if (h1 > 12 || h2 > 12 || t.compare(0, 10, t, 17, 10) != 0) return;
  h1 %= 12;
  if (h2 * 60 + m2 <= h1 * 60 + m1) h2 += 12;
  if (h2 >= 24) return;
  auto two = [](int n) { return std::string(1, char('0' + n / 10)) + char('0' + n % 10); };
  t.replace(11, 2, two(h1));
  t.replace(28, 2, two(h2));
}

// A duration counted from the DCT ("the last two years", "the next 3 days",
// "within 9 months") keeps its TIMEX3 value (TimeML: DURATION P2Y) and gets
// the period it covers as inclusive day bounds: back from the DCT to it
// ("the past three months" of 2016-11-07 is 2016-08-07..2016-11-07), ahead
// from the day after ("the next 3 days": 11-08..11-10), or from the DCT on
// ("within 9 months"). Not when another anchor follows ("within two years
// of the merger", "the next three days after the vote"), for vague counts
// or clock units.
void TemporalScanner::Impl::AnchorDuration(const Groups& g, const DocumentView& doc, size_t end,
                                           double n, int mult, char letter, bool time,
                                           Value* v) const {
  if (time || std::isnan(n) || n < 1 || std::fabs(n - std::round(n)) > 1e-9) return;
  int sign = g.Has("within") ? 2 : std::atoi(Lex("drel", g.Get("drel")).c_str());
  if (sign == 0) return;
  size_t b = end;
  while (b < doc.text.size() && std::isspace(static_cast<unsigned char>(doc.text[b]))) ++b;
  size_t e = b;
  while (e < doc.text.size() && std::isalpha(static_cast<unsigned char>(doc.text[e]))) ++e;
  if (InLex("duration_anchor", doc.text.substr(b, e - b))) return;
  const sys_days dct = doc.published;
  int count = static_cast<int>(std::lround(n)) * mult;
  sys_days to = ShiftDays(dct, sign < 0 ? -count : count, letter);
  if (sign < 0) {
    v->start = FormatDay(to);
    v->end = FormatDay(dct);
  } else {
    v->start = FormatDay(sign == 2 ? dct : dct + days(1));
    v->end = FormatDay(to);
  }
}

// Reads the date of groups named X + sfx ("" for the first point of a range,
// "2" for the second).
bool TemporalScanner::Impl::DateValue(const Groups& g, const std::string& sfx,
                                      const DocumentView& doc, size_t begin, size_t end,
                                      std::optional<int> year_hint, Value* v,
                                      bool* next_half_day) const {
  // A determiner before the match makes it a noun phrase that only names
  // the day after it ("the night of Oct. 23": TimeML tags "Oct. 23").
  if (g.Has("det")) return false;
  const sys_days dct = doc.published;
  const year_month_day dymd(dct);
  const int dyear = static_cast<int>(dymd.year());
  auto get = [&](const char* name) {
    std::string_view s = sfx.empty() ? g.Get(name) : g.Get(std::string(name) + sfx);
    if (s.empty() && !sfx.empty()) s = g.Get(name);  // inherit from the first point
    return s;
  };
  std::optional<Tense> tense_cache;
  int tense_strength = 0;
  auto direction = [&](Direction unknown) {
    if (!tense_cache) tense_cache = TenseAt(doc, begin, end, &tense_strength);
    if (*tense_cache == Tense::kPast) return Direction::kPast;
    if (*tense_cache == Tense::kFuture) return Direction::kFuture;
    return unknown;
  };
  // News speaks mostly of the days just past: a bare weekday is the latest
  // one (the DCT itself included) unless a strong future cue says otherwise
  // ("will meet Friday"); a weak cue ("could", "-ed") does not move it. A
  // cue of no tense ("effective Thursday") makes it the nearest one.
  auto weekday_direction = [&]() {
    Direction d = direction(Direction::kNearest);
    if (d == Direction::kNearest) return tense_strength > 0 ? d : Direction::kPast;
    return d == Direction::kFuture && tense_strength >= 2 ? Direction::kFuture : Direction::kPast;
  };
  // A month or day without a year is the nearest occurrence; the tense
  // overrides it when the nearest lies on the other side of the DCT.
  auto tense_overrides = [&](bool nearest_is_future, int distance_days) {
    Direction d = direction(Direction::kNearest);
    // "the fiscal year ended Jan. 31": over, however near the coming one is
    // (the verb right before, or before "on"/"in", is an ended_cue).
    auto ended_before = [&]() {
      std::string w = WordEndingAt(doc.text, begin);
      if (w == "on" || w == "in") {
        size_t b = begin;
        while (b > 0 && std::isspace(static_cast<unsigned char>(doc.text[b - 1]))) --b;
        w = WordEndingAt(doc.text, b >= 2 ? b - 2 : 0);
      }
      return InLex("ended_cue", w);
    };
    // A strong future cue ("will meet in December") always counts; past cues
    // ("was", "-ed") are often about scheduled dates ("the deadline was
    // March 30"), so they count only against a nearest date months ahead.
    if (distance_days <= 92 && !(d == Direction::kFuture && tense_strength >= 2))
      return nearest_is_future && d == Direction::kPast && ended_before();
    return nearest_is_future ? d == Direction::kPast : d == Direction::kFuture;
  };
  std::optional<int> year;
  if (std::string_view y = g.Get("y" + sfx); !y.empty()) {
    year = ToInt(y);
    if (y.size() == 2) {
      std::string_view y1 = g.Get("y");
      int century = y1.size() == 4 ? ToInt(y1) / 100 * 100 : dyear / 100 * 100;
      year = century + *year;
      // "10/31/74": a two-digit year more than ten years ahead is last century's.
      if (y1.size() != 4 && *year > dyear + 10) *year -= 100;
    }
  } else if (std::string_view y1 = g.Get("y"); !y1.empty()) {
    year = ToInt(y1);
  } else if (std::string_view y0 = g.Get("y0"); !y0.empty()) {
    year = ToInt(y0);  // "the 1988 third quarter"
  } else if (std::string_view yb = g.Get("yb"); !yb.empty()) {
    year = ToInt(yb);  // "5/1-5/7, 2020": the year of both ends
  } else if (year_hint) {
    year = year_hint;
  }
  if (std::string_view syc = g.Get("syc"); !syc.empty()) {
    // "nineteen ninety-six": the century word and the rest as numbers.
    std::optional<double> c = Number(syc), r = Number(g.Get("syr"));
    if (!c || !r || std::isnan(*r)) return false;
    year = static_cast<int>(*c) * 100 + static_cast<int>(*r);
  } else if (g.Has("syk")) {
    std::optional<double> r = g.Has("syr2") ? Number(g.Get("syr2")) : 0.0;
    if (!r || std::isnan(*r)) return false;
    year = 2000 + static_cast<int>(*r);
  }
  if (g.Has("ye")) {  // "year-end": the end of this year
    *v = YearValue(year.value_or(dyear));
    ApplyMod("END", v);
    return true;
  }
  if (g.Has("lp")) {  // "the latest period": the latest quarter that ended
    year_month_day q(ShiftDays(dct, -1, 'Q'));
    *v = QuarterValue(static_cast<int>(q.year()),
                      static_cast<int>((static_cast<unsigned>(q.month()) - 1) / 3) + 1);
    return true;
  }
  if (std::string_view yrel = g.Get("yrel"); !yrel.empty()) {
    year = dyear + std::atoi(Lex("rel", yrel).c_str());
  }
  // "Thanksgiving in 3 years", "Diwali six years hence", "Christmas 3
  // months ago", "March in a year": the year that a length counted from the
  // DCT reaches (hnum hunit, with hfut "in" or hago "ago"/"hence"/"from now").
  if (std::string_view hunit = g.Get("hunit"); !hunit.empty()) {
    std::optional<double> n = Number(g.Get("hnum"));
    if (!n || std::isnan(*n) || *n < 1 || *n > 100 || *n != std::floor(*n) || g.Has("rel"))
      return false;
    int sign = g.Has("hfut") || Lower(g.Get("hago")) != "ago" ? 1 : -1;
    char unit = std::tolower(static_cast<unsigned char>(hunit[0])) == 'y' ? 'Y' : 'M';
    year =
        static_cast<int>(year_month_day(ShiftDays(dct, sign * static_cast<int>(*n), unit)).year());
  }
  int rel = 0;
  bool has_rel = false;
  if (std::string_view r = g.Get("rel"); !r.empty()) {
    has_rel = true;
    // "the end of the past week": the length words of drel name a unit too.
    std::string rv = Lex("rel", r);
    rel = std::atoi((rv.empty() ? Lex("drel", r) : rv).c_str());
  } else if (std::string_view r2 = g.Get("rel_after"); !r2.empty()) {
    has_rel = true;  // "the week after next"
    rel = std::atoi(Lex("rel_after", r2).c_str());
  }
  std::string_view pod_word = get("pod");
  std::string pod = pod_word.empty() ? "" : Lex("pod", pod_word);
  if (pod.empty() && !pod_word.empty()) pod = Lex("pod_abbr", pod_word);  // "today pm"
  if (pod == "MI" && has_rel) return false;  // "this lunch", "next lunch": the meal

  // Clock times.
  std::string_view hh = get("hh"), noon = get("noon");
  if (!hh.empty() || !noon.empty()) {
    sys_days day = dct;
    if (std::string_view wd = get("wd"); !wd.empty()) {
      std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
      day = has_rel ? RelativeWeekday(dct, cw, rel) : AnchorWeekday(dct, cw, weekday_direction());
    } else if (std::string_view dx = get("deictic"); !dx.empty()) {
      std::string d = Lex("deictic", dx);
      if (d.rfind("D", 0) != 0) return false;
      day = dct + days(std::atoi(d.c_str() + 1));
      // "tonight at 7": the deictic's part of day places the hour.
      if (size_t t = d.find('T'); t != std::string::npos && pod.empty()) pod = d.substr(t + 1);
    } else if (has_rel && rel < 0 && !pod.empty()) {
      day = dct - days(1);  // "last night at 8"
    }
    // "7:30 PM on Fri, Sep 20": the month and day written with the clock;
    // without a year, the nearest year in which that day is the weekday
    // named, else the nearest occurrence.
    // "2019-01-18T15:50:06": the month may be a number.
    if (std::string_view m = get("m"); (!m.empty() || !get("mn").empty()) && !get("d").empty()) {
      std::chrono::month cm(static_cast<unsigned>(m.empty() ? ToInt(get("mn")) : MonthOf(m)));
      std::chrono::day cd(static_cast<unsigned>(ToInt(get("d"))));
      if (year) {
        year_month_day ymd{std::chrono::year(*year), cm, cd};
        if (!ymd.ok()) return false;
        day = sys_days(ymd);
      } else if (!AnchorMonthDay(dct, cm, cd, Direction::kNearest, &day)) {
        return false;
      } else if (std::string_view wd = get("wd"); !wd.empty()) {
        std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
        const std::chrono::year y = year_month_day(day).year();
        for (int k : {0, 1, -1}) {
          year_month_day ymd{y + std::chrono::years(k), cm, cd};
          if (ymd.ok() && std::chrono::weekday(sys_days(ymd)) == cw) {
            day = sys_days(ymd);
            break;
          }
        }
      }
    }
    const bool day_named = g.Has("wd") || g.Has("deictic") || g.Has("wd2") || g.Has("d");
    int minutes;
    // A 12-hour clock without am/pm or a part of day ("at 3:30"): see below.
    bool ambiguous = false;
    if (!noon.empty()) {
      minutes = Lower(noon).find("night") != std::string::npos ? 0 : 12 * 60;
    } else {
      int h = ToInt(hh), mi = ToInt(get("mi"));
      if (!std::isdigit(static_cast<unsigned char>(hh[0]))) {  // "half past three"
        std::optional<double> n = Number(hh);
        if (!n || std::isnan(*n) || *n < 1 || *n > 12) return false;
        h = static_cast<int>(*n);
      }
      if (std::string_view miw = get("miw"); !miw.empty()) {  // "three twenty", "ten oh five"
        std::string w = Lower(miw);
        if (w.rfind("oh", 0) == 0)
          w = w.substr(2);
        else if (w.rfind("o ", 0) == 0 || w.rfind("o-", 0) == 0)
          w = w.substr(1);
        while (!w.empty() && (w[0] == ' ' || w[0] == '-')) w.erase(0, 1);
        std::optional<double> n = Number(w);
        if (!n || std::isnan(*n) || *n < 1 || *n > 59) return false;
        mi = static_cast<int>(*n);
      }
      if (h > 23 || mi > 59) return false;
      std::string ampm = Lower(get("ampm"));
      if (ampm.empty()) ampm = Lower(get("ampm_s"));  // "9a" next to a day
      if (!ampm.empty()) {
        if (h > 12) return false;
        h %= 12;
        if (ampm[0] == 'p') h += 12;
      } else if (!pod.empty() && h <= 12) {
        // "3:15 in the afternoon", "this evening at 8", "12 at night".
        h %= 12;
        if (pod == "AF" || pod == "EV" || (pod == "NI" && h >= 6) || (pod == "MI" && h < 6))
          h += 12;
      } else {
        ambiguous = !g.Has("h24") && h >= 1 && h < 12;
      }
      minutes = h * 60 + mi;
    }
    // "a quarter past 3pm", "ten minutes to 5", "half three" (past), "a
    // quarter to noon".
    {
      int off = 0;
      std::string_view mq = get("mq"), mqn = get("mqn");
      bool half = !mq.empty() && Lower(mq) == "half";
      if (!mq.empty()) {
        off = half ? 30 : 15;
      } else if (!mqn.empty()) {
        std::optional<double> n = Number(mqn);
        if (!n || std::isnan(*n) || *n < 1 || *n > 59) return false;
        off = static_cast<int>(*n);
      }
      if (off > 0) {
        std::string dir = Lower(get("mdir"));
        if (dir.empty() || dir == "past" || dir == "after") {
          minutes += off;
        } else {
          if (half) return false;  // "half to" is no clock
          minutes = (minutes - off + 1440) % 1440;
        }
      }
    }
    // A 12-hour clock said without am/pm or a day is the next such time
    // after the DCT's clock when the DCT has one ("at 3:30" said at 4:30 am
    // is 3:30 pm), as a listener reads it; a date-only DCT keeps the hour.
    // Scan moves it after composing, when no day joined the clock.
    if (next_half_day != nullptr)
      *next_half_day = ambiguous && !day_named && doc.published_minutes >= 0 &&
                       minutes < doc.published_minutes && minutes + 720 >= doc.published_minutes;
    *v = TimeValue(day, minutes, "");
    if (std::string_view sec = get("sec"); sec.size() == 2) v->timex += ":" + std::string(sec);
    return true;
  }
  // today, yesterday, now...
  if (std::string_view dx = get("deictic"); !dx.empty()) {
    std::string d = Lex("deictic", dx);
    if (d.rfind("D", 0) != 0) {
      *v = RefValue(d, dct);
      return true;
    }
    size_t t = d.find('T');
    sys_days day =
        dct +
        days(std::atoi(d.substr(1, t == std::string::npos ? std::string::npos : t - 1).c_str()));
    if (t != std::string::npos) pod = d.substr(t + 1);
    *v = pod.empty() ? DayValue(day) : TimeValue(day, -1, pod);
    return true;
  }
  // Holidays: "Christmas", "last Thanksgiving", "Easter 2019", "Ramadan".
  if (std::string_view hol = get("hol"); !hol.empty()) {
    const HolidayRule* rule = holidays->Find(Lex("holiday", hol));
    if (rule == nullptr) return false;
    if (!ResolveHoliday(*rule, dct, year, has_rel ? std::optional<int>(rel) : std::nullopt,
                        direction(Direction::kNearest), v))
      return false;
    // "the closest Christmas to today", "the 3rd nearest Easter to now": the
    // holiday's days of the years around the DCT ranked by their distance
    // from it, the later one first on a tie.
    if (g.Has("closest")) {
      int k = g.Has("hnth") ? ToInt(Lex("ordinal", g.Get("hnth"))) : 1;
      if (!g.Has("hnow") || k < 1 || k > 4) return false;
      std::vector<std::pair<int, Value>> near;
      for (int y = dyear - 4; y <= dyear + 4; ++y) {
        Value hv;
        sys_days first;
        if (!ResolveHoliday(*rule, dct, y, std::nullopt, Direction::kNearest, &hv) ||
            !ParseTimexDay(hv.start, &first))
          continue;
        int dist = static_cast<int>((first - dct).count());
        near.emplace_back(2 * std::abs(dist) - (dist > 0 ? 1 : 0), std::move(hv));
      }
      std::stable_sort(near.begin(), near.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
      if (static_cast<int>(near.size()) < k) return false;
      *v = std::move(near[k - 1].second);
      return true;
    }
    // "the third Tuesday after Christmas 2014", "the Friday before Easter":
    // the n-th such weekday after the holiday's last day (before its first).
    if (std::string_view side = g.Get("hside"); !side.empty()) {
      if (!g.Has("hthe") && !g.Has("hnth")) return false;  // "Friday after Christmas sales"
      int k = g.Has("hnth") ? ToInt(Lex("ordinal", g.Get("hnth"))) : 1;
      std::chrono::weekday cw(ToInt(WeekdayOf(get("wd"))) % 7);
      bool after = Lower(side) == "after";
      sys_days day;
      if (k < 1 || !ParseTimexDay(after ? v->end : v->start, &day)) return false;
      sys_days d = after ? day + days(1) + (cw - std::chrono::weekday(day + days(1)))
                         : day - days(1) - (std::chrono::weekday(day - days(1)) - cw);
      *v = DayValue(d + days((after ? 7 : -7) * (k - 1)));
      return true;
    }
    // "Labor Day weekend", "the weekend of Halloween": the weekend next to
    // the holiday, stretched to a holiday on a Thursday, Friday, Monday or
    // Tuesday (the long weekend: Thanksgiving Thursday to Sunday, Labor Day
    // Saturday to Monday); the weekend after a Wednesday.
    if (g.Has("hwe")) {
      sys_days day;
      if (!ParseTimexDay(v->start, &day)) return false;
      int wd = static_cast<int>(std::chrono::weekday(day).iso_encoding());  // Monday 1
      sys_days sat = wd <= 2 ? day - days(wd + 1) : day + days(6 - wd);
      if (wd == 7) sat = day - days(1);
      Value we = WeekendValue(sat);
      we.start = FormatDay(wd == 3 ? sat : std::min(day, sat));
      we.end = FormatDay(std::max(day, sat + days(1)));
      *v = std::move(we);
    }
    return true;
  }
  int month = 0;
  if (std::string_view mn = get("mn"); !mn.empty()) month = ToInt(mn);
  if (std::string_view m = get("m"); !m.empty()) month = MonthOf(m);
  std::string_view wd = get("wd");
  std::string_view dd = get("d");
  std::string day_word;
  if (!sfx.empty() && g.Has("dw" + sfx)) {  // "April 9th through seventeenth"
    day_word = Lex("dayword", g.Get("dw" + sfx));
    dd = day_word;
  } else if (dd.empty() && g.Has("dw")) {
    day_word = Lex("dayword", get("dw"));
    dd = day_word;
  } else if (dd.empty() && g.Has("dn")) {  // "twenty five January"
    day_word = Lex("day_number", get("dn"));
    dd = day_word;
  }
  // "the 20th of next month"; mthe "the 15th day of the month" (the DCT's).
  if (std::string_view mrel = get("mrel"); (!mrel.empty() || g.Has("mthe")) && !dd.empty()) {
    year_month_day m(ShiftDays(dct, mrel.empty() ? 0 : std::atoi(Lex("rel", mrel).c_str()), 'M'));
    year_month_day ymd{m.year(), m.month(), std::chrono::day(ToInt(dd))};
    if (!ymd.ok()) return false;
    *v = DayValue(sys_days(ymd));
    return true;
  }
  // "Sat 14th", "Sunday 31", "tuesday the eleventh": the latest month from
  // the DCT's back whose day of that number is that weekday.
  if (!wd.empty() && !dd.empty() && month == 0 && !year && g.Has("wdday")) {
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    year_month_day ref(dct);
    std::chrono::year_month ym = ref.year() / ref.month();
    for (int i = 0; i < 24; ++i, ym -= std::chrono::months(1)) {
      year_month_day ymd{ym.year(), ym.month(), std::chrono::day(ToInt(dd))};
      if (ymd.ok() && std::chrono::weekday(sys_days(ymd)) == cw) {
        *v = DayValue(sys_days(ymd));
        return true;
      }
    }
    return false;
  }
  // "the first Tuesday of October", "the last Monday in March 2014", "the
  // first Monday of next month".
  std::string_view mrel_nth = get("mrel");
  if (std::string_view nth = get("nth");
      !nth.empty() && (month > 0 || !mrel_nth.empty() || g.Has("mthe")) && !wd.empty()) {
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    std::chrono::year_month ym =
        month == 0 ? [&] {
          year_month_day m(ShiftDays(
              dct, mrel_nth.empty() ? 0 : std::atoi(Lex("rel", mrel_nth).c_str()), 'M'));
          return m.year() / m.month();
        }()
        : year ? std::chrono::year(*year) / month
               : AnchorMonth(dct, std::chrono::month(month), direction(Direction::kNearest));
    sys_days day;
    if (Lower(nth) == "last") {
      day = sys_days(ym / cw[std::chrono::last]);
    } else {
      int k = ToInt(Lex("ordinal", nth));
      if (k < 1 || k > 4) return false;
      day = sys_days(ym / cw[k]);
    }
    // "the first Monday evening of next month": that part of the day.
    *v = pod.empty() ? DayValue(day) : TimeValue(day, -1, pod);
    return true;
  }
  // "the 21st century": timex the hundreds ("20"), TimeML's century.
  if (std::string_view cent = get("cent"); !cent.empty()) {
    int n = ToInt(cent);
    if (n < 1) return false;
    *v = CenturyValue(n - 1);
    return true;
  }
  // "the third month of 2021", "the 9th month of next year": that month of
  // the year named ("the year": the DCT's).
  if (std::string_view mth = get("mth"); !mth.empty()) {
    int k = ToInt(mth);
    if (k == 0) k = ToInt(Lex("dayword", mth));
    if (k < 1 || k > 12) return false;
    *v = MonthValue(std::chrono::year(year.value_or(dyear)) / k);
    return true;
  }
  // "the first 2 weeks of 2021", "the last four months of this year", "the
  // first ten days of January": the first (last) pnum punits of the year or
  // month named, as a range of them. Weeks are ISO weeks, of a year as for
  // "week 31", of a month those whose Thursday falls in it (as nthw below).
  if (std::string_view pfl = get("pfl"); !pfl.empty()) {
    std::optional<double> n = Number(get("pnum"));
    if (!n || std::isnan(*n) || *n < 2 || *n != std::floor(*n)) return false;
    const int count = static_cast<int>(*n);
    const bool last = Lower(pfl) != "first";
    const char unit = static_cast<char>(std::tolower(static_cast<unsigned char>(get("punit")[0])));
    const int y = year.value_or(dyear);
    Value from, to;
    if (month > 0) {
      std::chrono::year_month ym =
          year ? std::chrono::year(y) / month
               : AnchorMonth(dct, std::chrono::month(month), direction(Direction::kNearest));
      if (unit == 'd') {
        const int length = static_cast<int>(static_cast<unsigned>((ym / std::chrono::last).day()));
        if (count >= length) return false;
        sys_days d1 = sys_days(ym / 1) + days(last ? length - count : 0);
        from = DayValue(d1);
        to = DayValue(d1 + days(count - 1));
      } else if (unit == 'w') {
        if (count > 4) return false;
        sys_days thu =
            last ? sys_days(ym / std::chrono::Thursday[std::chrono::last]) - days(7 * (count - 1))
                 : sys_days(ym / std::chrono::Thursday[1]);
        from = WeekValue(thu);
        to = WeekValue(thu + days(7 * (count - 1)));
      } else {
        return false;  // "the first two months of May"
      }
    } else if (unit == 'd') {
      const int length = std::chrono::year(y).is_leap() ? 366 : 365;
      if (count >= length) return false;
      sys_days d1 = sys_days(std::chrono::year(y) / 1 / 1) + days(last ? length - count : 0);
      from = DayValue(d1);
      to = DayValue(d1 + days(count - 1));
    } else if (unit == 'w') {
      // Week 1 holds January 4, the last week December 28.
      sys_days jan4 = sys_days(std::chrono::year(y) / 1 / 4);
      sys_days w1 = jan4 - (std::chrono::weekday(jan4) - std::chrono::Monday);
      sys_days dec28 = sys_days(std::chrono::year(y) / 12 / 28);
      sys_days wl = dec28 - (std::chrono::weekday(dec28) - std::chrono::Monday);
      if (count >= ((wl - w1).count() / 7 + 1)) return false;
      from = WeekValue(last ? wl - days(7 * (count - 1)) : w1);
      to = WeekValue(last ? wl : w1 + days(7 * (count - 1)));
    } else if (unit == 'm') {
      if (count >= 12) return false;
      const unsigned m1 = last ? 13 - count : 1;
      from = MonthValue(std::chrono::year(y) / m1);
      to = MonthValue(std::chrono::year(y) / (m1 + count - 1));
    } else if (unit == 'q') {
      if (count >= 4) return false;
      // "the first two quarters of 1990": the half (TimeML 1990-H1).
      if (count == 2) {
        *v = HalfValue(y, last ? 2 : 1);
        return true;
      }
      const int q1 = last ? 5 - count : 1;
      from = QuarterValue(y, q1);
      to = QuarterValue(y, q1 + count - 1);
    } else {
      return false;
    }
    return JoinRange(from, to, v);
  }
  // "week 31" (ISO week of the year named or the DCT's); "the third week of
  // January" and "the last week of July" follow (nthw).
  if (std::string_view wn = get("wn"); !wn.empty()) {
    int y = year.value_or(dyear);
    sys_days jan4 = sys_days(std::chrono::year(y) / 1 / 4);
    sys_days monday = jan4 - (std::chrono::weekday(jan4) - std::chrono::Monday);
    int n = ToInt(wn);
    if (n == 0) n = ToInt(Lex("ordinal", wn));  // "the first week of 2015"
    if (n < 1) return false;
    sys_days day = monday + days(7 * (n - 1));
    if (static_cast<int>(year_month_day(day + days(3)).year()) != y) return false;  // no week 53
    *v = WeekValue(day);
    return true;
  }
  // Ordinals counted from the end (nthl: "the second last week of October
  // 2018", "the third last week of 2018", "the last day of October",
  // "the last weekend of October") and the n-th weekend of a month: the
  // month's weeks are its ISO weeks (see nthw below), its weekends those
  // whose Saturday falls in it.
  {
    int from_end = 1;
    if (std::string_view nthl = get("nthl"); !nthl.empty()) {
      from_end = ToInt(Lex("ordinal", nthl));
      if (from_end == 0) from_end = ToInt(nthl);  // "the 5th last day of May"
      // "the fifth last day of May".
      if (from_end == 0) from_end = ToInt(Lex("dayword", nthl));
      if (from_end < 1) return false;
    }
    auto month_of = [&]() {
      return year ? std::chrono::year(*year) / month
                  : AnchorMonth(dct, std::chrono::month(month), direction(Direction::kNearest));
    };
    // The `word` ("last", counted back `from_end`, or an ordinal 1..4) `wd`
    // of month `ym`; false when out of range.
    auto nth_of_month = [&](std::chrono::year_month ym, std::chrono::weekday wd,
                            std::string_view word, sys_days* out) {
      if (Lower(word) == "last") {
        *out = sys_days(ym / wd[std::chrono::last]) - days(7 * (from_end - 1));
        return true;
      }
      int k = ToInt(Lex("ordinal", word));
      if (k < 1 || k > 4 || g.Has("nthl")) return false;
      *out = sys_days(ym / wd[k]);
      return true;
    };
    if (g.Has("lastw")) {
      // The year's last ISO week holds December 28.
      sys_days dec28 = sys_days(std::chrono::year(year.value_or(dyear)) / 12 / 28);
      *v = WeekValue(dec28 - days(7 * (from_end - 1)));
      return true;
    }
    if (g.Has("nthl") && Lower(get("nthw")) == "last" && month > 0) {
      sys_days thu = sys_days(month_of() / std::chrono::Thursday[std::chrono::last]);
      *v = WeekValue(thu - days(7 * (from_end - 1)));
      return true;
    }
    // "the last week of this month", "the second week of next month".
    if (std::string_view nthw = get("nthw"); !nthw.empty() && month == 0 && g.Has("mrel")) {
      year_month_day m(ShiftDays(dct, std::atoi(Lex("rel", get("mrel")).c_str()), 'M'));
      sys_days thu;
      if (!nth_of_month(m.year() / m.month(), std::chrono::Thursday, nthw, &thu)) return false;
      *v = WeekValue(thu);
      return true;
    }
    if (g.Has("lastd") && month > 0) {
      std::chrono::year_month ym = month_of();
      *v = DayValue(sys_days(ym / std::chrono::last) - days(from_end - 1));
      return true;
    }
    if (std::string_view nthwe = get("nthwe"); !nthwe.empty() && month > 0) {
      sys_days sat;
      if (!nth_of_month(month_of(), std::chrono::Saturday, nthwe, &sat)) return false;
      *v = WeekendValue(sat);
      return true;
    }
  }
  if (std::string_view nthw = get("nthw"); !nthw.empty() && month > 0) {
    std::chrono::year_month ym =
        year ? std::chrono::year(*year) / month
             : AnchorMonth(dct, std::chrono::month(month), direction(Direction::kNearest));
    // The weeks of a month are the ISO weeks whose Thursday falls in it
    // (ISO 8601 assigns a week to the month, as to the year, holding most of
    // its days): "the first week of January 2015" is the week of Monday
    // 2014-12-29, "the last week of September 2014" that of 09-22.
    sys_days day;
    if (Lower(nthw) == "last") {
      day = sys_days(ym / std::chrono::Thursday[std::chrono::last]);
    } else {
      int k = ToInt(Lex("ordinal", nthw));
      if (k < 1 || k > 4) return false;
      day = sys_days(ym / std::chrono::Thursday[k]);
    }
    *v = WeekValue(day);
    return true;
  }
  // "on the 18th": a day of the DCT's month, or of the month before (after)
  // when the tense puts it in the past (future) and the DCT's day is on the
  // other side.
  if (month == 0 && !dd.empty() && wd.empty()) {
    int d = ToInt(dd);
    unsigned today = static_cast<unsigned>(dymd.day());
    Direction dir = direction(Direction::kNearest);
    int shift = dir == Direction::kPast && d > static_cast<int>(today)     ? -1
                : dir == Direction::kFuture && d < static_cast<int>(today) ? 1
                                                                           : 0;
    year_month_day m(ShiftDays(sys_days(dymd.year() / dymd.month() / 1), shift, 'M'));
    year_month_day ymd{m.year(), m.month(), std::chrono::day(d)};
    if (!ymd.ok()) return false;
    *v = DayValue(sys_days(ymd));
    return true;
  }
  // "2 thursdays ago", "3 fridays from now": the n-th such weekday before
  // (after) the DCT, the DCT itself not counted.
  if (std::string_view wdago = get("wdago"); !wdago.empty() && !wd.empty()) {
    std::optional<double> n = Number(get("num"));
    if (!n || std::isnan(*n) || *n < 1 || *n > 52) return false;
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    bool back = Lower(wdago) == "ago" || Lower(wdago) == "back";
    sys_days first = RelativeWeekday(dct, cw, back ? -1 : 1);
    int k = static_cast<int>(*n) - 1;
    *v = DayValue(first + days((back ? -7 : 7) * k));
    return true;
  }
  // "the closest Monday to Oct 5th", "the second nearest Friday to May 1":
  // the weekdays ranked by their distance from the day, the later one first
  // on a tie.
  if (g.Has("closest") && month > 0 && !dd.empty() && !wd.empty()) {
    int k = g.Has("cnth") ? ToInt(Lex("ordinal", get("cnth"))) : 1;
    if (k < 1) return false;
    std::chrono::month cm(month);
    std::chrono::day cd(ToInt(dd));
    sys_days day;
    if (year) {
      year_month_day ymd{std::chrono::year(*year), cm, cd};
      if (!ymd.ok()) return false;
      day = sys_days(ymd);
    } else if (!AnchorMonthDay(dct, cm, cd, direction(Direction::kNearest), &day)) {
      return false;
    }
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    sys_days after = day + (cw - std::chrono::weekday(day));
    sys_days before = after == day ? day - days(7) : after - days(7);
    for (int i = 1; i < k; ++i) {
      if ((after - day) <= (day - before))
        after += days(7);
      else
        before -= days(7);
    }
    *v = DayValue((after - day) <= (day - before) ? after : before);
    return true;
  }
  // Month and day.
  if (month > 0 && !dd.empty()) {
    std::chrono::month cm(month);
    std::chrono::day cd(ToInt(dd));
    // "next April 6", "next 6th of April": the day in the month the rel names.
    if (!year && has_rel) year = static_cast<int>(RelativeMonth(dct, cm, rel).year());
    // "March 4 night": the part of that day.
    auto day_value = [&](sys_days day) {
      return pod.empty() ? DayValue(day) : TimeValue(day, -1, pod);
    };
    if (year) {
      year_month_day ymd{std::chrono::year(*year), cm, cd};
      if (!ymd.ok()) return false;
      *v = day_value(sys_days(ymd));
      return true;
    }
    sys_days day;
    if (!AnchorMonthDay(dct, cm, cd, Direction::kNearest, &day)) return false;
    int dist = static_cast<int>((day - dct).count());
    if (tense_overrides(dist > 0, std::abs(dist)) &&
        !AnchorMonthDay(dct, cm, cd, dist > 0 ? Direction::kPast : Direction::kFuture, &day))
      return false;
    *v = day_value(day);
    return true;
  }
  // "Friday after next" (rel_after 2: a week after next Friday), "Monday
  // before last" (-2).
  if (!wd.empty() && g.Has("rel_after")) {
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    int sign = rel < 0 ? -1 : 1;
    *v = DayValue(RelativeWeekday(dct, cw, sign) + days(7 * (rel - sign)));
    return true;
  }
  // "last week's Sunday": that weekday of the ISO week the rel names.
  if (std::string_view wkrel = g.Get("wkrel"); !wkrel.empty() && !wd.empty()) {
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    sys_days monday = dct - days(std::chrono::weekday(dct).iso_encoding() - 1);
    *v = DayValue(monday + days(7 * std::atoi(Lex("rel", wkrel).c_str()) + cw.iso_encoding() - 1));
    return true;
  }
  // Weekday.
  if (!wd.empty()) {
    std::chrono::weekday cw(ToInt(WeekdayOf(wd)) % 7);
    sys_days day =
        has_rel ? RelativeWeekday(dct, cw, rel) : AnchorWeekday(dct, cw, weekday_direction());
    *v = pod.empty() ? DayValue(day) : TimeValue(day, -1, pod);
    return true;
  }
  // "this morning", "last night".
  if (!pod.empty()) {
    *v = TimeValue(dct + days(rel < 0 ? -1 : 0), -1, pod);
    return true;
  }
  // Month without a day.
  if (month > 0) {
    std::chrono::month cm(month);
    if (year) {
      *v = MonthValue(std::chrono::year(*year) / cm);
    } else if (has_rel) {
      *v = MonthValue(RelativeMonth(dct, cm, rel));
    } else {
      std::chrono::year_month ym = AnchorMonth(dct, cm, Direction::kNearest);
      std::chrono::year_month dym = dymd.year() / dymd.month();
      int dist = (ym - dym).count();
      if (tense_overrides(dist > 0, std::abs(dist) * 31))
        ym = AnchorMonth(dct, cm, dist > 0 ? Direction::kPast : Direction::kFuture);
      *v = MonthValue(ym);
    }
    return true;
  }
  // A decade written by its last two digits ("the '80s", "the nineties"):
  // the latest one begun by the DCT's year, or the one beginning within two
  // years of it ("the nineties" in 1989).
  auto decade_of = [&](int d) {
    int first = dyear / 100 * 100 + d;
    return first > dyear + 2 ? first - 100 : first;
  };
  // Quarters and halves.
  std::string_view q = get("q"), qn = get("qn"), h = get("h");
  if (!q.empty() || !qn.empty() || !h.empty()) {
    bool half = !h.empty();
    int n = !qn.empty() ? ToInt(qn.substr(1)) : ToInt(Lex("ordinal", half ? h : q));
    if (half && n == 0) n = ToInt(Lex("half_ordinal", h));  // "the last half of 1989"
    if (n < 1 || n > (half ? 2 : 4)) return false;
    // "the first half of the 1990s": the decade, its start or end.
    if (half && (g.Has("dec") || g.Has("decs"))) {
      *v = DecadeValue(g.Has("dec") ? ToInt(get("dec")) : decade_of(ToInt(get("decs"))));
      ApplyMod(n == 1 ? "START" : "END", v);
      return true;
    }
    int y;
    if (year) {
      y = *year;
    } else if (g.Has("yrel") ||
               Lower(doc.text.substr(begin, end - begin)).find("the year") != std::string::npos) {
      y = year.value_or(dyear);
    } else if (has_rel) {
      y = AnchorQuarterYear(dct, half ? n * 2 : n,
                            rel < 0   ? Direction::kPast
                            : rel > 0 ? Direction::kFuture
                                      : Direction::kNearest);
    } else {
      // News speaks of the latest quarters: a future-tense "third quarter"
      // is this year's, never next year's.
      y = direction(Direction::kPast) == Direction::kFuture
              ? dyear
              : AnchorQuarterYear(dct, half ? n * 2 - 1 : n, Direction::kPast);
      if (half && y == dyear && n == 2 && static_cast<unsigned>(dymd.month()) < 7 &&
          direction(Direction::kPast) == Direction::kPast)
        y = dyear - 1;
    }
    if (g.Has("ya")) --y;  // "the year-ago third quarter"
    *v = half ? HalfValue(y, n) : QuarterValue(y, n);
    return true;
  }
  // Seasons.
  std::string_view season = get("season");
  if (season.empty()) season = get("season2");
  if (!season.empty()) {
    std::string code = Lex("season", season);
    if (year) {
      *v = SeasonValue(*year, code);
      return true;
    }
    // The season of the DCT's year, moved by rel.
    int y = dyear;
    Value cand = SeasonValue(y, code);
    std::string today = FormatDay(dct);
    if (rel < 0) {
      while (cand.end >= today) cand = SeasonValue(--y, code);
    } else if (rel > 0) {
      while (cand.start <= today) cand = SeasonValue(++y, code);
    } else if (code == "WI" && static_cast<unsigned>(dymd.month()) <= 2) {
      cand = SeasonValue(y - 1, code);
    }
    *v = cand;
    return true;
  }
  // Decades.
  if (std::string_view dec = get("dec"); !dec.empty()) {
    *v = DecadeValue(ToInt(dec));
    return true;
  }
  if (std::string_view decs = get("decs"); !decs.empty()) {
    *v = DecadeValue(decade_of(ToInt(decs)));
    return true;
  }
  if (std::string_view decw = get("decw"); !decw.empty()) {  // "the nineties"
    *v = DecadeValue(decade_of(ToInt(Lex("decade_word", decw))));
    return true;
  }
  // "two weeks ago", "a year earlier", "the year-ago quarter".
  std::string_view ago = get("ago");
  if (ago.empty()) ago = get("fut");  // "in two weeks"
  if (!ago.empty()) {
    std::string a = Lower(ago);
    // The anchor of "three weeks from tomorrow", "two days before yesterday".
    sys_days anchor = dct;
    if (std::string_view an = get("anchor"); !an.empty()) {
      std::string d = Lex("deictic", an);
      if (d.rfind("D", 0) != 0) return false;
      anchor = dct + days(std::atoi(d.c_str() + 1));
    }
    std::string_view cal = get("calunit");
    if (cal.empty()) cal = get("yap");  // "the same period last year"
    if (!cal.empty()) {                 // year-ago / year-earlier + unit
      std::string c = Lower(cal);
      sys_days back = ShiftDays(dct, -1, 'Y');
      if ((c == "period" || c == "month") && g.Has("yap")) {
        // "the same period last year", "the same month last year" with no
        // period named before it (Scan narrows it to one): last year.
        *v = YearValue(dyear - 1);
      } else if (c == "quarter" || c == "period") {
        sys_days prev = ShiftDays(back, -1, 'Q');
        *v = QuarterValue(
            static_cast<int>(year_month_day(prev).year()),
            static_cast<int>((static_cast<unsigned>(year_month_day(prev).month()) - 1) / 3) + 1);
      } else if (c == "month") {
        year_month_day b(back);
        *v = MonthValue(b.year() / b.month());
      } else if (c == "week") {
        *v = WeekValue(back);
      } else {
        *v = YearValue(dyear - 1);
      }
      return true;
    }
    if (get("num").empty() && (a == "year-ago" || a == "year-earlier" || a == "prior-year")) {
      // "year-earlier results": last year (Scan narrows it to the period
      // named before, "the third quarter" -> that quarter a year back).
      *v = YearValue(dyear - 1);
      return true;
    }
    // "2 years 1 month 21 days later": the last count of a compound length
    // is no offset of its own.
    if (a == "later" && InLex("unit", WordEndingAt(doc.text, begin))) return false;
    // "15 minutes later than the others", "a day earlier than planned",
    // "three weeks later this year than last year": a comparison (than in
    // the next three words of the clause), not a date counted from an anchor.
    if (a == "later" || a == "earlier") {
      size_t i = end;
      for (int words = 0; words < 3 && i < doc.text.size(); ++words) {
        while (i < doc.text.size() && (doc.text[i] == ' ' || doc.text[i] == '\t')) ++i;
        size_t j = i;
        while (j < doc.text.size() && std::isalpha(static_cast<unsigned char>(doc.text[j]))) ++j;
        if (j == i) break;
        if (Lower(doc.text.substr(i, j - i)) == "than") return false;
        i = j;
      }
    }
    // "for 3 days from today": a length that begins that day (the composer
    // joins it to the day), not a day three days on.
    if (a == "from" && g.Has("anchor") && WordEndingAt(doc.text, begin) == "for") return false;
    std::optional<double> n = Number(get("num"));
    std::string unit = Lex("unit", get("unit"));
    if (unit.empty()) unit = Lex("unit_abbr", get("unit"));  // "in 1h" (in_offset_abbr)
    if (!n || unit.empty()) return false;
    // A count of a unit in the singular that reads as something else: "in
    // 1986 year" is that year, "in 5-year notes" a maturity.
    if (const std::string_view num = get("num"), u = get("unit");
        *n > 1 && !Lower(u).ends_with("s") && u.data() > num.data() + num.size() &&
        (*n >= 1000 ||
         std::string_view(num.data() + num.size(), u.data() - num.data() - num.size()) == "-"))
      return false;
    if (g.Has("half")) *n += 0.5;  // "in 2 and a half hours"
    if (std::isnan(*n)) {
      if (a == "later") return false;  // "a few days later" stays a length
      *v = RefValue(a.find("now") != std::string::npos ? "FUTURE_REF" : "PAST_REF", dct);
      return true;
    }
    const bool offset = g.Has("fut") || g.Has("anchor") || a == "hence";
    int sign = a.find("now") != std::string::npos || a == "in" || a == "hence" || a == "later" ||
                       a.find("after") != std::string::npos || a.find("from") != std::string::npos
                   ? 1
                   : -1;
    // "2 weeks and 2 days ago", "2 years 1 month 21 days later": the counts
    // of calendar units before the last one (lead) move the date too; the
    // last unit is the grain.
    if (std::string_view lead = get("lead"); !lead.empty()) {
      std::vector<std::pair<int, char>> counts;
      std::string words;
      for (size_t i = 0; i <= lead.size();) {
        size_t j = i;
        while (j < lead.size() && !std::isspace(static_cast<unsigned char>(lead[j])) &&
               lead[j] != ',' && lead[j] != '-')
          ++j;
        std::string tok = Lower(lead.substr(i, j - i));
        i = j + 1;
        if (tok.empty() || (tok == "and" && words.empty())) continue;
        std::string u = Lex("unit", tok);
        if (u.empty()) {
          words += (words.empty() ? "" : " ") + tok;
          continue;
        }
        std::optional<double> n = Number(words);
        if (!n || std::isnan(*n) || *n != std::floor(*n) || u[0] == 'T') return false;
        counts.push_back({static_cast<int>(*n) * ToInt(u), u.back()});
        words.clear();
      }
      std::optional<double> n = Number(get("num"));
      std::string u = Lex("unit", get("unit"));
      if (!words.empty() || counts.empty() || !n || std::isnan(*n) || *n != std::floor(*n) ||
          u.empty() || u[0] == 'T')
        return false;
      counts.push_back({static_cast<int>(*n) * ToInt(u), u.back()});
      // A compound length runs from larger units to smaller ones: "five
      // days and two years later" is a length and a later date.
      sys_days day = anchor;
      const std::string order = "YQMWD";
      size_t finest = 0;
      for (size_t k = 0; k < counts.size(); ++k) {
        const size_t at = order.find(counts[k].second);
        if (at == std::string::npos || (k > 0 && at <= finest)) return false;
        day = ShiftDays(day, sign * counts[k].first, counts[k].second);
        finest = at;
      }
      year_month_day ymd(day);
      if (order[finest] == 'D') {
        *v = DayValue(day);
      } else if (order[finest] == 'W') {
        *v = WeekValue(day);
      } else if (order[finest] == 'M' || order[finest] == 'Q') {
        *v = MonthValue(ymd.year() / ymd.month());
      } else {
        *v = YearValue(static_cast<int>(ymd.year()));
      }
      return true;
    }
    bool time_unit = unit[0] == 'T';
    int mult = ToInt(time_unit ? unit.substr(1) : unit);
    char letter = unit.back();
    int count = static_cast<int>(std::lround(*n)) * mult;
    if (time_unit) {
      // "in 5 minutes": a clock time when the DCT has one; "one second from
      // now", "in a sec": to the second.
      if (doc.published_minutes >= 0 && !g.Has("anchor") && letter == 'S') {
        long long total =
            doc.published_minutes * 60LL + static_cast<long long>(std::llround(*n * mult)) * sign;
        long long dd = total >= 0 ? total / 86400 : (total - 86399) / 86400;
        long long rest = total - dd * 86400;
        *v = TimeValue(dct + days(dd), static_cast<int>(rest / 60), "");
        char buf[8];
        std::snprintf(buf, sizeof buf, ":%02d", static_cast<int>(rest % 60));
        v->timex += buf;
        return true;
      }
      if (doc.published_minutes >= 0 && !g.Has("anchor") && letter != 'S') {
        long long total =
            doc.published_minutes +
            static_cast<long long>(std::llround(*n * mult * (letter == 'H' ? 60 : 1))) * sign;
        long long dd = total >= 0 ? total / 1440 : (total - 1439) / 1440;
        *v = TimeValue(dct + days(dd), static_cast<int>(total - dd * 1440), "");
        return true;
      }
      *v = DayValue(anchor);
      v->grain = "time";
      return true;
    }
    if (offset && (letter == 'D' || letter == 'W')) {
      // An offset from a day is a day ("in two weeks", "three days from
      // tomorrow"); "two weeks ago" stays the week TimeML gives it.
      *v = DayValue(anchor + days(sign * count * (letter == 'W' ? 7 : 1)));
      return true;
    }
    if (offset && letter != 'Y') {
      sys_days day = ShiftDays(anchor, sign * count, letter);
      *v = DayValue(day);
      return true;
    }
    if (letter == 'Y' && mult >= 10) {
      *v = YearValue(dyear + sign * count);
      return true;
    }
    sys_days day = ShiftDays(dct, sign * count, letter);
    year_month_day ymd(day);
    if (letter == 'D') {
      *v = DayValue(day);
    } else if (letter == 'W') {
      *v = WeekValue(day);
    } else if (letter == 'Q') {
      *v = QuarterValue(static_cast<int>(ymd.year()),
                        static_cast<int>((static_cast<unsigned>(ymd.month()) - 1) / 3) + 1);
    } else if (letter == 'M') {
      *v = MonthValue(ymd.year() / ymd.month());
    } else {
      *v = YearValue(static_cast<int>(ymd.year()));
    }
    return true;
  }
  // "EOM", "BOY": the end or beginning of the DCT's month, year or week
  // (lexicon class period_abbr: "mod calunit").
  if (std::string_view eox = get("eox"); !eox.empty()) {
    std::string spec = Lex("period_abbr", eox);
    size_t sp = spec.find(' ');
    if (sp == std::string::npos) return false;
    std::string c = spec.substr(sp + 1);
    if (c == "1Y") {
      *v = YearValue(dyear);
    } else if (c == "1M") {
      year_month_day m(dct);
      *v = MonthValue(m.year() / m.month());
    } else if (c == "1W") {
      *v = WeekValue(dct);
    } else if (c == "1D") {
      *v = DayValue(dct);  // "EOD", "end of the day": the DCT's day, mod END
    } else {
      return false;
    }
    ApplyMod(spec.substr(0, sp), v);
    return true;
  }
  // "last year", "this week", "the quarter".
  if (std::string_view cal = get("calunit"); !cal.empty()) {
    std::string c = Lex("calunit", cal);
    if (!has_rel && g.Has("the")) {
      rel = 0;
      std::string lc = Lower(cal);
      if (lc == "quarter") rel = direction(Direction::kPast) == Direction::kPast ? -1 : 0;
      if (lc == "weekend") {
        Direction dir = direction(Direction::kPast);
        sys_days sat = AnchorWeekday(dct, std::chrono::Saturday, dir);
        if (dir == Direction::kPast && std::chrono::weekday(dct) == std::chrono::Sunday)
          sat = dct - days(1);
        *v = WeekendValue(sat);
        return true;
      }
    }
    if (c == "1Y") {
      *v = YearValue(dyear + rel);
    } else if (c == "1M") {
      year_month_day m(ShiftDays(dct, rel, 'M'));
      *v = MonthValue(m.year() / m.month());
    } else if (c == "1W") {
      *v = WeekValue(dct + days(7 * rel));
    } else if (c == "WE") {
      *v = WeekendValue(dct + days(7 * rel));
    } else if (c == "1Q") {
      year_month_day m(ShiftDays(dct, rel, 'Q'));
      *v = QuarterValue(static_cast<int>(m.year()),
                        static_cast<int>((static_cast<unsigned>(m.month()) - 1) / 3) + 1);
    } else if (c == "10Y") {
      *v = DecadeValue(dyear - dyear % 10 + 10 * rel);
    } else {
      return false;
    }
    return true;
  }
  if (year) {
    *v = YearValue(*year);
    return true;
  }
  return false;
}

bool TemporalScanner::Impl::Interpret(const Rule& rule, const Groups& g, const DocumentView& doc,
                                      size_t begin, size_t end, Candidate* c) const {
  c->kind = ClaimKind::kDate;
  Value& v = c->value;
  if (g.Has("hh") && !ClockAllowed(g, doc.text, end)) return false;
  // Numbers glued to more numbers by a separator the span itself uses, or by
  // a decimal point, are codes or amounts, not dates ("138-2010-2015",
  // "133-03-03-2020", "2015-1-32", "30/4.85"); "1986/87" stays a year.
  if (rule.type != RuleType::kDuration && rule.type != RuleType::kVague) {
    const std::string_view span = doc.text.substr(begin, end - begin);
    auto digit = [&](size_t i) {
      return i < doc.text.size() && std::isdigit(static_cast<unsigned char>(doc.text[i]));
    };
    auto glue = [&](char c) {
      return c == '.' || ((c == '-' || c == '/') && span.find(c) != std::string_view::npos);
    };
    if (digit(begin) && begin >= 2 && glue(doc.text[begin - 1]) && digit(begin - 2)) return false;
    if (end > 0 && digit(end - 1) && end + 1 < doc.text.size() && glue(doc.text[end]) &&
        digit(end + 1))
      return false;
  }
  // A count of minutes without the word "minutes" is a clock offset only
  // before "past" ("20 past 3pm", "10 past 9"), never "won 5 to 7".
  // With a stated am/pm, a 24-hour "15h" or noon, "after" and "to" count
  // too ("twenty after 3pm", "15 to noon"), unless "from"/"between" makes
  // the pair a range of counts ("from 15 to noon").
  const bool stated_half = g.Has("ampm") || g.Has("h24") || g.Has("noon");
  auto counted_from = [&] {
    size_t e = begin;
    while (e > 0 && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(doc.text[b - 1]))) --b;
    std::string w = Lower(doc.text.substr(b, e - b));
    return w == "from" || w == "between";
  };
  if (g.Has("mqn") && Lower(g.Get("mdir")) != "past") {
    bool ok = g.Has("noon") || !g.Has("mw") ? stated_half && !counted_from() : true;
    // "3:30 to six p.m.", "23/12 before 5pm": the count ends another figure.
    if (begin > 0 && std::string_view("/-.:").find(doc.text[begin - 1]) != std::string_view::npos)
      ok = false;
    if (!ok) return false;
  }
  // "at 6.45", "at 1030", "at 3 15", "Sat at 5": a number after "at" is a
  // level after a level word ("closed at 6.45") and, without am/pm, a score
  // or a price in a past clause ("lost Friday at 3", "traded at 6.45").
  if (g.Has("levelat")) {
    std::string_view at = g.Get("levelat");
    // A part of day makes it a clock whatever comes before ("is at 730 in
    // the evening").
    if (!g.Has("pod") && LevelBefore(doc.text, static_cast<size_t>(at.data() - doc.text.data())))
      return false;
    int strength = 0;
    if (TenseAt(doc, begin, end, &strength) == Tense::kPast && strength >= 2) return false;
    c->day_only = !g.Has("mi") && !g.Has("ampm_s");
  }
  switch (rule.type) {
    case RuleType::kYear:
      if (!YearAllowed(doc.text, begin, end)) return false;
      [[fallthrough]];
    case RuleType::kDate: {
      if (g.Has("qof")) return false;  // "the quarter of a century"
      // The word before byte `pos` (spaces skipped), lower case; its start
      // in *b.
      auto word_before = [&](size_t pos, size_t* b) {
        size_t e = pos;
        while (e > 0 && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
        *b = e;
        while (*b > 0 && std::isalpha(static_cast<unsigned char>(doc.text[*b - 1]))) --*b;
        return Lower(doc.text.substr(*b, e - *b));
      };
      // A superlative or an offset blocker before "in N years", or a
      // superlative and its noun, makes it a span looked back over ("the
      // highest in five years", "the second highest winterkill in 10 years").
      auto looks_back = [&](const std::string& prev) {
        return InLex("offset_blocker", prev) || (prev.size() > 4 && prev.ends_with("est"));
      };
      if (g.Has("fut")) {
        // "in two weeks" is a day ahead, but not "the highest in five
        // years", "the first time in a decade", nor in a past clause.
        size_t b = begin;
        size_t e = begin;
        while (e > 0 && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
        while (e > 0 && !std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;  // "in"
        const std::string prev = word_before(e, &b);
        if (looks_back(prev) || (!prev.empty() && looks_back(word_before(b, &b)))) return false;
        if (TenseAt(doc, begin, end) == Tense::kPast) return false;
      }
      // "Thanksgiving in 3 years" looks ahead, but not "the first
      // Thanksgiving in 3 years", "the busiest March in two years".
      if (g.Has("hfut")) {
        size_t b = begin;
        std::string prev = word_before(begin, &b);
        size_t e = b + prev.size();
        if (looks_back(prev)) return false;
        // "Theresa May in two years": a month name after a capitalised word
        // is part of a name.
        if (g.Has("m") && e > b && std::isupper(static_cast<unsigned char>(doc.text[b])))
          return false;
        if (TenseAt(doc, begin, end) == Tense::kPast) return false;
      }
      // "the (fiscal) year ended June 30": the twelve months, a duration.
      if (g.Has("the") && Lower(g.Get("calunit")) == "year" &&
          (Lower(g.Get("post")).find("ended") != std::string::npos ||
           Lower(g.Get("post")).find("ending") != std::string::npos)) {
        c->kind = ClaimKind::kDuration;
        v = Value();
        v.timex = "P1Y";
        return true;
      }
      // "2010-11" after a year is more often a span of years than November.
      if (std::string_view mn = g.Get("mn");
          g.Has("ysep") && mn.size() == 2 && mn[0] != '0' && ToInt(mn) > ToInt(g.Get("y")) % 100)
        return false;
      if (!DateValue(g, "", doc, begin, end, std::nullopt, &v, &c->next_half_day)) return false;
      if (g.Has("weekof")) {  // "the week of March 6": the ISO week of that day
        sys_days day;
        if (v.grain != "day" || !ParseTimexDay(v.start, &day)) return false;
        v = WeekValue(day);
      }
      // "current account", "the current" (electricity) are no dates.
      if (Lower(g.Get("deictic")) == "current") {
        std::string_view rest = doc.text.substr(end, 9);
        if (rest.rfind(" account", 0) == 0 || rest.rfind(" affairs", 0) == 0 ||
            end >= doc.text.size() || !std::isspace(static_cast<unsigned char>(doc.text[end])))
          return false;
      }
      // A bare month name followed by a possessive is a person ("May's").
      if (g.Has("m") && !g.Has("d") && !g.Has("y") && end + 1 < doc.text.size() &&
          (doc.text.substr(end, 2) == "'s" || doc.text.substr(end, 4) == "\u2019s"))
        return false;
      break;
    }
    case RuleType::kRange: {
      Value a, b;
      Groups clock;  // "5-6pm": the first clock takes its am/pm from the second
      const Groups* gp = &g;
      if (g.Has("hh2")) {
        static const std::string kAm = "am", kPm = "pm", kZero = "00";
        clock = g;
        if (!g.Has("mi2")) clock.g["mi2"] = kZero;
        std::string_view a1 = g.Has("ampm") ? g.Get("ampm") : g.Get("ampm_s");
        std::string_view a2 = g.Has("ampm2") ? g.Get("ampm2") : g.Get("ampm_s2");
        if (!a2.empty()) clock.g["ampm2"] = a2;
        if (!a1.empty()) {
          clock.g["ampm"] = a1;
          if (a2.empty()) {  // "8am until 6": the second keeps the first's half unless earlier
            bool pm = Lower(a1)[0] == 'p';
            int h1 = ToInt(g.Get("hh")) % 12, h2 = ToInt(g.Get("hh2")) % 12;
            if (h2 < h1) pm = !pm;
            clock.g["ampm2"] = pm ? kPm : kAm;
          }
        } else if (!a2.empty()) {
          bool pm = Lower(a2)[0] == 'p';
          int h1 = ToInt(g.Get("hh")) % 12, h2 = ToInt(g.Get("hh2")) % 12;
          // "11-1pm", "2:30 to 2:15 pm": a first clock later on the dial
          // lies in the other half of the day.
          int m1 = g.Has("mi") ? ToInt(g.Get("mi")) : 0,
              m2 = g.Has("mi2") ? ToInt(g.Get("mi2")) : 0;
          if (h1 * 60 + m1 > h2 * 60 + m2) pm = !pm;
          clock.g["ampm"] = pm ? kPm : kAm;
        }
        // Two bare hours ("between 7 and 9 last night"): the part of day
        // places them.
        gp = &clock;
      }
      const Groups& g = *gp;
      // Two bare years are amounts or codes in the same contexts as one
      // ("pages 1990 to 2000", "sold 2014 to 2018 units").
      if (g.Has("y") && g.Has("y2") && !g.Has("m") && !g.Has("mn") && !g.Has("d") && !g.Has("q") &&
          !g.Has("qn") && !YearAllowed(doc.text, begin, end))
        return false;
      if (!DateValue(g, "", doc, begin, end, std::nullopt, &a)) return false;
      std::optional<int> hint;
      if (!a.start.empty()) hint = ToInt(a.start);
      if (g.Has("wd2")) {
        // The second weekday follows the first.
        sys_days first;
        int y = ToInt(a.start), m = ToInt(a.start.substr(5)), d = ToInt(a.start.substr(8));
        first = sys_days(std::chrono::year(y) / m / d);
        int w1 = ToInt(WeekdayOf(g.Get("wd"))), w2 = ToInt(WeekdayOf(g.Get("wd2")));
        b = DayValue(first + days((w2 - w1 + 7) % 7));
      } else {
        if (!DateValue(g, "2", doc, begin, end, hint, &b)) return false;
        if (b.end < a.start && !g.Has("y2") && hint) {
          if (!DateValue(g, "2", doc, begin, end, *hint + 1, &b)) return false;
        }
        // "Nov-Feb 2017", "December to March 2016": a year written after the
        // second month dates that month; a first month that would then fall
        // after it lies in the year before.
        if (std::string_view y = g.Get("y"); b.end < a.start && !g.Has("y2") && !y.empty() &&
                                             g.Has("m2") && y.data() > g.Get("m2").data()) {
          Groups earlier = g;
          earlier.g.erase("y");
          if (!DateValue(earlier, "", doc, begin, end, ToInt(y) - 1, &a)) return false;
        }
        // "10/1-11/2/2017", "5/1-5/7/2020": a year written only after the
        // second day dates the first too; a first day that would then come
        // after the second lies in the year before ("12/20-1/5/2017"). A
        // relative first point ("this May to Oct 2020") names its own year.
        if (!g.Has("y") && !g.Has("yb") && !g.Has("rel") && g.Has("y2") && b.start.size() >= 10 &&
            a.start.size() >= 10) {
          const int y2 = ToInt(b.start);
          Value same;
          if (DateValue(g, "", doc, begin, end, y2, &same) && same.start.size() >= 10) {
            if (same.start > b.start && !DateValue(g, "", doc, begin, end, y2 - 1, &same))
              return false;
            a = same;
          } else if (DateValue(g, "", doc, begin, end, y2 - 1, &same) && same.start <= b.start) {
            a = same;  // "2/29-1/5/2017": the leap day of the year before
          } else {
            return false;  // "2/29-3/1/2019": no such first day
          }
        }
      }
      // "from May to September" said in September: a range without a year
      // that is under way at the DCT is that one, not the next ("will
      // happen"), whatever the tense says of its start.
      if (!g.Has("y") && !g.Has("y2") && !g.Has("yb") && !g.Has("syc") && !g.Has("syk") &&
          !g.Has("rel") && !g.Has("wd2") && !g.Has("hh2") && a.start.size() >= 10 &&
          b.end.size() >= 10 && a.start > FormatDay(doc.published)) {
        Value pa, pb;
        const std::string dct_day = FormatDay(doc.published);
        const int ya = ToInt(a.start) - 1;
        if (DateValue(g, "", doc, begin, end, ya, &pa) && pa.start.size() >= 10 &&
            ToInt(pa.start) == ya && DateValue(g, "2", doc, begin, end, ya, &pb) &&
            pb.end.size() >= 10) {
          if (pb.end < pa.start && !DateValue(g, "2", doc, begin, end, ya + 1, &pb)) pb = Value();
          if (!pb.end.empty() && pa.start <= dct_day && dct_day <= pb.end) a = pa, b = pb;
        }
      }
      // "10pm-6am", "6pm to 12am": a second clock with its am/pm that comes
      // before the first on the dial ends the range on the next day.
      if (g.Has("hh2") && g.Has("ampm") && g.Has("ampm2") && b.timex.size() >= 16 &&
          a.timex.size() >= 16 && b.timex[10] == 'T' &&
          a.timex.compare(0, 10, b.timex, 0, 10) == 0 && b.timex < a.timex) {
        sys_days day;
        if (!ParseTimexDay(b.timex.substr(0, 10), &day)) return false;
        b.timex = FormatDay(day + days(1)) + b.timex.substr(10);
        b.start = b.end = b.timex.substr(0, 10);
      }
      if (!JoinRange(a, b, &v)) return false;
      BareHoursRange(g, &v);
      break;
    }
    case RuleType::kSet: {
      c->kind = ClaimKind::kSet;
      if (g.Has("setword")) {
        // "Harbor Daily reported", "the Daily Telegraph", "New York Daily
        // News": a capitalised set word next to another capitalised word is
        // part of a name, not a recurrence.
        if (std::isupper(static_cast<unsigned char>(doc.text[begin])) &&
            CapitalisedNeighbour(doc.text, begin, end))
          return false;
        v.timex = Lex("setword", g.Get("setword"));
        if (v.timex.empty()) v.timex = Lex("setword_final", g.Get("setword"));
        // "three weekends": a count before a plural set word makes a length.
        if (Lower(g.Get("setword")).ends_with("s")) {
          size_t e = begin;
          while (e > 0 && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
          size_t b = e;
          while (b > 0 && std::isalnum(static_cast<unsigned char>(doc.text[b - 1]))) --b;
          if (b < e && Number(doc.text.substr(b, e - b))) return false;
        }
        break;
      }
      if (g.Has("m")) {  // "every year on July 4": XXXX-07-04; "in May each year": XXXX-05
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const int m = MonthOf(g.Get("m"));
        if (m < 1 || m > 12) return false;
        const int d = g.Has("d") ? ToInt(g.Get("d")) : 0;
        if (g.Has("d") && (d < 1 || d > kDays[m - 1])) return false;
        char buf[32];  // room for any two ints: no truncation warning
        if (d > 0) {
          std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
        } else {
          std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
        }
        v.timex = buf;
        break;
      }
      if (g.Has("d")) {  // "the 19th of every month": XXXX-XX-19
        int d = ToInt(g.Get("d"));
        if (d < 1 || d > 31) return false;
        char buf[16];
        std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", d);
        v.timex = buf;
        break;
      }
      if (g.Has("weu")) {  // "every weekend" P1WE, "every two weekends" P2WE
        double n = 1;
        if (g.Has("num")) {
          std::optional<double> num =
              Lower(g.Get("num")) == "other" ? std::optional<double>(2) : Number(g.Get("num"));
          if (!num || std::isnan(*num) || *num < 1) return false;
          n = *num;
        }
        v.timex = "P" + FormatNumber(n) + "WE";
        break;
      }
      if (g.Has("wd")) {
        // "Tuesdays", "Friday mornings" (XXXX-WXX-5TMO), "Tuesdays at 9am"
        // (XXXX-WXX-2T09:00).
        v.timex = "XXXX-WXX-" + WeekdayOf(g.Get("wd"));
        if (g.Has("pod")) {
          v.timex += "T" + Lex("pod", g.Get("pod"));
        } else if (g.Has("hh")) {
          int h = ToInt(g.Get("hh")), mi = g.Has("mi") ? ToInt(g.Get("mi")) : 0;
          std::string ampm = Lower(g.Get("ampm"));
          if (!ampm.empty() && h > 12) return false;
          if (!ampm.empty() && ampm[0] == 'p' && h < 12) h += 12;
          if (!ampm.empty() && ampm[0] == 'a' && h == 12) h = 0;
          char buf[8];
          std::snprintf(buf, sizeof buf, "T%02d:%02d", h, mi);
          v.timex += buf;
        }
        break;
      }
      if (g.Has("pod")) {  // "every morning": TIMEX3 "TMO"
        v.timex = "T" + Lex("pod", g.Get("pod"));
        break;
      }
      std::string unit = Lex("unit", g.Get("unit"));
      if (unit.empty()) return false;
      double n = 1;
      if (g.Has("num")) {
        if (Lower(g.Get("num")) == "other") {
          n = 2;
        } else {
          std::optional<double> num = Number(g.Get("num"));
          if (!num || std::isnan(*num)) return false;
          n = *num;
        }
      }
      bool t = unit[0] == 'T';
      v.timex = std::string("P") + (t ? "T" : "") +
                FormatNumber(n * ToInt(t ? unit.substr(1) : unit)) + unit.back();
      break;
    }
    case RuleType::kDuration:
    case RuleType::kVague: {
      c->kind = ClaimKind::kDuration;
      if (g.Has("weu")) {  // "three weekends" P3WE
        std::optional<double> n = Number(g.Get("num"));
        if (!n || std::isnan(*n) || *n < 1) return false;
        v.timex = "P" + FormatNumber(*n) + "WE";
        return true;
      }
      std::string unit = Lex("unit", g.Get("unit"));
      if (unit.empty()) unit = Lex("unit_abbr", g.Get("unit"));    // rows with {UNIT_ABBR}
      if (unit.empty()) unit = Lex("unit_letter", g.Get("unit"));  // "for 10D"
      // "2 nights", "for a night": a stay counted in nights is that many days;
      // "a night", "one night" and a singular only after "for" ("one night
      // in June" is a date, "three night markets" no length).
      if (unit.empty() && Lower(g.Get("unit")).rfind("night", 0) == 0) {
        std::string nt = Lower(g.Get("num"));
        size_t e = begin;
        while (e > 0 && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
        size_t b = e;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(doc.text[b - 1]))) --b;
        const bool after_for = Lower(doc.text.substr(b, e - b)) == "for";
        if (!after_for &&
            (nt == "a" || nt == "an" || nt == "one" || !Lower(g.Get("unit")).ends_with("s")))
          return false;
        unit = "1D";
      }
      if (unit.empty()) return false;
      bool t = unit[0] == 'T';
      int mult = ToInt(t ? unit.substr(1) : unit);
      char letter = unit.back();
      std::string prefix = std::string("P") + (t ? "T" : "");
      std::string num_text = Lower(g.Get("num"));
      std::string unit_text = Lower(g.Get("unit"));
      // "the past year", "the last year": TimeML reads the previous calendar
      // year (a date), not a twelve-month duration.
      if (!g.Has("num") && unit_text == "year") {
        std::string drel = Lower(g.Get("drel"));
        if (drel == "the past" || drel == "the last") {
          c->kind = ClaimKind::kDate;
          v = YearValue(static_cast<int>(year_month_day(doc.published).year()) - 1);
          return true;
        }
      }
      // "a second chance", "a quarter of the market" are not durations.
      if (unit_text.rfind("second", 0) == 0 && (num_text == "a" || num_text == "one")) return false;
      if (unit_text.rfind("quarter", 0) == 0 && doc.text.substr(end).rfind(" of ", 0) == 0)
        return false;
      // "a 6-year-old boy", "the 52-year-old": an age, not a duration.
      {
        std::string_view rest = doc.text.substr(end, 8);
        if (rest.rfind("-old", 0) == 0 || rest.rfind(" old", 0) == 0 || rest.rfind("- old", 0) == 0)
          return false;
      }
      // "the 1988 quarter": a year, not a count.
      if (num_text.size() == 4 && std::all_of(num_text.begin(), num_text.end(), ::isdigit) &&
          (num_text.rfind("19", 0) == 0 || num_text.rfind("20", 0) == 0))
        return false;
      std::optional<double> n;
      if (rule.type == RuleType::kVague) {
        n = std::nan("");
      } else if (g.Has("num")) {
        n = num_text == "half" ? std::optional<double>(0.5) : Number(g.Get("num"));
      } else {
        n = 1;
      }
      if (n && g.Has("half")) *n += 0.5;  // "a year and a half"
      if (n && g.Has("qtr")) {            // "one and a quarter hours", "an hour and three quarters"
        // "two years and a quarter of the budget": a share, not a length.
        if (doc.text.substr(end).rfind(" of ", 0) == 0) return false;
        std::optional<double> q = g.Has("quarters") ? Number(g.Get("quarters")) : 1.0;
        if (!q || *q < 1 || *q > 3) return false;
        *n += *q / 4.0;
      }
      if (n && g.Has("mins")) {  // "1 hour thirty": minutes spoken after the hours
        std::optional<double> m = Number(g.Get("mins"));
        if (!m || *m <= 0 || *m >= 60 || mult != 1 || letter != 'H') return false;
        // "2 hours 10 people": a word after the minutes makes them a count of it.
        size_t i = end;
        while (i < doc.text.size() && doc.text[i] == ' ') ++i;
        if (i < doc.text.size() && std::isalnum(static_cast<unsigned char>(doc.text[i])))
          return false;
        *n += *m / 60.0;
      }
      if (!n) return false;
      if (std::isnan(*n)) {
        v.timex = prefix + "X" + (mult == 10 ? std::string("DE") : std::string(1, letter));
        v.approx = true;
      } else {
        v.timex = DurationTimex(*n * mult, letter, t);
      }
      if (g.Has("qmod")) {
        v.mod = Lex("qmod", g.Get("qmod"));
        if (v.mod == "APPROX") v.approx = true;
      }
      AnchorDuration(g, doc, end, *n, mult, letter, t, &v);
      return true;
    }
    case RuleType::kNone:  // vetoes in ScanRule, never interpreted
      return false;
  }
  if (c->kind == ClaimKind::kDate) {
    std::string_view m = g.Get("mod");
    if (m.empty()) m = g.Get("mod2");
    if (!m.empty()) ApplyMod(Lex("mod", m), &v);
    // "year greater than 2012": a comparison inside the span bounds the
    // date as the same words before it would (temporal_signals.tsv).
    if (std::string_view cmp = g.Get("cmp"); v.mod.empty() && !cmp.empty()) {
      if (auto it = signals.find(Lower(cmp)); it != signals.end()) v.mod = it->second.mod;
    }
    // "nearly four years ago", "a week or so ago": an approximate date.
    if (v.mod.empty() && (g.Has("qmod") || g.Has("orso") || g.Has("ish"))) v.mod = "APPROX";
    if (v.mod.empty()) ApplySignals(doc, begin, end, &v);
    // "after mid May", "before the end of 2019": a qualifier that excludes
    // the part the date narrowed to names the side of it; its mod replaces
    // the part's (the bounds stay the part's). A deadline ("by the end of
    // the month": the end is the deadline) or an approximation keeps it.
    if (v.mod == "START" || v.mod == "MID" || v.mod == "END") {
      Value bound = v;
      bound.mod.clear();
      ApplySignals(doc, begin, end, &bound);
      if (bound.mod == "BEFORE" || bound.mod == "AFTER" || bound.mod == "ON_OR_AFTER")
        v.mod = bound.mod;
    }
  }
  return true;
}

void TemporalScanner::Impl::ApplySignals(const DocumentView& doc, size_t begin, size_t end,
                                         Value* v) const {
  const std::string_view text = doc.text;
  auto space = [&](size_t i) { return std::isspace(static_cast<unsigned char>(text[i])) != 0; };
  auto alpha = [&](size_t i) { return std::isalpha(static_cast<unsigned char>(text[i])) != 0; };
  const bool clock =
      !v->timex.empty() &&
      (std::isdigit(static_cast<unsigned char>(v->timex[0])) || v->timex[0] == 'X') &&
      v->timex.find('T') != std::string::npos;
  // "about the future", "around current levels": no approximate reference.
  const bool ref = v->timex.ends_with("_REF");
  auto accept = [&](const Signal& sig) {
    if (sig.clock_only && !clock) return false;
    if (sig.year_only &&
        !(end - begin == 4 && std::isdigit(static_cast<unsigned char>(text[begin]))))
      return false;
    std::string mod = sig.mod;
    if (ref && mod == "APPROX") return false;
    if (mod == "DIRECTION") {
      // "more than 2 weeks before today": the bound lies on the side of the
      // reference the expression points to.
      if (v->start.empty()) return false;
      std::string ref = FormatDay(doc.published);
      if (v->end < ref) {
        mod = "BEFORE";
      } else if (v->start > ref) {
        mod = "AFTER";
      } else {
        return false;
      }
    }
    v->mod = mod;
    if (mod == "APPROX") v->approx = true;
    return true;
  };
  // Leading: the words directly before the span, longest phrase first
  // ("no later than" before "later than").
  std::vector<size_t> starts;  // where the 1st, 2nd... word before the span starts
  size_t e = begin;
  while (starts.size() < signal_words) {
    while (e > 0 && space(e - 1)) --e;
    size_t b = e;
    while (b > 0 && alpha(b - 1)) --b;
    if (b == e) break;
    starts.push_back(b);
    e = b;
  }
  size_t span_word_end = begin;
  while (span_word_end > 0 && space(span_word_end - 1)) --span_word_end;
  for (size_t n = starts.size(); n > 0; --n) {
    size_t b = starts[n - 1];
    std::string phrase;
    for (size_t i = b; i < span_word_end; ++i) {
      if (space(i)) {
        if (!phrase.empty() && phrase.back() != ' ') phrase += ' ';
      } else {
        phrase += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
      }
    }
    auto it = signals.find(phrase);
    // "what about half an hour from now": a question, no approximation.
    if (it != signals.end() && Lex("qmod_question", WordEndingAt(text, b)) == phrase) continue;
    // "year greater than 2012", "years greater than 2015": a comparison of
    // years; "five times greater than 1985" compares amounts.
    if (it != signals.end() && it->second.year_only) {
      std::string w = WordEndingAt(text, b);
      size_t wb = b;
      while (wb > 0 && std::isspace(static_cast<unsigned char>(text[wb - 1]))) --wb;
      if (w == "is" || w == "are" || w == "was" || w == "were")
        w = WordEndingAt(text, wb - w.size());
      if (w != "year" && w != "years") continue;
    }
    if (it != signals.end() && accept(it->second)) return;
  }
  // Trailing: "2018 or later", "1/1/2016 and after".
  size_t p = end;
  std::string phrase;
  for (int words = 0; words < 2; ++words) {
    while (p < text.size() && space(p)) ++p;
    size_t b = p;
    while (p < text.size() && alpha(p)) ++p;
    if (b == p) break;
    if (!phrase.empty()) phrase += ' ';
    for (size_t i = b; i < p; ++i)
      phrase += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    auto it = trailing_signals.find(phrase);
    if (it == trailing_signals.end()) continue;
    if (it->second.final) {
      // The clause must end here: "on Monday and after the vote" is no bound.
      size_t q = p;
      while (q < text.size() && space(q)) ++q;
      if (q < text.size() && (std::isalnum(static_cast<unsigned char>(text[q])) || text[q] == '('))
        continue;
    }
    if (accept(it->second)) return;
  }
}

// Every match of rule `ri` over the whole text, in text order, read into
// candidates.
void TemporalScanner::Impl::ScanRule(size_t ri, const DocumentView& doc,
                                     std::vector<re2::StringPiece>* subs,
                                     std::vector<Candidate>* cands) const {
  const std::string_view text = doc.text;
  const Rule& rule = rules[ri];
  const Rule::Compiled& compiled = rule.Get();
  std::vector<re2::StringPiece>& sub = *subs;
  int n = compiled.re.NumberOfCapturingGroups() + 1;
  sub.assign(n, re2::StringPiece());
  size_t pos = 0;
  while (pos <= text.size() &&
         compiled.re.Match(text, pos, text.size(), RE2::UNANCHORED, sub.data(), n)) {
    size_t mb = sub[0].data() - text.data(), me = mb + sub[0].size();
    size_t begin = mb, end = me;
    Groups g;
    g.g.reserve(compiled.groups.size());
    for (const auto& [key, index] : compiled.groups) {
      if (sub[index].data() == nullptr || sub[index].empty()) continue;
      std::string_view s(sub[index].data(), sub[index].size());
      g.g[key] = s;
      size_t sb = s.data() - text.data();
      if (key == "pre" && sb == mb) begin = sb + s.size();
      if (key == "post") end = std::min(end, sb);
    }
    DropFalseQualifier(text, &g, &begin);
    // Surrounding white space never belongs to the span.
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
    Candidate c;
    c.begin = begin;
    c.end = end;
    c.rule = static_cast<int>(ri);
    if (rule.type == RuleType::kNone) {
      c.veto = end > begin;
      if (c.veto) cands->push_back(std::move(c));
    } else if (end > begin && Interpret(rule, g, doc, begin, end, &c)) {
      cands->push_back(std::move(c));
    } else if (end > begin && (rule.type == RuleType::kDate || rule.type == RuleType::kRange) &&
               ImpossibleDay(g)) {
      c.veto = true;
      cands->push_back(std::move(c));
    }
    size_t next = std::max(end, begin);
    pos = next > mb ? next : mb + 1;
  }
}

namespace {

// "year-to-date", "year to date": a span from January that a month named
// before it does not delimit.
bool NamesYearToDate(std::string_view text) {
  std::string t = Lower(text);
  return t.find("to-date") != std::string::npos || t.find("to date") != std::string::npos;
}

}  // namespace

void TemporalScanner::Scan(const DocumentView& doc, std::vector<Extraction>* out) const {
  std::vector<std::vector<Extraction>> outs(1);
  outs[0].swap(*out);
  ScanBatch({&doc}, &outs);
  out->swap(outs[0]);
}

void TemporalScanner::ScanBatch(const std::vector<const DocumentView*>& docs,
                                std::vector<std::vector<Extraction>>* outs) const {
  const Impl& im = *impl_;
  outs->resize(docs.size());
  std::vector<std::vector<char>> active(docs.size());
  if (im.gate != nullptr) {
    std::vector<std::string_view> texts;
    texts.reserve(docs.size());
    for (const DocumentView* doc : docs) texts.push_back(doc->text);
    im.gate->MatchAll(texts, &active);
  } else {
    for (std::vector<char>& a : active) a.assign(im.rules.size(), 1);
  }
  // Rule by rule across the batch: each rule's DFA stays warm.
  std::vector<std::vector<Candidate>> cands(docs.size());
  std::vector<re2::StringPiece> sub;
  for (size_t ri = 0; ri < im.rules.size(); ++ri)
    for (size_t d = 0; d < docs.size(); ++d)
      if (active[d][ri]) im.ScanRule(ri, *docs[d], &sub, &cands[d]);
  for (size_t d = 0; d < docs.size(); ++d) {
    // No rule matches: nothing to resolve.
    if (std::find(active[d].begin(), active[d].end(), 1) == active[d].end()) continue;
    im.Resolve(*docs[d], &cands[d], &(*outs)[d]);
  }
}

void TemporalScanner::Impl::Resolve(const DocumentView& doc, std::vector<Candidate>* all,
                                    std::vector<Extraction>* out) const {
  const Impl& im = *this;
  std::vector<Candidate>& cands = *all;
  const std::string_view text = doc.text;
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    size_t la = a.end - a.begin, lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (a.rule != b.rule) return a.rule < b.rule;
    return a.begin < b.begin;
  });
  std::vector<const Candidate*> kept;
  for (const Candidate& c : cands) {
    bool overlaps = false;
    for (const Candidate* k : kept)
      if (c.begin < k->end && k->begin < c.end) overlaps = true;
    if (!overlaps) kept.push_back(&c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate* a, const Candidate* b) { return a->begin < b->begin; });
  // "a year earlier" after "the third quarter" is that quarter a year back
  // (TimeML anaphoric resolution): the latest quarter, half or month named
  // before it is the period it shifts.
  const Value* period = nullptr;
  size_t period_at = 0;
  Value part_month;  // the month of a part of it ("the first 20 days of February")
  // "For the nine months, net rose from $5 million a year earlier": a span
  // of two or more quarters named after the period and in the same sentence
  // is what "a year earlier" compares, so it keeps its year grain (TimeML
  // gives the year, not the quarter named before).
  size_t span_at = std::string_view::npos;
  size_t other_at = std::string_view::npos;  // the latest date that is no offset
  auto same_sentence = [&](size_t a, size_t b) {
    if (doc.sentences == nullptr || doc.sentences->empty())
      return text.substr(a, b - a).find('\n') == std::string_view::npos;
    return SentenceAt(*doc.sentences, a) == SentenceAt(*doc.sentences, b);
  };
  std::vector<Extraction> pieces;
  pieces.reserve(kept.size());
  const int dyear = static_cast<int>(year_month_day(doc.published).year());
  const std::string today = FormatDay(doc.published);
  kept.erase(std::remove_if(kept.begin(), kept.end(), [](const Candidate* c) { return c->veto; }),
             kept.end());
  for (const Candidate* c : kept) {
    Extraction e;
    e.kind = c->kind;
    e.begin = c->begin;
    e.end = c->end;
    e.value = c->value;
    e.rule = im.rules[c->rule].name;
    // A bare hour after "at" ("Sat at 5"): a piece of its own rule name,
    // listed as dayonly in temporal_compose.tsv.
    if (c->day_only) e.rule += "_day";
    const bool span_between = span_at != std::string_view::npos && period != nullptr &&
                              span_at > period_at && same_sentence(span_at, e.begin);
    if (c->kind == ClaimKind::kDuration && (c->value.timex == "P6M" || c->value.timex == "P9M" ||
                                            c->value.timex == "P2Q" || c->value.timex == "P3Q"))
      span_at = c->begin;
    // "the same month last year" names a month: only a month is its period,
    // in any sentence before it.
    const bool same_month =
        e.rule == "year_ago_period" &&
        Lower(text.substr(e.begin, e.end - e.begin)).find("month") != std::string::npos;
    // A month named in another sentence is the period only of "a year ago"
    // and only once it has begun: a monthly report's "February sales ...
    // The division was not in place a year ago" compares Februaries, but
    // "may reconvene in September ... quotas were suspended a year ago" or
    // "a summit set for April ... almost four years ago" name no period
    // compared. In its own sentence any month is ("sales in August rose
    // from two years earlier"). Quarters and halves of an earnings report
    // hold across it.
    const bool period_here =
        period != nullptr &&
        (period->grain != "month" || same_sentence(period_at, e.begin) ||
         (period->start <= today && (e.rule != "ago" || ToInt(e.value.start) == dyear - 1)));
    if (c->kind == ClaimKind::kDate && period_here && !span_between &&
        ((e.rule == "ago" && e.value.grain == "year") ||
         (e.rule == "year_adjective" && e.value.grain == "year") ||
         (e.rule == "the_latest_period" && period->grain == "quarter" &&
          Lower(text.substr(e.begin, e.end - e.begin)).ends_with("period")) ||
         (e.rule == "year_ago" && e.value.grain == "quarter" && period->grain == "quarter") ||
         (e.rule == "year_ago_period" &&
          (same_month ? period->grain == "month"
                      : e.value.grain == "year" || period->grain == e.value.grain) &&
          (period->grain != "month" ||
           ((same_month || same_sentence(period_at, e.begin)) &&
            (other_at == std::string_view::npos || other_at <= period_at) &&
            !NamesYearToDate(text.substr(period_at, e.begin - period_at))))))) {
      int back = e.rule == "ago"                 ? dyear - ToInt(e.value.start)
                 : e.rule == "the_latest_period" ? 0
                                                 : 1;
      if ((back > 0 || e.rule == "the_latest_period") && back < 10) {
        Value shifted = PeriodInYear(*period, ToInt(period->timex) - back);
        shifted.mod = e.value.mod;
        e.value = shifted;
      }
    }
    // "the 1988 period" after "the third quarter": that quarter of 1988
    // (TimeML resolves the period anaphorically, as for "a year earlier").
    if (c->kind == ClaimKind::kDate && e.rule == "year_period" && period != nullptr &&
        !span_between && e.value.grain == "year") {
      Value shifted = PeriodInYear(*period, ToInt(e.value.timex));
      shifted.mod = e.value.mod;
      e.value = shifted;
    }
    // Another date after a month ("between the beginning of January and
    // February 24 ... the same period last year", or "year-to-date" between
    // them) leaves the period compared unclear: "the same period" then keeps
    // its year.
    if (c->kind == ClaimKind::kDate && e.rule != "ago" && e.rule != "year_ago" &&
        e.rule != "year_ago_period" && e.rule != "year_adjective")
      other_at = c->begin;
    if (c->kind == ClaimKind::kDate && c->value.timex.size() >= 7 &&
        c->value.timex.find('/') == std::string::npos &&
        (c->value.grain == "quarter" || c->value.grain == "half" || c->value.grain == "month") &&
        e.rule != "ago" && e.rule != "year_ago" && e.rule != "year_ago_period" &&
        e.rule != "year_adjective") {
      period = &c->value;
      period_at = c->begin;
    }
    // "the first 20 days of February": its month is the period "a year
    // earlier" shifts; a part over several months ("the first nine months
    // of 1986") is a span compared as a whole, like the length "nine months".
    if (c->kind == ClaimKind::kDate && e.rule == "part_of_period" && c->value.start.size() == 10 &&
        c->value.end.size() == 10) {
      if (c->value.start.compare(0, 7, c->value.end, 0, 7) == 0) {
        part_month = MonthValue(std::chrono::year(ToInt(c->value.start)) /
                                std::chrono::month(ToInt(c->value.start.substr(5, 2))));
        period = &part_month;
        period_at = c->begin;
      } else {
        span_at = c->begin;
      }
    }
    pieces.push_back(std::move(e));
  }
  std::vector<size_t> half_day;  // begins of clocks to move 12 hours unless composed
  for (const Candidate* c : kept)
    if (c->next_half_day) half_day.push_back(c->begin);
  // "tomorrow" + "at 8am", "next week" + "on Tuesday": one expression each.
  im.composer->Compose(doc, &pieces);
  // "three days later" counts from the day named before it as composed
  // ("Tuesday last week", "March 18 of last year").
  // "the following year" counts from the date named before it.
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].rule == "ago" &&
        Lower(text.substr(pieces[i].begin, pieces[i].end - pieces[i].begin)).ends_with("later"))
      im.ResolveLater(doc, i, &pieces);
    else if (pieces[i].rule == "past_unit" && pieces[i].kind == ClaimKind::kDuration)
      im.ResolveFollowing(doc, i, &pieces);
  }
  for (Extraction& e : pieces) {
    std::string& t = e.value.timex;
    if (half_day.empty() || e.rule.rfind("compose:", 0) == 0 || t.size() < 16 || t[10] != 'T' ||
        std::find(half_day.begin(), half_day.end(), e.begin) == half_day.end())
      continue;
    int h = ToInt(t.substr(11)) + 12;
    t[11] = static_cast<char>('0' + h / 10);
    t[12] = static_cast<char>('0' + h % 10);
  }
  for (Extraction& e : pieces)
    if (WithinTimexYears(e.value)) out->push_back(std::move(e));
}

}  // namespace wirefacts
