#include "eval/date_scoring.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/rule_files.h"
#include "eval/suite.h"

namespace wirefacts {
namespace date_eval {

using std::chrono::days;
using std::chrono::sys_days;

// ---------------------------------------------------------------------------
// Calendar helpers.

bool ParseIsoDay(std::string_view s, sys_days* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() < 10 ||
      std::sscanf(std::string(s.substr(0, 10)).c_str(), "%d-%u-%u", &y, &m, &d) != 3)
    return false;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

std::string FormatIsoDay(sys_days d) {
  std::chrono::year_month_day ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string AddDays(std::string_view iso, int n) {
  sys_days d;
  if (!ParseIsoDay(iso, &d)) return "";
  return FormatIsoDay(d + days(n));
}

std::string AddMonths(std::string_view iso, int n) {
  sys_days d;
  if (!ParseIsoDay(iso, &d)) return "";
  std::chrono::year_month_day ymd(d);
  std::chrono::year_month ym = ymd.year() / ymd.month();
  ym += std::chrono::months(n);
  std::chrono::year_month_day out = ym / ymd.day();
  if (!out.ok()) out = ym / std::chrono::last;
  return FormatIsoDay(sys_days(out));
}

std::string ClockOf(std::string_view s) {
  size_t t = std::string_view::npos;
  std::string date;
  if (s.size() >= 11 && (s[10] == 'T' || s[10] == ' ') &&
      std::isdigit(static_cast<unsigned char>(s[0]))) {
    date = std::string(s.substr(0, 10));
    t = 11;
  } else if (!s.empty() && s[0] == 'T') {
    t = 1;
  } else if (s.size() >= 5 && s[2] == ':') {
    t = 0;
  }
  if (t == std::string_view::npos || t + 2 > s.size() ||
      !std::isdigit(static_cast<unsigned char>(s[t])) ||
      !std::isdigit(static_cast<unsigned char>(s[t + 1])))
    return "";
  std::string hm(s.substr(t, 2));
  hm += ':';
  if (t + 5 <= s.size() && s[t + 2] == ':')
    hm += std::string(s.substr(t + 3, 2));
  else
    hm += "00";
  return date.empty() ? hm : date + "T" + hm;
}

std::string AddMinutes(const std::string& clock, int minutes) {
  if (clock.size() < 16) return clock;
  sys_days d;
  if (!ParseIsoDay(clock, &d)) return clock;
  int hh = std::atoi(clock.c_str() + 11), mm = std::atoi(clock.c_str() + 14);
  long long total =
      static_cast<long long>(d.time_since_epoch().count()) * 1440 + hh * 60 + mm + minutes;
  long long day = total >= 0 ? total / 1440 : (total - 1439) / 1440;
  int rem = static_cast<int>(total - day * 1440);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", rem / 60, rem % 60);
  return FormatIsoDay(sys_days(days(day))) + "T" + buf;
}

bool SameClock(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a.size() == 5 && b.size() == 16) return b.compare(11, 5, a) == 0;
  if (b.size() == 5 && a.size() == 16) return a.compare(11, 5, b) == 0;
  return false;
}

std::string NormalizeTimex(std::string v) {
  auto digit = [&](size_t i) {
    return i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]));
  };
  for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  size_t w = v.find("-W");
  if (w != std::string::npos && w + 3 <= v.size() && digit(w + 2) && !digit(w + 3))
    v.insert(w + 2, "0");
  if (v.empty() || v[0] == 'P') return v;
  // The clock: "T" + hh [":" mm [":" ss]] at the start or after a day.
  size_t t = v.find('T');
  if (t == std::string::npos || (t != 0 && !digit(t - 1)) || !digit(t + 1) || !digit(t + 2))
    return v;
  size_t e = t + 3;
  std::string mm = "00", ss = "00";
  if (e < v.size() && v[e] == ':' && digit(e + 1) && digit(e + 2)) {
    mm = v.substr(e + 1, 2);
    e += 3;
    if (e < v.size() && v[e] == ':' && digit(e + 1) && digit(e + 2)) {
      ss = v.substr(e + 1, 2);
      e += 3;
    }
  }
  if (digit(e)) return v;  // not a clock
  // ISO 8601 / TimeML "T24" (midnight ending a day) is 00:00 of the next.
  if (t == 10 && v.compare(11, 2, "24") == 0 && mm == "00" && ss == "00") {
    std::string next = AddDays(v.substr(0, 10), 1);
    if (next.size() == 10) return next + "T00:00" + v.substr(e);
  }
  return v.substr(0, t + 3) + ":" + mm + (ss == "00" ? "" : ":" + ss) + v.substr(e);
}

