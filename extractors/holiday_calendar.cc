#include "extractors/holiday_calendar.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "extractors/parsi_calendar.h"

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

namespace {

constexpr char kHolidays[] = "extractors/rules/holidays.tsv";
constexpr double kMsPerDay = 86400000.0;

bool ParseInt(std::string_view s, int* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Hebrew month names -> ICU HebrewCalendar month index + 1. "adar" is ICU's
// ADAR: Adar in a common year, Adar II in a leap year, where Purim falls.
int HebrewMonth(std::string_view name) {
  static const std::pair<std::string_view, int> kMonths[] = {
      {"tishrei", 1}, {"heshvan", 2}, {"kislev", 3}, {"tevet", 4}, {"shevat", 5},
      {"adar-i", 6},  {"adar", 7},    {"nisan", 8},  {"iyar", 9},  {"sivan", 10},
      {"tammuz", 11}, {"av", 12},     {"elul", 13},
  };
  for (const auto& [n, m] : kMonths)
    if (n == name) return m;
  return 0;
}

// Hindu lunar month names (amanta, 1 Chaitra .. 12 Phalguna) and sidereal
// signs (1 Aries .. 12 Pisces) of the date column.
int IndexOf(std::string_view name, const std::string_view (&names)[12]) {
  for (int i = 0; i < 12; ++i)
    if (names[i] == name) return i + 1;
  return 0;
}
constexpr std::string_view kHinduMonths[12] = {
    "chaitra", "vaishakha", "jyeshtha",     "ashadha", "shravana", "bhadrapada",
    "ashvin",  "kartika",   "margashirsha", "pausha",  "magha",    "phalguna"};
constexpr std::string_view kSigns[12] = {"aries",       "taurus",    "gemini",   "cancer",
                                         "leo",         "virgo",     "libra",    "scorpio",
                                         "sagittarius", "capricorn", "aquarius", "pisces"};

// Western Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
sys_days EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
  int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return sys_days(std::chrono::year(y) / month / day);
}

// Orthodox Easter Sunday: the Julian computus (Meeus), moved to the
// Gregorian calendar by the Julian calendar's lag in that century (13 days
// in 1900-2099).
sys_days OrthodoxEasterSunday(int y) {
  int a = y % 4, b = y % 7, c = y % 19, d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  // The Julian date as the same Gregorian date, plus the lag.
  return sys_days(std::chrono::year(y) / month / day) + days(y / 100 - y / 400 - 2);
}

// ISO weekday names of the moves column.
int WeekdayOf(std::string_view name) {
  static const std::string_view kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  for (int i = 0; i < 7; ++i)
    if (kDays[i] == name) return i + 1;
  return 0;
}

// The day `d` is observed on under the rule's moves: the nearest day of the
// target weekday (at most three days either way).
sys_days Observed(const HolidayRule& rule, sys_days d) {
  int wd = static_cast<int>(std::chrono::weekday(d).iso_encoding());
  int to = rule.moves[wd];
  if (to == 0 || to == wd) return d;
  int ahead = (to - wd + 7) % 7;
  return ahead <= 3 ? d + days(ahead) : d - days(7 - ahead);
}

const char* IcuLocale(HolidayRule::Calendar c) {
  switch (c) {
    case HolidayRule::Calendar::kChinese:
      return "@calendar=chinese";
    case HolidayRule::Calendar::kHebrew:
      return "@calendar=hebrew";
    case HolidayRule::Calendar::kIslamicUmalqura:
      return "@calendar=islamic-umalqura";
    default:
      return nullptr;
  }
}

// The Gregorian days of `month`/`day` in the ICU calendar, for the calendar
// years around Gregorian year `y`, each with the last day of its month.
// Dates a year lacks (Kislev 30) are skipped rather than rolled over.
std::vector<HolidaySpan> IcuDays(HolidayRule::Calendar cal, int month, int day, int y) {
  std::vector<HolidaySpan> out;
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> c(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                                 icu::Locale(IcuLocale(cal)), st));
  if (U_FAILURE(st) || !c) return out;
  c->setLenient(false);
  sys_days mid(std::chrono::year(y) / 7 / 1);
  c->setTime(static_cast<double>(mid.time_since_epoch().count()) * kMsPerDay, st);
  int ext = c->get(UCAL_EXTENDED_YEAR, st);
  if (U_FAILURE(st)) return out;
  for (int e = ext - 2; e <= ext + 2; ++e) {
    st = U_ZERO_ERROR;
    c->clear();
    c->set(UCAL_EXTENDED_YEAR, e);
    c->set(UCAL_MONTH, month - 1);
    if (cal == HolidayRule::Calendar::kChinese) c->set(UCAL_IS_LEAP_MONTH, 0);
    c->set(UCAL_DATE, day);
    UDate ms = c->getTime(st);
    int month_days = c->getActualMaximum(UCAL_DATE, st);
    if (U_FAILURE(st)) continue;
    sys_days d(days(static_cast<long>(std::floor(ms / kMsPerDay))));
    out.push_back({d, d + days(month_days - day)});
  }
  return out;
}

