#include "reconcile/value_comparison.h"

#include <catch2/catch.hpp>
#include <optional>

namespace wirefacts {
namespace {

Value Amount(std::optional<double> low, std::optional<double> high, double resolution,
             bool approx = false) {
  Value v;
  v.low = low;
  v.high = high;
  v.resolution = resolution;
  v.approx = approx;
  return v;
}

Value Dates(const char* start, const char* end) {
  Value v;
  v.start = start;
  v.end = end;
  return v;
}

TEST_CASE("CompareAmounts classifies pairs of figures", "[reconcile]") {
  const std::nullopt_t open = std::nullopt;
  struct Case {
    const char* what;
    Value a, b;
    ValueRelation expected;
  };
  const Case cases[] = {
      {"$323 billion vs $323 bln", Amount(323e9, 323e9, 1e9), Amount(323e9, 323e9, 1e9),
       ValueRelation::kAgree},
      {"$323 billion vs $323.4 billion (rounding)", Amount(323e9, 323e9, 1e9),
       Amount(323.4e9, 323.4e9, 1e8), ValueRelation::kAgree},
      {"$1 trillion vs $1.2 trillion (rounding is capped)", Amount(1e12, 1e12, 1e12),
       Amount(1.2e12, 1.2e12, 1e11), ValueRelation::kDisagree},
      {"more than $1 trillion vs more than $1 trillion", Amount(1e12, open, 1e12),
       Amount(1e12, open, 1e12), ValueRelation::kAgree},
      {"more than $1 trillion vs more than $1.2 trillion", Amount(1e12, open, 1e12),
       Amount(1.2e12, open, 1e11), ValueRelation::kDisagree},
      {"about $200 billion vs $198.7 billion", Amount(200e9, 200e9, 1e9, true),
       Amount(198.7e9, 198.7e9, 1e8), ValueRelation::kBRefinesA},
      {"about $200 billion vs $230 billion", Amount(200e9, 200e9, 1e9, true),
       Amount(230e9, 230e9, 1e9), ValueRelation::kDisagree},
      {"$323 billion vs $300 billion", Amount(323e9, 323e9, 1e9), Amount(300e9, 300e9, 1e9),
       ValueRelation::kDisagree},
      // An order of magnitude is no figure to check (tolerance::kVagueRatio).
      {"hundreds of billions vs $323 billion", Amount(1e11, 1e12, 1e11, true),
       Amount(323e9, 323e9, 1e9), ValueRelation::kNone},
      {"about $300 to $400 billion vs $323 billion", Amount(3e11, 4e11, 1e11, true),
       Amount(323e9, 323e9, 1e9), ValueRelation::kBRefinesA},
      {"more than $1 trillion vs $1.1 trillion", Amount(1e12, open, 1e12),
       Amount(1.1e12, 1.1e12, 1e11), ValueRelation::kBRefinesA},
      {"more than $1 trillion vs $900 billion", Amount(1e12, open, 1e12), Amount(900e9, 900e9, 1e9),
       ValueRelation::kDisagree},
      {"$5-$10 billion vs more than $8 billion", Amount(5e9, 10e9, 1e9), Amount(8e9, open, 1e9),
       ValueRelation::kNone},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(CompareAmounts(c.a, c.b).relation == c.expected);
  }
}

TEST_CASE("CompareAmounts reports the gap for people", "[reconcile]") {
  ValueComparison cmp =
      CompareAmounts(Amount(1e12, std::nullopt, 1e12), Amount(1.2e12, std::nullopt, 1e11));
  CHECK(cmp.gap == "20% apart");
}

// A clock time of one day, as the date extractor gives it.
Value Clock(const std::string& day, const std::string& hhmm) {
  Value v = Dates(day.c_str(), day.c_str());
  v.timex = day + "T" + hhmm;
  return v;
}

TEST_CASE("CompareDates classifies intervals", "[reconcile]") {
  struct Case {
    const char* what;
    Value a, b;
    ValueRelation expected;
  };
  const Case cases[] = {
      {"end of January vs Jan. 30 and 31", Dates("2019-01-21", "2019-01-31"),
       Dates("2019-01-30", "2019-01-31"), ValueRelation::kBRefinesA},
      {"same day", Dates("2019-01-18", "2019-01-18"), Dates("2019-01-18", "2019-01-18"),
       ValueRelation::kAgree},
      {"May vs December", Dates("2018-05-01", "2018-05-31"), Dates("2018-12-01", "2018-12-31"),
       ValueRelation::kDisagree},
      {"partial overlap", Dates("2019-01-01", "2019-01-20"), Dates("2019-01-15", "2019-02-10"),
       ValueRelation::kNone},
      {"4 p.m. vs 5 p.m. of one day", Clock("2019-01-18", "16:00"), Clock("2019-01-18", "17:00"),
       ValueRelation::kDisagree},
      {"5 p.m. vs 1700", Clock("2019-01-18", "17:00"), Clock("2019-01-18", "17:00"),
       ValueRelation::kAgree},
      {"Friday vs 5 p.m. that Friday", Dates("2019-01-18", "2019-01-18"),
       Clock("2019-01-18", "17:00"), ValueRelation::kBRefinesA},
      {"5 p.m. vs that Friday", Clock("2019-01-18", "17:00"), Dates("2019-01-18", "2019-01-18"),
       ValueRelation::kARefinesB},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    CHECK(CompareDates(c.a, c.b).relation == c.expected);
  }
}

TEST_CASE("TimesCompatible accepts unknown and overlapping periods", "[reconcile]") {
  CHECK(TimesCompatible(std::nullopt, Dates("2018-01-01", "2018-12-31")));
  CHECK(TimesCompatible(Dates("2018-01-01", "2018-12-31"), Dates("2018-12-01", "2018-12-31")));
  CHECK_FALSE(
      TimesCompatible(Dates("2018-01-01", "2018-12-31"), Dates("2019-01-01", "2019-12-31")));
}

}  // namespace
}  // namespace wirefacts

namespace wirefacts {
namespace {

TEST_CASE("CompareAmounts: a bound far from a point is no relation", "[reconcile]") {
  Value up_to;
  up_to.high = 200e6;
  up_to.resolution = 1e6;
  Value point;
  point.low = point.high = 109e9;
  point.resolution = 1e9;
  CHECK(CompareAmounts(up_to, point).relation == ValueRelation::kNone);
  CHECK(CompareAmounts(point, up_to).relation == ValueRelation::kNone);
}

}  // namespace
}  // namespace wirefacts