// Calls `part(n, unit, time)` for each number and unit letter of a TIMEX3
// duration ("P1Y3M", "PT1H30M", "P2DE": unit 'E' for decades); false for a
// vague or malformed one, or when `part` refuses a unit.
template <typename Part>
static bool ForEachDurationPart(std::string_view t, Part part) {
  if (t.size() < 3 || t[0] != 'P') return false;
  bool time = false, any = false;
  size_t i = 1;
  while (i < t.size()) {
    if (t[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && (std::isdigit(static_cast<unsigned char>(t[j])) || t[j] == '.')) ++j;
    if (j == i || j >= t.size()) return false;
    const double n = std::atof(std::string(t.substr(i, j - i)).c_str());
    char unit = t[j];
    if (!time && unit == 'D' && j + 1 < t.size() && t[j + 1] == 'E') {
      unit = 'E';
      ++j;
    }
    if (!part(n, unit, time)) return false;
    any = true;
    i = j + 1;
  }
  return any;
}

std::optional<double> DurationSeconds(std::string_view t, double year_days) {
  double total = 0;
  const bool ok = ForEachDurationPart(t, [&](double n, char unit, bool time) {
    double seconds = 0;
    switch (unit) {
      case 'Y':
        seconds = year_days * 86400.0;
        break;
      case 'M':
        seconds = time ? 60 : 30 * 86400.0;
        break;
      case 'Q':
        seconds = 90 * 86400.0;
        break;
      case 'W':
        seconds = 7 * 86400.0;
        break;
      case 'D':
        seconds = 86400;
        break;
      case 'E':
        seconds = 3650 * 86400.0;
        break;
      case 'H':
        seconds = 3600;
        break;
      case 'S':
        seconds = 1;
        break;
      default:
        return false;
    }
    total += n * seconds;
    return true;
  });
  if (!ok) return std::nullopt;
  return total;
}

// Rule "calendar lengths": a length written in years, quarters and months
// only, as a count of months ("P1.25Y" = "P1Y3M" = 15, "P0.5Y" = "P6M");
// nullopt for any other unit or a clock part.
static std::optional<double> CalendarMonths(std::string_view t) {
  double total = 0;
  const bool ok = ForEachDurationPart(t, [&](double n, char unit, bool time) {
    if (time) return false;
    if (unit == 'Y')
      total += 12 * n;
    else if (unit == 'Q')
      total += 3 * n;
    else if (unit == 'M')
      total += n;
    else
      return false;
    return true;
  });
  if (!ok) return std::nullopt;
  return total;
}

static bool SameCalendarLength(std::string_view a, std::string_view b) {
  std::optional<double> ma = CalendarMonths(a), mb = CalendarMonths(b);
  return ma && mb && std::fabs(*ma - *mb) < 1e-6;
}

std::string FirstDayOfTimex(std::string_view timex) {
  static const RE2 kDecade("(\\d{3})");
  static const RE2 kYear("(\\d{4})");
  static const RE2 kMonth("(\\d{4})-(\\d{2})");
  static const RE2 kDay("(\\d{4}-\\d{2}-\\d{2})");
  static const RE2 kQuarter("(\\d{4})-([QH])([1-4])");
  static const RE2 kWeek("(\\d{4})-W(\\d{1,2})(-WE)?");
  std::string s(timex), a, b, c;
  int y = 0, n = 0;
  if (RE2::FullMatch(s, kDay, &a)) {
    sys_days d;
    return ParseIsoDay(a, &d) ? a : "";
  }
  if (RE2::FullMatch(s, kDecade, &a)) return a + "0-01-01";
  if (RE2::FullMatch(s, kYear, &a)) return a + "-01-01";
  if (RE2::FullMatch(s, kMonth, &a, &b)) {
    int m = std::atoi(b.c_str());
    return m >= 1 && m <= 12 ? a + "-" + b + "-01" : "";
  }
  if (RE2::FullMatch(s, kQuarter, &y, &a, &n)) {
    int first = a == "Q" ? 3 * n - 2 : (n <= 2 ? 6 * n - 5 : 0);
    if (first <= 0) return "";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", y, first);
    return buf;
  }
  if (RE2::FullMatch(s, kWeek, &y, &n, &c)) {
    using namespace std::chrono;
    // ISO week 1 holds January 4th; its Monday starts the week.
    sys_days jan4 = sys_days{year{y} / January / 4};
    sys_days monday = jan4 - (weekday{jan4} - Monday);
    sys_days first = monday + weeks{n - 1} + days{c.empty() ? 0 : 5};
    if (n < 1 || n > 53) return "";
    return FormatIsoDay(first);
  }
  return "";
}

// ---------------------------------------------------------------------------
// Claims.

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

SystemValue ReadSystem(const Claim& c) {
  SystemValue s;
  s.kind = c.kind;
  s.text = c.text;
  s.start = c.value.start;
  s.end = c.value.end;
  s.timex = c.value.timex;
  s.mod = c.value.mod;
  s.grain = c.value.grain;
  size_t slash = s.timex.find('/');
  std::string a = s.timex.substr(0, slash);
  std::string b = slash == std::string::npos ? a : s.timex.substr(slash + 1);
  s.clock_start = ClockOf(a);
  s.clock_end = ClockOf(b);
  return s;
}

// ---------------------------------------------------------------------------
// The suites' resolutions.

std::vector<GoldResolution> RecognizersResolutions(const nlohmann::json& e,
                                                   const std::string& reference) {
  std::vector<GoldResolution> out;
  std::string type = JsonString(e, "type");
  const nlohmann::json& values = e["raw"]["values"];
  for (const auto& v : values) {
    GoldResolution g;
    g.suite = DateSuite::kRecognizersText;
    g.text = JsonString(e, "text");
    g.reference = reference;
    g.timex = JsonString(v, "timex");
    g.mod = JsonString(v, "Mod");
    std::string vt = JsonString(v, "type");
    if (vt.empty()) vt = type;
    std::string value = JsonString(v, "value");
    if (vt == "duration") {
      if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0])))
        g.seconds = std::atof(value.c_str());
    } else if (vt == "set") {
      g.set = true;  // the timex only
    } else if (!value.empty() && value != "not resolved") {
      std::string clock = ClockOf(value);
      if (vt == "date" || clock.empty()) {
        g.start = g.end = value.substr(0, 10);
      } else if (value.compare(clock.size() == 16 ? 11 : 0, 5, "00:00") == 0 && vt == "datetime" &&
                 !g.timex.empty() && g.timex.find('T') == std::string::npos) {
        g.start = g.end = value.substr(0, 10);
      } else {
        g.clock_start = clock;
      }
    } else {
      std::string s = JsonString(v, "start"), en = JsonString(v, "end");
      g.raw_start = s;
      g.raw_end = en;
      std::string cs = ClockOf(s), ce = ClockOf(en);
      g.open = s.empty() != en.empty();
      bool clocks = vt == "timerange" || vt == "datetimerange" || vt == "time" || vt == "datetime";
      if (clocks && (!cs.empty() || !ce.empty())) {
        g.clock_start = cs;
        g.clock_end = ce;
      } else {
        g.start = s.substr(0, std::min<size_t>(10, s.size()));
        // The suite's end is exclusive: the day after the last one.
        if (!en.empty()) {
          g.end = g.open ? en.substr(0, 10) : AddDays(en, -1);
          if (!g.open) g.end_exclusive = en.substr(0, 10);
        }
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

GoldResolution DucklingResolution(const nlohmann::json& e, const std::string& reference) {
  GoldResolution g;
  g.suite = DateSuite::kDuckling;
  g.text = JsonString(e, "text");
  g.reference = reference;
  std::string type = JsonString(e, "type");
  const nlohmann::json& json = e["raw"]["json"];
  if (type == "duration") {
    if (json.contains("normalized") && json["normalized"]["value"].is_number())
      g.seconds = json["normalized"]["value"].get<double>();
    return g;
  }
  std::string grain = JsonString(e, "grain");
  std::string sv = JsonString(e, "start_value"), ev = JsonString(e, "end_value");
  g.raw_start = sv;
  g.raw_end = ev;
  bool interval = JsonString(json, "type") == "interval";
  bool clock = grain == "hour" || grain == "minute" || grain == "second";
  if (interval) {
    g.open = sv.empty() != ev.empty();
    if (clock) {
      g.clock_start = sv.empty() ? "" : ClockOf(sv);
      if (!ev.empty()) {
        std::string c = ClockOf(ev);
        g.clock_end = g.open ? c
                             : AddMinutes(c, grain == "hour"     ? -60
                                             : grain == "minute" ? -1
                                                                 : 0);
      }
    } else {
      if (!sv.empty()) g.start = sv.substr(0, 10);
      if (!ev.empty()) {
        g.end = g.open ? ev.substr(0, 10) : AddDays(ev, -1);
        if (!g.open) g.end_exclusive = ev.substr(0, 10);
      }
    }
    return g;
  }
  if (clock) {
    g.clock_start = ClockOf(sv);
    return g;
  }
  g.start = sv.substr(0, 10);
  if (grain == "day")
    g.end = g.start;
  else if (grain == "week")
    g.end = AddDays(g.start, 6);
  else if (grain == "month")
    g.end = AddDays(AddMonths(g.start, 1), -1);
  else if (grain == "quarter")
    g.end = AddDays(AddMonths(g.start, 3), -1);
  else if (grain == "year")
    g.end = AddDays(AddMonths(g.start, 12), -1);
  else
    g.end = g.start;
  return g;
}

std::vector<GoldResolution> DucklingAlternatives(const GoldResolution& g, bool weekday,
                                                 bool has_year, bool has_day) {
  std::vector<GoldResolution> out = {g};
  auto shift = [&](int d, int months) {
    GoldResolution s = g;
    auto day = [&](std::string& x) {
      if (x.empty()) return;
      if (months) x = AddMonths(x, months);
      if (d) x = AddDays(x, d);
    };
    auto clk = [&](std::string& x) {
      if (x.size() < 16) return;
      std::string dd = x.substr(0, 10);
      day(dd);
      x = dd + x.substr(10);
    };
    day(s.start);
    day(s.end);
    day(s.end_exclusive);
    clk(s.clock_start);
    clk(s.clock_end);
    clk(s.raw_start);
    clk(s.raw_end);
    out.push_back(s);
  };
  if (weekday) shift(-7, 0), shift(7, 0);
  if (!has_year) shift(0, -12), shift(0, 12);
  if (!has_day && (!g.clock_start.empty() || !g.clock_end.empty())) shift(-1, 0), shift(1, 0);
  return out;
}

// ---------------------------------------------------------------------------
// Matching. Each rule below is one paragraph of eval/README.md ("Dates").

namespace {

bool Contains(const std::string& mod, const char* what) {
  return mod.find(what) != std::string::npos;
}

// The day of a single-valued resolution (a day, or an instant).
std::string DayOf(const GoldResolution& g) {
  if (!g.start.empty()) return g.start;
  return g.clock_start.size() == 16 ? g.clock_start.substr(0, 10) : "";
}

// Part-of-day codes of a TIMEX3 value ending in "TMO", "TAF", "TEV", "TNI",
// "TMI" (midday); RT's meal code for lunch ("TMEL") is midday.
std::string PartOfDay(const std::string& timex) {
  if (timex.size() >= 4 && timex.compare(timex.size() - 4, 4, "TMEL") == 0) return "MI";
  if (timex.size() < 3 || timex[timex.size() - 3] != 'T') return "";
  std::string p = timex.substr(timex.size() - 2);
  return p == "MO" || p == "AF" || p == "EV" || p == "NI" || p == "MI" ? p : "";
}

// Rule "part of day": TIMEX3 names a part of day by code, the suites by
// clock bounds. RT gives the code too (XXXX-WXX-2TMO): the code and the day
// must agree. Duckling: the day and Duckling's own bounds of that part
// (morning 00-12, afternoon 12-19, lunch 12-14, evening and night 18-24).
bool PartOfDayMatches(const GoldResolution& g, const SystemValue& s) {
  std::string ours = PartOfDay(s.timex);
  if (ours.empty() || s.start.empty() || s.timex.find('/') != std::string::npos) return false;
  // RT tags a part of day apart from the day next to it ("at lunch" of "at
  // lunch tomorrow"): a gold part of day naming no day matches by code.
  if (g.suite == DateSuite::kRecognizersText)
    return PartOfDay(NormalizeTimex(g.timex)) == ours &&
           (g.clock_start.size() == 16 ? g.clock_start.compare(0, 10, s.start) == 0
                                       : DayOf(g).empty());
  if (g.open || g.raw_start.empty() || g.raw_end.empty()) return false;
  std::string from = ClockOf(g.raw_start), to = ClockOf(g.raw_end);
  const std::string& d = s.start;
  std::string first, last;
  if (ours == "MO") {
    first = d + "T00:00", last = d + "T12:00";
  } else if (ours == "AF") {
    first = d + "T12:00", last = d + "T19:00";
  } else if (ours == "MI") {
    first = d + "T12:00", last = d + "T14:00";  // Duckling's lunch
  } else {
    first = d + "T18:00", last = AddDays(d, 1) + "T00:00";
  }
  // Early or late in a part of day ("late tonight", "monday early
  // morning"): as for early/mid/late periods, Duckling's interval lies
  // inside that part and shares its start (START) or its end (END).
  if (s.mod == "START") return from == first && to > first && to < last;
  if (s.mod == "END") return to == last && from > first && from < last;
  return from == first && to == last;
}

// Rule "weekend": TimeML's weekend is Saturday and Sunday, Duckling's runs
// from Friday 18:00 to Monday 00:00.
bool WeekendMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.suite != DateSuite::kDuckling || s.timex.size() < 3 ||
      s.timex.compare(s.timex.size() - 3, 3, "-WE") != 0 || g.open || g.raw_end.empty())
    return false;
  return ClockOf(g.raw_start) == AddDays(s.start, -1) + "T18:00" &&
         ClockOf(g.raw_end) == AddDays(s.end, 1) + "T00:00";
}

// Rule "seasons": TimeML names a season by code (2013-SU), we bound it by
// months (June-August); Duckling bounds it astronomically (June 21 to the
// September equinox) and RT leaves a season without a year unresolved
// (timex "SU"). Same season: RT's code equals ours; Duckling's interval
// starts at most a month after ours starts and ends at most a month after
// ours ends.
bool SeasonMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kSeason("\\d{4}-(SP|SU|FA|WI)");
  std::string code;
  if (!RE2::FullMatch(s.timex, kSeason, &code)) return false;
  if (g.suite == DateSuite::kRecognizersText) return g.timex == code;
  sys_days gs, ge, ss, se;
  if (g.open || g.end_exclusive.empty() || !ParseIsoDay(g.start, &gs) ||
      !ParseIsoDay(g.end_exclusive, &ge) || !ParseIsoDay(s.start, &ss) || !ParseIsoDay(s.end, &se))
    return false;
  return gs >= ss && gs <= ss + days(31) && ge > se && ge <= se + days(32);
}

