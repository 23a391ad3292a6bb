// Money and percent suites: Recognizers-Text and Duckling money cases, and
// MEANTIME's MONEY and PERCENT spans (issue 4). See eval/README.md for how
// each suite's conventions are scored.
#include <cmath>
#include <set>

#include "base/rule_files.h"
#include "eval/suite.h"
#include "extractors/figure_rules.h"

namespace wirefacts {
namespace {

bool Close(double a, double b) {
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9;
}

std::string Amount(const std::optional<double>& v) {
  if (!v) return "_";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.10g", *v);
  return buf;
}

std::string DescribeValue(const Value& v) {
  std::string s = Amount(v.low) + ".." + Amount(v.high) + " " + v.currency;
  if (v.approx) s += " ~";
  if (!v.per.empty()) s += " /" + v.per;
  return s;
}

// The gold item of a money case, with the unit quirks of both suites read:
// minor units (cents, pence) are converted to major units, because claims
// state "50 cents" as 0.50 of the currency.
struct GoldMoney {
  std::optional<double> low, high;
  std::string currency;  // ISO code when the suite gives one
  std::string unit;      // the suite's unit label, lower-cased
};

GoldMoney ReadGoldMoney(const nlohmann::json& e) {
  GoldMoney g;
  if (e["low"].is_number()) g.low = e["low"].get<double>();
  if (e["high"].is_number()) g.high = e["high"].get<double>();
  g.currency = JsonString(e, "currency");
  const nlohmann::json& raw = e["raw"];
  std::string unit = JsonString(raw, "unit");
  if (unit.empty() && raw.contains("json")) unit = JsonString(raw["json"], "unit");
  for (char& c : unit) c = std::tolower(static_cast<unsigned char>(c));
  g.unit = unit;
  double scale = 1;
  if (unit == "cent" || unit == "pence" || unit == "penny" || unit == "sen") scale = 0.01;
  if (unit == "satoshi") scale = 1e-8;
  if (g.low) *g.low *= scale;
  if (g.high) *g.high *= scale;
  return g;
}

// A currency the suite leaves without an ISO code is judged by its unit:
// "$", "dollar", "cent" must be some dollar (the suite cannot say which),
// "£", "pound" some pound, "pence"/"penny" sterling; other units (bitcoin,
// riyal, "bucks") are not judged.
bool CurrencyMatches(const GoldMoney& g, const std::string& system) {
  if (!g.currency.empty()) return g.currency == system;
  auto ends = [&](char c) { return !system.empty() && system.back() == c; };
  if (g.unit == "$" || g.unit == "dollar" || g.unit == "cent") return ends('D');
  if (g.unit == "£" || g.unit == "pound") return ends('P');
  if (g.unit == "pence" || g.unit == "penny") return system == "GBP";
  if (g.unit == "franc") return ends('F');
  return true;
}

// Recognizers-Text states every amount as exact and leaves qualifiers out
// ("more than $ 247 million" is 247000000): the stated figure must be one of
// the claim's bounds. Duckling states bounds ("under $5" has only high): the
// claim's bounds must be the same, except that an approximate claim ("about
// $42", low = high = 42) matches Duckling's exact 42.
bool MoneyValueMatches(const GoldMoney& g, const Value& v, bool bounds_from_suite) {
  if (!CurrencyMatches(g, v.currency)) return false;
  if (!bounds_from_suite) {
    if (!g.low) return false;
    return (v.low && Close(*v.low, *g.low)) || (v.high && Close(*v.high, *g.low));
  }
  auto same = [](const std::optional<double>& a, const std::optional<double>& b) {
    if (!a || !b) return !a && !b;
    return Close(*a, *b);
  };
  return same(g.low, v.low) && same(g.high, v.high);
}

// Reads the qualifier surfaces ("more than", "about") the money rules know,
// so that a system span which differs from a Recognizers-Text span only by a
// leading qualifier counts as exact.
std::vector<std::string> QualifierSurfaces() {
  std::vector<std::string> out;
  std::vector<RuleRecord> records;
  if (!RuleFiles().ReadRecords("extractors/rules/numbers_qualifiers.tsv", &records).ok())
    return out;
  for (const RuleRecord& r : records)
    if (!r.fields.empty()) out.push_back(NormalizeSurface(r.fields[0]));
  return out;
}

// The claim's span without a leading qualifier, in code points of the input;
// {0, 0} when it has none. Qualifiers are ASCII, so bytes are code points.
std::pair<size_t, size_t> WithoutQualifier(const Claim& c, const std::vector<std::string>& quals) {
  std::string lower = c.text;
  for (char& ch : lower) ch = std::tolower(static_cast<unsigned char>(ch));
  size_t best = 0;
  for (const std::string& q : quals)
    if (q.size() > best && lower.size() > q.size() + 1 && lower.compare(0, q.size(), q) == 0 &&
        std::isspace(static_cast<unsigned char>(lower[q.size()])))
      best = q.size();
  if (best == 0) return {0, 0};
  size_t i = best;
  while (i < lower.size() && std::isspace(static_cast<unsigned char>(lower[i]))) ++i;
  return {c.source_start + i, c.source_end};
}

Status EvalMoneyCases(const EvalContext& ctx, const std::string& name, const std::string& file,
                      bool bounds_from_suite, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = name;
  report.bars = {{"exact_f1", 0.95}, {"value_accuracy", 0.95}};
  if (bounds_from_suite)
    report.notes =
        "Duckling: the span is the whole input (qualifiers included); bounds as the suite states "
        "them (under = high only, over = low only); an approximate claim matches an exact amount; "
        "cents converted to the major unit; negative cases count any money claim as a false "
        "alarm.";
  else
    report.notes =
        "Recognizers-Text: the suite leaves qualifiers out of its spans and values, so a claim "
        "span that differs only by a leading qualifier our rules know is exact, and the stated "
        "amount must be one of the claim's bounds; cents and pence converted to the major unit; "
        "'$' with no ISO code must be some dollar.";
  std::vector<std::string> quals = QualifierSurfaces();
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& c) -> Status {
    std::string input = c["input"].get<std::string>();
    std::string id = JsonString(c, "id");
    std::vector<Span> gold, system;
    std::vector<GoldMoney> gold_values;
    for (const auto& e : c["expected"]) {
      Span s;
      s.start = e["start"].get<size_t>();
      s.end = e["end"].get<size_t>();
      GoldMoney g = ReadGoldMoney(e);
      s.label = "'" + JsonString(e, "text") + "' = " + Amount(g.low) + ".." + Amount(g.high) + " " +
                (g.currency.empty() ? g.unit : g.currency);
      gold.push_back(s);
      gold_values.push_back(g);
    }
    AnalyzedStory story;
    std::vector<const Claim*> claims;
    if (AnalyzeText(ctx, input, "2000-01-01", &story).ok()) {
      for (const Claim& cl : story.claims) {
        if (cl.kind != ClaimKind::kMoney) continue;
        Span s;
        s.start = cl.source_start;
        s.end = cl.source_end;
        if (!bounds_from_suite) std::tie(s.alt_start, s.alt_end) = WithoutQualifier(cl, quals);
        s.label = "'" + cl.text + "' = " + DescribeValue(cl.value);
        system.push_back(s);
        claims.push_back(&cl);
      }
    }
    ScoreDocument(
        id + " «" + input + "»", gold, system,
        [&](size_t g, size_t s) {
          return MoneyValueMatches(gold_values[g], claims[s]->value, bounds_from_suite);
        },
        nullptr, &report);
    return Status::OK();
  });
  WF_RETURN_IF_ERROR(st);
  reports->push_back(std::move(report));
  return Status::OK();
}

