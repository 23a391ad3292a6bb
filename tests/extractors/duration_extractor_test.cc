#include "extractors/duration_extractor.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "extractors/date_extractor.h"
#include "tests/extractors/extractor_test_util.h"

namespace wirefacts {
namespace {

using std::chrono::sys_days;

const sys_days kFri = sys_days(std::chrono::year(2019) / 1 / 18);

struct Extractors {
  std::unique_ptr<DurationExtractor> durations;
  std::unique_ptr<DateExtractor> dates;
};

const Extractors& Get() {
  static Extractors ex = [] {
    Extractors e;
    Status s = DurationExtractor::Create(RuleFiles(), &e.durations);
    if (!s.ok()) FAIL(s.ToString());
    s = DateExtractor::Create(RuleFiles(), &e.dates);
    if (!s.ok()) FAIL(s.ToString());
    return e;
  }();
  return ex;
}

std::vector<Extraction> Run(std::string_view text, bool dates = false) {
  std::vector<Sentence> sentences = {{0, text.size()}};
  DocumentView doc;
  doc.text = text;
  doc.sentences = &sentences;
  doc.published = kFri;
  std::vector<Extraction> out;
  if (dates) {
    Get().dates->Extract(doc, &out);
  } else {
    Get().durations->Extract(doc, &out);
  }
  return out;
}

std::string Describe(std::string_view text, const std::vector<Extraction>& found) {
  std::string s;
  for (const Extraction& e : found)
    s += "[" + std::string(text.substr(e.begin, e.end - e.begin)) + "] " + e.value.timex + " " +
         e.value.mod + " (" + e.rule + ")\n";
  return s;
}

struct DurationCase {
  const char* text;
  const char* span;
  const char* timex;
  const char* mod = "";
  bool approx = false;
};

const DurationCase kCases[] = {
    {"China offered a six-year buying spree.", "six-year", "P6Y"},
    {"Officials used three days of talks.", "three days", "P3D"},
    {"The talk took one and a half hours.", "one and a half hours", "PT1H30M"},
    {"The talk took one hour and half.", "one hour and half", "PT1H30M"},
    {"What happened in the 5 past years?", "5 past years", "P5Y"},
    {"Halfway through a 90-day truce.", "90-day", "P90D"},
    {"The gap must be cleared in the next two years.", "the next two years", "P2Y"},
    {"Exports rose over the past two years.", "the past two years", "P2Y"},
    {"It signed a two-week extension.", "two-week", "P2W"},
    {"The plant ran for 10 years.", "10 years", "P10Y"},
    {"Prices have doubled in a decade.", "a decade", "P10Y"},
    {"The review took 18 months.", "18 months", "P18M"},
    {"The meeting lasted half an hour.", "half an hour", "PT30M"},
    {"Talks could take several weeks.", "several weeks", "PXW", "", true},
    {"The strike lasted more than four hours.", "more than four hours", "PT4H", "MORE_THAN"},
    {"The deal took about three years.", "about three years", "P3Y", "APPROX", true},
    {"Stocks fell in the last twenty four hours.", "the last twenty four hours", "PT24H"},
    {"It was the lowest in twenty-five years.", "twenty-five years", "P25Y"},
    {"Sales rose in the first nine months.", "the first nine months", "P9M"},
    {"Prices have fallen in recent years.", "recent years", "PXY", "", true},
    {"Rates have been rising for years.", "years", "PXY", "", true},
    {"The bond matures in a year and a half.", "a year and a half", "P1Y6M"},
    {"The project took 2.5 years.", "2.5 years", "P2Y6M"},
    // Fractions go to the next smaller unit (TimeML style).
    {"The repairs took 2 1/2 years.", "2 1/2 years", "P2Y6M"},
    {"The flight lasted 5 1/2 hours.", "5 1/2 hours", "PT5H30M"},
    {"The clip runs a minute and a half.", "a minute and a half", "PT1M30S"},
    {"Rain fell for half a day.", "half a day", "PT12H"},
    {"The sprint took 123.45 seconds.", "123.45 seconds", "PT123.45S"},
    // Quarters are a unit of their own.
    {"Sales fell in the past two quarters.", "the past two quarters", "P2Q"},
    {"Profit rose for several quarters.", "several quarters", "PXQ", "", true},
    {"He served a two-year term.", "two-year", "P2Y"},
    // "the year ended June 30" is the twelve months (TimeML: a duration).
    {"Net income for the year ended June 30 rose.", "the year", "P1Y"},
    {"It expects a loss for the fiscal year ending in March.", "the fiscal year", "P1Y"},
    // "½", and "sec" only after a decimal or in "for N sec".
    {"Please schedule a ½ hour call.", "½ hour", "PT30M"},
    {"The lap took 63.2 sec on Friday.", "63.2 sec", "PT63.2S"},
    {"The alarm sounded for 10 secs.", "10 secs", "PT10S"},
    // Lengths in falling units add up; rising ones stay apart.
    {"The project took two years and three months.", "two years and three months", "P2Y3M"},
    {"The outage lasted an hour and 45 minutes.", "an hour and 45 minutes", "PT1H45M"},
    // Quarters of a unit and minutes spoken after hours.
    {"The session ran one and a quarter hours.", "one and a quarter hours", "PT1H15M"},
    {"The hike took two and quarter hours.", "two and quarter hours", "PT2H15M"},
    {"The climb took an hour and three quarters.", "an hour and three quarters", "PT1H45M"},
    {"The flight took 1 hour thirty.", "1 hour thirty", "PT1H30M"},
    {"The drive is 2 hours and 10, they said.", "2 hours and 10", "PT2H10M"},
    {"For 2 hours 10 people waited.", "2 hours", "PT2H"},
    {"It took two years and a quarter of the budget.", "two years", "P2Y"},
    {"The record is 1 year, 2 days, 3 hours and 4 seconds.",
     "1 year, 2 days, 3 hours and 4 seconds", "P1Y2DT3H4S"},
    {"They were jailed for two weeks and three days.", "two weeks and three days", "P17D"},
    {"He stayed five days and two years later left.", "five days", "P5D"},
    // Short forms: unit letters and "h" after "for"/"lasted", nights,
    // weekends, "all day", half units, "one sec".
    {"The cold lasted 2W.", "2W", "P2W"},
    {"I'll leave for 3h.", "3h", "PT3H"},
    {"He was away for 10D.", "10D", "P10D"},
    {"Book a room for two nights.", "two nights", "P2D"},
    {"Book a room for 1 night.", "1 night", "P1D"},
    {"They stayed 3 nights in Rome.", "3 nights", "P3D"},
    {"The course lasts three weekends.", "three weekends", "P3WE"},
    {"I'll be away for all day.", "all day", "P1D"},
    {"Show sales all week.", "all week", "P1W"},
    {"The call took half hour.", "half hour", "PT30M"},
    {"Staff took a half day off.", "a half day", "PT12H"},
    {"Staff took half day off.", "half day", "PT12H"},
    {"It lasted 1/2h.", "1/2h", "PT30M"},
    {"Wait one sec.", "one sec", "PT1S"},
    // A definite count of plural units keeps its article (TimeML extent).
    {"For the nine months, net income rose.", "the nine months", "P9M"},
    {"Through the four days of meetings, no deal came.", "the four days", "P4D"},
    {"The firm reported losses for the six-month period.", "six-month", "P6M"},
    {"Officials will decide over the next couple weeks.", "the next couple weeks", "P2W"},
    {"Trades must settle within five business days.", "five business days", "P5D"},
    {"Refunds take ten working days.", "ten working days", "P10D"},
};

// Each case's span is a duration with its value, mod and approx flag.
template <size_t N>
void CheckDurationCases(const DurationCase (&cases)[N]) {
  for (const DurationCase& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    CHECK(hit != nullptr);
    if (hit == nullptr) continue;
    CHECK(hit->kind == ClaimKind::kDuration);
    CHECK(hit->value.timex == c.timex);
    CHECK(hit->value.mod == c.mod);
    CHECK(hit->value.approx == c.approx);
  }
}

TEST_CASE("DurationExtractor finds durations", "[durations]") { CheckDurationCases(kCases); }

// A count from the DCT (2019-01-18) also carries the period it covers;
// "" bounds = none (anchored elsewhere, vague, or no relation to the DCT).
struct AnchoredCase {
  const char* text;
  const char* span;
  const char* timex;
  const char* start;
  const char* end;
};

const AnchoredCase kAnchored[] = {
    {"Exports rose over the past two years.", "the past two years", "P2Y", "2017-01-18",
     "2019-01-18"},
    {"Sales fell in the last 3 months.", "the last 3 months", "P3M", "2018-10-18", "2019-01-18"},
    {"Output fell over the last two years.", "the last two years", "P2Y", "2017-01-18",
     "2019-01-18"},
    {"Talks go on for the next 3 days.", "the next 3 days", "P3D", "2019-01-19", "2019-01-21"},
    {"A deal is due within 9 months.", "9 months", "P9M", "2019-01-18", "2019-10-18"},
    {"A deal is due within the next two weeks.", "the next two weeks", "P2W", "2019-01-18",
     "2019-02-01"},
    // Another anchor, a bare count, a vague count: no period.
    {"It must sell the unit within two years of the merger.", "two years", "P2Y", "", ""},
    {"Talks went on for the next 3 days after the vote.", "the next 3 days", "P3D", "", ""},
    {"The plant ran for 10 years.", "10 years", "P10Y", "", ""},
    {"Prices rose in the past few years.", "the past few years", "PXY", "", ""},
};

TEST_CASE("A duration counted from the DCT carries its period", "[durations]") {
  for (const AnchoredCase& c : kAnchored) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    REQUIRE(hit != nullptr);
    CHECK(hit->kind == ClaimKind::kDuration);
    CHECK(hit->value.timex == c.timex);
    CHECK(hit->value.start == c.start);
    CHECK(hit->value.end == c.end);
  }
}

struct SharedSpanCase {
  const char* text;
  const char* span;  // claimed by exactly one of the extractors
  bool is_date;
};

const SharedSpanCase kShared[] = {
    {"The offer was made two weeks ago.", "two weeks ago", true},
    {"Output rose from a year earlier.", "a year earlier", true},
    {"Profit rose from the year-ago quarter.", "the year-ago quarter", true},
    {"The gap must be cleared in the next two years.", "the next two years", false},
    {"Growth will slow next year.", "next year", true},
    {"It costs $40 billion a year.", "a year", true},
};

TEST_CASE("Dates and durations never claim the same span", "[durations][dates]") {
  for (const SharedSpanCase& c : kShared) {
    std::string text = c.text;
    std::vector<Extraction> durations = Run(text), dates = Run(text, true);
    INFO("text: " << text << "\ndurations:\n"
                  << Describe(text, durations) << "dates:\n"
                  << Describe(text, dates));
    size_t b = text.find(c.span), e = b + std::string_view(c.span).size();
    REQUIRE(b != std::string::npos);
    auto exact = [&](const std::vector<Extraction>& v) {
      for (const Extraction& x : v)
        if (x.begin == b && x.end == e) return true;
      return false;
    };
    auto overlaps = [&](const std::vector<Extraction>& v) {
      for (const Extraction& x : v)
        if (x.begin < e && b < x.end) return true;
      return false;
    };
    if (c.is_date) {
      CHECK(exact(dates));
      CHECK_FALSE(overlaps(durations));
    } else {
      CHECK(exact(durations));
      CHECK_FALSE(overlaps(dates));
    }
  }
}

TEST_CASE("DurationExtractor leaves non-durations alone", "[durations]") {
  for (const char* text :
       {"He got a second chance.", "A quarter of the market is idle.", "Shares rose 2.5 percent.",
        "The year-ago results were weak.", "A 6-year-old boy was found.",
        "The 52-year-old senator spoke.", "The 40 year old engine failed.",
        "He filed 10 SEC reports.", "The 10 sec. rule.",
        // "2m" is millions or metres; nights and days that are no lengths.
        "Sales rose 2m.", "The wall is 2 m high.", "They work at three night markets.",
        "One night the storm hit.", "Similar events were held all day in the capital."}) {
    std::vector<Extraction> found = Run(text);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    CHECK(found.empty());
  }
}

TEST_CASE("The verb last before a length is no qualifier", "[durations]") {
  const DurationCase cases[] = {
      {"The talks could last two weeks, officials said.", "two weeks", "P2W"},
      {"The strike shouldn't last two days.", "two days", "P2D"},
      {"The hearing is expected to last three hours.", "three hours", "PT3H"},
      {"Officials said it'll last two hours.", "two hours", "PT2H"},
      // "last" after other words is still the adjective.
      {"Shares rose 5% in last two weeks.", "last two weeks", "P2W"},
  };
  CheckDurationCases(cases);
}

}  // namespace
}  // namespace wirefacts
