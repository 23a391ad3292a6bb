#include "extractors/temporal_composer.h"
#include "extractors/figure_rules.h"

#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extractors/temporal_resolver.h"

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;

namespace {

constexpr char kComposeRules[] = "extractors/rules/temporal_compose.tsv";
// The text between two pieces is at most this long ("in the", ", at").
constexpr size_t kMaxGap = 16;

bool Digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

// "2013-02-12".
bool IsDay(std::string_view s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && Digits(s.substr(0, 4)) &&
         Digits(s.substr(5, 2)) && Digits(s.substr(8, 2));
}

// "2013-02-12T17:00".
bool IsClock(std::string_view s) {
  return s.size() >= 16 && IsDay(s.substr(0, 10)) && s[10] == 'T' && s[13] == ':';
}

// "2013-02-12TMO".
bool IsPartOfDay(std::string_view s) {
  return s.size() == 13 && IsDay(s.substr(0, 10)) && s[10] == 'T' &&
         std::isupper(static_cast<unsigned char>(s[11])) &&
         std::isupper(static_cast<unsigned char>(s[12]));
}

// "2013-02".
bool IsMonth(std::string_view s) {
  return s.size() == 7 && Digits(s.substr(0, 4)) && s[4] == '-' && Digits(s.substr(5, 2));
}

// "2013-W08".
bool IsWeek(std::string_view s) {
  return s.size() == 8 && Digits(s.substr(0, 4)) && s[4] == '-' && s[5] == 'W' &&
         Digits(s.substr(6));
}

// A date of the calendar with both bounds: a year, half, quarter, season,
// month, week or day ("2014", "2017-Q1", "2013-05", "2013-W08"), not a
// clock, a part of day or a range.
bool IsCalendar(const Value& v) {
  const std::string& t = v.timex;
  return t.size() >= 4 && Digits(std::string_view(t).substr(0, 4)) &&
         t.find_first_of("T/") == std::string::npos && !v.start.empty() && !v.end.empty();
}

// True when `surface` writes the year `year` ("28 June in 2020", "Q1 of
// 2017", "10/1/17" for 2017): four digits equal to it, or two digits after
// '/' or an apostrophe at the end.
bool WritesYear(std::string_view surface, int year) {
  for (size_t i = 0; i < surface.size();) {
    if (!std::isdigit(static_cast<unsigned char>(surface[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < surface.size() && std::isdigit(static_cast<unsigned char>(surface[j]))) ++j;
    std::string_view run = surface.substr(i, j - i);
    if (run.size() == 4 && std::atoi(std::string(run).c_str()) == year) return true;
    if (run.size() == 2 && j == surface.size() && i > 0 &&
        (surface[i - 1] == '/' || surface[i - 1] == '\'') &&
        std::atoi(std::string(run).c_str()) == year % 100)
      return true;
    i = j;
  }
  return false;
}

// "2013".
bool IsYear(std::string_view s) { return s.size() == 4 && Digits(s); }

bool ParseDay(std::string_view s, sys_days* out) {
  if (!IsDay(s)) return false;
  std::chrono::year_month_day ymd{std::chrono::year(std::stoi(std::string(s.substr(0, 4)))),
                                  std::chrono::month(std::stoi(std::string(s.substr(5, 2)))),
                                  std::chrono::day(std::stoi(std::string(s.substr(8, 2))))};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

// A day ("2013-06-26") or month ("2013-06") value moved to `year`; false for
// another value or a day the year lacks (February 29).
bool WithYear(int year, Value* v) {
  char y[8];
  std::snprintf(y, sizeof y, "%04d", year);
  if (IsMonth(v->timex)) {
    v->timex.replace(0, 4, y);
    std::chrono::year_month ym{std::chrono::year(year),
                               std::chrono::month(std::stoi(v->timex.substr(5, 2)))};
    v->start = FormatDay(sys_days(ym / 1));
    v->end = FormatDay(sys_days(ym / std::chrono::last));
    return true;
  }
  sys_days day;
  if (!IsDay(v->timex) || !ParseDay(std::string(y) + v->timex.substr(4), &day)) return false;
  v->timex = v->start = v->end = FormatDay(day);
  return true;
}

// The year a day, month or range value begins in.
int YearOf(const Value& v) { return std::atoi(v.start.substr(0, 4).c_str()); }

// The halves of a timex: one, or two around '/'.
int Halves(std::string_view timex, std::string_view out[2]) {
  size_t slash = timex.find('/');
  if (slash == std::string_view::npos) {
    out[0] = timex;
    return 1;
  }
  out[0] = timex.substr(0, slash);
  out[1] = timex.substr(slash + 1);
  return out[1].find('/') == std::string_view::npos ? 2 : 0;
}

// `timex` with the day of each half replaced by `day`.
std::string Rebase(std::string_view timex, const std::string& day) {
  std::string_view h[2];
  int n = Halves(timex, h);
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += '/';
    out += day;
    out += h[i].substr(10);
  }
  return out;
}

// Minutes of a clock duration ("PT2H30M", "PT2.5H", "PT90M"); 0 if it is not
// one or is vague.
int DurationMinutes(std::string_view t) {
  if (t.size() < 4 || t.substr(0, 2) != "PT") return 0;
  double total = 0;
  size_t i = 2;
  while (i < t.size()) {
    size_t j = i;
    while (j < t.size() && (std::isdigit(static_cast<unsigned char>(t[j])) || t[j] == '.')) ++j;
    if (j == i || j == t.size()) return 0;
    double n = std::atof(std::string(t.substr(i, j - i)).c_str());
    if (t[j] == 'H') {
      total += n * 60;
    } else if (t[j] == 'M') {
      total += n;
    } else {
      return 0;
    }
    i = j + 1;
  }
  return total >= 1 && total <= 24 * 60 ? static_cast<int>(total + 0.5) : 0;
}

// The parts of an exact duration ("P2Y3M", "PT1H30M", "P1W"), by unit from
// the largest (years, months, weeks, days, hours, minutes, seconds); false
// for a vague or malformed one.
bool DurationParts(std::string_view t, double parts[7]) {
  for (int i = 0; i < 7; ++i) parts[i] = 0;
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
    if (j == i || j == t.size()) return false;
    double n = std::atof(std::string(t.substr(i, j - i)).c_str());
    static constexpr std::string_view kDate = "YMWD", kTime = "HMS";
    size_t at = (time ? kTime : kDate).find(t[j]);
    if (at == std::string_view::npos) return false;
    parts[time ? 4 + at : at] += n;
    any = true;
    i = j + 1;
  }
  return any;
}

// The smallest (`last`) or largest unit index a duration's parts use; -1 if
// none.
int UnitIndex(const double parts[7], bool last) {
  int found = -1;
  for (int i = 0; i < 7; ++i)
    if (parts[i] != 0) {
      found = i;
      if (!last) break;
    }
  return found;
}

// A duration's parts as a TIMEX3 value; weeks become days next to others
// (ISO 8601 writes weeks alone).
std::string FormatDuration(double parts[7]) {
  bool only_weeks = true;
  for (int i = 0; i < 7; ++i)
    if (i != 2 && parts[i] != 0) only_weeks = false;
  if (!only_weeks) parts[3] += 7 * parts[2], parts[2] = 0;
  auto number = [](double n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", n);
    return std::string(buf);
  };
  std::string out = "P";
  static constexpr char kLetters[] = "YMWDHMS";
  for (int i = 0; i < 7; ++i) {
    if (i == 4 && (parts[4] != 0 || parts[5] != 0 || parts[6] != 0)) out += 'T';
    if (parts[i] != 0) out += number(parts[i]) + kLetters[i];
  }
  return out;
}

// `clock` ("2013-02-12T09:30", seconds allowed) moved on by `minutes`, to
// the minute; empty if it does not parse.
std::string AddMinutes(std::string_view clock, int minutes) {
  sys_days day;
  if (!IsClock(clock) || !ParseDay(clock.substr(0, 10), &day)) return "";
  int hh = std::atoi(std::string(clock.substr(11, 2)).c_str());
  int mm = std::atoi(std::string(clock.substr(14, 2)).c_str());
  int total = hh * 60 + mm + minutes;
  day += days(total / (24 * 60));
  total %= 24 * 60;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", total / 60, total % 60);
  return FormatDay(day) + buf;
}

// `timex` (a day "2013-02-12" or a clock "2013-02-12T09:30") moved by the
// exact length `parts` (DurationParts) in direction `sign`: years and months
// on the calendar (the day clamped to the month's end: Jan 31 + 1 month is
// Feb 28), weeks and days as days, hours, minutes and seconds on the clock
// (a day takes none). Empty when it cannot.
std::string Shift(std::string_view timex, const double parts[7], int sign) {
  sys_days day;
  bool clock = IsClock(timex);
  if ((!clock && !IsDay(timex)) || !ParseDay(timex.substr(0, 10), &day)) return "";
  for (int i = 0; i < 7; ++i)
    if (parts[i] != static_cast<int>(parts[i])) return "";  // "1.5 years" has no calendar day
  int minutes = static_cast<int>(parts[4] * 60 + parts[5]);
  if (!clock && (minutes != 0 || parts[6] != 0)) return "";
  if (parts[6] != 0) return "";
  std::chrono::year_month_day ymd{day};
  int months = static_cast<int>(parts[0] * 12 + parts[1]) * sign;
  if (months != 0) {
    std::chrono::year_month ym = ymd.year() / ymd.month();
    ym += std::chrono::months(months);
    std::chrono::day last = (ym / std::chrono::last).day();
    ymd = ym / (ymd.day() > last ? last : ymd.day());
  }
  day = sys_days(ymd) + days(static_cast<int>(parts[2] * 7 + parts[3]) * sign);
  std::string out = FormatDay(day);
  if (!clock) return out;
  std::string moved = AddMinutes(out + std::string(timex.substr(10, 6)), 0);
  if (minutes == 0) return moved;
  int hh = std::atoi(std::string(moved.substr(11, 2)).c_str());
  int mm = std::atoi(std::string(moved.substr(14, 2)).c_str());
  int total = hh * 60 + mm + sign * minutes;
  sys_days d = day;
  while (total < 0) total += 24 * 60, d -= days(1);
  return AddMinutes(FormatDay(d) + "T00:00", total);
}

// `timex` (a clock or a clock range) with each hour in [lo, hi] moved 12
// hours on.
std::string LaterHalfDay(std::string timex, int lo, int hi) {
  for (size_t at = 0; (at = timex.find('T', at)) != std::string::npos; ++at) {
    if (at + 3 > timex.size() || !Digits(std::string_view(timex).substr(at + 1, 2))) continue;
    int h = std::atoi(timex.substr(at + 1, 2).c_str());
    if (h < lo || h > hi) continue;
    h += 12;
    timex[at + 1] = static_cast<char>('0' + h / 10);
    timex[at + 2] = static_cast<char>('0' + h % 10);
  }
  return timex;
}

// Lower-cased, white space collapsed: the key rule files are matched by.
std::string Lower(std::string_view s) { return NormalizeSurface(s); }

// One piece while composing, with what it can combine as.
struct Item {
  Extraction e;
  bool clock = false;     // a clock time or range on the DCT's day, no day named
  bool weekday = false;   // names a weekday: a week next to it picks the day
  bool partday = false;   // kept only inside a composition
  bool podalone = false;  // a part of day kept alone too, composing like partday
  bool timed = false;     // one clock time (with or without a day) of a clock rule
  bool meridiem = false;  // the text says am or pm
  // The word before the piece is a span word ("from 2pm", "for 2 hours"),
  // which begins at lead_begin.
  bool led = false;
  size_t lead_begin = 0;
  std::string lead;  // that span word, lower case
  // The word before the piece opens a pair ("between"): its closing word
  // ("and") then makes a range.
  std::string pair_close;
  bool has_year = false;  // the text writes the year it begins in
  // Names days or months (or a range of them) of a yearless rule and writes
  // no year: a year next to it, or at the other end of a range, gives it.
  bool yearless = false;
  // A range whose second end took its year from the first ("April in 2016
  // to June"): a year after it dates that end ("... in 2017").
  bool tail_yearless = false;
  // A day counted by a length from a date or from the DCT ("3 weeks after
  // Christmas", "in 3 days", "two years from now"): a weekday next to it
  // names that weekday of its week.
  bool counted = false;
  // A clock range made of a clock and the length after it ("from 10 am for
  // 3 hours"): that clock and length, which a smaller length next adds to.
  std::string span_start, span_len;
};

// "2pm", "10 a.m.", "9:30AM": am or pm written after a digit or space.
bool HasMeridiem(std::string_view s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
    if (c != 'a' && c != 'p') continue;
    char before = s[i - 1];
    if (!std::isdigit(static_cast<unsigned char>(before)) && before != ' ') continue;
    size_t m = i + 1;
    if (s[m] == '.') ++m;
    if (m < s.size() && std::tolower(static_cast<unsigned char>(s[m])) == 'm' &&
        (m + 1 == s.size() || !std::isalpha(static_cast<unsigned char>(s[m + 1]))))
      return true;
  }
  return false;
}

// What the text between two pieces allows.
struct Gap {
  bool join = false;    // nothing, a comma, or a joining word
  bool range = false;   // a range word or sign ("to", "-")
  bool span = false;    // a word between a clock and a length ("for", "from")
  bool start = false;   // a word between a length and the day it starts ("starting")
  bool comma = false;   // a comma: "last Thursday, to Nov. 6" is no period
  bool sum = false;     // nothing, a comma or a sum word between two lengths
  int offset = 0;       // +1/-1: a length counted after/before a date ("3 days after")
  bool yearof = false;  // nothing, a comma or a word between a date and its year ("in", "of")
  std::string word;     // the joining word, lower case ("" for none)
};

// The rule name of a claim composed of claims of rules `a` then `b`:
// "compose:a+b", one "compose:" prefix however many pieces it joins.
std::string ComposedRule(const std::string& a, const std::string& b) {
  return (a.rfind("compose:", 0) == 0 ? a : "compose:" + a) + "+" + b;
}

}  // namespace

struct TemporalComposer::Impl {
  std::unordered_set<std::string> joins, ranges, spans, starts, sums, yearofs, clock_rules,
      weekday_rules, partday_rules, podalone_rules, dayonly_rules, halfday_rules, yearless_rules,
      nostart_rules, counted_rules;
  // Words after two years that make them points compared, not a period
  // ("from 1990 to 2000 levels").
  std::unordered_set<std::string> points;
  // Phrases after a date that carry its period up to the DCT ("to date").
  std::vector<std::string> todates;
  // Phrases before a day that make the seven days from it ("the week
  // beginning February 4").
  std::vector<std::string> weekfroms;
  // Part of day code -> hours [first, last] that a clock without am/pm in it
  // means 12 hours later ("this evening from 7 to 7:30" is 19:00-19:30).
  std::unordered_map<std::string, std::pair<int, int>> pm_hours;
  // Offset word -> direction (+1 "after", "from"; -1 "before").
  std::unordered_map<std::string, int> offsets;
  // Pair opener -> its closing word ("between" -> "and").
  std::unordered_map<std::string, std::string> pairs;

