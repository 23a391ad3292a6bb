#include "extractors/temporal_resolver.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month;
using std::chrono::year_month_day;
using std::chrono::year_month_day_last;

namespace {

int Year(sys_days d) { return static_cast<int>(year_month_day(d).year()); }
unsigned Month(sys_days d) { return static_cast<unsigned>(year_month_day(d).month()); }

sys_days FirstOf(int y, unsigned m) {
  return sys_days(std::chrono::year(y) / std::chrono::month(m) / 1);
}
sys_days LastOf(int y, unsigned m) {
  return sys_days(year_month_day_last(std::chrono::year(y) /
                                      std::chrono::month_day_last(std::chrono::month(m))));
}

Value Span(sys_days first, sys_days last, std::string grain, std::string timex) {
  Value v;
  v.start = FormatDay(first);
  v.end = FormatDay(last);
  v.grain = std::move(grain);
  v.timex = std::move(timex);
  return v;
}

// Formatting and parsing days are on the hot path (two FormatDay per value,
// two ParseDay per WithinTimexYears); printf-family calls cost a few
// thousand instructions each. The fast paths below write and read exactly
// what "%04d-%02u-%02u" and "%d-%d-%d" would for a year of 0 to 9999 and
// a zero-padded "YYYY-MM-DD"; anything else takes the printf path.

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// `v` (below 10^width) as `width` digits, zero-padded, into out[0, width).
void PutDigits(char* out, unsigned v, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
}

unsigned GetDigits(std::string_view s) {
  unsigned v = 0;
  for (char c : s) v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

// "%04d" of `year`.
std::string FormatYear(int year) {
  if (year >= 0 && year <= 9999) {
    std::string out(4, '0');
    PutDigits(out.data(), static_cast<unsigned>(year), 4);
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

bool ParseDay(std::string_view s, sys_days* out) {
  int y, m, d;
  if (s.size() != 10) return false;
  if (IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3]) && s[4] == '-' &&
      IsDigit(s[5]) && IsDigit(s[6]) && s[7] == '-' && IsDigit(s[8]) && IsDigit(s[9])) {
    y = static_cast<int>(GetDigits(s.substr(0, 4)));
    m = static_cast<int>(GetDigits(s.substr(5, 2)));
    d = static_cast<int>(GetDigits(s.substr(8, 2)));
  } else if (std::sscanf(std::string(s).c_str(), "%d-%d-%d", &y, &m, &d) != 3) {
    return false;
  }
  year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

// Monday of the ISO week containing `d`.
sys_days MondayOf(sys_days d) {
  std::chrono::weekday wd(d);
  return d - days((wd.iso_encoding() - 1));
}

}  // namespace

std::string FormatDay(sys_days day) {
  year_month_day ymd(day);
  const int y = static_cast<int>(ymd.year());
  if (y >= 0 && y <= 9999) {  // month and day of a year_month_day from days are valid
    std::string out = "0000-00-00";
    PutDigits(out.data(), static_cast<unsigned>(y), 4);
    PutDigits(out.data() + 5, static_cast<unsigned>(ymd.month()), 2);
    PutDigits(out.data() + 8, static_cast<unsigned>(ymd.day()), 2);
    return out;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

Value DayValue(sys_days day) { return Span(day, day, "day", FormatDay(day)); }

Value WeekValue(sys_days any) {
  sys_days monday = MondayOf(any);
  sys_days thursday = monday + days(3);
  int iso_year = Year(thursday);
  int week = static_cast<int>((thursday - FirstOf(iso_year, 1)).count() / 7) + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", iso_year, week);
  return Span(monday, monday + days(6), "week", buf);
}

Value WeekendValue(sys_days any) {
  Value w = WeekValue(any);
  sys_days monday = MondayOf(any);
  return Span(monday + days(5), monday + days(6), "week", w.timex + "-WE");
}

Value MonthValue(year_month ym) {
  int y = static_cast<int>(ym.year());
  unsigned m = static_cast<unsigned>(ym.month());
  std::string timex;
  if (m < 100) {  // "%04d-%02u"
    timex = FormatYear(y) + "-00";
    PutDigits(timex.data() + timex.size() - 2, m, 2);
  } else {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
    timex = buf;
  }
  return Span(FirstOf(y, m), LastOf(y, m), "month", std::move(timex));
}

Value QuarterValue(int year, int quarter) {
  unsigned first = static_cast<unsigned>((quarter - 1) * 3 + 1);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-Q%d", year, quarter);
  return Span(FirstOf(year, first), LastOf(year, first + 2), "quarter", buf);
}

Value HalfValue(int year, int half) {
  unsigned first = half == 1 ? 1 : 7;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-H%d", year, half);
  return Span(FirstOf(year, first), LastOf(year, first + 5), "half", buf);
}

Value SeasonValue(int year, std::string_view code) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%.2s", year, std::string(code).c_str());
  if (code == "SP") return Span(FirstOf(year, 3), LastOf(year, 5), "season", buf);
  if (code == "SU") return Span(FirstOf(year, 6), LastOf(year, 8), "season", buf);
  if (code == "FA") return Span(FirstOf(year, 9), LastOf(year, 11), "season", buf);
  return Span(FirstOf(year, 12), LastOf(year + 1, 2), "season", buf);  // WI
}

Value YearValue(int year) {
  return Span(FirstOf(year, 1), LastOf(year, 12), "year", FormatYear(year));
}

Value CenturyValue(int hundreds) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%02d", hundreds);
  return Span(FirstOf(hundreds * 100, 1), LastOf(hundreds * 100 + 99, 12), "century", buf);
}

bool ParseTimexDay(std::string_view s, sys_days* out) { return ParseDay(s, out); }

Value DecadeValue(int first_year) {
  first_year -= first_year % 10;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%03d", first_year / 10);
  return Span(FirstOf(first_year, 1), LastOf(first_year + 9, 12), "decade", buf);
}

Value TimeValue(sys_days day, int minutes, std::string_view part_of_day) {
  std::string timex = FormatDay(day) + "T";
  if (minutes >= 0) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    timex += buf;
  } else {
    timex += part_of_day;
  }
  return Span(day, day, "time", timex);
}

Value RefValue(std::string_view ref, sys_days dct) {
  Value v;
  v.timex = std::string(ref);
  if (ref == "PRESENT_REF") {
    v.start = v.end = FormatDay(dct);
    v.grain = "day";
  }
  return v;
}

void ApplyMod(std::string_view mod, Value* v) {
  if (mod.empty()) return;
  v->mod = std::string(mod);
  if (mod != "START" && mod != "MID" && mod != "END") return;
  sys_days first, last;
  if (!ParseDay(v->start, &first) || !ParseDay(v->end, &last)) return;
  int part = mod == "START" ? 0 : mod == "MID" ? 1 : 2;
  if (v->grain == "year") {
    int y = Year(first);
    unsigned m0 = static_cast<unsigned>(part * 4 + 1);
    first = FirstOf(y, m0);
    last = LastOf(y, m0 + 3);
  } else if (v->grain == "decade") {
    int y = Year(first);
    static const int kFirst[] = {0, 4, 7}, kLast[] = {3, 6, 9};
    first = FirstOf(y + kFirst[part], 1);
    last = LastOf(y + kLast[part], 12);
  } else if (v->grain == "week" && (last - first).count() == 6) {
    // The start of a week is its first half, Monday to Wednesday; its end
    // the weekend with Friday.
    static const int kFirst[] = {0, 2, 4}, kLast[] = {2, 3, 6};
    last = first + days(kLast[part]);
    first = first + days(kFirst[part]);
  } else {
    long n = (last - first).count() + 1;
    long a = n * part / 3, b = n * (part + 1) / 3;
    if (b <= a) b = a + 1;
    last = first + days(b - 1);
    first = first + days(a);
  }
  v->start = FormatDay(first);
  v->end = FormatDay(last);
}

bool JoinRange(const Value& a, const Value& b, Value* out) {
  if (a.start.empty() || b.end.empty() || b.end < a.start) return false;
  Value v = a;
  v.end = b.end;
  v.timex = a.timex + "/" + b.timex;
  v.mod.clear();
  *out = std::move(v);
  return true;
}

sys_days AnchorWeekday(sys_days dct, std::chrono::weekday wd, Direction dir) {
  sys_days past = dct - (std::chrono::weekday(dct) - wd);
  sys_days future = dct + (wd - std::chrono::weekday(dct));
  if (dir == Direction::kFuture) return future;
  if (dir == Direction::kPast) return past;
  return (dct - past) <= (future - dct) ? past : future;
}

sys_days RelativeWeekday(sys_days dct, std::chrono::weekday wd, int rel) {
  if (rel < 0) {
    sys_days d = AnchorWeekday(dct, wd, Direction::kPast);
    return d == dct ? d - days(7) : d;
  }
  if (rel > 0) {
    sys_days d = AnchorWeekday(dct, wd, Direction::kFuture);
    return d == dct ? d + days(7) : d;
  }
  return MondayOf(dct) + days(wd.iso_encoding() - 1);
}

year_month AnchorMonth(sys_days dct, std::chrono::month m, Direction dir) {
  year_month_day ymd(dct);
  int y = static_cast<int>(ymd.year());
  if (m == ymd.month()) return ymd.year() / m;
  year_month past = std::chrono::year(m < ymd.month() ? y : y - 1) / m;
  year_month future = std::chrono::year(m > ymd.month() ? y : y + 1) / m;
  if (dir == Direction::kPast) return past;
  if (dir == Direction::kFuture) return future;
  auto dist = [&](year_month ym) {
    return std::abs((ym.year() / ym.month() - (ymd.year() / ymd.month())).count());
  };
  return dist(past) <= dist(future) ? past : future;
}

year_month RelativeMonth(sys_days dct, std::chrono::month m, int rel) {
  year_month_day ymd(dct);
  int y = static_cast<int>(ymd.year());
  if (rel < 0) return std::chrono::year(m < ymd.month() ? y : y - 1) / m;
  if (rel > 0) return std::chrono::year(m > ymd.month() ? y : y + 1) / m;
  return ymd.year() / m;
}

bool AnchorMonthDay(sys_days dct, std::chrono::month m, std::chrono::day d, Direction dir,
                    sys_days* out) {
  int y = Year(dct);
  bool found_past = false, found_future = false;
  sys_days past{}, future{};
  for (int cy = y + 1; cy >= y - 1; --cy) {
    year_month_day ymd{std::chrono::year(cy), m, d};
    if (!ymd.ok()) continue;
    sys_days c(ymd);
    if (c <= dct && !found_past) past = c, found_past = true;
  }
  for (int cy = y - 1; cy <= y + 1; ++cy) {
    year_month_day ymd{std::chrono::year(cy), m, d};
    if (!ymd.ok()) continue;
    sys_days c(ymd);
    if (c >= dct && !found_future) future = c, found_future = true;
  }
  if (!found_past && !found_future) return false;
  // A day of the DCT's own month is of the DCT's year whatever the tense,
  // as a bare month is (AnchorMonth): "the offer, scheduled to expire on
  // March 6", written on March 12, names the one six days before, not one
  // a year ahead.
  if (m == year_month_day(dct).month() && year_month_day{std::chrono::year(y), m, d}.ok())
    return *out = sys_days(year_month_day{std::chrono::year(y), m, d}), true;
  if (dir == Direction::kPast && found_past) return *out = past, true;
  if (dir == Direction::kFuture && found_future) return *out = future, true;
  if (!found_past) return *out = future, true;
  if (!found_future) return *out = past, true;
  *out = (dct - past) <= (future - dct) ? past : future;
  return true;
}

int AnchorQuarterYear(sys_days dct, int quarter, Direction dir) {
  int y = Year(dct);
  int current = static_cast<int>((Month(dct) - 1) / 3) + 1;
  int past = quarter <= current ? y : y - 1;
  int future = quarter >= current ? y : y + 1;
  if (dir == Direction::kPast) return past;
  if (dir == Direction::kFuture) return future;
  int dp = (y - past) * 4 + current - quarter, df = (future - y) * 4 + quarter - current;
  return dp <= df ? past : future;
}

sys_days ShiftDays(sys_days dct, int n, char unit) {
  // Beyond ten thousand years either way the result is out of the years a
  // value may have (WithinTimexYears drops it); clamping keeps the
  // arithmetic in range ("in 99999999999 years").
  const int limit = unit == 'D'   ? 3700000
                    : unit == 'W' ? 530000
                    : unit == 'M' ? 120000
                    : unit == 'Q' ? 40000
                                  : 10000;
  n = std::clamp(n, -limit, limit);
  switch (unit) {
    case 'D':
      return dct + days(n);
    case 'W':
      return dct + days(7 * n);
    case 'M':
    case 'Q':
    case 'Y': {
      int months = unit == 'M' ? n : unit == 'Q' ? 3 * n : 12 * n;
      year_month_day ymd(dct);
      year_month ym = ymd.year() / ymd.month() + std::chrono::months(months);
      year_month_day out = ym / ymd.day();
      if (!out.ok())
        out = year_month_day(
            year_month_day_last(ym.year() / std::chrono::month_day_last(ym.month())));
      return sys_days(out);
    }
  }
  return dct;
}

bool WithinTimexYears(const Value& v) {
  auto ok = [](const std::string& s) {
    sys_days d;
    if (s.empty()) return true;
    if (!ParseDay(s, &d)) return false;
    int y = Year(d);
    return y >= 1 && y <= 9999;
  };
  return ok(v.start) && ok(v.end);
}

}  // namespace wirefacts