// "11-4-4" (the fourth Thursday of November), "05-L-1" (the last Monday).
bool ParseWeekdayRule(std::string_view date, HolidayRule* r) {
  size_t d1 = date.find('-'), d2 = date.rfind('-');
  std::string_view n = date.substr(d1 + 1, d2 - d1 - 1);
  if (!ParseInt(date.substr(0, d1), &r->month) || r->month < 1 || r->month > 12 ||
      !ParseInt(date.substr(d2 + 1), &r->weekday) || r->weekday < 1 || r->weekday > 7)
    return false;
  if (n == "L") {
    r->nth = -1;
    return true;
  }
  return ParseInt(n, &r->nth) && r->nth >= 1 && r->nth <= 4;
}

// The nth (or, -1, last) ISO weekday `wd` of the month [first, last].
sys_days NthWeekday(sys_days first, sys_days last, int nth, int wd) {
  auto iso = [](sys_days d) { return static_cast<int>(std::chrono::weekday(d).iso_encoding()); };
  if (nth < 0) return last - days((iso(last) - wd + 7) % 7);
  return first + days((wd - iso(first) + 7) % 7 + 7 * (nth - 1));
}

}  // namespace

bool ParseHolidayRule(std::string_view calendar, std::string_view date, std::string_view offset,
                      std::string_view length, HolidayRule* out, std::string* error,
                      std::string_view moves) {
  HolidayRule r;
  auto fail = [&](std::string msg) {
    *error = std::move(msg);
    return false;
  };
  // "sun>sat" or "sat>fri,sun>mon"; "" or "-" for none.
  while (!moves.empty() && moves != "-") {
    size_t comma = moves.find(',');
    std::string_view move = moves.substr(0, comma);
    moves = comma == std::string_view::npos ? std::string_view() : moves.substr(comma + 1);
    size_t gt = move.find('>');
    int from = gt == std::string_view::npos ? 0 : WeekdayOf(move.substr(0, gt));
    int to = gt == std::string_view::npos ? 0 : WeekdayOf(move.substr(gt + 1));
    if (from == 0 || to == 0) return fail("expected moves like sun>sat or sat>fri,sun>mon");
    r.moves[from] = to;
  }
  if (!offset.empty() && !ParseInt(offset, &r.offset)) return fail("bad offset");
  if (length == "month")
    r.length = 0;
  else if (!length.empty() && (!ParseInt(length, &r.length) || r.length < 1 || r.length > 366))
    return fail("bad length");
  // "MM-DD" or, Hebrew, "nisan-15".
  auto month_day = [&](int max_month) {
    size_t dash = date.rfind('-');
    if (dash == std::string_view::npos) return false;
    if (r.calendar == HolidayRule::Calendar::kHebrew)
      r.month = HebrewMonth(date.substr(0, dash));
    else if (!ParseInt(date.substr(0, dash), &r.month))
      return false;
    return ParseInt(date.substr(dash + 1), &r.day) && r.month >= 1 && r.month <= max_month &&
           r.day >= 1 && r.day <= 31;
  };
  if (calendar == "easter") {
    r.calendar = HolidayRule::Calendar::kEaster;
  } else if (calendar == "orthodox-easter") {
    r.calendar = HolidayRule::Calendar::kOrthodoxEaster;
  } else if (calendar == "chinese") {
    r.calendar = HolidayRule::Calendar::kChinese;
    if (!month_day(12)) return fail("expected MM-DD");
  } else if (calendar == "hebrew") {
    r.calendar = HolidayRule::Calendar::kHebrew;
    if (!month_day(13)) return fail("expected a Hebrew month and day (nisan-15)");
  } else if (calendar == "hindu-lunar" || calendar == "hindu-solar" || calendar == "hindu-star") {
    // "ashvin-30@sunset+0:48", "capricorn@sunset", "leo-22@sunrise".
    size_t at = date.find('@');
    if (at != std::string_view::npos) {
      DayMoment m;
      if (!ParseDayMoment(date.substr(at + 1), &m))
        return fail("expected a moment like sunrise, noon, afternoon, sunset+0:48, midnight");
      (calendar == "hindu-solar" ? r.cutoff : r.moment) = m;
      date = date.substr(0, at);
    }
    size_t dash = date.find('-');
    std::string_view name = date.substr(0, dash);
    if (calendar == "hindu-lunar") {
      r.calendar = HolidayRule::Calendar::kHinduLunar;
      r.month = IndexOf(name, kHinduMonths);
      if (r.month == 0 || dash == std::string_view::npos ||
          !ParseInt(date.substr(dash + 1), &r.day) || r.day < 1 || r.day > 30)
        return fail("expected a lunar month and tithi 1..30 (ashvin-30)");
    } else if (calendar == "hindu-solar") {
      r.calendar = HolidayRule::Calendar::kHinduSolar;
      r.month = IndexOf(name, kSigns);
      if (r.month == 0 || dash != std::string_view::npos)
        return fail("expected a sign (capricorn)");
    } else {
      r.calendar = HolidayRule::Calendar::kHinduStar;
      r.month = IndexOf(name, kSigns);
      if (r.month == 0 || dash == std::string_view::npos ||
          !ParseInt(date.substr(dash + 1), &r.day) || r.day < 1 || r.day > 27)
        return fail("expected a sign and nakshatra 1..27 (leo-22)");
    }
  } else if (calendar == "parsi") {
    r.calendar = HolidayRule::Calendar::kParsi;
    if (!month_day(13) || (r.month == 13 && r.day > 5) || r.day > 30)
      return fail("expected a Shahenshahi MM-DD");
  } else if (calendar == "islamic-umalqura") {
    r.calendar = HolidayRule::Calendar::kIslamicUmalqura;
    // "10-01", or "09-L-5" the last Friday of Ramadan.
    size_t d1 = date.find('-'), d2 = date.rfind('-');
    if (d1 == d2) {
      if (!month_day(12)) return fail("expected MM-DD or MM-N-W");
    } else if (!ParseWeekdayRule(date, &r)) {
      return fail("expected MM-N-W with a week 1..4 or L");
    }
  } else if (calendar == "gregorian") {
    r.calendar = HolidayRule::Calendar::kGregorian;
    // "12-25", or "11-4-4" (fourth Thursday of November), "05-L-1".
    size_t d1 = date.find('-'), d2 = date.rfind('-');
    if (d1 == d2) {
      if (!month_day(12)) return fail("expected MM-DD or MM-N-W");
    } else if (!ParseWeekdayRule(date, &r)) {
      return fail("expected MM-N-W with a week 1..4 or L");
    }
  } else {
    return fail("unknown calendar '" + std::string(calendar) + "'");
  }
  if (r.length == 0 && r.calendar != HolidayRule::Calendar::kChinese &&
      r.calendar != HolidayRule::Calendar::kHebrew &&
      r.calendar != HolidayRule::Calendar::kIslamicUmalqura)
    return fail("'month' length needs a Chinese, Hebrew or Islamic date");
  *out = r;
  return true;
}