// Rule "range ends" (RT): RT closes a range at the start of its last unit,
// exclusive ("2014 to 2018" = 2014-01-01..2018-01-01, "March to May" =
// 03-01..05-01, "Nov 18-Dec 19" = 11-18..12-19), where we run through the
// end of it. A range claim "A/B" states the suite's range when it starts
// where the suite's does and B begins on the suite's exclusive end.
bool RangeEndMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.suite != DateSuite::kRecognizersText || g.open || g.end_exclusive.empty()) return false;
  size_t slash = s.timex.find('/');
  if (slash == std::string::npos || s.start != g.start) return false;
  std::string last = FirstDayOfTimex(s.timex.substr(slash + 1));
  return !last.empty() && last == g.end_exclusive;
}

// Rule "early/mid/late" (RT): the suite and we both narrow a period to a
// part (Mod start/mid/end, our mod START/MID/END) but draw the part's
// bounds differently (RT: mid-month = days 10-20, late = from the 16th; we
// take thirds). Same fact when the part and the base period agree; RT's
// "XXXX" year is the one of the alternative's own bounds.
// The last day of the period a TIMEX3 date names ("" when unknown).
std::string LastDayOfTimex(const std::string& timex) {
  static const RE2 kGrain("\\d{3}|\\d{4}|\\d{4}-(\\d{2}|Q\\d|H\\d)");
  std::string first = FirstDayOfTimex(timex), unit;
  if (first.empty() || !RE2::FullMatch(timex, kGrain, &unit)) return "";
  int months = timex.size() == 3   ? 120
               : timex.size() == 4 ? 12
               : unit[0] == 'Q'    ? 3
               : unit[0] == 'H'    ? 6
                                   : 1;
  return AddDays(AddMonths(first, months), -1);
}

