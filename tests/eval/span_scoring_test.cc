#include "eval/span_scoring.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

Span S(size_t start, size_t end, const char* label = "") {
  Span s;
  s.start = start;
  s.end = end;
  s.label = label;
  return s;
}

TEST_CASE("ComputePrf handles empty denominators", "[span_scoring]") {
  Prf p = ComputePrf(0, 0, 0, 0);
  CHECK(p.precision == 0);
  CHECK(p.recall == 0);
  CHECK(p.f1 == 0);
  p = ComputePrf(3, 4, 3, 6);
  CHECK(p.precision == Approx(0.75));
  CHECK(p.recall == Approx(0.5));
  CHECK(p.f1 == Approx(0.6));
}

TEST_CASE("ScoreDocument counts exact, overlap, misses and false alarms", "[span_scoring]") {
  SuiteReport r;
  // gold: [0,5) exact hit, [10,20) overlapped by [12,25), [30,35) missed.
  // system: [0,5), [12,25), [40,45) false alarm.
  std::vector<Span> gold = {S(0, 5, "g0"), S(10, 20, "g1"), S(30, 35, "g2")};
  std::vector<Span> sys = {S(0, 5, "s0"), S(12, 25, "s1"), S(40, 45, "s2")};
  ScoreDocument(
      "doc", gold, sys, [](size_t g, size_t) { return g == 0; }, nullptr, &r);
  const SpanCounts& c = r.counts;
  CHECK(c.gold == 3);
  CHECK(c.system == 3);
  CHECK(c.gold_exact == 1);
  CHECK(c.system_exact == 1);
  CHECK(c.gold_overlap == 2);
  CHECK(c.system_overlap == 2);
  CHECK(c.aligned == 2);
  CHECK(c.value_correct == 1);
  REQUIRE(r.misses.size() == 1);
  CHECK(r.misses[0] == "doc: g2");
  REQUIRE(r.false_alarms.size() == 1);
  CHECK(r.false_alarms[0] == "doc: s2");
  REQUIRE(r.wrong_values.size() == 1);
  CHECK(r.Measure("value_accuracy") == Approx(0.5));
  CHECK(r.Measure("overlap_f1") == Approx(2.0 / 3));
  CHECK(r.Measure("value_f1") == Approx(2.0 / 3 * 0.5));
}

TEST_CASE("Alignment is one-to-one and prefers exact matches", "[span_scoring]") {
  SuiteReport r;
  // Two system spans overlap one gold span: one aligns, the other still
  // counts for overlap precision but takes no value judgement.
  std::vector<Span> gold = {S(10, 20)};
  std::vector<Span> sys = {S(5, 15), S(10, 20)};
  int judged = 0;
  ScoreDocument(
      "d", gold, sys,
      [&](size_t, size_t s) {
        ++judged;
        return s == 1;  // the exact one
      },
      nullptr, &r);
  CHECK(judged == 1);
  CHECK(r.counts.aligned == 1);
  CHECK(r.counts.value_correct == 1);
  CHECK(r.counts.system_overlap == 2);
  CHECK(r.inexact.empty());
}

TEST_CASE("An alternative extent counts as exact", "[span_scoring]") {
  SuiteReport r;
  Span s = S(0, 20);  // "more than $5 million"
  s.alt_start = 10;   // "$5 million"
  s.alt_end = 20;
  ScoreDocument("d", {S(10, 20)}, {s}, nullptr, nullptr, &r);
  CHECK(r.counts.gold_exact == 1);
  CHECK(r.counts.system_exact == 1);
}

TEST_CASE("Bars are checked against named measures", "[span_scoring]") {
  SuiteReport r;
  ScoreDocument("d", {S(0, 1)}, {S(0, 1)}, nullptr, nullptr, &r);
  r.bars = {{"exact_f1", 0.9}};
  CHECK(r.MeetsBars());
  r.extra.push_back({"link_precision", 0.5});
  r.bars.push_back({"link_precision", 0.95});
  CHECK_FALSE(r.MeetsBars());
  CHECK(r.Measure("no_such_measure") == -1);
}

}  // namespace
}  // namespace wirefacts