  Gap Between(std::string_view gap) const;
  // True when one of the date rules a claim was composed of places its
  // clock in the day by itself (halfday rows: "3 in the morning", "16h").
  bool SaysHalfDay(std::string_view rule) const {
    if (rule.rfind("compose:", 0) == 0) rule.remove_prefix(8);
    while (!rule.empty()) {
      size_t plus = rule.find('+');
      if (halfday_rules.count(std::string(rule.substr(0, plus))) > 0) return true;
      rule = plus == std::string_view::npos ? std::string_view() : rule.substr(plus + 1);
    }
    return false;
  }
  // `dct_minutes`: the DCT's clock in minutes after midnight, -1 unknown.
  bool Merge(const Item& a, const Item& b, const Gap& gap, const std::string& dct_day, sys_days dct,
             int dct_minutes, Item* out) const;
};

TemporalComposer::TemporalComposer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemporalComposer::~TemporalComposer() = default;

Status TemporalComposer::Create(const RuleFiles& rules, std::unique_ptr<TemporalComposer>* out) {
  auto impl = std::make_unique<Impl>();
  std::vector<RuleRecord> records;
  // Kinds whose rows name date rules (kept as written), and kinds whose rows
  // are words or phrases (kept in lower case).
  const std::unordered_map<std::string, std::unordered_set<std::string>*> rule_sets = {
      {"clock", &impl->clock_rules},       {"weekday", &impl->weekday_rules},
      {"partday", &impl->partday_rules},   {"podalone", &impl->podalone_rules},
      {"dayonly", &impl->dayonly_rules},   {"halfday", &impl->halfday_rules},
      {"yearless", &impl->yearless_rules}, {"nostart", &impl->nostart_rules},
      {"counted", &impl->counted_rules},
  };
  const std::unordered_map<std::string, std::unordered_set<std::string>*> word_sets = {
      {"join", &impl->joins},    {"range", &impl->ranges}, {"span", &impl->spans},
      {"start", &impl->starts},  {"sum", &impl->sums},     {"yearof", &impl->yearofs},
      {"points", &impl->points},
  };
  const std::unordered_map<std::string, std::vector<std::string>*> word_lists = {
      {"weekfrom", &impl->weekfroms},
      {"todate", &impl->todates},
  };
  WF_RETURN_IF_ERROR(rules.ReadRecords(kComposeRules, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kComposeRules) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2 || r.fields[1].empty())
      return Status::InvalidInput(where + ": expected kind, value");
    const std::string& kind = r.fields[0];
    if (auto rs = rule_sets.find(kind); rs != rule_sets.end()) {
      rs->second->insert(r.fields[1]);
    } else if (auto ws = word_sets.find(kind); ws != word_sets.end()) {
      ws->second->insert(Lower(r.fields[1]));
    } else if (auto wl = word_lists.find(kind); wl != word_lists.end()) {
      wl->second->push_back(Lower(r.fields[1]));
    } else if (kind == "pair") {
      if (r.fields.size() < 3 || r.fields[2].empty())
        return Status::InvalidInput(where + ": expected pair, opening word, closing word");
      impl->pairs[Lower(r.fields[1])] = Lower(r.fields[2]);
    } else if (kind == "offset") {
      if (r.fields.size() < 3 || (r.fields[2] != "+" && r.fields[2] != "-"))
        return Status::InvalidInput(where + ": expected offset, word, + or -");
      impl->offsets[Lower(r.fields[1])] = r.fields[2] == "+" ? 1 : -1;
    } else if (kind == "pm") {
      if (r.fields.size() < 4 || r.fields[1].size() != 2)
        return Status::InvalidInput(where + ": expected pm, part of day code, first, last hour");
      int lo = std::atoi(r.fields[2].c_str()), hi = std::atoi(r.fields[3].c_str());
      if (lo < 1 || hi > 11 || lo > hi) return Status::InvalidInput(where + ": hours 1-11");
      impl->pm_hours[r.fields[1]] = {lo, hi};
    } else {
      return Status::InvalidInput(where + ": unknown kind '" + kind + "'");
    }
  }
  out->reset(new TemporalComposer(std::move(impl)));
  return Status::OK();
}