bool PartOfPeriodMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.open) return false;
  if (g.suite == DateSuite::kDuckling) {
    // Duckling gives no part, only the interval ("beginning of 2017" =
    // Jan-Mar): it must sit at the same end of our base period, within
    // its first or last half.
    std::string first = FirstDayOfTimex(s.timex), last = LastDayOfTimex(s.timex);
    sys_days f, l, gs, ge;
    if (first.empty() || last.empty() || !ParseIsoDay(first, &f) || !ParseIsoDay(last, &l) ||
        !ParseIsoDay(g.start, &gs) || !ParseIsoDay(g.end, &ge))
      return false;
    sys_days mid = f + (l - f) / 2;
    if (s.mod == "START") return gs == f && ge < mid;
    if (s.mod == "END") return ge == l && gs > mid;
    return false;
  }
  std::string mod = g.mod;
  for (char& c : mod) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if ((mod != "START" && mod != "MID" && mod != "END") || s.mod != mod) return false;
  std::string base = g.timex;
  size_t x = base.find("XXXX");
  if (x != std::string::npos) {
    const std::string& bound = !g.start.empty() ? g.start : g.end;
    if (bound.size() < 4) return false;
    base.replace(x, 4, bound.substr(0, 4));
  }
  return NormalizeTimex(base) == NormalizeTimex(s.timex);
}

// Rule "periods up to the reference" (RT): "the last 3 months" ends at
// the reference instant, exclusive, so at 00:00 of the reference day RT's
// range stops the day before; ours, in days, runs through the reference
// day. Same period when the starts agree and RT's exclusive end is the
// reference day.
bool UpToReferenceMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.suite != DateSuite::kRecognizersText || g.open || g.end_exclusive.empty() ||
      g.reference.size() < 10)
    return false;
  const std::string ref = g.reference.substr(0, 10);
  return g.start == s.start && g.end_exclusive == ref && s.end == ref;
}

// Rule "offsets at the unit's grain": TimeML resolves "two months ago",
// "in 3 years", "a week ago" at the grain of the unit (1999-11, 2022,
// 2013-W06; TimeBank does so), the suites to a day (RT) or an instant at a
// finer grain (Duckling: "in 7 days" = 2013-02-19T04:00). Same fact when the
// suite's span is our expression (less a leading in/within), our grain is
// the unit the expression counts in (or the day: "a fortnight hence" =
// 2013-02-26), and our period holds the suite's.
bool OffsetGrainMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kUnit("(?i)\\b(day|week|fortnight|month|quarter|year|decade)s?\\b");
  static const RE2 kOffset("(?i)\\b(ago|hence|from|later|earlier|before|after|in|within)\\b");
  static const RE2 kLead("(?i)^\\s*(?:in|within)\\s+");
  if (g.open || s.start.empty() || s.end.empty() || !s.mod.empty() ||
      s.timex.find('/') != std::string::npos)
    return false;
  std::string text = g.text;
  re2::StringPiece in(text);
  RE2::Consume(&in, kLead);
  std::string rest(in.data(), in.size());
  while (!rest.empty() && std::ispunct(static_cast<unsigned char>(rest.back()))) rest.pop_back();
  if (Lower(rest) != Lower(s.text)) return false;
  std::string unit;
  if (!RE2::PartialMatch(s.text, kUnit, &unit) || !RE2::PartialMatch(g.text, kOffset)) return false;
  unit = Lower(unit);
  if (unit == "fortnight") unit = "week";
  if (unit != s.grain && s.grain != "day") return false;
  std::string from = DayOf(g), to = g.end.empty() ? from : g.end;
  if (from.empty() || (!g.clock_end.empty())) return false;
  return s.start <= from && to <= s.end;
}