std::vector<HolidaySpan> HolidaysInYear(const HolidayRule& rule, int y) {
  std::vector<HolidaySpan> out;
  if (y < 1 || y > 9999) return out;
  std::vector<HolidaySpan> dates;  // the date, the last day of its month
  std::chrono::year cy(y);
  switch (rule.calendar) {
    case HolidayRule::Calendar::kEaster:
      dates.push_back({EasterSunday(y), EasterSunday(y)});
      break;
    case HolidayRule::Calendar::kOrthodoxEaster:
      dates.push_back({OrthodoxEasterSunday(y), OrthodoxEasterSunday(y)});
      break;
    case HolidayRule::Calendar::kGregorian:
      if (rule.nth == 0) {
        year_month_day ymd{cy, std::chrono::month(rule.month), std::chrono::day(rule.day)};
        if (ymd.ok()) dates.push_back({sys_days(ymd), sys_days(ymd)});
      } else {
        std::chrono::weekday wd(rule.weekday % 7);
        auto ym = cy / std::chrono::month(rule.month);
        sys_days d = rule.nth < 0 ? sys_days(ym / wd[std::chrono::last])
                                  : sys_days(ym / wd[static_cast<unsigned>(rule.nth)]);
        dates.push_back({d, d});
      }
      break;
    case HolidayRule::Calendar::kHinduLunar:
      for (sys_days d : LunarTithiDays(rule.month, rule.day, rule.moment, y))
        dates.push_back({d, d});
      break;
    case HolidayRule::Calendar::kHinduSolar:
      for (int cy2 = y - 1; cy2 <= y + 1; ++cy2) {
        sys_days d = SankrantiDay(rule.month, rule.cutoff, cy2);
        dates.push_back({d, d});
      }
      break;
    case HolidayRule::Calendar::kHinduStar:
      for (int cy2 = y - 1; cy2 <= y + 1; ++cy2)
        for (sys_days d : SolarMonthStarDays(rule.month, rule.day, rule.cutoff, rule.moment, cy2))
          dates.push_back({d, d});
      break;
    case HolidayRule::Calendar::kParsi:
      for (int cy2 = y - 1; cy2 <= y + 1; ++cy2)
        if (auto d = ShahenshahiDay(cy2, rule.month, rule.day)) dates.push_back({*d, *d});
      break;
    default:
      if (rule.nth != 0) {
        // A weekday of the month ("the last Friday of Ramadan").
        for (const HolidaySpan& m : IcuDays(rule.calendar, rule.month, 1, y)) {
          sys_days d = NthWeekday(m.first, m.last, rule.nth, rule.weekday);
          if (d <= m.last) dates.push_back({d, m.last});
        }
      } else {
        dates = IcuDays(rule.calendar, rule.month, rule.day, y);
      }
  }
  for (const HolidaySpan& d : dates) {
    sys_days first = Observed(rule, d.first + days(rule.offset));
    if (year_month_day(first).year() != cy) continue;
    out.push_back({first, rule.length == 0 ? d.last : first + days(rule.length - 1)});
  }
  std::sort(out.begin(), out.end(),
            [](const HolidaySpan& a, const HolidaySpan& b) { return a.first < b.first; });
  return out;
}

