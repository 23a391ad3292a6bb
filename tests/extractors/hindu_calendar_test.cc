#include "extractors/hindu_calendar.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <string>

#include "extractors/temporal_resolver.h"

namespace wirefacts {
namespace {

using namespace std::chrono;

constexpr double kUnixEpochJd = 2440587.5;

double Jd(int y, unsigned m, unsigned d, double utc_hours) {
  return kUnixEpochJd + sys_days(year(y) / m / d).time_since_epoch().count() + utc_hours / 24.0;
}

DayMoment Moment(const char* text) {
  DayMoment m;
  INFO(text);
  REQUIRE(ParseDayMoment(text, &m));
  return m;
}

TEST_CASE("Day moments parse with an optional offset", "[hindu]") {
  struct Case {
    const char* text;
    bool ok;
    DayMoment::Anchor anchor;
    int minutes;
  };
  const Case kCases[] = {
      {"sunrise", true, DayMoment::Anchor::kSunrise, 0},
      {"noon", true, DayMoment::Anchor::kNoon, 0},
      {"afternoon", true, DayMoment::Anchor::kAfternoon, 0},
      {"sunset+0:48", true, DayMoment::Anchor::kSunset, 48},
      {"sunset+2:30", true, DayMoment::Anchor::kSunset, 150},
      {"midnight-1:05", true, DayMoment::Anchor::kMidnight, -65},
      {"dusk", false, DayMoment::Anchor::kSunrise, 0},
      {"sunset+48", false, DayMoment::Anchor::kSunrise, 0},
      {"sunset+0:480", false, DayMoment::Anchor::kSunrise, 0},
      {"", false, DayMoment::Anchor::kSunrise, 0},
  };
  for (const Case& c : kCases) {
    INFO(c.text);
    DayMoment m;
    REQUIRE(ParseDayMoment(c.text, &m) == c.ok);
    if (!c.ok) continue;
    CHECK(m.anchor == c.anchor);
    CHECK(m.minutes == c.minutes);
  }
}

TEST_CASE("Civil days are Indian Standard Time", "[hindu]") {
  // 18:30 UTC is midnight in India.
  CHECK(FormatDay(IndianCivilDay(Jd(2019, 1, 1, 18.49))) == "2019-01-01");
  CHECK(FormatDay(IndianCivilDay(Jd(2019, 1, 1, 18.51))) == "2019-01-02");
}

TEST_CASE("Sunrise and sunset in New Delhi", "[hindu]") {
  // Published times for New Delhi (IST), to within a few minutes.
  struct Case {
    int y;
    unsigned m, d;
    const char* moment;
    double ist_hours;
  };
  const Case kCases[] = {
      {2019, 6, 21, "sunrise", 5 + 23 / 60.0},
      {2019, 6, 21, "sunset", 19 + 22 / 60.0},
      {2019, 12, 21, "sunrise", 7 + 10 / 60.0},
      {2019, 12, 21, "sunset", 17 + 29 / 60.0},
  };
  for (const Case& c : kCases) {
    INFO(c.y << "-" << c.m << "-" << c.d << " " << c.moment);
    double jd = MomentOf(sys_days(year(c.y) / c.m / c.d), Moment(c.moment));
    CHECK(std::fabs(jd - Jd(c.y, c.m, c.d, c.ist_hours - 5.5)) * 1440 < 4);
  }
}

TEST_CASE("New moons and tithis follow the published lunar phases", "[hindu]") {
  // New moons (UTC): the solar eclipses of 2019-01-06 01:28 and
  // 2019-07-02 19:16; full moon 2019-05-18 21:11.
  CHECK(std::fabs(NextNewMoon(Jd(2018, 12, 20, 0)) - Jd(2019, 1, 6, 1 + 28 / 60.0)) * 1440 < 10);
  CHECK(std::fabs(NextNewMoon(Jd(2019, 6, 10, 0)) - Jd(2019, 7, 2, 19 + 16 / 60.0)) * 1440 < 10);
  CHECK(TithiAt(Jd(2019, 5, 18, 20.5)) == 15);
  CHECK(TithiAt(Jd(2019, 5, 18, 22)) == 16);
  CHECK(TithiAt(Jd(2019, 1, 6, 1)) == 30);
  CHECK(TithiAt(Jd(2019, 1, 6, 2)) == 1);
}

TEST_CASE("The Sun's sidereal ingress and its cut-off", "[hindu]") {
  // The Sun entered sidereal Capricorn on 2019-01-14 at about 19:50 IST:
  // after sunset, so Makar Sankranti was the 15th; before midnight.
  CHECK(SiderealSunLongitude(Jd(2019, 1, 14, 13.5)) < 270.0);
  CHECK(SiderealSunLongitude(Jd(2019, 1, 14, 15.0)) > 270.0);
  CHECK(FormatDay(SankrantiDay(10, Moment("sunset"), 2019)) == "2019-01-15");
  CHECK(FormatDay(SankrantiDay(10, Moment("midnight"), 2019)) == "2019-01-14");
  // Aries on 2020-04-13 at about 20:25 IST: Vaisakhi (to midnight) the
  // 13th, Vishu and Puthandu (to sunset) the 14th.
  CHECK(FormatDay(SankrantiDay(1, Moment("midnight"), 2020)) == "2020-04-13");
  CHECK(FormatDay(SankrantiDay(1, Moment("sunset"), 2020)) == "2020-04-14");
}

TEST_CASE("Lunar months skip the leap month", "[hindu]") {
  // 2020 had a leap Ashvin (18 Sep - 16 Oct): Navaratri began on the first
  // day of the regular Ashvin, 17 October, not in September.
  std::vector<sys_days> days = LunarTithiDays(7, 1, DayMoment{}, 2020);
  std::vector<std::string> in2020;
  for (sys_days d : days)
    if (year_month_day(d).year() == year(2020)) in2020.push_back(FormatDay(d));
  CHECK(in2020 == std::vector<std::string>{"2020-10-17"});
  // 2018's leap Jyeshtha (16 May - 13 June) leaves Ratha Yatra (Ashadha 2)
  // on 14 July.
  bool found = false;
  for (sys_days d : LunarTithiDays(4, 2, DayMoment{}, 2018)) found |= FormatDay(d) == "2018-07-14";
  CHECK(found);
  // Early 1983 had a month with two sign changes (kshaya): it keeps the
  // holidays of Pausha and Magha, so Maha Shivaratri (Magha 29) still falls
  // in 1983.
  bool shivaratri = false;
  for (sys_days d : LunarTithiDays(11, 29, Moment("midnight"), 1983))
    shivaratri |= year_month_day(d).year() == year(1983);
  CHECK(shivaratri);
}

TEST_CASE("Thiruvonam in Chingam", "[hindu]") {
  // Onam: 2018-08-24; 2024 had Thiruvonam on Chingam's second day and again
  // on 15 September, the day kept.
  DayMoment cutoff = Moment("sunset"), at = Moment("sunrise+2:24");
  std::vector<sys_days> d2018 = SolarMonthStarDays(5, 22, cutoff, at, 2018);
  REQUIRE(d2018.size() == 1);
  CHECK(FormatDay(d2018[0]) == "2018-08-24");
  std::vector<sys_days> d2024 = SolarMonthStarDays(5, 22, cutoff, at, 2024);
  REQUIRE(d2024.size() == 1);
  CHECK(FormatDay(d2024[0]) == "2024-09-15");
  CHECK(SolarMonthStarDays(5, 28, cutoff, at, 2024).empty());
}

}  // namespace
}  // namespace wirefacts