Gap TemporalComposer::Impl::Between(std::string_view gap) const {
  Gap out;
  if (gap.size() > kMaxGap || gap.find('\n') != std::string_view::npos) return out;
  out.comma = gap.find(',') != std::string_view::npos;
  size_t b = 0, e = gap.size();
  auto skippable = [](char c) { return c == ' ' || c == '\t' || c == ','; };
  while (b < e && skippable(gap[b])) ++b;
  while (e > b && skippable(gap[e - 1])) --e;
  if (b == e) {
    out.join = out.sum = out.yearof = true;
    return out;
  }
  std::string word = Lower(gap.substr(b, e - b));
  out.word = word;
  out.join = joins.count(word) > 0;
  out.sum = sums.count(word) > 0;
  out.range = ranges.count(word) > 0;
  out.span = spans.count(word) > 0;
  out.start = starts.count(word) > 0;
  out.yearof = yearofs.count(word) > 0;
  if (auto o = offsets.find(word); o != offsets.end()) out.offset = o->second;
  return out;
}

bool TemporalComposer::Impl::Merge(const Item& a, const Item& b, const Gap& gap,
                                   const std::string& dct_day, sys_days dct, int dct_minutes,
                                   Item* out) const {
  // A clock time and a length: the range from it ("from 2pm for 2 hours",
  // "for 3 hours from 10 am").
  if (gap.span) {
    for (int order = 0; order < 2; ++order) {
      const Item& clock = order == 0 ? a : b;
      const Item& len = order == 0 ? b : a;
      if (!clock.timed || clock.e.kind != ClaimKind::kDate || len.e.kind != ClaimKind::kDuration ||
          !(order == 0 ? clock.led : len.led))
        continue;
      int minutes = DurationMinutes(len.e.value.timex);
      std::string start = clock.e.value.timex, end = AddMinutes(start, minutes);
      if (minutes == 0 || end.empty()) continue;
      out->e = clock.e;
      out->e.begin = order == 0 ? a.e.begin : len.lead_begin;
      out->e.end = b.e.end;
      Value v = clock.e.value;
      v.timex = start + "/" + end;
      v.start = start.substr(0, 10);
      v.end = end.substr(0, 10);
      v.grain = "time";
      out->e.value = std::move(v);
      out->e.rule = ComposedRule(a.e.rule, b.e.rule);
      out->clock = clock.clock && out->e.value.start == dct_day && out->e.value.end == dct_day;
      out->weekday = clock.weekday;
      out->partday = false;
      out->timed = false;
      out->led = a.led;
      out->lead_begin = a.lead_begin;
      if (order == 0) {
        out->span_start = start;
        out->span_len = len.e.value.timex;
      }
      return true;
    }
  }
  // A clock range from a clock and a length, and a length in smaller units
  // after it: the range of their sum ("from 10 am for 3 hours 30 minutes",
  // "from 9 for 2 hours and 15 minutes").
  if (gap.sum && !gap.comma && !a.span_len.empty() && b.e.kind == ClaimKind::kDuration &&
      b.e.value.mod.empty() && b.e.value.start.empty()) {
    double pa[7], pb[7];
    if (!DurationParts(a.span_len, pa) || !DurationParts(b.e.value.timex, pb) ||
        UnitIndex(pb, false) <= UnitIndex(pa, true))
      return false;
    for (int i = 0; i < 7; ++i) pa[i] += pb[i];
    std::string len = FormatDuration(pa);
    int minutes = DurationMinutes(len);
    std::string end = AddMinutes(a.span_start, minutes);
    if (minutes == 0 || end.empty()) return false;
    *out = a;
    out->e.end = b.e.end;
    out->e.value.timex = a.span_start + "/" + end;
    out->e.value.end = end.substr(0, 10);
    out->e.rule = ComposedRule(a.e.rule, b.e.rule);
    out->span_len = std::move(len);
    return true;
  }
  // A day and a length of days or more: the days from it ("for 3 days
  // from today", "from 18th Dec for 10 days": that day and the next 9).
  // The span word before the first piece differs from the one between
  // ("a booking for the 9th of May for 2 days" is a day and a length).
  // A start word between a length and a day says the same by itself ("2
  // weeks starting May 20th", "a week beginning Monday").
  if (gap.span || gap.start) {
    for (int order = 0; order < 2; ++order) {
      const Item& day = order == 0 ? a : b;
      const Item& len = order == 0 ? b : a;
      double parts[7];
      bool led = gap.start ? order == 1
                           : (order == 0 ? day.led : len.led) &&
                                 (order == 0 ? day.lead : len.lead) != gap.word;
      if (day.e.kind != ClaimKind::kDate || len.e.kind != ClaimKind::kDuration ||
          !IsDay(day.e.value.timex) || !led || !len.e.value.mod.empty() ||
          !len.e.value.start.empty() || !DurationParts(len.e.value.timex, parts) || parts[4] != 0 ||
          parts[5] != 0 || parts[6] != 0)
        continue;
      std::string after = Shift(day.e.value.timex, parts, 1);
      sys_days last;
      if (after.empty() || !ParseDay(after, &last)) continue;
      std::string end = FormatDay(last - days(1));
      if (end < day.e.value.timex) continue;
      out->e = day.e;
      out->e.begin = order == 0 || gap.start ? a.e.begin : len.lead_begin;
      out->e.end = b.e.end;
      Value v = day.e.value;
      v.timex = day.e.value.timex + "/" + end;
      v.start = day.e.value.timex;
      v.end = end;
      v.mod.clear();
      out->e.value = std::move(v);
      out->e.rule = ComposedRule(a.e.rule, b.e.rule);
      out->clock = out->weekday = out->partday = out->timed = out->meridiem = false;
      out->led = a.led;
      out->lead_begin = a.lead_begin;
      return true;
    }
  }
  // Two lengths in falling units: one length ("two years and three
  // months" P2Y3M, "1 year, 2 days, 3 hours and 4 seconds"). The second
  // says no more than its count (no mod, no period of its own); a first
  // that covers a period from the DCT ("the last 3 months") stays apart.
  if (gap.sum && a.e.kind == ClaimKind::kDuration && b.e.kind == ClaimKind::kDuration &&
      b.e.value.mod.empty() && b.e.value.start.empty() && a.e.value.start.empty()) {
    double pa[7], pb[7];
    if (!DurationParts(a.e.value.timex, pa) || !DurationParts(b.e.value.timex, pb) ||
        UnitIndex(pb, false) <= UnitIndex(pa, true))
      return false;
    for (int i = 0; i < 7; ++i) pa[i] += pb[i];
    out->e = a.e;
    out->e.end = b.e.end;
    out->e.value.timex = FormatDuration(pa);
    out->e.rule = ComposedRule(a.e.rule, b.e.rule);
    out->clock = out->weekday = out->partday = out->timed = out->meridiem = false;
    out->led = a.led;
    out->lead_begin = a.lead_begin;
    return true;
  }
  // A length counted from a day or a clock: that day or clock ("3 days
  // after January 12th", "2 weeks before Christmas", "15 minutes from 1pm").
  // The length says only its count (no mod, no period from the DCT).
  if (gap.offset != 0 && a.e.kind == ClaimKind::kDuration && b.e.kind == ClaimKind::kDate &&
      a.e.value.mod.empty() && a.e.value.start.empty()) {
    double parts[7];
    if (!DurationParts(a.e.value.timex, parts)) return false;
    std::string shifted = Shift(b.e.value.timex, parts, gap.offset);
    if (shifted.empty()) return false;
    out->e = b.e;
    out->e.begin = a.e.begin;
    Value v = b.e.value;
    v.timex = shifted;
    v.start = v.end = shifted.substr(0, 10);
    v.grain = IsClock(shifted) ? "time" : "day";
    v.mod.clear();
    out->e.value = std::move(v);
    out->e.rule = ComposedRule(a.e.rule, b.e.rule);
    out->clock = out->partday = out->meridiem = false;
    out->weekday = false;
    out->timed = IsClock(shifted);
    out->counted = !out->timed;
    out->led = a.led;
    out->lead_begin = a.lead_begin;
    return true;
  }
  // A set of days, of a part of day or of a weekday and a clock without a
  // day of its own: the set at that clock ("every day at 7:13 p.m." T19:13,
  // "6am every day", "each Monday at 4pm" XXXX-WXX-1T16:00).
  if (gap.join) {
    for (int order = 0; order < 2; ++order) {
      const Item& set = order == 0 ? a : b;
      const Item& clock = order == 0 ? b : a;
      const std::string& st = set.e.value.timex;
      const std::string& ct = clock.e.value.timex;
      if (set.e.kind != ClaimKind::kSet || clock.e.kind != ClaimKind::kDate || !clock.clock ||
          !IsClock(ct) || ct.find('/') != std::string::npos)
        continue;
      const bool daily = st == "P1D";
      const bool pod =
          st.size() == 3 && st[0] == 'T' && std::isupper(static_cast<unsigned char>(st[1]));
      const bool weekly = st.size() == 10 && st.rfind("XXXX-WXX-", 0) == 0;
      if (!daily && !pod && !weekly) continue;
      std::string at = ct.substr(10);  // "T19:13"
      if (auto pm = pm_hours.find(pod ? st.substr(1) : ""); pm != pm_hours.end() && !clock.meridiem)
        at = LaterHalfDay(at, pm->second.first, pm->second.second);
      out->e = set.e;
      out->e.begin = a.e.begin;
      out->e.end = b.e.end;
      Value v;
      v.timex = (weekly ? st : "") + at;
      out->e.value = std::move(v);
      out->e.rule = ComposedRule(a.e.rule, b.e.rule);
      out->clock = out->weekday = out->partday = out->timed = out->meridiem = false;
      out->led = a.led;
      out->lead_begin = a.lead_begin;
      return true;
    }
  }
  if (a.e.kind != ClaimKind::kDate || b.e.kind != ClaimKind::kDate) return false;
  auto day_of = [](const Item& x) -> std::string {
    // A day, or a day with a part of day ("Friday morning").
    const std::string& t = x.e.value.timex;
    if (IsDay(t) || IsPartOfDay(t)) return t.substr(0, 10);
    return "";
  };
  auto finish = [&](const Item& base, Value v) {
    out->e = base.e;
    out->e.kind = ClaimKind::kDate;
    out->e.begin = a.e.begin;
    out->e.end = b.e.end;
    if (v.mod.empty()) v.mod = a.e.value.mod.empty() ? b.e.value.mod : a.e.value.mod;
    out->e.value = std::move(v);
    out->e.rule = ComposedRule(a.e.rule, b.e.rule);
    out->clock = false;
    out->partday = false;
    out->timed = false;
    out->meridiem = a.meridiem || b.meridiem;
    out->led = a.led || b.led;
    out->pair_close = a.pair_close;
    out->lead_begin = a.led ? a.lead_begin : b.lead_begin;
    out->has_year = a.has_year || b.has_year;
    out->yearless = a.yearless && b.yearless;
    out->tail_yearless = false;
  };
  // Two clock times: a range; a clock without a day takes the other's day
  // ("3:00 to 4:00 tomorrow", "Thursday 19:00 - 21:00", "between 9h30 and
  // 11h00").
  const bool paired = !a.pair_close.empty() && gap.word == a.pair_close && !gap.comma;
  if ((gap.range || paired) && a.timed && b.timed) {
    std::string ta = a.e.value.timex, tb = b.e.value.timex;
    if (a.clock && !b.clock) ta = Rebase(ta, tb.substr(0, 10));
    if (b.clock && !a.clock) tb = Rebase(tb, ta.substr(0, 10));
    // "from 3:30 to six p.m.", "2:00 - 2:30 pm": a first clock without am/pm
    // takes the second's pm when it then still comes first.
    if (!a.meridiem && !SaysHalfDay(a.e.rule) && b.meridiem && ta.size() >= 16 && tb.size() >= 16 &&
        ta.compare(11, 2, "12") < 0 && tb.compare(11, 2, "12") >= 0) {
      std::string later = AddMinutes(ta, 720);
      if (!later.empty() && later <= tb) ta = later;
    }
    // "11:30-1:30": a second clock without am/pm that would end the range
    // before it starts is the afternoon one.
    if (tb <= ta && !b.meridiem && !SaysHalfDay(b.e.rule) && tb.size() >= 16 &&
        tb.compare(11, 2, "12") < 0) {
      std::string later = AddMinutes(tb, 720);
      if (!later.empty() && later.compare(0, 10, tb, 0, 10) == 0) tb = later;
    }
    // "from 10 p.m. Saturday until 5 a.m. Sunday": a second end whose day
    // only a weekday names is that weekday's next one after the first end
    // (each end was placed on its own, and the tense near one may differ).
    if (tb <= ta && b.weekday && !b.clock && tb.size() >= 16) {
      std::string next = AddMinutes(tb, 7 * 24 * 60);
      if (!next.empty() && next > ta) tb = next;
    }
    if (tb <= ta) return false;
    Value v = a.e.value;
    v.start = ta.substr(0, 10);
    v.end = tb.substr(0, 10);
    v.timex = ta + "/" + tb;
    v.grain = "time";
    finish(a, std::move(v));
    // The range word bounded the second end ("until" ON_OR_BEFORE); the
    // range has both ends, so only the first end's own mod stays.
    out->e.value.mod = a.e.value.mod;
    out->clock = a.clock && b.clock && out->e.value.start == dct_day;
    out->weekday = a.weekday || b.weekday;
    return true;
  }
  // A range whose second end took its year from elsewhere and a year after
  // it: that end in that year ("April in 2016 to June in 2017").
  if (gap.yearof && IsYear(b.e.value.timex) && b.has_year && a.tail_yearless && !a.yearless) {
    std::string_view h[2];
    Value end;
    if (Halves(a.e.value.timex, h) != 2) return false;
    end.timex = std::string(h[1]);
    if (!WithYear(YearOf(b.e.value), &end) || end.start < a.e.value.start) return false;
    Value v = a.e.value;
    v.timex = std::string(h[0]) + "/" + end.timex;
    v.end = end.end;
    finish(a, std::move(v));
    out->weekday = false;
    return true;
  }
  // A date without its year and the year next to it: the date in that year
  // ("April in 2016", "the fourth of July of 1995", "2017 April"); a range
  // takes it for both ends, a first month after the second lying in the
  // year before ("from April to June in 2017", "December to March in 2016").
  if (gap.yearof && IsYear(b.e.value.timex) && b.has_year && a.yearless) {
    int year = YearOf(b.e.value);
    std::string_view h[2];
    int n = Halves(a.e.value.timex, h);
    Value ends[2];
    for (int i = 0; i < n; ++i) {
      ends[i].timex = std::string(h[i]);
      if (!WithYear(year, &ends[i])) return false;
    }
    Value v = a.e.value;
    if (n == 2) {
      if (ends[0].start > ends[1].start && !WithYear(year - 1, &ends[0])) return false;
      v.timex = ends[0].timex + "/" + ends[1].timex;
      v.start = ends[0].start;
      v.end = ends[1].end;
    } else if (n == 1) {
      Value moved = a.e.value;
      if (!WithYear(year, &moved)) return false;
      v.timex = moved.timex;
      v.start = moved.start;
      v.end = moved.end;
    } else {
      return false;
    }
    finish(a, std::move(v));
    out->weekday = false;
    return true;
  }
  if (gap.yearof && gap.word.empty() && !gap.comma && IsYear(a.e.value.timex) && a.has_year &&
      b.yearless && b.e.value.timex.find('/') == std::string::npos) {
    Value v = b.e.value;
    if (!WithYear(YearOf(a.e.value), &v)) return false;
    finish(b, std::move(v));
    out->weekday = false;
    return true;
  }
  // Two dates of the calendar, of any grains: the period from the first
  // day of one to the last day of the other ("January 12, 2016 -
  // 01/22/2016", "Dec/2018-May/2019", "2014 through May 2018", "from
  // 2017-Q1 to 2018-Q1", "between Jan 2019 and tomorrow", "from 2007 to the
  // end of 2008"). An end without its year takes the year of the other end
  // when that one has one ("26 June to 28 June in 2020", "December 20, 2016
  // to January 5", "between June and July this year").
  // A week and a weekday name one day ("previous week - Monday").
  const bool week_day =
      (IsWeek(a.e.value.timex) && b.weekday) || (a.weekday && IsWeek(b.e.value.timex));
  if ((gap.range || paired) && !gap.comma && !week_day && IsCalendar(a.e.value) &&
      IsCalendar(b.e.value)) {
    Value va = a.e.value, vb = b.e.value;
    const bool tail = b.yearless;  // a year after it may still date vb
    auto day_or_month = [](const Value& v) { return IsDay(v.timex) || IsMonth(v.timex); };
    if (a.yearless && !b.yearless && day_or_month(vb)) {
      int year = YearOf(vb);
      if (!WithYear(year, &va) || (va.start > vb.start && !WithYear(year - 1, &va))) va = a.e.value;
    } else if (b.yearless && !a.yearless && day_or_month(va)) {
      int year = YearOf(va);
      if (!WithYear(year, &vb) || (vb.start < va.start && !WithYear(year + 1, &vb))) vb = b.e.value;
    } else if (a.yearless && b.yearless && vb.start < va.start) {
      int year = YearOf(va);
      if (!WithYear(year, &vb) || (vb.start < va.start && !WithYear(year + 1, &vb))) vb = b.e.value;
    }
    Value v;
    // The ends do not overlap: "1st qtr to March 31" is the quarter to
    // that day, no period of its own.
    if (va.end < vb.start && nostart_rules.count(a.e.rule) == 0 && JoinRange(va, vb, &v)) {
      // An early/mid/late end bounds the period through its start or end;
      // "through June 1989" bounds no more.
      const std::string& am = a.e.value.mod;
      std::string mod = am == "START" || am == "MID" || am == "END" ? "" : am;
      v.mod = mod;
      finish(a, std::move(v));
      out->e.value.mod = mod;
      out->tail_yearless = tail;
      out->weekday = false;
      return true;
    }
  }
  // From the DCT up to a date after it ("between now and November 15th",
  // "from now until June").
  if ((gap.range || paired) && !gap.comma && a.e.value.timex == "PRESENT_REF" &&
      IsCalendar(b.e.value) && b.e.value.start > dct_day) {
    Value v = b.e.value;
    v.timex = "PRESENT_REF/" + b.e.value.timex;  // its ends as TimeML tags them
    v.start = dct_day;
    v.mod.clear();
    finish(a, std::move(v));
    out->e.value.mod.clear();
    out->weekday = false;
    return true;
  }
  // A clock of the DCT's day and "now", when the DCT has a clock: the clocks
  // between the two ("between now and eight o'clock", "from 8 o'clock to
  // now"). A clock without am/pm or a part of day that names its half of
  // the day is the one on the side of the DCT's clock the order says (at
  // 10:20, "between eight o'clock and now" is 08:00-10:20).
  if ((gap.range || paired) && !gap.comma && dct_minutes >= 0 &&
      (a.e.value.timex == "PRESENT_REF") != (b.e.value.timex == "PRESENT_REF")) {
    const bool now_first = a.e.value.timex == "PRESENT_REF";
    const Item& clock = now_first ? b : a;
    std::string t = clock.e.value.timex;
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", dct_minutes / 60 % 24, dct_minutes % 60);
    const std::string now = dct_day + buf;
    if (clock.clock && clock.timed && IsClock(t) && t.find('/') == std::string::npos) {
      const bool free = !clock.meridiem && !SaysHalfDay(clock.e.rule);
      const int hh = std::atoi(t.substr(11, 2).c_str());
      if (free && now_first && t <= now && hh < 12) t = AddMinutes(t, 720);
      if (free && !now_first && t >= now && hh >= 12) t = AddMinutes(t, -720);
      if (now_first ? t > now : t < now) {
        Value v = clock.e.value;
        v.timex = now_first ? now + "/" + t : t + "/" + now;
        v.start = v.end = dct_day;
        v.grain = "time";
        v.mod.clear();
        finish(a, std::move(v));
        out->e.value.mod.clear();
        out->weekday = false;
        return true;
      }
    }
  }
  // A day or month up to the DCT: the period from it ("between Jan 2019 and
  // now", "from 2019-aug-01 to today").
  if ((gap.range || (!a.pair_close.empty() && gap.word == a.pair_close)) && !gap.comma &&
      (IsDay(a.e.value.timex) || IsMonth(a.e.value.timex)) && !a.e.value.start.empty() &&
      (b.e.value.timex == "PRESENT_REF" || (IsDay(b.e.value.timex) && b.e.value.end == dct_day))) {
    if (a.e.value.start >= dct_day) return false;
    Value v = a.e.value;
    v.timex = a.e.value.timex + "/" + dct_day;
    v.end = dct_day;
    finish(a, std::move(v));
    out->e.value.mod = a.e.value.mod;
    out->weekday = false;
    return true;
  }
  if (!gap.join) return false;
  // A weekday and a day counted by a length, in either order: that weekday
  // of the day's ISO week ("in 3 days on Friday", "Sunday 3 weeks after
  // January 15th", "Thursday, two years from now": a count in months or
  // years is from the DCT's day).
  for (int order = 0; order < 2; ++order) {
    const Item& wd = order == 0 ? a : b;
    const Item& counted = order == 0 ? b : a;
    std::string_view h[2];
    sys_days named, day;
    if (!wd.weekday || wd.counted || !counted.counted || counted.weekday ||
        Halves(wd.e.value.timex, h) != 1 || h[0].size() < 10 ||
        !ParseDay(h[0].substr(0, 10), &named))
      continue;
    const std::string& ct = counted.e.value.timex;
    std::chrono::year_month_day d(dct);
    if (IsDay(ct)) {
      if (!ParseDay(ct, &day)) continue;
    } else if (IsMonth(ct) || IsYear(ct)) {
      std::chrono::year_month ym{
          std::chrono::year(std::atoi(ct.substr(0, 4).c_str())),
          IsMonth(ct) ? std::chrono::month(std::atoi(ct.substr(5).c_str())) : d.month()};
      std::chrono::day last = (ym / std::chrono::last).day();
      day = sys_days(ym / std::min(d.day(), last));
    } else if (IsWeek(ct) && ParseDay(counted.e.value.start, &day)) {
      day += days(std::chrono::weekday(dct).iso_encoding() - 1);
    } else {
      continue;
    }
    sys_days monday = day - days(std::chrono::weekday(day).iso_encoding() - 1);
    std::string dd = FormatDay(monday + days(std::chrono::weekday(named).iso_encoding() - 1));
    Value v = wd.e.value;
    v.timex = Rebase(v.timex, dd);
    v.start = v.end = dd;
    v.mod.clear();
    finish(wd, std::move(v));
    out->weekday = false;
    out->timed = wd.timed;
    return true;
  }
  // A day and a clock time or clock range: the clock on that day.
  for (int order = 0; order < 2; ++order) {
    const Item& day = order == 0 ? a : b;
    const Item& clock = order == 0 ? b : a;
    if (!clock.clock) continue;
    std::string d = day_of(day);
    if (d.empty()) continue;
    Value v = clock.e.value;
    v.timex = Rebase(v.timex, d);
    if (auto pm = pm_hours.find(IsPartOfDay(day.e.value.timex) ? day.e.value.timex.substr(11) : "");
        pm != pm_hours.end() && !clock.meridiem)
      v.timex = LaterHalfDay(v.timex, pm->second.first, pm->second.second);
    v.start = v.end = d;
    v.grain = "time";
    finish(day, std::move(v));
    out->weekday = day.weekday;
    out->timed = IsClock(out->e.value.timex) && out->e.value.timex.find('/') == std::string::npos;
    return true;
  }
  // A week and a weekday: that weekday of the week.
  for (int order = 0; order < 2; ++order) {
    const Item& week = order == 0 ? a : b;
    const Item& wd = order == 0 ? b : a;
    if (!wd.weekday || week.e.value.grain != "week" || !IsWeek(week.e.value.timex)) continue;
    std::string_view h[2];
    if (Halves(wd.e.value.timex, h) != 1 || h[0].size() < 10) continue;
    sys_days monday, named;
    if (!ParseDay(week.e.value.start, &monday) || !ParseDay(h[0].substr(0, 10), &named)) continue;
    unsigned iso = std::chrono::weekday(named).iso_encoding();
    std::string d = FormatDay(monday + days(iso - 1));
    Value v = wd.e.value;
    v.timex = Rebase(v.timex, d);
    v.start = v.end = d;
    finish(wd, std::move(v));
    out->weekday = true;
    return true;
  }
  // A weekday and the date it names right after it ("Thursday 29/03
  // 11.00am", "Friday 2018-7-6", "this Friday-Jun-15"): the date's value,
  // which the text writes out (the weekday only repeats it). The date must
  // write its day (a yearless rule or a written year): "Sunday 3 weeks
  // after January 15th" counts a day, which the rule above places.
  if (a.weekday && IsDay(a.e.value.timex) && !b.weekday && !b.clock && !b.partday &&
      b.e.kind == ClaimKind::kDate && (gap.word.empty() || gap.word == "-")) {
    std::string_view h[2];
    std::string_view first = b.e.rule;
    if (first.rfind("compose:", 0) == 0) first.remove_prefix(8);
    first = first.substr(0, first.find('+'));
    if (Halves(b.e.value.timex, h) == 1 && h[0].size() >= 10 && IsDay(h[0].substr(0, 10)) &&
        (b.has_year || yearless_rules.count(std::string(first)) > 0)) {
      finish(b, b.e.value);
      out->weekday = false;
      out->timed = b.timed;
      return true;
    }
  }
  // A day and a part of day: "Tuesday in the morning".
  for (int order = 0; order < 2; ++order) {
    const Item& day = order == 0 ? a : b;
    const Item& pod = order == 0 ? b : a;
    if ((!pod.partday && !pod.podalone) || !IsDay(day.e.value.timex) ||
        !IsPartOfDay(pod.e.value.timex))
      continue;
    Value v = day.e.value;
    v.timex = day.e.value.timex + pod.e.value.timex.substr(10);
    v.grain = "time";
    finish(day, std::move(v));
    out->weekday = day.weekday;
    return true;
  }
  return false;
}