bool ResolveHoliday(const HolidayRule& rule, sys_days dct, std::optional<int> year,
                    std::optional<int> rel, Direction dir, Value* out) {
  std::optional<HolidaySpan> pick;
  if (year) {
    std::vector<HolidaySpan> in = HolidaysInYear(rule, *year);
    if (!in.empty()) pick = in.front();
  } else {
    const int dyear = static_cast<int>(year_month_day(dct).year());
    std::vector<HolidaySpan> all;
    for (int y = dyear - 2; y <= dyear + 2; ++y)
      for (const HolidaySpan& s : HolidaysInYear(rule, y)) all.push_back(s);
    // The latest that has begun and the earliest not over ("last"/"next":
    // strictly before / after the DCT).
    std::optional<HolidaySpan> prev, next;
    for (const HolidaySpan& s : all) {
      if (rel ? s.first < dct : s.first <= dct) prev = s;
      if (!next && (rel ? s.first > dct : s.last >= dct)) next = s;
    }
    if (rel && *rel == 0) {
      for (const HolidaySpan& s : all)
        if (year_month_day(s.first).year() == year_month_day(dct).year() &&
            (!pick || pick->first < dct))
          pick = s;
    } else if (rel) {
      pick = *rel < 0 ? prev : next;
    } else if (dir == Direction::kPast) {
      pick = prev;
    } else if (dir == Direction::kFuture) {
      pick = next;
    } else if (prev && next) {
      pick = (dct - prev->last) <= (next->first - dct) ? prev : next;
      if (prev->last >= dct) pick = prev;
    } else {
      pick = prev ? prev : next;
    }
  }
  if (!pick) return false;
  if (pick->first == pick->last) {
    *out = DayValue(pick->first);
    return true;
  }
  return JoinRange(DayValue(pick->first), DayValue(pick->last), out);
}

Status HolidayCalendar::Create(const RuleFiles& files, std::unique_ptr<HolidayCalendar>* out) {
  auto cal = std::make_unique<HolidayCalendar>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(files.ReadRecords(kHolidays, &records));
  for (const RuleRecord& r : records) {
    auto field = [&](size_t i) { return i < r.fields.size() ? r.fields[i] : std::string(); };
    HolidayRule rule;
    std::string error;
    if (r.fields.size() < 2 || r.fields[0].empty())
      error = "expected names, calendar, date, offset, days";
    else
      ParseHolidayRule(field(1), field(2), field(3), field(4), &rule, &error, field(5));
    if (!error.empty())
      return Status::InvalidInput(std::string(kHolidays) + ":" + std::to_string(r.line) + ": " +
                                  error);
    std::string_view names = r.fields[0];
    while (!names.empty()) {
      size_t bar = names.find('|');
      std::string name(names.substr(0, bar));
      names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
      while (!name.empty() && name.back() == ' ') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(0, 1);
      if (name.empty()) continue;
      if (cal->rules_.insert_or_assign(name, rule).second) cal->names_.push_back(name);
    }
  }
  *out = std::move(cal);
  return Status::OK();
}

const HolidayRule* HolidayCalendar::Find(std::string_view name) const {
  auto it = rules_.find(name);
  return it == rules_.end() ? nullptr : &it->second;
}

}  // namespace wirefacts
