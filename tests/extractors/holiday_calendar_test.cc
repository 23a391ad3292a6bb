#include "extractors/holiday_calendar.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "extractors/temporal_resolver.h"

namespace wirefacts {
namespace {

using namespace std::chrono;

HolidayRule Rule(const char* calendar, const char* date, const char* offset, const char* length) {
  HolidayRule r;
  std::string error;
  INFO(calendar << " " << date << " " << offset << " " << length);
  REQUIRE(ParseHolidayRule(calendar, date, offset, length, &r, &error));
  return r;
}

std::string First(const HolidayRule& r, int y) {
  std::vector<HolidaySpan> in = HolidaysInYear(r, y);
  if (in.empty()) return "";
  std::string s = FormatDay(in.front().first);
  if (in.front().last != in.front().first) s += ".." + FormatDay(in.front().last);
  return s;
}

// Expected days are public calendar dates (timeanddate.com, hebcal.com,
// Umm al-Qura tables), checked against ICU's own conversion.
TEST_CASE("Holidays fall on their calendar's date in a Gregorian year", "[holiday]") {
  struct Case {
    const char* calendar;
    const char* date;
    const char* offset;
    const char* length;
    int year;
    const char* expected;
  };
  const Case kCases[] = {
      // Gregorian: fixed days and nth weekdays.
      {"gregorian", "12-25", "0", "1", 2019, "2019-12-25"},
      {"gregorian", "11-4-4", "0", "1", 2019, "2019-11-28"},  // Thanksgiving
      {"gregorian", "05-L-1", "0", "1", 2019, "2019-05-27"},  // Memorial Day
      {"gregorian", "03-L-6", "0", "1", 2019, "2019-03-30"},  // Earth Hour
      {"gregorian", "11-1-1", "1", "1", 2020, "2020-11-03"},  // Election Day
      {"gregorian", "05-2-7", "0", "1", 2019, "2019-05-12"},  // Mother's Day
      {"gregorian", "02-29", "0", "1", 2019, ""},             // no such day
      // Easter-based.
      {"easter", "-", "0", "1", 2019, "2019-04-21"},
      {"easter", "-", "-2", "1", 2019, "2019-04-19"},  // Good Friday
      {"easter", "-", "0", "1", 2024, "2024-03-31"},
      {"easter", "-", "-47", "1", 2020, "2020-02-25"},  // Mardi Gras
      // Chinese New Year.
      {"chinese", "01-01", "0", "1", 2013, "2013-02-10"},
      {"chinese", "01-01", "0", "1", 2014, "2014-01-31"},
      {"chinese", "01-01", "0", "1", 2018, "2018-02-16"},
      {"chinese", "01-01", "0", "1", 2019, "2019-02-05"},
      {"chinese", "01-01", "0", "1", 2020, "2020-01-25"},
      {"chinese", "08-15", "0", "1", 2019, "2019-09-13"},  // Mid-Autumn
      // Hebrew: the civil day of the date (its eve is the day before).
      {"hebrew", "nisan-15", "0", "8", 2019, "2019-04-20..2019-04-27"},  // Passover
      {"hebrew", "nisan-15", "0", "8", 2018, "2018-03-31..2018-04-07"},
      {"hebrew", "tishrei-1", "0", "2", 2018, "2018-09-10..2018-09-11"},  // Rosh Hashanah
      {"hebrew", "tishrei-10", "0", "1", 2018, "2018-09-19"},             // Yom Kippur
      {"hebrew", "tishrei-10", "0", "1", 2019, "2019-10-09"},
      {"hebrew", "kislev-25", "0", "8", 2018, "2018-12-03..2018-12-10"},  // Hanukkah
      {"hebrew", "kislev-25", "0", "8", 2019, "2019-12-23..2019-12-30"},
      {"hebrew", "adar-14", "0", "1", 2019, "2019-03-21"},  // Purim, leap year: Adar II
      {"hebrew", "adar-14", "0", "1", 2018, "2018-03-01"},
      {"hebrew", "sivan-6", "0", "2", 2018, "2018-05-20..2018-05-21"},  // Shavuot
      // Islamic, Umm al-Qura.
      {"islamic-umalqura", "10-01", "0", "1", 2018, "2018-06-15"},  // Eid al-Fitr
      {"islamic-umalqura", "10-01", "0", "1", 2019, "2019-06-04"},
      {"islamic-umalqura", "12-10", "0", "1", 2018, "2018-08-21"},  // Eid al-Adha
      {"islamic-umalqura", "01-01", "0", "1", 2018, "2018-09-11"},  // Islamic New Year
      {"islamic-umalqura", "09-01", "0", "month", 2018, "2018-05-16..2018-06-14"},  // Ramadan
      {"islamic-umalqura", "09-01", "0", "month", 2019, "2019-05-06..2019-06-03"},
  };
  for (const Case& c : kCases) {
    INFO(c.calendar << " " << c.date << " " << c.year);
    CHECK(First(Rule(c.calendar, c.date, c.offset, c.length), c.year) == c.expected);
  }
}

TEST_CASE("Orthodox Easter and observance moves", "[holiday]") {
  struct Case {
    const char* calendar;
    const char* date;
    const char* offset;
    const char* length;
    const char* moves;
    int year;
    const char* expected;
  };
  const Case kCases[] = {
      // Orthodox Easter (Julian computus) and days counted from it.
      {"orthodox-easter", "-", "0", "1", "", 2018, "2018-04-08"},
      {"orthodox-easter", "-", "0", "1", "", 2019, "2019-04-28"},
      {"orthodox-easter", "-", "0", "1", "", 2020, "2020-04-19"},
      {"orthodox-easter", "-", "0", "1", "", 2016, "2016-05-01"},
      {"orthodox-easter", "-", "-48", "1", "", 2018, "2018-02-19"},               // Clean Monday
      {"orthodox-easter", "-", "-48", "40", "", 2018, "2018-02-19..2018-03-30"},  // Great Lent
      // King's Day on a Sunday is kept the Saturday before.
      {"gregorian", "04-27", "0", "1", "sun>sat", 2014, "2014-04-26"},
      {"gregorian", "04-27", "0", "1", "sun>sat", 2018, "2018-04-27"},
      // Boss's Day: the nearest weekday.
      {"gregorian", "10-16", "0", "1", "sat>fri,sun>mon", 2016, "2016-10-17"},
      {"gregorian", "10-16", "0", "1", "sat>fri,sun>mon", 2021, "2021-10-15"},
      {"gregorian", "10-16", "0", "1", "sat>fri,sun>mon", 2019, "2019-10-16"},
      // Tisha B'Av is never on the Sabbath; Yom HaAtzmaut and Yom HaShoah
      // move by Israel's rules.
      {"hebrew", "av-9", "0", "1", "sat>sun", 2018, "2018-07-22"},
      {"hebrew", "av-9", "0", "1", "sat>sun", 2020, "2020-07-30"},
      {"hebrew", "iyar-5", "0", "1", "fri>thu,sat>thu,mon>tue", 2018, "2018-04-19"},
      {"hebrew", "iyar-5", "0", "1", "fri>thu,sat>thu,mon>tue", 2019, "2019-05-09"},
      {"hebrew", "nisan-27", "0", "1", "fri>thu,sun>mon", 2018, "2018-04-12"},
      {"hebrew", "nisan-27", "0", "1", "fri>thu,sun>mon", 2021, "2021-04-08"},
  };
  for (const Case& c : kCases) {
    HolidayRule r;
    std::string error;
    INFO(c.calendar << " " << c.date << " " << c.offset << " " << c.moves << " " << c.year);
    REQUIRE(ParseHolidayRule(c.calendar, c.date, c.offset, c.length, &r, &error, c.moves));
    CHECK(First(r, c.year) == c.expected);
  }
  for (const char* bad : {"sun", "sun>", "xyz>mon", "sat>fri,sun"}) {
    HolidayRule r;
    std::string error;
    INFO(bad);
    CHECK_FALSE(ParseHolidayRule("gregorian", "10-16", "0", "1", &r, &error, bad));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("An Islamic holiday can fall twice in a Gregorian year", "[holiday]") {
  // Islamic New Year 1429 and 1430: 2008-01-10 and 2008-12-29.
  std::vector<HolidaySpan> in = HolidaysInYear(Rule("islamic-umalqura", "01-01", "0", "1"), 2008);
  REQUIRE(in.size() == 2);
  CHECK(FormatDay(in[0].first) == "2008-01-10");
  CHECK(FormatDay(in[1].first) == "2008-12-29");
  CHECK(HolidaysInYear(Rule("hebrew", "nisan-15", "0", "1"), 0).empty());
}

// Indian holidays: the days of the Government of India's published holiday
// lists (and, for regional ones, the state lists), computed from the Sun and
// the Moon.
TEST_CASE("Hindu, Buddhist, Parsi and Islamic holidays of Indian calendars", "[holiday]") {
  struct Case {
    const char* name;
    const char* calendar;
    const char* date;
    const char* offset;
    const char* length;
    int year;
    const char* expected;
  };
  const Case kCases[] = {
      {"Diwali", "hindu-lunar", "ashvin-30@sunset+0:48", "0", "1", 2018, "2018-11-07"},
      {"Diwali", "hindu-lunar", "ashvin-30@sunset+0:48", "0", "1", 2019, "2019-10-27"},
      {"Diwali", "hindu-lunar", "ashvin-30@sunset+0:48", "0", "1", 2020, "2020-11-14"},
      {"Dhanteras (kshaya at pradosh)", "hindu-lunar", "ashvin-28@sunset+0:48", "0", "1", 2020,
       "2020-11-13"},
      {"Holi", "hindu-lunar", "phalguna-15@sunset+0:48", "1", "1", 2019, "2019-03-21"},
      {"Holi", "hindu-lunar", "phalguna-15@sunset+0:48", "1", "1", 2020, "2020-03-10"},
      {"Ganesh Chaturthi", "hindu-lunar", "bhadrapada-4@noon", "0", "1", 2019, "2019-09-02"},
      {"Maha Shivaratri", "hindu-lunar", "magha-29@midnight", "0", "1", 2020, "2020-02-21"},
      {"Guru Nanak Jayanti", "hindu-lunar", "kartika-15", "0", "1", 2019, "2019-11-12"},
      {"Raksha Bandhan", "hindu-lunar", "shravana-15", "0", "1", 2018, "2018-08-26"},
      {"Navaratri", "hindu-lunar", "ashvin-1", "0", "9", 2020, "2020-10-17..2020-10-25"},
      {"Ugadi", "hindu-lunar", "chaitra-1", "0", "1", 2018, "2018-03-18"},
      {"Buddha Purnima", "hindu-lunar", "vaishakha-15", "0", "1", 2019, "2019-05-18"},
      {"Guru Gobind Singh Jayanti", "hindu-lunar", "pausha-7", "0", "1", 2023, ""},
      {"Makar Sankranti", "hindu-solar", "capricorn@sunset", "0", "1", 2019, "2019-01-15"},
      {"Makar Sankranti", "hindu-solar", "capricorn@sunset", "0", "1", 2020, "2020-01-15"},
      {"Makar Sankranti", "hindu-solar", "capricorn@sunset", "0", "1", 2018, "2018-01-14"},
      {"Bhogi", "hindu-solar", "capricorn@sunset", "-1", "1", 2018, "2018-01-13"},
      {"Vaisakhi", "hindu-solar", "aries@midnight", "0", "1", 2018, "2018-04-14"},
      {"Vaisakhi", "hindu-solar", "aries@midnight", "0", "1", 2020, "2020-04-13"},
      {"Rabindra Jayanti", "hindu-solar", "aries@midnight", "25", "1", 2020, "2020-05-08"},
      {"Rabindra Jayanti", "hindu-solar", "aries@midnight", "25", "1", 2019, "2019-05-09"},
      {"Onam", "hindu-star", "leo-22@sunrise+2:24", "0", "1", 2018, "2018-08-24"},
      {"Onam", "hindu-star", "leo-22@sunrise+2:24", "0", "1", 2022, "2022-09-08"},
      {"Parsi New Year", "parsi", "01-01", "0", "1", 2018, "2018-08-17"},
      {"Parsi New Year", "parsi", "01-01", "0", "1", 2022, "2022-08-16"},
      {"Jamat ul-Vida", "islamic-umalqura", "09-L-5", "0", "1", 2017, "2017-06-23"},
      {"Jamat ul-Vida", "islamic-umalqura", "09-L-5", "0", "1", 2018, "2018-06-08"},
      {"first Friday of Ramadan", "islamic-umalqura", "09-1-5", "0", "1", 2018, "2018-05-18"},
  };
  for (const Case& c : kCases) {
    INFO(c.name << " " << c.year);
    CHECK(First(Rule(c.calendar, c.date, c.offset, c.length), c.year) == c.expected);
  }
  // Guru Gobind Singh Jayanti fell twice in 2017.
  std::vector<HolidaySpan> in = HolidaysInYear(Rule("hindu-lunar", "pausha-7", "0", "1"), 2017);
  REQUIRE(in.size() == 2);
  CHECK(FormatDay(in[0].first) == "2017-01-05");
  CHECK(FormatDay(in[1].first) == "2017-12-25");
}

TEST_CASE("Hindu holidays stay in their season from 1900 to 2100", "[holiday]") {
  // Diwali between 15 October and 16 November, Makar Sankranti between 13
  // and 16 January, once a year.
  HolidayRule diwali = Rule("hindu-lunar", "ashvin-30@sunset+0:48", "0", "1");
  HolidayRule sankranti = Rule("hindu-solar", "capricorn@sunset", "0", "1");
  for (int y = 1900; y <= 2100; ++y) {
    INFO(y);
    std::vector<HolidaySpan> d = HolidaysInYear(diwali, y);
    REQUIRE(d.size() == 1);
    year_month_day dy(d[0].first);
    CHECK(sys_days(dy) >= sys_days(year(y) / 10 / 15));
    CHECK(sys_days(dy) <= sys_days(year(y) / 11 / 16));
    std::vector<HolidaySpan> s = HolidaysInYear(sankranti, y);
    REQUIRE(s.size() == 1);
    CHECK(sys_days(s[0].first) >= sys_days(year(y) / 1 / 13));
    CHECK(sys_days(s[0].first) <= sys_days(year(y) / 1 / 16));
  }
}

TEST_CASE("Malformed holiday rules are rejected", "[holiday]") {
  const char* kBad[][4] = {
      {"julian", "12-25", "0", "1"},
      {"gregorian", "13-01", "0", "1"},
      {"gregorian", "11-5-4", "0", "1"},
      {"hebrew", "nisan", "0", "1"},
      {"hebrew", "adarx-14", "0", "1"},
      {"gregorian", "12-25", "x", "1"},
      {"gregorian", "12-25", "0", "month"},
      {"chinese", "01-01", "0", "0"},
      {"hindu-lunar", "ashvin-31", "0", "1"},
      {"hindu-lunar", "ashwin-30", "0", "1"},
      {"hindu-lunar", "ashvin-30@dusk", "0", "1"},
      {"hindu-solar", "makara", "0", "1"},
      {"hindu-solar", "capricorn-1", "0", "1"},
      {"hindu-star", "leo-28", "0", "1"},
      {"hindu-lunar", "ashvin-1", "0", "month"},
      {"parsi", "13-06", "0", "1"},
      {"islamic-umalqura", "09-5-5", "0", "1"},
  };
  for (const auto& b : kBad) {
    HolidayRule r;
    std::string error;
    INFO(b[0] << " " << b[1] << " " << b[2] << " " << b[3]);
    CHECK_FALSE(ParseHolidayRule(b[0], b[1], b[2], b[3], &r, &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("An unqualified holiday resolves like other underspecified dates", "[holiday]") {
  const sys_days dct = sys_days(year(2013) / 2 / 12);
  const HolidayRule cny = Rule("chinese", "01-01", "0", "1");
  const HolidayRule ramadan = Rule("islamic-umalqura", "09-01", "0", "month");
  const HolidayRule christmas = Rule("gregorian", "12-25", "0", "1");
  struct Case {
    const HolidayRule* rule;
    sys_days dct;
    std::optional<int> year, rel;
    Direction dir;
    const char* timex;
  };
  const Case kCases[] = {
      {&cny, dct, std::nullopt, std::nullopt, Direction::kNearest, "2013-02-10"},
      {&cny, dct, std::nullopt, std::nullopt, Direction::kFuture, "2014-01-31"},
      {&cny, dct, std::nullopt, -1, Direction::kNearest, "2013-02-10"},
      {&cny, dct, std::nullopt, 1, Direction::kNearest, "2014-01-31"},
      {&cny, dct, 2018, std::nullopt, Direction::kNearest, "2018-02-16"},
      {&christmas, sys_days(year(2019) / 12 / 25), std::nullopt, -1, Direction::kNearest,
       "2018-12-25"},
      {&christmas, sys_days(year(2019) / 12 / 25), std::nullopt, std::nullopt, Direction::kPast,
       "2019-12-25"},
      {&christmas, dct, std::nullopt, 0, Direction::kNearest, "2013-12-25"},
      // Inside Ramadan: the current one, whichever the direction.
      {&ramadan, sys_days(year(2018) / 6 / 1), std::nullopt, std::nullopt, Direction::kFuture,
       "2018-05-16/2018-06-14"},
      {&ramadan, sys_days(year(2018) / 6 / 1), std::nullopt, std::nullopt, Direction::kNearest,
       "2018-05-16/2018-06-14"},
      {&ramadan, sys_days(year(2018) / 6 / 1), std::nullopt, 1, Direction::kNearest,
       "2019-05-06/2019-06-03"},
  };
  for (const Case& c : kCases) {
    Value v;
    INFO(FormatDay(c.dct) << " " << c.timex);
    REQUIRE(ResolveHoliday(*c.rule, c.dct, c.year, c.rel, c.dir, &v));
    CHECK(v.timex == c.timex);
  }
}

TEST_CASE("holidays.tsv loads and every name resolves", "[holiday]") {
  std::unique_ptr<HolidayCalendar> cal;
  REQUIRE(HolidayCalendar::Create(RuleFiles(), &cal).ok());
  REQUIRE(cal->names().size() > 100);
  for (const std::string& name : cal->names()) {
    INFO(name);
    const HolidayRule* r = cal->Find(name);
    REQUIRE(r != nullptr);
    CHECK_FALSE(HolidaysInYear(*r, 2019).empty());
  }
  CHECK(cal->Find("diwali") != nullptr);
  // Also a given name, the past tense of "lend", a common phrase.
  for (const char* absent : {"rakhi", "lent", "the night journey", "ascension to heaven"}) {
    INFO(absent);
    CHECK(cal->Find(absent) == nullptr);
  }
}

TEST_CASE("Resolved dates stay within years 1..9999", "[holiday]") {
  Value v = DayValue(sys_days(year(0) / 12 / 27));
  CHECK_FALSE(WithinTimexYears(v));
  CHECK(WithinTimexYears(DayValue(sys_days(year(1) / 1 / 1))));
  CHECK_FALSE(WithinTimexYears(DayValue(sys_days(year(10000) / 1 / 1))));
  CHECK(WithinTimexYears(Value{}));
}

}  // namespace
}  // namespace wirefacts