// Rule "vague counts" (RT): RT counts "few", "several" and "some" units as
// 3 (P3D); TimeML writes the unstated number as X (PXD). Same unit, and
// the suite's span says few/several/some.
bool VagueCountMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kVague("(?i)\\b(few|several|some)\\b");
  static const RE2 kNumber("\\d+(?:\\.\\d+)?");
  if (g.suite != DateSuite::kRecognizersText || g.timex.empty() ||
      !RE2::PartialMatch(g.text, kVague))
    return false;
  std::string vague = g.timex;
  if (RE2::GlobalReplace(&vague, kNumber, "X") != 1) return false;
  return vague == s.timex;
}

// Rule "anchored periods": "last 2 days", "the next 3 weeks", "within 2
// weeks" stay durations for us (TimeML) and carry the period they cover,
// counted from the reference: back to it (end = the reference day), ahead
// from the day after, or from it on (start = the reference day). Duckling
// reads the same words as whole units next to the reference's unit ("last
// 2 weeks" of Tuesday 2013-02-12 = the weeks of 01-28 and 02-04; "next 3
// months" = March to May) and "within" as the reference up to the same end.
// RT counts days, weeks, months and years from the reference as we do
// (compared by the general rule) but quarters and decades as whole
// calendar units ("the last 2 quarters" of 2019-07-04 = Q1 and Q2 2019;
// "the next decade" of 2018 = the 2020s), and "within" like Duckling. Same
// fact when our count and unit give the suite's interval that way, on the
// side our period lies.
bool AnchoredPeriodMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kDuration("P(\\d+)([DWMQY])");
  static const RE2 kDecade("(?i)\\bdecades?\\b");
  int n = 0;
  std::string unit;
  if (g.open || s.kind != ClaimKind::kDuration || s.start.empty() || s.end.empty() ||
      g.reference.size() < 10 || !RE2::FullMatch(s.timex, kDuration, &n, &unit) || n < 1)
    return false;
  const bool decade = unit == "Y" && n % 10 == 0 && RE2::PartialMatch(s.text, kDecade);
  if (decade) unit = "X", n /= 10;
  const std::string ref = g.reference.substr(0, 10);
  // The suite's first day and the day after its last (an instant's interval
  // ends on its own day: "within 2 weeks" = 2013-02-12T04:30..02-26T00:00).
  const std::string from = g.start.empty() ? DayOf(g) : g.start;
  const std::string to = !g.end.empty()           ? AddDays(g.end, 1)
                         : g.raw_end.size() >= 10 ? g.raw_end.substr(0, 10)
                                                  : "";
  if (from.empty() || to.empty()) return false;
  if (s.start == ref && s.end > ref) return from == ref && to == s.end;  // within
  if (g.suite == DateSuite::kRecognizersText && unit != "Q" && unit != "X") return false;
  sys_days day;
  if (!ParseIsoDay(ref, &day)) return false;
  // The first day of the reference's unit, and a shift by whole units.
  std::string first = ref;
  if (unit == "W")
    first = FormatIsoDay(day - (std::chrono::weekday(day) - std::chrono::Monday));
  else if (unit == "M")
    first = ref.substr(0, 8) + "01";
  else if (unit == "Q")
    first = AddMonths(ref.substr(0, 8) + "01", -((std::atoi(ref.substr(5, 2).c_str()) - 1) % 3));
  else if (unit == "Y")
    first = ref.substr(0, 5) + "01-01";
  else if (unit == "X")
    first = ref.substr(0, 3) + "0-01-01";
  auto shift = [&](int k) {
    return unit == "D"   ? AddDays(first, k)
           : unit == "W" ? AddDays(first, 7 * k)
           : unit == "M" ? AddMonths(first, k)
           : unit == "Q" ? AddMonths(first, 3 * k)
           : unit == "Y" ? AddMonths(first, 12 * k)
                         : AddMonths(first, 120 * k);
  };
  if (s.end == ref && s.start < ref) return from == shift(-n) && to == first;     // last n
  if (s.start == AddDays(ref, 1)) return from == shift(1) && to == shift(n + 1);  // next n
  return false;
}

// Rule "next/last weekday" (RT): RT reads "next Friday" as the Friday of
// next week and "last/previous Wednesday" as the Wednesday of last week;
// news usage (and TimeML) the first Friday after the reference and the
// latest Wednesday before it. The readings differ when ours falls in the
// reference's own week. Same fact when the suite's span is the word and the
// weekday, ours lies in the reference's week on the side the word points
// to, and the suite's day is ours a week further that way.
bool RelativeWeekdayMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kRelWeekday(
      "(?i)\\s*(next|following|coming|last|previous|past)\\s+"
      "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\s*");
  std::string word;
  sys_days ref, ours;
  if (g.suite != DateSuite::kRecognizersText || g.open || g.start.empty() || g.start != g.end ||
      s.start != s.end || g.reference.size() < 10 || !RE2::FullMatch(g.text, kRelWeekday, &word) ||
      !ParseIsoDay(g.reference, &ref) || !ParseIsoDay(s.start, &ours))
    return false;
  word = Lower(word);
  const bool next = word == "next" || word == "following" || word == "coming";
  const sys_days monday = ref - (std::chrono::weekday(ref) - std::chrono::Monday);
  if (ours < monday || ours >= monday + days(7) || (next ? ours <= ref : ours >= ref)) return false;
  return g.start == FormatIsoDay(ours + days(next ? 7 : -7));
}

