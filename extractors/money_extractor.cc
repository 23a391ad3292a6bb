#include "extractors/money_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extractors/figure_rules.h"
#include "extractors/number_parser.h"

namespace wirefacts {

namespace {

constexpr char kCurrenciesFile[] = "extractors/rules/money_currencies.tsv";
constexpr char kScalesFile[] = "extractors/rules/numbers_scales.tsv";
constexpr char kVagueFile[] = "extractors/rules/numbers_vague.tsv";
constexpr char kPerFile[] = "extractors/rules/money_per_units.tsv";
constexpr char kPatternsFile[] = "extractors/rules/money_patterns.tsv";
constexpr char kChangeCuesFile[] = "extractors/rules/numbers_change_cues.tsv";
constexpr char kRangeBlockersFile[] = "extractors/rules/numbers_range_blockers.tsv";

// How far back before "from" a change or range word may stand ("increase
// swap lines with the European Central Bank from ..."), in words.
constexpr int kFromCueWords = 12;
// How far a money figure reaches before and after its currency, in bytes
// ("between two hundred and fifty million and three hundred million
// dollars"; "$5.5 billion to $7.2 billion a share").
constexpr size_t kAnchorBefore = 200;
constexpr size_t kAnchorAfter = 120;
// Minor units written after major ones are fewer than this ("20 dollars 43").
constexpr double kMinorLimit = 100;

// A weak currency ("pounds", "marks") needs a scale word or an amount of at
// least this much.
constexpr double kWeakMinimum = 1e6;

struct Currency {
  std::string code;
  bool assumed = false;
  bool minor = false;
  bool weak = false;
  double multiplier = 1;  // 1e6 for "MUSD"; 0.01 for minor units
  bool symbol = false;    // no letters: "$", "€"
};

bool IsIsoCode(std::string_view s) {
  return s.size() == 3 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Offset just past the last group of `m` other than those in `skip` that took
// part in the match; `m.begin` when none did.
size_t EndWithout(std::string_view text, const FigureMatch& m,
                  std::initializer_list<std::string_view> skip) {
  size_t end = m.begin;
  for (const auto& [name, g] : m.groups) {
    if (g.empty() || std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
    end = std::max<size_t>(end, g.data() + g.size() - text.data());
  }
  return end;
}

Status ParseDouble(const std::string& s, const std::string& where, double* out) {
  char* end = nullptr;
  *out = std::strtod(s.c_str(), &end);
  if (s.empty() || end == s.c_str() || *end != '\0') {
    return Status::InvalidInput(where + ": bad number '" + s + "'");
  }
  return Status::OK();
}

// True when a word saying "before/after" follows `pos`: "a year earlier",
// "a year ago" name a time, not a rate. A closed class of function words.
bool FollowedByTimeWord(std::string_view text, size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n')) ++pos;
  size_t e = pos;
  while (e < text.size() &&
         ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
    ++e;
  std::string w = NormalizeSurface(text.substr(pos, e - pos));
  return w == "earlier" || w == "ago" || w == "before" || w == "later" || w == "after" ||
         w == "previously" || w == "prior";
}

}  // namespace

struct MoneyExtractor::Impl {
  std::unique_ptr<NumberParser> numbers;
  std::unique_ptr<Qualifiers> qualifiers;
  std::vector<Currency> currencies;
  SurfaceTable currency_pre, currency_post;
  SurfaceTable currency_post_words;  // post surfaces with a letter: "US dollars"
  std::vector<double> scale_values;
  SurfaceTable scales;
  std::vector<std::pair<double, double>> vague_values;
  SurfaceTable vague;
  std::vector<std::string> per_names;
  SurfaceTable per;
  std::unique_ptr<FigurePatterns> patterns;
  // numbers_change_cues.tsv: whole words and prefixes, true for "range".
  std::unordered_map<std::string, bool> from_words;
  std::vector<std::pair<std::string, bool>> from_prefixes;
  // numbers_range_blockers.tsv: lower-case words.
  std::unordered_set<std::string> range_blockers;

  // The nearest cue of numbers_change_cues.tsv before `pos` in its clause:
  // 1 range, 0 change, -1 none (`*opens`: nothing but `pos` opens the
  // clause).
  int CueBefore(std::string_view text, size_t pos, bool* opens) const;
  // Whether "from" at `pos` opens a range rather than a change (see
  // numbers_change_cues.tsv).
  bool FromIsRange(std::string_view text, size_t pos) const;

  Status Load(const RuleFiles& rules);
  // Reads one match into `value`; false when it is not a money figure. May
  // move `*end` back (a per-unit that is no rate).
  bool Interpret(std::string_view text, const FigureMatch& m, Value* value, size_t* end) const;
  double ScaleOf(std::string_view s) const {
    if (s.empty()) return 1;
    int i = scales.Find(s);
    return i < 0 ? 1 : scale_values[i];
  }
};

Status MoneyExtractor::Impl::Load(const RuleFiles& rules) {
  WF_RETURN_IF_ERROR(NumberParser::Create(rules, &numbers));
  WF_RETURN_IF_ERROR(Qualifiers::Create(rules, &qualifiers));

  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kCurrenciesFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kCurrenciesFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected surface, code, flags");
    Currency c;
    c.code = r.fields[1];
    bool pre = false, post = false, cs = false;
    std::string flags = r.fields[2] + ",";
    size_t start = 0;
    for (size_t comma; (comma = flags.find(',', start)) != std::string::npos; start = comma + 1) {
      std::string f = NormalizeSurface(flags.substr(start, comma - start));
      if (f.empty()) continue;
      if (f == "pre")
        pre = true;
      else if (f == "post")
        post = true;
      else if (f == "assumed")
        c.assumed = true;
      else if (f == "minor")
        c.minor = true;
      else if (f == "weak")
        c.weak = true;
      else if (f == "cs")
        cs = true;
      else
        return Status::InvalidInput(where + ": unknown flag '" + f + "'");
    }
    if (c.minor) c.multiplier = 0.01;
    c.symbol = std::none_of(r.fields[0].begin(), r.fields[0].end(), IsLetter);
    int index = static_cast<int>(currencies.size());
    currencies.push_back(c);
    if (pre) currency_pre.Add(r.fields[0], index, cs);
    if (post) currency_post.Add(r.fields[0], index, cs);
    if (post && !c.symbol) currency_post_words.Add(r.fields[0], index, cs);
    if (IsIsoCode(r.fields[0]) && r.fields[0] == c.code && !c.minor) {
      // "30 MUSD", "MEUR 120": millions of the code.
      Currency m = c;
      m.multiplier = 1e6;
      int mi = static_cast<int>(currencies.size());
      currencies.push_back(m);
      if (pre) currency_pre.Add("M" + r.fields[0], mi, /*case_sensitive=*/true);
      if (post) currency_post.Add("M" + r.fields[0], mi, /*case_sensitive=*/true);
    }
  }

  WF_RETURN_IF_ERROR(rules.ReadRecords(kChangeCuesFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kChangeCuesFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2 || r.fields[0].empty() ||
        (r.fields[1] != "change" && r.fields[1] != "range"))
      return Status::InvalidInput(where + ": expected word <TAB> change|range");
    std::string w = NormalizeSurface(r.fields[0]);
    bool range = r.fields[1] == "range";
    if (w.back() == '*') {
      w.pop_back();
      if (w.empty()) return Status::InvalidInput(where + ": empty prefix");
      from_prefixes.emplace_back(w, range);
    } else {
      from_words.emplace(w, range);
    }
  }

  WF_RETURN_IF_ERROR(rules.ReadRecords(kRangeBlockersFile, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.empty() || r.fields[0].empty())
      return Status::InvalidInput(std::string(kRangeBlockersFile) + ":" + std::to_string(r.line) +
                                  ": expected a word");
    range_blockers.insert(NormalizeSurface(r.fields[0]));
  }

  WF_RETURN_IF_ERROR(rules.ReadRecords(kScalesFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kScalesFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2) return Status::InvalidInput(where + ": expected surface, multiplier");
    double v;
    WF_RETURN_IF_ERROR(ParseDouble(r.fields[1], where, &v));
    scales.Add(r.fields[0], static_cast<int>(scale_values.size()));
    scale_values.push_back(v);
  }

  WF_RETURN_IF_ERROR(rules.ReadRecords(kVagueFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kVagueFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected surface, low, high");
    double lo, hi;
    WF_RETURN_IF_ERROR(ParseDouble(r.fields[1], where, &lo));
    WF_RETURN_IF_ERROR(ParseDouble(r.fields[2], where, &hi));
    vague.Add(r.fields[0], static_cast<int>(vague_values.size()));
    vague_values.emplace_back(lo, hi);
  }

  WF_RETURN_IF_ERROR(rules.ReadRecords(kPerFile, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.empty() || r.fields[0].empty()) continue;
    per.Add(r.fields[0], static_cast<int>(per_names.size()));
    per_names.push_back(r.fields[0]);
  }

  std::map<std::string, std::string> macros = {
      {"NUM", numbers->Pattern()},
      {"SCALE", scales.Pattern(/*word_start=*/false)},
      {"CURPRE", currency_pre.Pattern(true, /*word_end=*/false)},
      {"CURPOST", currency_post.Pattern(/*word_start=*/false, true)},
      {"CURPOSTWORD", currency_post_words.Pattern(/*word_start=*/false, true)},
      {"QUAL", qualifiers->Pattern()},
      {"VAGUE", vague.Pattern()},
      {"PER", per.Pattern()},
  };
  WF_RETURN_IF_ERROR(FigurePatterns::Create(rules, kPatternsFile, macros, &patterns));
  // Every money figure names a currency: scan only around currency surfaces
  // (glued after a digit: "43c", "20EUR"). No SetPresence() narrowing (as
  // percent has): finding the currency surfaces without word boundaries in
  // the windows cost more than the smaller windows saved (money stage 0.67
  // s without, 0.75-0.89 s with, whole corpus), as currency names, symbol
  // letters and scales make most words around a figure possible ones.
  return patterns->SetAnchor(currency_pre.Pattern(true, /*word_end=*/false) + "|" +
                                 currency_post.Pattern() + "|\\d" +
                                 currency_post.Pattern(/*word_start=*/false, true),
                             kAnchorBefore, kAnchorAfter);
}

int MoneyExtractor::Impl::CueBefore(std::string_view text, size_t pos, bool* opens) const {
  *opens = false;
  size_t e = pos;
  for (int n = 0; n < kFromCueWords; ++n) {
    while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
    if (e == 0) {
      *opens = n == 0;
      return -1;
    }
    char c = text[e - 1];
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' ||
        c == '"') {
      *opens = n == 0;  // "from" opens the clause
      return -1;
    }
    size_t b = e;
    while (b > 0 && (IsLetter(text[b - 1]) || text[b - 1] == '\'')) --b;
    if (b == e) {
      // A number or other token: skip it.
      while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t') --b;
      e = b;
      continue;
    }
    std::string w = NormalizeSurface(text.substr(b, e - b));
    auto it = from_words.find(w);
    if (it != from_words.end()) return it->second ? 1 : 0;
    for (const auto& [prefix, range] : from_prefixes)
      if (w.compare(0, prefix.size(), prefix) == 0) return range ? 1 : 0;
    e = b;
  }
  return -1;
}

bool MoneyExtractor::Impl::FromIsRange(std::string_view text, size_t pos) const {
  bool opens = false;
  const int cue = CueBefore(text, pos, &opens);
  return cue >= 0 ? cue == 1 : opens;  // no cue: a change, unless "from" opens the clause
}

bool MoneyExtractor::Impl::Interpret(std::string_view text, const FigureMatch& m, Value* value,
                                     size_t* end) const {
  *value = Value();
  *end = m.end;
  // The currency: the first one written.
  const Currency* currency = nullptr;
  bool first_has_currency = false;
  for (const char* g : {"cur", "curpost", "cur2", "curpost2"}) {
    std::string_view s = m.Group(g);
    if (s.empty()) continue;
    bool is_pre = g[3] != 'p';
    int i = is_pre ? currency_pre.Find(s) : currency_post.Find(s);
    if (i < 0) continue;
    if (!currency) currency = &currencies[i];
    if (g == std::string_view("cur") || g == std::string_view("curpost")) first_has_currency = true;
  }
  if (!currency) return false;
  bool drop_tail = false;
  if (!m.Group("cur").empty() && !m.Group("curpost").empty()) {
    // "$ 9.99 US dollars": one currency said twice; the stated code wins. A
    // symbol after the amount belongs to the next one ("$ 20 $ 37"), and
    // another currency is no part of this figure.
    int pre = currency_pre.Find(m.Group("cur"));
    int post = currency_post.Find(m.Group("curpost"));
    if (pre < 0 || post < 0 || currencies[pre].code != currencies[post].code ||
        currencies[post].minor || currencies[post].symbol ||
        currencies[pre].multiplier != currencies[post].multiplier) {
      drop_tail = true;
      *end = EndWithout(text, m, {"curpost", "per"});
    } else if (currency->assumed) {
      currency = &currencies[post];
    }
  }
  bool has_second = !m.Group("num2").empty();
  // "between 2019 and $5 billion": the first figure must carry the currency,
  // or the currency must follow the whole range.
  if (has_second && !first_has_currency && m.Group("curpost2").empty()) return false;
  // "rose from $5 to $7" is a change: two figures, read separately.
  if (!m.Group("from").empty() && !FromIsRange(text, m.begin)) return false;
  // So is "rose 822 mln dlrs to 277.94 billion dlrs": a change word before
  // "A to B" whose first amount names its own currency -- the change, then
  // the new level. ("will raise 10 to 20 mln dlrs" is a range: its first
  // number has no currency.)
  if (m.Group("from").empty() && first_has_currency && !m.Group("num2").empty() &&
      m.Group("sep").find("to") != std::string_view::npos) {
    bool opens = false;
    if (CueBefore(text, m.begin, &opens) == 0) return false;
  }
  const double unit = currency->multiplier;
  value->currency = currency->code;
  value->currency_assumed = currency->assumed;

  // What follows the amount but is no part of the figure's span.
  if (!m.Group("tail").empty() || !m.Group("minorend").empty()) {
    *end = EndWithout(text, m, {"tail", "minorend"});
  }
  std::string_view per_text = drop_tail ? std::string_view() : m.Group("per");
  if (!per_text.empty()) {
    // "$2.50 a share": the figure is "$2.50", per share. "$1.17 billion a
    // year earlier" is no rate.
    *end = EndWithout(text, m, {"per"});
    size_t per_end = per_text.data() + per_text.size() - text.data();
    if (!FollowedByTimeWord(text, per_end)) {
      int i = per.Find(per_text);
      if (i >= 0) value->per = per_names[i];
    }
  }
  std::string_view qual_text = m.Group("qual");
  QualifierType qual = qualifiers->Find(qual_text);

  std::string_view vague_text = m.Group("vague");
  if (!vague_text.empty()) {
    int i = vague.Find(vague_text);
    if (i < 0) return false;
    value->low = vague_values[i].first * unit;
    value->high = vague_values[i].second * unit;
    value->approx = true;
    value->resolution = *value->low;
    return true;
  }

  ParsedNumber n1;
  std::string_view num_text = m.Group("num");
  if (NormalizeSurface(num_text) == "a" || NormalizeSurface(num_text) == "an") {
    n1.value = 1;  // "a dollar"
    n1.resolution = 1;
    n1.words = true;
  } else if (!numbers->Parse(num_text, &n1)) {
    return false;
  }
  std::string_view scale1 = m.Group("scale");
  double mult1 = ScaleOf(scale1);
  std::string_view scalepost = m.Group("scalepost");
  if (!scalepost.empty()) {
    // "75 USD million": only an ISO code stands between number and scale.
    if (!scale1.empty() || !IsIsoCode(m.Group("curpost"))) {
      *end = m.Group("curpost").data() + m.Group("curpost").size() - text.data();
    } else {
      scale1 = scalepost;
      mult1 = ScaleOf(scalepost);
    }
  }

  const bool weak = currency->weak && value->per.empty();
  std::string_view minor_text = m.Group("minor");
  if (!has_second) {
    // "1 $10 bill": a symbol after a number is not its currency when the next
    // figure follows it.
    std::string_view curpost = m.Group("curpost");
    if (!curpost.empty() && minor_text.empty() && currency->symbol && m.Group("cur").empty()) {
      size_t after = curpost.data() + curpost.size() - text.data();
      while (after < text.size() && text[after] == ' ') ++after;
      if (after < text.size() && text[after] >= '0' && text[after] <= '9') return false;
    }
    double v = n1.value * mult1;
    if (weak && scale1.empty() && v < kWeakMinimum) return false;
    v *= unit;
    value->resolution = n1.resolution * mult1 * unit;
    if (!minor_text.empty()) {
      // "20 dollars and 43 cents", "$20 43": whole major units, then fewer
      // than 100 minor ones of the same currency.
      if (currency->minor || !scale1.empty() || n1.resolution < 1 || unit != 1) return false;
      std::string_view minorcur = m.Group("minorcur");
      if (!minorcur.empty()) {
        int mi = currency_post.Find(minorcur);
        if (mi < 0 || !currencies[mi].minor) return false;
        if (currencies[mi].code != currency->code && !currencies[mi].assumed) return false;
      }
      ParsedNumber minor;
      if (!numbers->Parse(minor_text, &minor) || minor.value >= kMinorLimit ||
          minor.resolution < 1 || minor.value != static_cast<long long>(minor.value))
        return false;
      v += minor.value * 0.01;
      value->resolution = 0.01;
    }
    Qualifiers::Apply(qual, v, value);
    return true;
  }

  // A range.
  ParsedNumber n2;
  if (!ParseRangeEnd(text, m, *numbers, n1, &n2)) return false;
  // "on March 5 to 3.4 billion dlrs": the first number is a day.
  if (!first_has_currency) {
    size_t before = m.begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before > 0 && text[before - 1] == '.') --before;  // "Jan. 5"
    if (range_blockers.count(PreviousWord(text, before))) return false;
  }
  std::string_view scale2 = m.Group("scale2");
  double mult2 = ScaleOf(scale2);
  // "$5 to $10 billion": the first figure takes the second's scale. A bare
  // first number above the second ("fell on March 5 to 3.4 billion dlrs")
  // would only make a range in another scale: it is no part of the figure.
  if (scale1.empty() && !scale2.empty()) {
    if (n1.value > n2.value && !first_has_currency) return false;
    if (n1.value <= n2.value) mult1 = mult2;
  }
  double lo = n1.value * mult1, hi = n2.value * mult2;
  if (!(lo < hi)) return false;
  if (weak && std::max(scale1.size(), scale2.size()) == 0 && hi < kWeakMinimum) {
    return false;
  }
  value->low = lo * unit;
  value->high = hi * unit;
  value->approx = qual == QualifierType::kApprox;
  value->resolution = std::min(n1.resolution * mult1, n2.resolution * mult2) * unit;
  return true;
}

MoneyExtractor::MoneyExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
MoneyExtractor::~MoneyExtractor() = default;

Status MoneyExtractor::Create(const RuleFiles& rules, std::unique_ptr<MoneyExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(impl->Load(rules));
  out->reset(new MoneyExtractor(std::move(impl)));
  return Status::OK();
}

void MoneyExtractor::Extract(const DocumentView& doc, std::vector<Extraction>* out) const {
  impl_->patterns->Extract(
      doc.text, ClaimKind::kMoney, "money",
      [&](const FigureMatch& m, Value* v, size_t* end) {
        return impl_->Interpret(doc.text, m, v, end);
      },
      out);
}

}  // namespace wirefacts