void TemporalComposer::Compose(const DocumentView& doc, std::vector<Extraction>* pieces) const {
  const Impl& im = *impl_;
  const std::string dct_day = FormatDay(doc.published);
  std::vector<Item> items;
  items.reserve(pieces->size());
  for (Extraction& e : *pieces) {
    Item it;
    it.e = std::move(e);
    if (it.e.kind == ClaimKind::kDate) {
      std::string_view h[2];
      int n = Halves(it.e.value.timex, h);
      bool on_dct = n > 0;
      for (int i = 0; i < n; ++i) on_dct = on_dct && IsClock(h[i]) && h[i].substr(0, 10) == dct_day;
      it.clock = on_dct && im.clock_rules.count(it.e.rule) > 0;
      it.weekday = im.weekday_rules.count(it.e.rule) > 0;
      it.partday = im.partday_rules.count(it.e.rule) > 0 || im.dayonly_rules.count(it.e.rule) > 0;
      it.podalone = im.podalone_rules.count(it.e.rule) > 0;
      it.meridiem = HasMeridiem(doc.text.substr(it.e.begin, it.e.end - it.e.begin));
      it.timed = n == 1 && IsClock(h[0]) &&
                 (im.clock_rules.count(it.e.rule) > 0 || im.weekday_rules.count(it.e.rule) > 0 ||
                  it.e.rule.rfind("compose:", 0) == 0);
      it.has_year =
          !it.e.value.start.empty() &&
          WritesYear(doc.text.substr(it.e.begin, it.e.end - it.e.begin), YearOf(it.e.value));
      it.yearless = !it.has_year && n > 0 && im.yearless_rules.count(it.e.rule) > 0;
      it.counted = n == 1 && im.counted_rules.count(it.e.rule) > 0;
      for (int i = 0; i < n; ++i) it.yearless = it.yearless && (IsDay(h[i]) || IsMonth(h[i]));
    }
    // The word before the piece, for span words ("for 2 hours").
    size_t w_end = it.e.begin;
    while (w_end > 0 && doc.text[w_end - 1] == ' ') --w_end;
    size_t w_begin = w_end;
    while (w_begin > 0 && std::isalpha(static_cast<unsigned char>(doc.text[w_begin - 1])))
      --w_begin;
    if (w_end > w_begin && w_end - w_begin <= 8) {
      std::string before = Lower(doc.text.substr(w_begin, w_end - w_begin));
      if (im.spans.count(before) > 0) {
        it.led = true;
        it.lead_begin = w_begin;
        it.lead = before;
      }
      if (auto p = im.pairs.find(before); p != im.pairs.end()) it.pair_close = p->second;
    }
    items.push_back(std::move(it));
    // Merge the newest piece into the one before it, again while that
    // composes further ("14th Feb" + "for 7 hours from 9:30am").
    while (items.size() >= 2) {
      Item& prev = items[items.size() - 2];
      const Item& last = items.back();
      Item merged;
      if (prev.e.end > last.e.begin ||
          !im.Merge(prev, last, im.Between(doc.text.substr(prev.e.end, last.e.begin - prev.e.end)),
                    dct_day, doc.published, doc.published_minutes, &merged))
        break;
      prev = std::move(merged);
      items.pop_back();
    }
    // "from March to date": the period from the date up to the DCT.
    if (Item& last = items.back(); !im.todates.empty() && last.e.kind == ClaimKind::kDate &&
                                   IsCalendar(last.e.value) && last.e.value.start < dct_day &&
                                   last.e.value.end <= dct_day) {
      size_t at = last.e.end;
      while (at < doc.text.size() && doc.text[at] == ' ') ++at;
      std::string rest(doc.text.substr(at, 24));
      for (char& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const std::string& phrase : im.todates) {
        size_t after = phrase.size();
        if (rest.compare(0, after, phrase) != 0 ||
            (after < rest.size() && std::isalnum(static_cast<unsigned char>(rest[after]))))
          continue;
        Value& v = last.e.value;
        v.timex += "/" + dct_day;
        v.end = dct_day;
        if (v.mod == "START" || v.mod == "MID" || v.mod == "END") v.mod.clear();
        last.e.end = at + after;
        last.e.rule =
            (last.e.rule.rfind("compose:", 0) == 0 ? "" : "compose:") + last.e.rule + "+to_date";
        break;
      }
    }
  }
  pieces->clear();
  std::string last_day;  // the latest day a claim before names, "" for none
  for (Item& it : items) {
    if (it.partday) continue;
    // A part of day standing alone ("buy orders came in the morning") is of
    // the latest day named before it (TimeML's anchor), else of the DCT.
    if (it.podalone && it.e.rule.rfind("compose:", 0) != 0 && !last_day.empty() &&
        IsPartOfDay(it.e.value.timex)) {
      it.e.value.timex = Rebase(it.e.value.timex, last_day);
      it.e.value.start = it.e.value.end = last_day;
    }
    // "the week beginning February 4": the seven days from that day; the
    // phrase is no bound, so the mod it gave goes.
    if (it.e.kind == ClaimKind::kDate && IsDay(it.e.value.timex) && !im.weekfroms.empty()) {
      size_t at = it.e.begin;
      while (at > 0 && doc.text[at - 1] == ' ') --at;
      const size_t from = at > 24 ? at - 24 : 0;
      std::string before = Lower(doc.text.substr(from, at - from));
      for (const std::string& phrase : im.weekfroms) {
        if (before.size() < phrase.size() ||
            before.compare(before.size() - phrase.size(), phrase.size(), phrase) != 0)
          continue;
        size_t lead = at - phrase.size();
        if (lead > 0 && std::isalnum(static_cast<unsigned char>(doc.text[lead - 1]))) continue;
        sys_days d;
        if (!ParseDay(it.e.value.timex, &d)) break;
        const std::string last = FormatDay(d + days(6));
        Value& v = it.e.value;
        v.timex = v.timex + "/" + last;
        v.start = FormatDay(d);
        v.end = last;
        v.mod.clear();
        it.e.begin = lead;
        it.e.rule =
            (it.e.rule.rfind("compose:", 0) == 0 ? "" : "compose:") + it.e.rule + "+week_from";
        break;
      }
    }
    if (it.e.kind == ClaimKind::kDate && it.e.value.timex.size() >= 10 &&
        IsDay(std::string_view(it.e.value.timex).substr(0, 10)) &&
        (it.e.value.timex.size() == 10 || it.e.value.timex[10] == 'T'))
      last_day = it.e.value.timex.substr(0, 10);
    // "from 1990 to 2000 levels": two years compared, no period. The years
    // are the first and last four digits of the claim.
    std::string_view h[2];
    const std::string_view text = doc.text.substr(it.e.begin, it.e.end - it.e.begin);
    if (it.e.kind == ClaimKind::kDate && Halves(it.e.value.timex, h) == 2 && IsYear(h[0]) &&
        IsYear(h[1]) && text.size() >= 8 && Digits(text.substr(0, 4)) &&
        Digits(text.substr(text.size() - 4)) && !im.points.empty()) {
      size_t at = it.e.end;
      while (at < doc.text.size() && doc.text[at] == ' ') ++at;
      size_t word_end = at;
      while (word_end < doc.text.size() &&
             std::isalpha(static_cast<unsigned char>(doc.text[word_end])))
        ++word_end;
      if (im.points.count(Lower(doc.text.substr(at, word_end - at))) > 0) {
        Extraction first = it.e, second = it.e;
        first.end = first.begin + 4;
        second.begin = second.end - 4;
        first.value = YearValue(std::atoi(std::string(h[0]).c_str()));
        second.value = YearValue(std::atoi(std::string(h[1]).c_str()));
        first.rule = second.rule = it.e.rule + "+points";
        pieces->push_back(std::move(first));
        pieces->push_back(std::move(second));
        continue;
      }
    }
    pieces->push_back(std::move(it.e));
  }
}

}  // namespace wirefacts