// Rule "by a deadline" (Duckling): "by the end of the month", "by EOY",
// "by 2pm". TimeML tags the deadline ("the end of the month", mod END) and
// leaves "by" as a signal; Duckling makes the interval from the reference
// up to it. Same fact when the suite's span starts with "by", its interval
// starts at the reference instant and ends where our deadline does: the
// last day of our period, or our clock.
bool DeadlineMatches(const GoldResolution& g, const SystemValue& s) {
  static const RE2 kBy("(?i)\\s*by\\b.*");
  if (g.suite != DateSuite::kDuckling || g.open || g.raw_start.size() < 16 ||
      g.reference.size() < 16 || !RE2::FullMatch(g.text, kBy) ||
      ClockOf(g.raw_start) != ClockOf(g.reference))
    return false;
  if (!s.clock_start.empty()) {
    const std::string& last = s.clock_end.empty() ? s.clock_start : s.clock_end;
    return ClockOf(g.raw_end) == last;
  }
  // Duckling's end is exclusive: midnight after our last day.
  const std::string end = ClockOf(g.raw_end);
  return !s.end.empty() && end == AddDays(s.end, 1) + "T00:00" && (s.mod == "END" || s.mod.empty());
}

// The names of the Hebrew-calendar holidays in extractors/rules/holidays.tsv
// (lower case), read once.
const std::vector<std::string>& HebrewHolidayNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    std::vector<RuleRecord> records;
    if (!RuleFiles().ReadRecords("extractors/rules/holidays.tsv", &records).ok()) return out;
    for (const RuleRecord& r : records) {
      if (r.fields.size() < 2 || r.fields[1] != "hebrew") continue;
      std::string_view names = r.fields[0];
      while (!names.empty()) {
        size_t bar = names.find('|');
        std::string name(names.substr(0, bar));
        while (!name.empty() && name.back() == ' ') name.pop_back();
        while (!name.empty() && name.front() == ' ') name.erase(0, 1);
        if (!name.empty()) out.push_back(Lower(name));
        names = bar == std::string_view::npos ? std::string_view() : names.substr(bar + 1);
      }
    }
    return out;
  }();
  return names;
}

// Rule "Hebrew-calendar evenings" (Duckling): a Jewish holiday begins at
// sundown, and Duckling dates it from the civil day before (Yom Kippur 2018
// = 09-18, the civil day 09-19; Passover 2018 = 03-30..04-07, the civil days
// 03-31..04-07). Same fact when our claim names a Hebrew-calendar holiday of
// extractors/rules/holidays.tsv and the suite's period starts the day before
// ours and ends on our last day or the day before it.
bool HebrewEveningMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.suite != DateSuite::kDuckling || g.open || s.start.empty() || s.end.empty() ||
      g.start != AddDays(s.start, -1) || (g.end != s.end && g.end != AddDays(s.end, -1)))
    return false;
  const std::string text = Lower(s.text);
  for (const std::string& name : HebrewHolidayNames()) {
    size_t at = text.find(name);
    if (at == std::string::npos) continue;
    size_t after = at + name.size();
    bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    bool right = after >= text.size() || !std::isalnum(static_cast<unsigned char>(text[after]));
    if (left && right) return true;
  }
  return false;
}

// Time zones of extractors/rules/temporal_lexicon.tsv (class "tz") with
// their UTC offsets in minutes, read once; zones without an offset ("local
// time") are left out.
const std::vector<std::pair<std::string, int>>& ZoneOffsets() {
  static const std::vector<std::pair<std::string, int>> zones = [] {
    std::vector<std::pair<std::string, int>> out;
    std::vector<RuleRecord> records;
    if (!RuleFiles().ReadRecords("extractors/rules/temporal_lexicon.tsv", &records).ok())
      return out;
    static const RE2 kOffset("([+-])(\\d\\d):(\\d\\d)");
    for (const RuleRecord& r : records) {
      std::string sign;
      int hh = 0, mm = 0;
      if (r.fields.size() < 3 || r.fields[0] != "tz" ||
          !RE2::FullMatch(r.fields[2], kOffset, &sign, &hh, &mm))
        continue;
      out.emplace_back(r.fields[1], (sign == "-" ? -1 : 1) * (hh * 60 + mm));
    }
    // Longest names first, so "Pacific time" is found before a shorter one.
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    return out;
  }();
  return zones;
}

// The UTC offset in minutes at the end of a suite's date-time value
// ("2013-02-12T13:00:00-02:00" -> -120).
std::optional<int> OffsetOf(const std::string& value) {
  static const RE2 kTail(".*T.*([+-])(\\d\\d):(\\d\\d)");
  std::string sign;
  int hh = 0, mm = 0;
  if (!RE2::FullMatch(value, kTail, &sign, &hh, &mm)) return std::nullopt;
  return (sign == "-" ? -1 : 1) * (hh * 60 + mm);
}

bool MatchesPlain(const GoldResolution& g, const SystemValue& s);

// Rule "time zones" (Duckling): TIMEX3 keeps a clock as written in the zone
// the text names ("4pm CET" = T16:00); Duckling moves it into the
// reference's offset (-02:00: 13:00). Same fact when our claim's text names
// a zone of the lexicon and our clocks, moved from that zone's offset to
// the suite's, state the suite's value.
bool ZoneMatches(const GoldResolution& g, const SystemValue& s) {
  if (g.suite != DateSuite::kDuckling || s.clock_start.size() != 16) return false;
  std::optional<int> target = OffsetOf(!g.raw_start.empty() ? g.raw_start : g.raw_end);
  if (!target) return false;
  const std::string text = s.text;
  for (const auto& [name, offset] : ZoneOffsets()) {
    size_t at = text.find(name);
    if (at == std::string::npos) continue;
    size_t after = at + name.size();
    if ((at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1]))) ||
        (after < text.size() && std::isalnum(static_cast<unsigned char>(text[after]))))
      continue;
    SystemValue moved = s;
    moved.clock_start = AddMinutes(s.clock_start, *target - offset);
    if (s.clock_end.size() == 16) moved.clock_end = AddMinutes(s.clock_end, *target - offset);
    moved.start = moved.clock_start.substr(0, 10);
    moved.end = moved.clock_end.size() == 16 ? moved.clock_end.substr(0, 10) : moved.start;
    return MatchesPlain(g, moved);
  }
  return false;
}

}  // namespace

