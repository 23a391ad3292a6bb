// Calendar arithmetic for temporal expressions: turning a year, month, week,
// quarter... into a date Value (inclusive ISO bounds, grain, TIMEX3 value),
// and anchoring underspecified expressions ("Friday", "Dec. 1", "in May")
// to the document creation date (DCT). Pure functions, no state.
//
// Conventions (model/claim.h, Value):
//   day      timex "2019-01-18", start == end
//   week     ISO week, timex "2019-W04", Monday..Sunday
//   weekend  timex "2019-W03-WE", Saturday..Sunday
//   month    timex "2019-01"
//   quarter  timex "2019-Q1"; half: "2019-H1" (grain "half")
//   season   timex "2019-SU" (grain "season"; winter runs Dec..Feb)
//   year     timex "2019"; decade: "199" (1990..1999), grain "decade"
//   time     timex "2019-01-18T10:00" or "2019-01-18TMO", start == end == day
#ifndef WIREFACTS_EXTRACTORS_TEMPORAL_RESOLVER_H_
#define WIREFACTS_EXTRACTORS_TEMPORAL_RESOLVER_H_

#include <chrono>
#include <string>
#include <string_view>

#include "model/claim.h"

namespace wirefacts {

// Which occurrence of an underspecified date to pick.
enum class Direction {
  kPast,     // the most recent one on or before the DCT
  kFuture,   // the next one on or after the DCT
  kNearest,  // whichever is closer to the DCT (ties go to the past)
};

// "2019-01-18".
std::string FormatDay(std::chrono::sys_days day);

Value DayValue(std::chrono::sys_days day);
Value WeekValue(std::chrono::sys_days any_day_of_week);
Value WeekendValue(std::chrono::sys_days any_day_of_week);
Value MonthValue(std::chrono::year_month ym);
Value QuarterValue(int year, int quarter);           // quarter 1..4
Value HalfValue(int year, int half);                 // half 1..2
Value SeasonValue(int year, std::string_view code);  // "SP", "SU", "FA", "WI"
Value YearValue(int year);
Value DecadeValue(int first_year);  // 1990 -> "199"
// The century whose years start with `hundreds` (20 -> "20", 2000..2099:
// TimeML's value of "the 21st century"), grain "century".
Value CenturyValue(int hundreds);
// "2019-01-18" -> that day; false for anything else.
bool ParseTimexDay(std::string_view s, std::chrono::sys_days* out);
// A clock time on `day`: minutes after midnight, or a part of day code
// ("MO", "AF", "EV", "NI") when minutes < 0.
Value TimeValue(std::chrono::sys_days day, int minutes, std::string_view part_of_day);
// A vague reference: "PRESENT_REF" (bounds = the DCT), "PAST_REF",
// "FUTURE_REF" (no bounds).
Value RefValue(std::string_view ref, std::chrono::sys_days dct);

// Narrows `v` to its START / MID / END third (a year to Jan-Apr, May-Aug,
// Sep-Dec; a month to days 1-10, 11-20, 21-end; a week to Monday-Wednesday,
// Wednesday-Thursday, Friday-Sunday; other periods by thirds) and
// sets v->mod (a decade goes to years 0-3, 4-6, 7-9). Any other mod is only recorded. No-op for an
// empty mod.
void ApplyMod(std::string_view mod, Value* v);

// The interval [a.start, b.end] as one value: grain of `a`, timex
// "a.timex/b.timex". False when b ends before a starts.
bool JoinRange(const Value& a, const Value& b, Value* out);

// The `weekday` nearest the DCT in `dir` (the DCT itself qualifies).
std::chrono::sys_days AnchorWeekday(std::chrono::sys_days dct, std::chrono::weekday wd,
                                    Direction dir);
// The weekday relative to the DCT: rel -1 "last Friday" (strictly before),
// +1 "next Friday" (strictly after), 0 "this Friday" (in the DCT's ISO week).
std::chrono::sys_days RelativeWeekday(std::chrono::sys_days dct, std::chrono::weekday wd, int rel);
// The month named without a year. The DCT's own month is always itself.
std::chrono::year_month AnchorMonth(std::chrono::sys_days dct, std::chrono::month m, Direction dir);
// "last May" (-1: strictly before the DCT's month), "this May" (0: the DCT's
// year), "next May" (+1: strictly after).
std::chrono::year_month RelativeMonth(std::chrono::sys_days dct, std::chrono::month m, int rel);
// Month and day without a year; false for impossible dates (Feb. 30).
bool AnchorMonthDay(std::chrono::sys_days dct, std::chrono::month m, std::chrono::day d,
                    Direction dir, std::chrono::sys_days* out);
// A quarter named without a year: the most recent one that has begun (past),
// the coming one that has not ended (future), or the nearest.
int AnchorQuarterYear(std::chrono::sys_days dct, int quarter, Direction dir);

// The DCT shifted by `n` calendar units ("Y", "M", "W", "D", "Q"), clamping
// the day of month ("a month ago" from March 31 is Feb. 28 or 29). `n` is
// clamped to ten thousand years either way.
std::chrono::sys_days ShiftDays(std::chrono::sys_days dct, int n, char unit);

// Dates resolve within TIMEX3's four-digit years: a value whose bounds fall
// before 0001-01-01 or after 9999-12-31 ("Monday" published 0001-01-01) is
// not resolved, and the scanner drops the expression rather than clamp it to
// a day the text did not name. True for values without bounds.
bool WithinTimexYears(const Value& v);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_TEMPORAL_RESOLVER_H_
