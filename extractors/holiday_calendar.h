// Named holidays: which day (or days) of a Gregorian year each one falls on.
//
// Holidays are data (extractors/rules/holidays.tsv): names, the calendar whose
// date a holiday keeps, the date in that calendar, an offset in days and the
// number of days it lasts. Gregorian holidays are fixed days or the nth
// weekday of a month; Easter-based ones count from Western Easter Sunday,
// Orthodox ones from the Julian-computus Easter;
// Chinese, Hebrew and Islamic holidays are converted with ICU's calendars
// (Islamic: Umm al-Qura, the calendar Saudi Arabia publishes and most news
// dates follow; the tabular islamic-civil calendar is often a day off it).
// Hindu holidays are computed from the Sun's and the Moon's positions
// (extractors/hindu_calendar.h): lunisolar ones (Diwali, Holi, Navaratri,
// and the Buddhist Vesak) keep a tithi of an amanta lunar month, solar ones
// (Makar Sankranti, Vaisakhi) the Sun's entry into a sidereal sign, Onam a
// lunar mansion in a solar month. Parsi ones keep the Shahenshahi calendar
// (extractors/parsi_calendar.h).
//
// A holiday's day is the civil day its calendar date falls on: Hebrew and
// Islamic days begin at the sunset before, but "Yom Kippur 2018" is
// 2018-09-19, the day calendars and TimeML annotators name, not its eve.
#ifndef WIREFACTS_EXTRACTORS_HOLIDAY_CALENDAR_H_
#define WIREFACTS_EXTRACTORS_HOLIDAY_CALENDAR_H_

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/hindu_calendar.h"
#include "extractors/temporal_resolver.h"
#include "model/claim.h"

namespace wirefacts {

struct HolidayRule {
  enum class Calendar {
    kGregorian,
    kEaster,
    kOrthodoxEaster,
    kChinese,
    kHebrew,
    kIslamicUmalqura,
    kHinduLunar,  // month 1 Chaitra .. 12 Phalguna, day = tithi 1..30
    kHinduSolar,  // month = sign 1 Aries .. 12 Pisces
    kHinduStar,   // month = the solar month's sign, day = nakshatra 1..27
    kParsi,       // Shahenshahi month 1..12 (13: Gatha days) and day
  };
  Calendar calendar = Calendar::kGregorian;
  // 1-based month of the rule's calendar (Hebrew: ICU's month index + 1,
  // Tishrei = 1, Adar = 7 which is Adar II in leap years, Nisan = 8).
  int month = 0;
  int day = 0;      // day of the month; 0 for a weekday rule
  int nth = 0;      // weekday rules (Gregorian, Islamic): 1..4, or -1 for the last
  int weekday = 0;  // weekday rules: ISO 1 (Monday) .. 7 (Sunday)
  int offset = 0;   // days added to the date (Easter: to Easter Sunday)
  // Days the holiday lasts from the first; 0 for the rest of its month in
  // its calendar (Ramadan: to the eve of Eid al-Fitr, 29 or 30 days).
  int length = 1;
  // Observance moves: moves[w] (ISO weekday 1..7) is the weekday a first
  // day falling on weekday w is observed on, the nearest one (0: stays).
  // King's Day on a Sunday is kept the Saturday before; Boss's Day on a
  // Saturday the Friday, on a Sunday the Monday.
  int moves[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  // Hindu calendars: the moment of the civil day at which the tithi or
  // nakshatra must prevail, and the cut-off after which an ingress counts
  // for the next day.
  DayMoment moment;
  DayMoment cutoff{DayMoment::Anchor::kSunset, 0};
};

// One occurrence: its first and last day.
struct HolidaySpan {
  std::chrono::sys_days first, last;
};

// Parses the calendar, date, offset, length and (optional) moves columns of
// holidays.tsv. False with *error set for an unknown calendar, a malformed
// date or malformed moves ("sun>sat", "sat>fri,sun>mon").
bool ParseHolidayRule(std::string_view calendar, std::string_view date, std::string_view offset,
                      std::string_view length, HolidayRule* out, std::string* error,
                      std::string_view moves = {});

// The occurrences whose first day falls in Gregorian year `year`, in order:
// usually one, two for an Islamic holiday in some years (its year is 11 days
// shorter), none when the date does not exist that year or the year is
// outside 1..9999.
std::vector<HolidaySpan> HolidaysInYear(const HolidayRule& rule, int year);

// The occurrence an expression names, published on `dct`:
//   year given      "Easter 2019": the first occurrence starting that year;
//   rel == 0        "this Christmas": the one in the DCT's year (the coming
//                   one if two);
//   rel < 0 / past  "last Ramadan": the latest that has begun (started on or
//                   before the DCT; with rel, strictly before);
//   rel > 0 / future "next Passover": the earliest not yet over (with rel,
//                   starting strictly after the DCT);
//   nearest         whichever is closer (ties to the past).
// `rel` is nullopt when no "last/this/next" was said; `dir` is the direction
// of an unqualified mention. A one-day holiday is a day value, a longer one
// the range of its days (timex "first/last", grain day).
bool ResolveHoliday(const HolidayRule& rule, std::chrono::sys_days dct, std::optional<int> year,
                    std::optional<int> rel, Direction dir, Value* out);

// The holidays of extractors/rules/holidays.tsv, by name.
class HolidayCalendar {
 public:
  static Status Create(const RuleFiles& files, std::unique_ptr<HolidayCalendar>* out);

  // The rule of a name as written in the file (nullptr if none).
  const HolidayRule* Find(std::string_view name) const;
  // Every name and alias as written, in file order.
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
  std::map<std::string, HolidayRule, std::less<>> rules_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_HOLIDAY_CALENDAR_H_