bool MatchesResolution(const GoldResolution& g, const SystemValue& s) {
  return MatchesPlain(g, s) || ZoneMatches(g, s);
}

namespace {

// MatchesResolution without the zone rule (which calls it on the moved
// claim).
bool MatchesPlain(const GoldResolution& g, const SystemValue& s) {
  // "now": PRESENT_REF is the reference time itself.
  if (s.timex == "PRESENT_REF" && !s.start.empty() && g.end.empty() && g.clock_end.empty() &&
      (g.start == s.start || g.clock_start.compare(0, 10, s.start) == 0))
    return true;
  if (!g.timex.empty() && !s.timex.empty() && NormalizeTimex(g.timex) == NormalizeTimex(s.timex))
    return true;
  if ((g.set || g.seconds) && SameCalendarLength(g.timex, s.timex)) return true;
  if (g.set) {
    // Rule "set periods": a set's period compares as a duration (P1Q = P3M).
    std::optional<double> a = DurationSeconds(g.timex), b = DurationSeconds(s.timex);
    return a && b && std::fabs(*a - *b) < 0.5;
  }
  if (g.seconds) {
    std::optional<double> ours = DurationSeconds(s.timex);
    if (ours && std::fabs(*ours - *g.seconds) < 0.5) return true;
    // Rule "years of months" (Duckling): a length in years and months is
    // counted in months ("2 years and 3 months" = 27 months of 30 days).
    if (g.suite == DateSuite::kDuckling && s.timex.find('Y') != std::string::npos &&
        s.timex.find('M') != std::string::npos && s.timex.find('T') == std::string::npos) {
      ours = DurationSeconds(s.timex, 360);
      if (ours && std::fabs(*ours - *g.seconds) < 0.5) return true;
    }
    return VagueCountMatches(g, s);
  }
  if (PartOfDayMatches(g, s) || WeekendMatches(g, s) || SeasonMatches(g, s) ||
      OffsetGrainMatches(g, s) || AnchoredPeriodMatches(g, s) || HebrewEveningMatches(g, s) ||
      RelativeWeekdayMatches(g, s) || DeadlineMatches(g, s))
    return true;
  if (g.open) {
    // Rule "open ranges": the suite states one bound (before/until: an end;
    // after/since: a start); our claim keeps the period and says which side
    // in its mod, so the mod must point the same way.
    bool after = !g.start.empty() || !g.clock_start.empty();
    if (!Contains(s.mod, after ? "AFTER" : "BEFORE")) return false;
  }
  if (!g.clock_start.empty() || !g.clock_end.empty()) {
    if (g.open) {
      const std::string& given = g.clock_start.empty() ? g.clock_end : g.clock_start;
      return SameClock(given, s.clock_start) || SameClock(given, s.clock_end);
    }
    if (!SameClock(g.clock_start, s.clock_start)) return false;
    return g.clock_end.empty() ? s.clock_end == s.clock_start || s.clock_end.empty()
                               : SameClock(g.clock_end, s.clock_end);
  }
  if (g.start.empty() && g.end.empty()) return false;
  if (g.open) {
    const std::string& given = g.start.empty() ? g.end : g.start;
    return given == s.start || given == s.end || given == AddDays(s.end, 1) ||
           given == AddDays(s.start, -1);
  }
  if (g.start == s.start && g.end == s.end) return true;
  return RangeEndMatches(g, s) || PartOfPeriodMatches(g, s) || UpToReferenceMatches(g, s);
}

}  // namespace

// ---------------------------------------------------------------------------
// Extents.

