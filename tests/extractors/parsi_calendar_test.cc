#include "extractors/parsi_calendar.h"

#include <catch2/catch.hpp>

#include <string>

#include "extractors/temporal_resolver.h"

namespace wirefacts {
namespace {

TEST_CASE("Shahenshahi dates drift a day every four Gregorian years", "[parsi]") {
  struct Case {
    int year, month, day;
    const char* expected;  // "" when invalid or not in that year
  };
  const Case kCases[] = {
      {2018, 1, 1, "2018-08-17"},  // the anchor
      {2019, 1, 1, "2019-08-17"},  // 365 days later, no leap day between
      {2021, 1, 1, "2021-08-16"},  // a leap day (2020-02-29) passed
      {2022, 1, 1, "2022-08-16"},
      {2014, 1, 1, "2014-08-18"},
      {2018, 1, 6, "2018-08-22"},    // Khordad Sal
      {2018, 12, 30, "2019-08-11"},  // the last day of the twelfth month
      {2018, 13, 5, "2019-08-16"},   // the last Gatha day, eve of 2019's new year
      {2018, 13, 6, ""},
      {2018, 0, 1, ""},
      {2018, 2, 31, ""},
  };
  for (const Case& c : kCases) {
    INFO(c.year << " " << c.month << "-" << c.day);
    std::optional<std::chrono::sys_days> d = ShahenshahiDay(c.year, c.month, c.day);
    CHECK((d ? FormatDay(*d) : std::string()) == c.expected);
  }
}

TEST_CASE("A Parsi new year falls in every Gregorian year", "[parsi]") {
  for (int y = 1900; y <= 2100; ++y) {
    INFO(y);
    CHECK(ShahenshahiDay(y, 1, 1).has_value());
  }
}

}  // namespace
}  // namespace wirefacts