// MEANTIME: MONEY and PERCENT spans of real Wikinews articles, without
// normalised values; the type (money or percent) is judged instead.
Status EvalMeantimeValues(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = "money+percent/meantime-dev";
  report.notes =
      "MEANTIME MONEY and PERCENT spans (QUANTITY ignored) in the annotated part of each article "
      "(headline, dateline and first four sentences); the corpus gives no values, so the type "
      "(money vs percent) is judged; its spans include qualifiers and ranges.";
  report.has_values = false;
  report.has_types = true;
  report.bars = {{"overlap_f1", 0.90}};
  std::string file = ctx.shared_dir + "/eval/meantime/dev.jsonl";
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& d) -> Status {
    std::string text = d["text"].get<std::string>();
    std::vector<Span> gold, system;
    std::vector<std::string> gold_types, system_types;
    for (const auto& v : d["values"]) {
      std::string type = JsonString(v, "type");
      if (type != "MONEY" && type != "PERCENT") continue;
      Span s;
      s.start = v["start"].get<size_t>();
      s.end = v["end"].get<size_t>();
      s.label = "'" + JsonString(v, "text") + "' " + type;
      gold.push_back(s);
      gold_types.push_back(type);
    }
    AnalyzedStory story;
    size_t annotated_end = MeantimeAnnotatedEnd(text);
    Status a = AnalyzeText(ctx, text, JsonString(d, "dct"), &story);
    if (a.ok()) {
      for (const Claim& cl : story.claims) {
        if (cl.kind != ClaimKind::kMoney && cl.kind != ClaimKind::kPercent) continue;
        if (cl.source_start >= annotated_end) continue;
        Span s;
        s.start = cl.source_start;
        s.end = cl.source_end;
        std::string type = cl.kind == ClaimKind::kMoney ? "MONEY" : "PERCENT";
        s.label = "'" + cl.text + "' " + type + " " + DescribeValue(cl.value);
        system.push_back(s);
        system_types.push_back(type);
      }
    }
    ScoreDocument(
        JsonString(d, "doc"), gold, system, nullptr,
        [&](size_t g, size_t s) { return gold_types[g] == system_types[s]; }, &report);
    return Status::OK();
  });
  WF_RETURN_IF_ERROR(st);
  reports->push_back(std::move(report));
  return Status::OK();
}

}  // namespace

Status EvalMoneySuites(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  WF_RETURN_IF_ERROR(EvalMoneyCases(ctx, "money/recognizers-text",
                                    ctx.shared_dir + "/eval/money/recognizers_text.jsonl",
                                    /*bounds_from_suite=*/false, reports));
  WF_RETURN_IF_ERROR(EvalMoneyCases(ctx, "money/duckling",
                                    ctx.shared_dir + "/eval/money/duckling.jsonl",
                                    /*bounds_from_suite=*/true, reports));
  return EvalMeantimeValues(ctx, reports);
}

}  // namespace wirefacts