namespace {

enum class Needs { kNothing, kDateOrPeriod, kAfter, kBefore, kApprox, kDirection };

struct Qualifier {
  const char* words;  // lower case, single spaces
  Needs needs;
};

// Words the suites put in their spans and we leave out of ours (DESIGN.md,
// TimeML), with what our claim must carry for the longer span to count.
// Longest first within a prefix family.
constexpr Qualifier kLeading[] = {
    {"no later than", Needs::kBefore},
    {"not later than", Needs::kBefore},
    {"no earlier than", Needs::kAfter},
    {"not earlier than", Needs::kAfter},
    {"later than", Needs::kAfter},
    {"earlier than", Needs::kBefore},
    {"greater than", Needs::kAfter},
    {"as late as", Needs::kBefore},
    {"as early as", Needs::kAfter},
    {"prior to", Needs::kBefore},
    {"more than", Needs::kDirection},
    {"anytime", Needs::kNothing},
    {"any time", Needs::kNothing},
    {"sometime", Needs::kNothing},
    {"sometimes", Needs::kNothing},
    {"on", Needs::kNothing},
    {"at", Needs::kNothing},
    {"during", Needs::kNothing},
    {"from", Needs::kNothing},
    {"between", Needs::kNothing},
    {"in", Needs::kDateOrPeriod},
    {"within", Needs::kDateOrPeriod},
    {"since", Needs::kAfter},
    {"after", Needs::kAfter},
    {"starting", Needs::kAfter},
    {"beginning", Needs::kAfter},
    {"before", Needs::kBefore},
    {"by", Needs::kBefore},
    {"until", Needs::kBefore},
    {"untill", Needs::kBefore},
    {"till", Needs::kBefore},
    {"through", Needs::kBefore},
    {"thru", Needs::kBefore},
    {"around", Needs::kApprox},
    {"about", Needs::kApprox},
    {"circa", Needs::kApprox},
    {"approximately", Needs::kApprox},
    {"roughly", Needs::kApprox},
};

// Duckling's spans also take these before any expression (they were
// neutral for it before the table above; "by" opens Duckling's interval at
// the reference time rather than bounding it).
constexpr Qualifier kDucklingLeading[] = {
    {"in", Needs::kNothing},
    {"for", Needs::kNothing},
    {"by", Needs::kNothing},
    {"the", Needs::kNothing},
};

constexpr Qualifier kTrailing[] = {
    {"or later", Needs::kAfter},       {"and later", Needs::kAfter},
    {"or after", Needs::kAfter},       {"and after", Needs::kAfter},
    {"and greater", Needs::kAfter},    {"or greater", Needs::kAfter},
    {"onwards", Needs::kAfter},        {"onward", Needs::kAfter},
    {"or earlier", Needs::kBefore},    {"and earlier", Needs::kBefore},
    {"or before", Needs::kBefore},     {"and before", Needs::kBefore},
    {"approximately", Needs::kApprox}, {"or so", Needs::kApprox},
    {"ish", Needs::kApprox},
};

bool Satisfied(Needs needs, const SystemValue& s) {
  static const RE2 kBack("(?i)\\b(before|ago|earlier|prior)\\b");
  static const RE2 kForth("(?i)\\b(after|later|hence|from now|from today)\\b");
  switch (needs) {
    case Needs::kNothing:
      return true;
    case Needs::kDateOrPeriod:
      // A duration counted from the reference carries its period
      // ("within 9 months", "the next 3 days": start/end).
      return s.kind == ClaimKind::kDate || (s.kind == ClaimKind::kDuration && !s.start.empty());
    case Needs::kAfter:
      return Contains(s.mod, "AFTER");
    case Needs::kBefore:
      return Contains(s.mod, "BEFORE");
    case Needs::kApprox:
      return Contains(s.mod, "APPROX");
    case Needs::kDirection:
      // "more than 2 weeks before today": the bound's side is the
      // expression's direction.
      if (RE2::PartialMatch(s.text, kBack)) return Contains(s.mod, "BEFORE");
      if (RE2::PartialMatch(s.text, kForth)) return Contains(s.mod, "AFTER");
      return false;
  }
  return false;
}

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// The starts (byte offsets, nearest first, `b` itself included) that the
// qualifiers before `b` reach one by one, each qualifier carried by the
// claim. For Duckling, whose span is the whole input, only 0 matters: the
// list ends with 0 when the qualifiers and punctuation reach the start.
std::vector<size_t> CoverLeading(const std::string& lower, size_t b, const SystemValue& s,
                                 bool duckling) {
  std::vector<size_t> out = {b};
  size_t pos = b;
  for (;;) {
    size_t p = pos;
    while (p > 0 && (std::isspace(static_cast<unsigned char>(lower[p - 1])) ||
                     (duckling && std::ispunct(static_cast<unsigned char>(lower[p - 1])) &&
                      lower[p - 1] != '\'')))
      --p;
    if (duckling && p == 0) {
      out.push_back(0);
      return out;
    }
    bool matched = false;
    auto try_table = [&](const Qualifier* q, size_t n) {
      for (size_t i = 0; i < n && !matched; ++i) {
        size_t len = std::char_traits<char>::length(q[i].words);
        if (len > p || lower.compare(p - len, len, q[i].words) != 0) continue;
        if (p - len > 0 && WordChar(lower[p - len - 1])) continue;
        if (!Satisfied(q[i].needs, s)) continue;
        pos = p - len;
        matched = true;
      }
    };
    if (duckling) try_table(kDucklingLeading, std::size(kDucklingLeading));
    try_table(kLeading, std::size(kLeading));
    if (!matched) return out;
    out.push_back(pos);
  }
}

// The ends (byte offsets, nearest first, `e` included) that the qualifiers
// after `e` reach; for Duckling, the end of the text when only qualifiers
// and punctuation follow.
std::vector<size_t> CoverTrailing(const std::string& lower, size_t e, const SystemValue& s,
                                  bool duckling) {
  std::vector<size_t> out = {e};
  size_t pos = e;
  for (;;) {
    size_t p = pos;
    while (p < lower.size() && std::isspace(static_cast<unsigned char>(lower[p]))) ++p;
    bool matched = false;
    for (const Qualifier& q : kTrailing) {
      size_t len = std::char_traits<char>::length(q.words);
      if (lower.compare(p, len, q.words) != 0) continue;
      if (p + len < lower.size() && WordChar(lower[p + len])) continue;
      // "ish" is glued to the expression ("noonish"), the others are words.
      if ((std::string_view(q.words) == "ish") != (p == pos)) continue;
      if (!Satisfied(q.needs, s)) continue;
      pos = p + len;
      matched = true;
      break;
    }
    if (!matched) break;
    out.push_back(pos);
  }
  if (duckling) {
    size_t p = pos;
    while (p < lower.size() && (std::isspace(static_cast<unsigned char>(lower[p])) ||
                                std::ispunct(static_cast<unsigned char>(lower[p]))))
      ++p;
    if (p == lower.size()) out.push_back(p);
  }
  return out;
}

size_t ByteOf(std::string_view text, size_t cp) {
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (n == cp) return i;
    ++n;
  }
  return text.size();
}

size_t CodepointOf(std::string_view text, size_t byte) {
  size_t n = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> ExactExtents(DateSuite suite, std::string_view text,
                                                    size_t b, size_t e, const SystemValue& s) {
  std::vector<std::pair<size_t, size_t>> out;
  const bool duckling = suite == DateSuite::kDuckling;
  // Lower case, byte for byte (ASCII only), so offsets carry over.
  std::string lower(text);
  for (char& c : lower)
    if (!(static_cast<unsigned char>(c) & 0x80))
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t bb = ByteOf(text, b), eb = ByteOf(text, e);
  std::vector<size_t> starts = CoverLeading(lower, bb, s, duckling);
  std::vector<size_t> ends = CoverTrailing(lower, eb, s, duckling);
  if (duckling) {
    if (starts.back() == 0 && ends.back() == text.size() && (bb != 0 || eb != text.size()))
      out.emplace_back(0, CodepointOf(text, text.size()));
    return out;
  }
  for (size_t nb : starts)
    for (size_t ne : ends)
      if (nb != bb || ne != eb) out.emplace_back(CodepointOf(text, nb), CodepointOf(text, ne));
  // Rule "leading the" (RT): RT leaves a leading "the" out of most spans
  // ("following week", "end of 2000"); TimeML keeps it.
  if (lower.compare(bb, 4, "the ") == 0 && eb > bb + 4) {
    size_t after = bb + 4;
    while (after < eb && std::isspace(static_cast<unsigned char>(lower[after]))) ++after;
    out.emplace_back(CodepointOf(text, after), e);
  }
  return out;
}

}  // namespace date_eval
}  // namespace wirefacts
