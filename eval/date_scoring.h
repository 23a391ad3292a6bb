// How the date suites of Recognizers-Text and Duckling are judged (issue 5):
// the suites' resolutions read into one form, our claims read into another,
// and the rules that decide when the two state the same fact and when a
// claim's extent counts as the suite's. Each rule is one of the suite
// conventions listed in eval/README.md ("Dates"); eval/date_suites.cc runs
// the suites, tests/eval/date_scoring_test.cc holds one table per rule.
#ifndef WIREFACTS_EVAL_DATE_SCORING_H_
#define WIREFACTS_EVAL_DATE_SCORING_H_

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/claim.h"

namespace wirefacts {
// A namespace of its own: the extractors have calendar helpers of the same
// names, and the scorer must not depend on theirs.
namespace date_eval {

// --- Calendar helpers on ISO strings ----------------------------------------

// "YYYY-MM-DD..." (the first ten characters) as a day; false when invalid.
bool ParseIsoDay(std::string_view s, std::chrono::sys_days* out);
std::string FormatIsoDay(std::chrono::sys_days d);
// "YYYY-MM-DD" shifted by n days or n months (clamping the day); "" when
// unparseable.
std::string AddDays(std::string_view iso, int n);
std::string AddMonths(std::string_view iso, int n);
// A date-time as "YYYY-MM-DDTHH:MM", a time of day as "HH:MM"; seconds and
// offsets dropped. Accepts "2016-11-07 16:00:00", "2013-02-12T16:00:00-02:00",
// "16:00:00", TIMEX3 "2019-01-18T10", "T16:30". "" when `s` has no clock.
std::string ClockOf(std::string_view s);
// A "YYYY-MM-DDTHH:MM" clock shifted by `minutes`.
std::string AddMinutes(const std::string& clock, int minutes);
// Two clocks agree when equal, or when one is a time of day and the other a
// date-time with that time.
bool SameClock(const std::string& a, const std::string& b);

// A TIMEX3 value with spellings of the same value made equal: unpadded week
// numbers ("2000-W7"), clocks to the hour, minute or second ("T17" =
// "T17:00" = "T17:00:00"), "T24" as the next day's "T00:00".
std::string NormalizeTimex(std::string v);
// A duration ("P3D", "PT1H30M", "P1.5Y", "P1Q") in seconds, a month of 30
// days and a year of `year_days`; nullopt for vague ("PXY") or unparseable
// values.
std::optional<double> DurationSeconds(std::string_view t, double year_days = 365);
// The first day of the period a TIMEX3 date names: "2018" -> 2018-01-01,
// "2018-05" -> 2018-05-01, "2018-05-07", "2018-Q2", "2018-H2", "2018-W19"
// (its Monday), "2018-W19-WE" (its Saturday), "201" (a decade). "" for
// anything else (clocks, references, seasons).
std::string FirstDayOfTimex(std::string_view timex);

// --- Our claims --------------------------------------------------------------

struct SystemValue {
  ClaimKind kind = ClaimKind::kDate;
  std::string text;                    // the claim's text
  std::string start, end;              // inclusive days
  std::string clock_start, clock_end;  // clocks of a time or a time range
  std::string timex, mod, grain;
};
SystemValue ReadSystem(const Claim& c);

// --- The suites' resolutions ---------------------------------------------------

enum class DateSuite { kRecognizersText, kDuckling };

struct GoldResolution {
  DateSuite suite = DateSuite::kRecognizersText;
  std::string text;                    // the gold span's text
  std::string start, end;              // inclusive days; one may be "" (open)
  std::string end_exclusive;           // the suite's own end of a closed day range
  std::string clock_start, clock_end;  // clocks, when the grain is finer than a day
  std::string raw_start, raw_end;      // the suite's interval ends as given
  std::string timex;                   // RT's TIMEX (also for sets and durations)
  std::string mod;                     // RT's Mod ("before", "since-end", "mid")
  std::string reference;               // the case's reference time
  std::optional<double> seconds;       // durations
  bool open = false;                   // one side only ("before", "after")
  bool set = false;                    // a set ("every week")
};

// Recognizers-Text: every alternative resolution the suite lists for one
// expected item (`raw.values`). `reference` is the case's `ref`.
std::vector<GoldResolution> RecognizersResolutions(const nlohmann::json& item,
                                                   const std::string& reference);
// Duckling: the expected item's value, exclusive interval ends made
// inclusive, a single value's grain expanded to an interval. `reference` is
// the case's `ref`.
GoldResolution DucklingResolution(const nlohmann::json& item, const std::string& reference);
// Duckling's future bias undone: `g` and the other occurrences an
// underspecified expression may mean (a weekday a week away, a date
// without a year a year away, a clock time without a day a day away).
std::vector<GoldResolution> DucklingAlternatives(const GoldResolution& g, bool weekday,
                                                 bool has_year, bool has_day);

// True when the claim states the fact of resolution `g`.
bool MatchesResolution(const GoldResolution& g, const SystemValue& s);

// --- Extents -------------------------------------------------------------------

// Extents [start, end) in code points of `text` that count as an exact match
// of a claim spanning [b, e), besides [b, e) itself: the claim widened by the
// qualifiers next to it that the claim's mod (or, for a neutral word, its
// kind) carries, and for Recognizers-Text the claim without a leading
// "the". For Duckling, only the whole input can count, so the list holds at
// most [0, length of text).
std::vector<std::pair<size_t, size_t>> ExactExtents(DateSuite suite, std::string_view text,
                                                    size_t b, size_t e, const SystemValue& s);

}  // namespace date_eval
}  // namespace wirefacts

#endif  // WIREFACTS_EVAL_DATE_SCORING_H_
