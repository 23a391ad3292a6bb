#include "eval/span_scoring.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace wirefacts {
namespace {

bool IsExact(const Span& g, const Span& s) {
  if (g.start == s.start && g.end == s.end) return true;
  if (s.alt_end != 0 && g.start == s.alt_start && g.end == s.alt_end) return true;
  if (g.alt_end != 0 && g.alt_start == s.start && g.alt_end == s.end) return true;
  return false;
}

size_t OverlapOf(const Span& a, const Span& b) {
  size_t lo = std::max(a.start, b.start), hi = std::min(a.end, b.end);
  return hi > lo ? hi - lo : 0;
}

std::string Fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

}  // namespace

Prf ComputePrf(int system_matched, int system, int gold_matched, int gold) {
  Prf p;
  p.precision = system ? double(system_matched) / system : 0;
  p.recall = gold ? double(gold_matched) / gold : 0;
  p.f1 = p.precision + p.recall > 0 ? 2 * p.precision * p.recall / (p.precision + p.recall) : 0;
  return p;
}

double SuiteReport::Measure(const std::string& name) const {
  const SpanCounts& c = counts;
  if (name == "exact_precision") return c.Exact().precision;
  if (name == "exact_recall") return c.Exact().recall;
  if (name == "exact_f1") return c.Exact().f1;
  if (name == "overlap_precision") return c.Overlap().precision;
  if (name == "overlap_recall") return c.Overlap().recall;
  if (name == "overlap_f1") return c.Overlap().f1;
  if (name == "value_accuracy") return c.ValueAccuracy();
  if (name == "value_f1") return c.ValueF1();
  if (name == "type_accuracy") return c.TypeAccuracy();
  for (const auto& [n, v] : extra)
    if (n == name) return v;
  return -1;
}

bool SuiteReport::MeetsBars() const {
  for (const Bar& b : bars)
    if (Measure(b.measure) < b.minimum) return false;
  return true;
}

void ScoreDocument(const std::string& doc, const std::vector<Span>& gold,
                   const std::vector<Span>& system,
                   const std::function<bool(size_t, size_t)>& same_value,
                   const std::function<bool(size_t, size_t)>& same_type, SuiteReport* report) {
  SpanCounts& c = report->counts;
  c.gold += gold.size();
  c.system += system.size();

  // Candidate pairs, best first: exact before overlap, then larger overlap.
  std::vector<std::tuple<int, size_t, size_t, size_t>> pairs;  // -exact, -overlap, g, s
  std::vector<bool> g_exact(gold.size()), s_exact(system.size());
  std::vector<bool> g_over(gold.size()), s_over(system.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t s = 0; s < system.size(); ++s) {
      size_t ov = OverlapOf(gold[g], system[s]);
      bool exact = IsExact(gold[g], system[s]);
      if (ov == 0 && !exact) continue;
      g_over[g] = s_over[s] = true;
      if (exact) g_exact[g] = s_exact[s] = true;
      pairs.emplace_back(exact ? 0 : 1, ~ov, g, s);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> g_used(gold.size()), s_used(system.size());
  for (const auto& [ex, neg_ov, g, s] : pairs) {
    if (g_used[g] || s_used[s]) continue;
    g_used[g] = s_used[s] = true;
    ++c.aligned;
    bool value_ok = !same_value || same_value(g, s);
    bool type_ok = !same_type || same_type(g, s);
    if (value_ok) ++c.value_correct;
    if (type_ok) ++c.type_correct;
    if (!value_ok || !type_ok) {
      report->wrong_values.push_back(doc + ": gold " + gold[g].label + "  system " +
                                     system[s].label + (type_ok ? "" : "  (type)"));
    } else if (ex != 0) {
      report->inexact.push_back(doc + ": gold " + gold[g].label + "  system " + system[s].label);
    }
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (g_exact[g]) ++c.gold_exact;
    if (g_over[g])
      ++c.gold_overlap;
    else
      report->misses.push_back(doc + ": " + gold[g].label);
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (s_exact[s]) ++c.system_exact;
    if (s_over[s])
      ++c.system_overlap;
    else
      report->false_alarms.push_back(doc + ": " + system[s].label);
  }
}

void PrintReport(const SuiteReport& r, int max_listed, std::ostream& out) {
  const SpanCounts& c = r.counts;
  Prf ex = c.Exact(), ov = c.Overlap();
  out << "== " << r.name << "\n";
  if (!r.notes.empty()) out << "   " << r.notes << "\n";
  out << "   gold " << c.gold << ", system " << c.system << ", aligned " << c.aligned << "\n";
  out << "   exact   P " << Fmt(ex.precision) << "  R " << Fmt(ex.recall) << "  F1 " << Fmt(ex.f1)
      << "\n";
  out << "   overlap P " << Fmt(ov.precision) << "  R " << Fmt(ov.recall) << "  F1 " << Fmt(ov.f1)
      << "\n";
  if (r.has_values)
    out << "   value accuracy " << Fmt(c.ValueAccuracy()) << " (" << c.value_correct << "/"
        << c.aligned << ")  value F1 " << Fmt(c.ValueF1()) << "\n";
  if (r.has_types)
    out << "   type accuracy " << Fmt(c.TypeAccuracy()) << " (" << c.type_correct << "/"
        << c.aligned << ")\n";
  for (const auto& [n, v] : r.extra) out << "   " << n << " " << Fmt(v) << "\n";
  for (const Bar& b : r.bars) {
    double v = r.Measure(b.measure);
    out << "   bar " << b.measure << " >= " << Fmt(b.minimum) << ": " << Fmt(v)
        << (v >= b.minimum ? "  ok" : "  BELOW") << "\n";
  }
  auto list = [&](const char* title, const std::vector<std::string>& items) {
    if (items.empty() || max_listed <= 0) return;
    out << "   " << title << " (" << items.size() << "):\n";
    for (size_t i = 0; i < items.size() && int(i) < max_listed; ++i)
      out << "     " << items[i] << "\n";
  };
  list("missed", r.misses);
  list("false alarms", r.false_alarms);
  list("wrong values", r.wrong_values);
  list("overlap only", r.inexact);
}

nlohmann::json ReportJson(const SuiteReport& r, int max_listed) {
  const SpanCounts& c = r.counts;
  auto prf = [](const Prf& p) {
    return nlohmann::json{{"precision", p.precision}, {"recall", p.recall}, {"f1", p.f1}};
  };
  auto cut = [&](const std::vector<std::string>& v) {
    size_t n = std::min(v.size(), size_t(std::max(max_listed, 0)));
    return nlohmann::json(std::vector<std::string>(v.begin(), v.begin() + n));
  };
  nlohmann::json j = {{"suite", r.name},
                      {"gold", c.gold},
                      {"system", c.system},
                      {"aligned", c.aligned},
                      {"exact", prf(c.Exact())},
                      {"overlap", prf(c.Overlap())},
                      {"misses", cut(r.misses)},
                      {"false_alarms", cut(r.false_alarms)},
                      {"wrong_values", cut(r.wrong_values)},
                      {"meets_bars", r.MeetsBars()}};
  if (r.has_values) {
    j["value_accuracy"] = c.ValueAccuracy();
    j["value_f1"] = c.ValueF1();
  }
  if (r.has_types) j["type_accuracy"] = c.TypeAccuracy();
  for (const auto& [n, v] : r.extra) j[n] = v;
  for (const Bar& b : r.bars)
    j["bars"][b.measure] = {{"minimum", b.minimum}, {"value", r.Measure(b.measure)}};
  return j;
}

}  // namespace wirefacts
