#include "extractors/temporal_resolver.h"

#include <catch2/catch.hpp>

#include <chrono>

namespace wirefacts {
namespace {

using namespace std::chrono;

sys_days Day(int y, unsigned m, unsigned d) { return sys_days(year(y) / month(m) / day(d)); }

TEST_CASE("Period values carry ISO bounds, grain and TIMEX3", "[temporal]") {
  struct Case {
    Value v;
    const char *timex, *start, *end, *grain;
  } cases[] = {
      {DayValue(Day(2019, 1, 18)), "2019-01-18", "2019-01-18", "2019-01-18", "day"},
      {WeekValue(Day(2019, 1, 18)), "2019-W03", "2019-01-14", "2019-01-20", "week"},
      {WeekValue(Day(2019, 1, 25)), "2019-W04", "2019-01-21", "2019-01-27", "week"},
      {WeekValue(Day(2018, 12, 31)), "2019-W01", "2018-12-31", "2019-01-06", "week"},
      {WeekValue(Day(2021, 1, 1)), "2020-W53", "2020-12-28", "2021-01-03", "week"},
      {WeekendValue(Day(2019, 1, 18)), "2019-W03-WE", "2019-01-19", "2019-01-20", "week"},
      {MonthValue(year(2020) / 2), "2020-02", "2020-02-01", "2020-02-29", "month"},
      {QuarterValue(2018, 3), "2018-Q3", "2018-07-01", "2018-09-30", "quarter"},
      {HalfValue(2019, 2), "2019-H2", "2019-07-01", "2019-12-31", "half"},
      {SeasonValue(2018, "WI"), "2018-WI", "2018-12-01", "2019-02-28", "season"},
      {YearValue(1987), "1987", "1987-01-01", "1987-12-31", "year"},
      {DecadeValue(1990), "199", "1990-01-01", "1999-12-31", "decade"},
      {CenturyValue(20), "20", "2000-01-01", "2099-12-31", "century"},
      {TimeValue(Day(2019, 1, 18), 600, ""), "2019-01-18T10:00", "2019-01-18", "2019-01-18",
       "time"},
      {TimeValue(Day(2019, 1, 18), -1, "MO"), "2019-01-18TMO", "2019-01-18", "2019-01-18", "time"},
  };
  for (const Case& c : cases) {
    INFO(c.timex);
    CHECK(c.v.timex == c.timex);
    CHECK(c.v.start == c.start);
    CHECK(c.v.end == c.end);
    CHECK(c.v.grain == c.grain);
  }
  Value past = RefValue("PAST_REF", Day(2019, 1, 18));
  CHECK(past.timex == "PAST_REF");
  CHECK(past.start.empty());
  CHECK(RefValue("PRESENT_REF", Day(2019, 1, 18)).start == "2019-01-18");
}

TEST_CASE("ApplyMod narrows a period to its third", "[temporal]") {
  struct Case {
    Value v;
    const char *mod, *start, *end;
  } cases[] = {
      {MonthValue(year(2019) / 1), "END", "2019-01-21", "2019-01-31"},
      {MonthValue(year(2019) / 1), "START", "2019-01-01", "2019-01-10"},
      {MonthValue(year(2019) / 2), "MID", "2019-02-10", "2019-02-18"},
      {YearValue(2020), "START", "2020-01-01", "2020-04-30"},
      {YearValue(2019), "MID", "2019-05-01", "2019-08-31"},
      {YearValue(2019), "END", "2019-09-01", "2019-12-31"},
      {DecadeValue(1970), "END", "1977-01-01", "1979-12-31"},
      {WeekValue(sys_days(year(2013) / 2 / 12)), "START", "2013-02-11", "2013-02-13"},
      {WeekValue(sys_days(year(2013) / 2 / 12)), "END", "2013-02-15", "2013-02-17"},
      {YearValue(2024), "ON_OR_BEFORE", "2024-01-01", "2024-12-31"},
  };
  for (Case& c : cases) {
    INFO(c.v.timex << " " << c.mod);
    ApplyMod(c.mod, &c.v);
    CHECK(c.v.mod == c.mod);
    CHECK(c.v.start == c.start);
    CHECK(c.v.end == c.end);
  }
}

TEST_CASE("Underspecified dates anchor to the DCT", "[temporal]") {
  const sys_days fri = Day(2019, 1, 18), tue = Day(2013, 2, 12);
  // Weekdays: the DCT itself counts for past and future.
  CHECK(AnchorWeekday(fri, Friday, Direction::kPast) == fri);
  CHECK(AnchorWeekday(fri, Friday, Direction::kFuture) == fri);
  CHECK(AnchorWeekday(fri, Tuesday, Direction::kPast) == Day(2019, 1, 15));
  CHECK(AnchorWeekday(fri, Tuesday, Direction::kFuture) == Day(2019, 1, 22));
  CHECK(AnchorWeekday(tue, Monday, Direction::kNearest) == Day(2013, 2, 11));
  CHECK(AnchorWeekday(tue, Thursday, Direction::kNearest) == Day(2013, 2, 14));
  CHECK(RelativeWeekday(fri, Friday, -1) == Day(2019, 1, 11));
  CHECK(RelativeWeekday(fri, Friday, 1) == Day(2019, 1, 25));
  CHECK(RelativeWeekday(tue, Friday, 0) == Day(2013, 2, 15));
  // Months: the DCT's month is itself.
  CHECK(AnchorMonth(fri, May, Direction::kPast) == year(2018) / May);
  CHECK(AnchorMonth(fri, May, Direction::kFuture) == year(2019) / May);
  CHECK(AnchorMonth(fri, January, Direction::kPast) == year(2019) / January);
  CHECK(AnchorMonth(fri, December, Direction::kNearest) == year(2018) / December);
  CHECK(AnchorMonth(fri, March, Direction::kNearest) == year(2019) / March);
  CHECK(RelativeMonth(fri, May, -1) == year(2018) / May);
  CHECK(RelativeMonth(fri, January, -1) == year(2018) / January);
  CHECK(RelativeMonth(fri, January, 1) == year(2020) / January);
  CHECK(RelativeMonth(Day(2019, 6, 1), May, -1) == year(2019) / May);
  // Month and day.
  sys_days d;
  REQUIRE(AnchorMonthDay(fri, December, day(1), Direction::kNearest, &d));
  CHECK(d == Day(2018, 12, 1));
  REQUIRE(AnchorMonthDay(fri, March, day(2), Direction::kFuture, &d));
  CHECK(d == Day(2019, 3, 2));
  REQUIRE(AnchorMonthDay(fri, January, day(30), Direction::kNearest, &d));
  CHECK(d == Day(2019, 1, 30));
  REQUIRE(AnchorMonthDay(fri, January, day(9), Direction::kPast, &d));
  CHECK(d == Day(2019, 1, 9));
  CHECK_FALSE(AnchorMonthDay(fri, February, day(30), Direction::kPast, &d));
  // Quarters.
  CHECK(AnchorQuarterYear(fri, 3, Direction::kPast) == 2018);
  CHECK(AnchorQuarterYear(fri, 1, Direction::kPast) == 2019);
  CHECK(AnchorQuarterYear(fri, 3, Direction::kFuture) == 2019);
  // Shifts clamp the day of month.
  CHECK(ShiftDays(Day(2019, 3, 31), -1, 'M') == Day(2019, 2, 28));
  CHECK(ShiftDays(Day(2020, 2, 29), -1, 'Y') == Day(2019, 2, 28));
  CHECK(ShiftDays(Day(2019, 1, 18), -2, 'W') == Day(2019, 1, 4));
  // Huge counts are clamped to ten thousand years, with no overflow.
  CHECK(ShiftDays(Day(2019, 1, 18), 1215752191, 'Y') == ShiftDays(Day(2019, 1, 18), 10000, 'Y'));
  CHECK(ShiftDays(Day(2019, 1, 18), -2147483647, 'W') == ShiftDays(Day(2019, 1, 18), -530000, 'W'));
}

TEST_CASE("JoinRange makes one interval of two points", "[temporal]") {
  Value v;
  REQUIRE(JoinRange(DayValue(Day(2019, 1, 30)), DayValue(Day(2019, 1, 31)), &v));
  CHECK(v.start == "2019-01-30");
  CHECK(v.end == "2019-01-31");
  CHECK(v.grain == "day");
  CHECK_FALSE(JoinRange(DayValue(Day(2019, 1, 31)), DayValue(Day(2019, 1, 30)), &v));
}

}  // namespace
}  // namespace wirefacts
