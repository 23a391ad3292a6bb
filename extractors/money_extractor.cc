#include "extractors/money_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>

#include "extractors/figure_rules.h"
#include "extractors/number_parser.h"

namespace wirefacts {

namespace {

constexpr char kCurrenciesFile[] = "extractors/rules/money_currencies.tsv";
constexpr char kScalesFile[] = "extractors/rules/numbers_scales.tsv";
constexpr char kVagueFile[] = "extractors/rules/numbers_vague.tsv";
constexpr char kPerFile[] = "extractors/rules/money_per_units.tsv";
constexpr char kPatternsFile[] = "extractors/rules/money_patterns.tsv";

// A weak currency ("pounds", "marks") needs a scale word or an amount of at
// least this much.
constexpr double kWeakMinimum = 1e6;

struct Currency {
  std::string code;
  bool assumed = false;
  bool minor = false;
  bool weak = false;
};

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
  std::vector<double> scale_values;
  SurfaceTable scales;
  std::vector<std::pair<double, double>> vague_values;
  SurfaceTable vague;
  std::vector<std::string> per_names;
  SurfaceTable per;
  std::unique_ptr<FigurePatterns> patterns;

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
    int index = static_cast<int>(currencies.size());
    currencies.push_back(c);
    if (pre) currency_pre.Add(r.fields[0], index, cs);
    if (post) currency_post.Add(r.fields[0], index, cs);
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
      {"QUAL", qualifiers->Pattern()},
      {"VAGUE", vague.Pattern()},
      {"PER", per.Pattern()},
  };
  return FigurePatterns::Create(rules, kPatternsFile, macros, &patterns);
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
  bool has_second = !m.Group("num2").empty();
  // "between 2019 and $5 billion": the first figure must carry the currency,
  // or the currency must follow the whole range.
  if (has_second && !first_has_currency && m.Group("curpost2").empty()) return false;
  const double unit = currency->minor ? 0.01 : 1.0;
  value->currency = currency->code;
  value->currency_assumed = currency->assumed;

  std::string_view per_text = m.Group("per");
  if (!per_text.empty()) {
    size_t per_end = per_text.data() + per_text.size() - text.data();
    if (FollowedByTimeWord(text, per_end)) {
      // "$1.17 billion a year earlier": the figure ends before "a year".
      size_t amount_end = m.begin;
      for (const auto& [name, g] : m.groups) {
        if (name == "per" || g.empty()) continue;
        amount_end = std::max<size_t>(amount_end, g.data() + g.size() - text.data());
      }
      *end = amount_end;
    } else {
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
  if (!numbers->Parse(m.Group("num"), &n1)) return false;
  std::string_view scale1 = m.Group("scale");
  double mult1 = ScaleOf(scale1);

  const bool weak = currency->weak && value->per.empty();
  if (!has_second) {
    double v = n1.value * mult1;
    if (weak && scale1.empty() && v < kWeakMinimum) return false;
    v *= unit;
    value->resolution = n1.resolution * mult1 * unit;
    std::string_view minor_text = m.Group("minor");
    if (!minor_text.empty()) {
      // "20 dollars and 43 cents": the minor unit must belong to the major.
      ParsedNumber minor;
      int mi = currency_post.Find(m.Group("minorcur"));
      if (mi < 0 || !currencies[mi].minor || currency->minor) return false;
      if (currencies[mi].code != currency->code && !currencies[mi].assumed) return false;
      if (!numbers->Parse(minor_text, &minor) || minor.value >= 100) return false;
      v += minor.value * 0.01;
      value->resolution = 0.01;
    }
    Qualifiers::Apply(qual, v, value);
    return true;
  }

  // A range.
  ParsedNumber n2;
  if (!ParseRangeEnd(text, m, *numbers, n1, &n2)) return false;
  std::string_view scale2 = m.Group("scale2");
  double mult2 = ScaleOf(scale2);
  // "$5 to $10 billion": the first figure takes the second's scale.
  if (scale1.empty() && !scale2.empty() && n1.value <= n2.value) mult1 = mult2;
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
