// The date suites' scoring rules (eval/date_scoring.h), one table per rule:
// each row is a suite item or resolution, a claim, and whether the claim
// states the suite's fact (or whether an extent counts as exact). Every
// table has rows that must fail, so no rule lets a wrong value through.
#include "eval/date_scoring.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace date_eval {
namespace {

// A claim: text, timex, inclusive bounds, grain, mod, kind.
SystemValue Claim(const char* text, const char* timex, const char* start, const char* end,
                  const char* grain = "", const char* mod = "", ClaimKind kind = ClaimKind::kDate) {
  wirefacts::Claim c;
  c.kind = kind;
  c.text = text;
  c.value.timex = timex;
  c.value.start = start;
  c.value.end = end;
  c.value.grain = grain;
  c.value.mod = mod;
  return ReadSystem(c);
}

// A Recognizers-Text item with one resolution (JSON of raw.values[0]).
std::vector<GoldResolution> Rt(const char* text, const char* type, const char* value_json,
                               const char* ref = "2016-11-07T00:00:00") {
  nlohmann::json item = {{"text", text}, {"type", type}};
  item["raw"]["values"] = nlohmann::json::array({nlohmann::json::parse(value_json)});
  return RecognizersResolutions(item, ref);
}

// A Duckling item.
GoldResolution Dk(const char* text, const char* grain, const char* start, const char* end,
                  const char* ref = "2013-02-12T04:30:00-02:00") {
  nlohmann::json item = {{"text", text},
                         {"type", "date"},
                         {"grain", grain},
                         {"start_value", start},
                         {"end_value", end ? nlohmann::json(end) : nlohmann::json()}};
  item["raw"]["json"] = {{"type", end ? "interval" : "value"}};
  return DucklingResolution(item, ref);
}

bool AnyMatch(const std::vector<GoldResolution>& gold, const SystemValue& s) {
  for (const GoldResolution& g : gold)
    if (MatchesResolution(g, s)) return true;
  return false;
}

TEST_CASE("FirstDayOfTimex names the first day of a period", "[date_scoring]") {
  struct Row {
    const char* timex;
    const char* first;
  };
  auto row = GENERATE(values<Row>({
      {"2018", "2018-01-01"},
      {"2018-05", "2018-05-01"},
      {"2018-05-07", "2018-05-07"},
      {"2018-Q2", "2018-04-01"},
      {"2018-H2", "2018-07-01"},
      {"2018-W19", "2018-05-07"},
      {"2018-W19-WE", "2018-05-12"},
      {"201", "2010-01-01"},
      {"2018-13", ""},
      {"2018-02-30", ""},
      {"2018-SU", ""},
      {"PRESENT_REF", ""},
      {"2018-05-07T10:00", ""},
  }));
  CAPTURE(row.timex);
  CHECK(FirstDayOfTimex(row.timex) == row.first);
}

TEST_CASE("Rule range ends: RT closes a range at the start of its last unit", "[date_scoring]") {
  struct Row {
    const char* value;  // RT's raw value
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      // "from 2014 to 2018": RT 2014-01-01..2018-01-01, we run through 2018.
      {R"({"type":"daterange","start":"2014-01-01","end":"2018-01-01"})",
       Claim("2014 to 2018", "2014/2018", "2014-01-01", "2018-12-31", "year"), true},
      // "from March to May" and "Jan-Feb 2017".
      {R"({"type":"daterange","start":"2018-03-01","end":"2018-05-01"})",
       Claim("March to May", "2018-03/2018-05", "2018-03-01", "2018-05-31", "month"), true},
      {R"({"type":"daterange","start":"2017-01-01","end":"2017-02-01"})",
       Claim("Jan-Feb 2017", "2017-01/2017-02", "2017-01-01", "2017-02-28", "month"), true},
      // "Nov 18-Dec 19": days, RT's end is the last day itself.
      {R"({"type":"daterange","start":"2015-11-18","end":"2015-12-19"})",
       Claim("Nov 18-Dec 19", "2015-11-18/2015-12-19", "2015-11-18", "2015-12-19", "day"), true},
      // The exclusive end moved back a day still matches a claim that
      // stops before 2018.
      {R"({"type":"daterange","start":"2014-01-01","end":"2018-01-01"})",
       Claim("2014 to 2017", "2014/2017", "2014-01-01", "2017-12-31", "year"), true},
      // Wrong last unit, wrong start, no range: no match.
      {R"({"type":"daterange","start":"2014-01-01","end":"2018-01-01"})",
       Claim("2014 to 2019", "2014/2019", "2014-01-01", "2019-12-31", "year"), false},
      {R"({"type":"daterange","start":"2014-01-01","end":"2018-01-01"})",
       Claim("2013 to 2018", "2013/2018", "2013-01-01", "2018-12-31", "year"), false},
      {R"({"type":"daterange","start":"2014-01-01","end":"2018-01-01"})",
       Claim("2014", "2014", "2014-01-01", "2014-12-31", "year"), false},
  }));
  CAPTURE(row.value, row.claim.timex);
  CHECK(AnyMatch(Rt("x", "daterange", row.value), row.claim) == row.match);
}

TEST_CASE("Rule periods up to the reference (RT)", "[date_scoring]") {
  struct Row {
    const char* ref;
    SystemValue claim;
    bool match;
  };
  const char* value = R"({"type":"daterange","start":"2016-08-07","end":"2016-11-07"})";
  auto row = GENERATE(values<Row>({
      {"2016-11-07T00:00:00",
       Claim("last 3 months", "P3M", "2016-08-07", "2016-11-07", "", "", ClaimKind::kDuration),
       true},
      {"2016-11-07T00:00:00",
       Claim("last 3 months", "P3M", "2016-08-07", "2016-11-06", "", "", ClaimKind::kDuration),
       true},
      // The range does not end at the reference: the day after is wrong.
      {"2016-11-10T00:00:00",
       Claim("last 3 months", "P3M", "2016-08-07", "2016-11-07", "", "", ClaimKind::kDuration),
       false},
      {"2016-11-07T00:00:00",
       Claim("last 3 months", "P3M", "2016-08-08", "2016-11-07", "", "", ClaimKind::kDuration),
       false},
  }));
  CAPTURE(row.ref, row.claim.start, row.claim.end);
  CHECK(AnyMatch(Rt("last 3 months", "daterange", value, row.ref), row.claim) == row.match);
}

TEST_CASE("Rule open ranges: the mod must point the suite's way", "[date_scoring]") {
  struct Row {
    const char* value;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      // "after 2020": RT's start 2021-01-01.
      {R"({"type":"daterange","Mod":"after","start":"2021-01-01"})",
       Claim("2020", "2020", "2020-01-01", "2020-12-31", "year", "AFTER"), true},
      {R"({"type":"daterange","Mod":"after","start":"2021-01-01"})",
       Claim("2020", "2020", "2020-01-01", "2020-12-31", "year", ""), false},
      {R"({"type":"daterange","Mod":"after","start":"2021-01-01"})",
       Claim("2020", "2020", "2020-01-01", "2020-12-31", "year", "BEFORE"), false},
      // "before the year 2019": an end only.
      {R"({"type":"daterange","Mod":"before","end":"2019-01-01"})",
       Claim("2019", "2019", "2019-01-01", "2019-12-31", "year", "BEFORE"), true},
      {R"({"type":"daterange","Mod":"before","end":"2019-01-01"})",
       Claim("2019", "2019", "2019-01-01", "2019-12-31", "year", "ON_OR_AFTER"), false},
      // "before the 31st": a claim of the whole month is not that day.
      {R"({"type":"daterange","Mod":"before","end":"2019-08-31"})",
       Claim("the month", "2019-08", "2019-08-01", "2019-08-31", "month", ""), false},
      // Clock bounds: "as late as 7:00 am".
      {R"({"type":"timerange","Mod":"before","end":"07:00:00"})",
       Claim("7:00 am", "2018-08-17T07:00", "2018-08-17", "2018-08-17", "time", "ON_OR_BEFORE"),
       true},
      {R"({"type":"timerange","Mod":"before","end":"07:00:00"})",
       Claim("7:00 am", "2018-08-17T07:00", "2018-08-17", "2018-08-17", "time", ""), false},
  }));
  CAPTURE(row.value, row.claim.mod);
  CHECK(AnyMatch(Rt("x", "daterange", row.value), row.claim) == row.match);
}

TEST_CASE("Rule part of day", "[date_scoring]") {
  SECTION("RT gives the code: code and day must agree") {
    struct Row {
      SystemValue claim;
      bool match;
    };
    const char* value =
        R"({"timex":"XXXX-WXX-2TMO","type":"datetimerange","start":"2016-11-08 08:00:00","end":"2016-11-08 12:00:00"})";
    auto row = GENERATE(values<Row>({
        {Claim("tuesday morning", "2016-11-08TMO", "2016-11-08", "2016-11-08"), true},
        {Claim("tuesday morning", "2016-11-01TMO", "2016-11-01", "2016-11-01"), false},
        {Claim("tuesday evening", "2016-11-08TEV", "2016-11-08", "2016-11-08"), false},
        {Claim("tuesday", "2016-11-08", "2016-11-08", "2016-11-08", "day"), false},
    }));
    CAPTURE(row.claim.timex);
    CHECK(AnyMatch(Rt("tuesday in the morning", "datetimerange", value), row.claim) == row.match);
  }
  SECTION("RT's part of day without a day matches by code; its lunch is midday") {
    struct Row {
      SystemValue claim;
      bool match;
    };
    const char* value =
        R"({"timex":"TMEL","type":"timerange","start":"11:00:00","end":"13:00:00"})";
    auto row = GENERATE(values<Row>({
        {Claim("lunch tomorrow", "2022-07-28TMI", "2022-07-28", "2022-07-28"), true},
        {Claim("tomorrow morning", "2022-07-28TMO", "2022-07-28", "2022-07-28"), false},
        {Claim("tomorrow", "2022-07-28", "2022-07-28", "2022-07-28", "day"), false},
    }));
    CAPTURE(row.claim.timex);
    CHECK(AnyMatch(Rt("at lunch", "timerange", value), row.claim) == row.match);
  }
  SECTION("Duckling gives its own bounds of the part") {
    struct Row {
      const char* start;
      const char* end;
      SystemValue claim;
      bool match;
    };
    auto row = GENERATE(values<Row>({
        {"2013-02-12T18:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("this evening", "2013-02-12TEV", "2013-02-12", "2013-02-12"), true},
        {"2013-02-12T18:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("tonight", "2013-02-12TNI", "2013-02-12", "2013-02-12"), true},
        {"2013-02-18T00:00:00-02:00", "2013-02-18T12:00:00-02:00",
         Claim("monday morning", "2013-02-18TMO", "2013-02-18", "2013-02-18"), true},
        {"2013-02-13T12:00:00-02:00", "2013-02-13T19:00:00-02:00",
         Claim("tomorrow afternoon", "2013-02-13TAF", "2013-02-13", "2013-02-13"), true},
        {"2013-02-13T12:00:00-02:00", "2013-02-13T14:00:00-02:00",
         Claim("tomorrow lunch", "2013-02-13TMI", "2013-02-13", "2013-02-13"), true},
        {"2013-02-13T12:00:00-02:00", "2013-02-13T19:00:00-02:00",
         Claim("tomorrow lunch", "2013-02-13TMI", "2013-02-13", "2013-02-13"), false},
        // "late tonight" (21-24) is not the whole night; another day.
        {"2013-02-12T21:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("tonight", "2013-02-12TNI", "2013-02-12", "2013-02-12"), false},
        // Early/late narrow the part: inside its bounds, sharing the start/end.
        {"2013-02-12T21:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("late tonight", "2013-02-12TNI", "2013-02-12", "2013-02-12", "", "END"), true},
        {"2013-02-18T00:00:00-02:00", "2013-02-18T09:00:00-02:00",
         Claim("monday early morning", "2013-02-18TMO", "2013-02-18", "2013-02-18", "", "START"),
         true},
        {"2013-02-18T00:00:00-02:00", "2013-02-18T09:00:00-02:00",
         Claim("monday late morning", "2013-02-18TMO", "2013-02-18", "2013-02-18", "", "END"),
         false},
        {"2013-02-12T18:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("late tonight", "2013-02-12TNI", "2013-02-12", "2013-02-12", "", "END"), false},
        {"2013-02-12T18:00:00-02:00", "2013-02-13T00:00:00-02:00",
         Claim("tonight", "2013-02-11TNI", "2013-02-11", "2013-02-11"), false},
        {"2013-02-18T00:00:00-02:00", "2013-02-18T12:00:00-02:00",
         Claim("monday", "2013-02-18", "2013-02-18", "2013-02-18", "day"), false},
    }));
    CAPTURE(row.start, row.claim.timex);
    CHECK(MatchesResolution(Dk("x", "hour", row.start, row.end), row.claim) == row.match);
  }
}

TEST_CASE("Rules weekend and seasons (Duckling bounds)", "[date_scoring]") {
  struct Row {
    const char* grain;
    const char* start;
    const char* end;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"hour", "2013-02-08T18:00:00-02:00", "2013-02-11T00:00:00-02:00",
       Claim("this past weekend", "2013-W06-WE", "2013-02-09", "2013-02-10"), true},
      {"hour", "2013-02-15T18:00:00-02:00", "2013-02-18T00:00:00-02:00",
       Claim("weekend", "2013-W06-WE", "2013-02-09", "2013-02-10"), false},
      {"day", "2013-06-21T00:00:00-02:00", "2013-09-24T00:00:00-02:00",
       Claim("this summer", "2013-SU", "2013-06-01", "2013-08-31", "season"), true},
      {"day", "2012-12-21T00:00:00-02:00", "2013-03-21T00:00:00-02:00",
       Claim("this winter", "2012-WI", "2012-12-01", "2013-02-28", "season"), true},
      {"day", "2012-12-21T00:00:00-02:00", "2013-03-21T00:00:00-02:00",
       Claim("winter", "2013-WI", "2013-12-01", "2014-02-28", "season"), false},
      {"day", "2013-06-21T00:00:00-02:00", "2013-09-24T00:00:00-02:00",
       Claim("this spring", "2013-SP", "2013-03-01", "2013-05-31", "season"), false},
  }));
  CAPTURE(row.start, row.claim.timex);
  CHECK(MatchesResolution(Dk("x", row.grain, row.start, row.end), row.claim) == row.match);
}

TEST_CASE("Rule anchored periods: a duration from the reference (Duckling)", "[date_scoring]") {
  // Reference Tuesday 2013-02-12T04:30; Duckling's exclusive ends.
  constexpr ClaimKind kDur = ClaimKind::kDuration;
  struct Row {
    const char* grain;
    const char* start;
    const char* end;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"day", "2013-02-10T00:00:00-02:00", "2013-02-12T00:00:00-02:00",
       Claim("last 2 days", "P2D", "2013-02-10", "2013-02-12", "", "", kDur), true},
      {"day", "2013-02-13T00:00:00-02:00", "2013-02-16T00:00:00-02:00",
       Claim("next 3 days", "P3D", "2013-02-13", "2013-02-15", "", "", kDur), true},
      {"day", "2013-01-28T00:00:00-02:00", "2013-02-11T00:00:00-02:00",
       Claim("last 2 weeks", "P2W", "2013-01-29", "2013-02-12", "", "", kDur), true},
      {"day", "2013-03-01T00:00:00-02:00", "2013-06-01T00:00:00-02:00",
       Claim("next 3 months", "P3M", "2013-02-13", "2013-05-12", "", "", kDur), true},
      {"day", "2011-01-01T00:00:00-02:00", "2013-01-01T00:00:00-02:00",
       Claim("last 2 years", "P2Y", "2011-02-12", "2013-02-12", "", "", kDur), true},
      {"hour", "2013-02-12T04:30:00-02:00", "2013-02-26T00:00:00-02:00",
       Claim("2 weeks", "P2W", "2013-02-12", "2013-02-26", "", "", kDur), true},
      {"week", "2013-02-04T00:00:00-02:00", nullptr,
       Claim("past week", "P1W", "2013-02-05", "2013-02-12", "", "", kDur), true},
      // Another count, the other side, no period of ours, a date claim
      // (its own rules), and "upcoming two weeks" read as the week two
      // weeks ahead: not the period of the next two weeks.
      {"day", "2013-02-10T00:00:00-02:00", "2013-02-12T00:00:00-02:00",
       Claim("last 3 days", "P3D", "2013-02-09", "2013-02-12", "", "", kDur), false},
      {"day", "2013-02-10T00:00:00-02:00", "2013-02-12T00:00:00-02:00",
       Claim("next 2 days", "P2D", "2013-02-13", "2013-02-14", "", "", kDur), false},
      {"day", "2013-02-10T00:00:00-02:00", "2013-02-12T00:00:00-02:00",
       Claim("2 days", "P2D", "", "", "", "", kDur), false},
      {"day", "2013-01-28T00:00:00-02:00", "2013-02-11T00:00:00-02:00",
       Claim("last 2 weeks", "P2W", "2013-01-29", "2013-02-12"), false},
      {"week", "2013-02-25T00:00:00-02:00", nullptr,
       Claim("upcoming two weeks", "P2W", "2013-02-13", "2013-02-26", "", "", kDur), false},
      {"hour", "2013-02-12T04:30:00-02:00", "2013-02-27T00:00:00-02:00",
       Claim("2 weeks", "P2W", "2013-02-12", "2013-02-26", "", "", kDur), false},
  }));
  CAPTURE(row.start, row.claim.text);
  CHECK(MatchesResolution(Dk("x", row.grain, row.start, row.end), row.claim) == row.match);
}

TEST_CASE("Rule Hebrew-calendar evenings (Duckling)", "[date_scoring]") {
  struct Row {
    const char* grain;
    const char* start;
    const char* end;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"day", "2018-09-18T00:00:00-02:00", nullptr,
       Claim("yom kippur 2018", "2018-09-19", "2018-09-19", "2018-09-19", "day"), true},
      {"day", "2018-03-30T00:00:00-02:00", "2018-04-08T00:00:00-02:00",
       Claim("passover 2018", "2018-03-31/2018-04-07", "2018-03-31", "2018-04-07"), true},
      {"day", "2018-12-02T00:00:00-02:00", "2018-12-10T00:00:00-02:00",
       Claim("Chanukah 2018", "2018-12-03/2018-12-10", "2018-12-03", "2018-12-10"), true},
      // Not a Hebrew-calendar holiday; two days early; the day after; a
      // name inside another word.
      {"day", "2013-12-24T00:00:00-02:00", nullptr,
       Claim("christmas", "2013-12-25", "2013-12-25", "2013-12-25", "day"), false},
      {"day", "2018-09-17T00:00:00-02:00", nullptr,
       Claim("yom kippur 2018", "2018-09-19", "2018-09-19", "2018-09-19", "day"), false},
      {"day", "2018-09-20T00:00:00-02:00", nullptr,
       Claim("yom kippur 2018", "2018-09-19", "2018-09-19", "2018-09-19", "day"), false},
      {"day", "2013-02-23T00:00:00-02:00", nullptr,
       Claim("purimfest", "2013-02-24", "2013-02-24", "2013-02-24", "day"), false},
  }));
  CAPTURE(row.start, row.claim.text);
  CHECK(MatchesResolution(Dk("x", row.grain, row.start, row.end), row.claim) == row.match);
}

TEST_CASE("Rule seasons: RT's season without a year", "[date_scoring]") {
  const char* value = R"({"timex":"SU","type":"daterange","value":"not resolved"})";
  CHECK(AnyMatch(Rt("summer", "daterange", value),
                 Claim("summer", "2016-SU", "2016-06-01", "2016-08-31", "season")));
  CHECK_FALSE(AnyMatch(Rt("summer", "daterange", value),
                       Claim("winter", "2016-WI", "2016-12-01", "2017-02-28", "season")));
}

TEST_CASE("Rule offsets at the unit's grain", "[date_scoring]") {
  SECTION("RT") {
    struct Row {
      const char* text;
      const char* value;
      SystemValue claim;
      bool match;
    };
    auto row = GENERATE(values<Row>({
        {"two months ago", R"({"type":"date","value":"2018-08-17"})",
         Claim("two months ago", "2018-08", "2018-08-01", "2018-08-31", "month"), true},
        {"in two years", R"({"type":"date","value":"2020-07-05"})",
         Claim("two years", "2020", "2020-01-01", "2020-12-31", "year"), true},
        // The wrong month; a grain that is not the unit; more than our
        // expression in the suite's span ("thanksgiving in 9 months").
        {"two months ago", R"({"type":"date","value":"2018-08-17"})",
         Claim("two months ago", "2018-09", "2018-09-01", "2018-09-30", "month"), false},
        {"two months ago", R"({"type":"date","value":"2018-08-17"})",
         Claim("two months ago", "2018", "2018-01-01", "2018-12-31", "year"), false},
        {"thanksgiving in 9 months", R"({"type":"date","value":"2013-11-28"})",
         Claim("9 months", "2013-11", "2013-11-01", "2013-11-30", "month"), false},
        // A date that is no offset.
        {"November", R"({"type":"date","value":"2018-11-17"})",
         Claim("November", "2018-11", "2018-11-01", "2018-11-30", "month"), false},
    }));
    CAPTURE(row.text, row.claim.timex);
    CHECK(AnyMatch(Rt(row.text, "date", row.value), row.claim) == row.match);
  }
  SECTION("Duckling: an instant at a finer grain") {
    struct Row {
      const char* text;
      const char* grain;
      const char* start;
      SystemValue claim;
      bool match;
    };
    auto row = GENERATE(values<Row>({
        {"in 7 days", "hour", "2013-02-19T04:00:00-02:00",
         Claim("7 days", "2013-02-19", "2013-02-19", "2013-02-19", "day"), true},
        {"a fortnight hence", "hour", "2013-02-26T04:00:00-02:00",
         Claim("a fortnight hence", "2013-02-26", "2013-02-26", "2013-02-26", "day"), true},
        {"a week ago", "day", "2013-02-05T00:00:00-02:00",
         Claim("a week ago", "2013-W06", "2013-02-04", "2013-02-10", "week"), true},
        {"two years ago", "month", "2011-02-01T00:00:00-02:00",
         Claim("two years ago", "2011", "2011-01-01", "2011-12-31", "year"), true},
        {"in 7 days", "hour", "2013-02-19T04:00:00-02:00",
         Claim("7 days", "2013-02-20", "2013-02-20", "2013-02-20", "day"), false},
        // "in a sec" is finer than any day.
        {"one second from now", "second", "2013-02-12T04:30:01-02:00",
         Claim("one second from now", "2013-02-12", "2013-02-12", "2013-02-12", "day"), false},
    }));
    CAPTURE(row.text, row.claim.timex);
    CHECK(MatchesResolution(Dk(row.text, row.grain, row.start, nullptr), row.claim) == row.match);
  }
}

TEST_CASE("Rule early/mid/late parts of a period", "[date_scoring]") {
  SECTION("RT: same part and base period") {
    struct Row {
      const char* value;
      SystemValue claim;
      bool match;
    };
    auto row = GENERATE(values<Row>({
        {R"({"timex":"XXXX-11","Mod":"mid","type":"daterange","start":"2018-11-10","end":"2018-11-21"})",
         Claim("mid-November", "2018-11", "2018-11-11", "2018-11-20", "month", "MID"), true},
        {R"({"timex":"XXXX-11","Mod":"mid","type":"daterange","start":"2018-11-10","end":"2018-11-21"})",
         Claim("mid-November", "2017-11", "2017-11-11", "2017-11-20", "month", "MID"), false},
        {R"({"timex":"XXXX-11","Mod":"mid","type":"daterange","start":"2018-11-10","end":"2018-11-21"})",
         Claim("late November", "2018-11", "2018-11-21", "2018-11-30", "month", "END"), false},
        // A bound and a part ("since late July") cannot be one mod.
        {R"({"timex":"XXXX-07","Mod":"since-end","type":"daterange","start":"2018-07-16"})",
         Claim("late July", "2018-07", "2018-07-21", "2018-07-31", "month", "END"), false},
    }));
    CAPTURE(row.value, row.claim.timex);
    CHECK(AnyMatch(Rt("x", "daterange", row.value), row.claim) == row.match);
  }
  SECTION("Duckling: the interval sits at the same end of our base period") {
    struct Row {
      const char* start;
      const char* end;
      SystemValue claim;
      bool match;
    };
    auto row = GENERATE(values<Row>({
        {"2017-01-01T00:00:00-02:00", "2017-04-01T00:00:00-02:00",
         Claim("beginning of 2017", "2017", "2017-01-01", "2017-04-30", "year", "START"), true},
        {"2017-09-01T00:00:00-02:00", "2018-01-01T00:00:00-02:00",
         Claim("end of 2017", "2017", "2017-09-01", "2017-12-31", "year", "END"), true},
        {"2017-01-01T00:00:00-02:00", "2017-04-01T00:00:00-02:00",
         Claim("end of 2017", "2017", "2017-09-01", "2017-12-31", "year", "END"), false},
        {"2013-02-12T00:00:00-02:00", "2013-04-01T00:00:00-02:00",
         Claim("end of next month", "2013-03", "2013-03-21", "2013-03-31", "month", "END"), false},
    }));
    CAPTURE(row.start, row.claim.mod);
    CHECK(MatchesResolution(Dk("x", "day", row.start, row.end), row.claim) == row.match);
  }
}

TEST_CASE("Rules vague counts and set periods (RT)", "[date_scoring]") {
  struct Row {
    const char* text;
    const char* type;
    const char* value;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"some days", "duration", R"({"timex":"P3D","type":"duration","value":"259200"})",
       Claim("some days", "PXD", "", "", "", "", ClaimKind::kDuration), true},
      {"a few minutes", "duration", R"({"timex":"PT3M","type":"duration","value":"180"})",
       Claim("a few minutes", "PTXM", "", "", "", "", ClaimKind::kDuration), true},
      {"some days", "duration", R"({"timex":"P3D","type":"duration","value":"259200"})",
       Claim("some weeks", "PXW", "", "", "", "", ClaimKind::kDuration), false},
      // A stated number is not vague.
      {"3 days", "duration", R"({"timex":"P3D","type":"duration","value":"259200"})",
       Claim("3 days", "PXD", "", "", "", "", ClaimKind::kDuration), false},
      {"each quarter", "set", R"({"timex":"P3M","type":"set","value":"not resolved"})",
       Claim("each quarter", "P1Q", "", "", "", "", ClaimKind::kSet), true},
      {"each quarter", "set", R"({"timex":"P3M","type":"set","value":"not resolved"})",
       Claim("each month", "P1M", "", "", "", "", ClaimKind::kSet), false},
      // Calendar lengths compare as months.
      {"one and a quarter year", "duration",
       R"({"timex":"P1.25Y","type":"duration","value":"39420000"})",
       Claim("one and a quarter year", "P1Y3M", "", "", "", "", ClaimKind::kDuration), true},
      {"one and a quarter year", "duration",
       R"({"timex":"P1.25Y","type":"duration","value":"39420000"})",
       Claim("one year and a month", "P1Y1M", "", "", "", "", ClaimKind::kDuration), false},
      {"semiannual", "set", R"({"timex":"P0.5Y","type":"set","value":"not resolved"})",
       Claim("semi-annually", "P6M", "", "", "", "", ClaimKind::kSet), true},
      {"semiannual", "set", R"({"timex":"P0.5Y","type":"set","value":"not resolved"})",
       Claim("every 180 days", "P180D", "", "", "", "", ClaimKind::kSet), false},
  }));
  CAPTURE(row.text, row.claim.timex);
  CHECK(AnyMatch(Rt(row.text, row.type, row.value), row.claim) == row.match);
}

TEST_CASE("Rule anchored periods: RT's calendar quarters and decades, within", "[date_scoring]") {
  constexpr ClaimKind kDur = ClaimKind::kDuration;
  struct Row {
    const char* value;  // RT's raw value
    const char* ref;
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      // Reference 2019-07-04 (third quarter): the two whole quarters before.
      {R"j({"timex":"(2019-01-01,2019-07-01,P6M)","type":"daterange","start":"2019-01-01","end":"2019-07-01"})j",
       "2019-07-04T00:00:00",
       Claim("the last 2 quarters", "P2Q", "2019-01-04", "2019-07-04", "", "", kDur), true},
      {R"j({"timex":"(2019-10-01,2021-07-01,P21M)","type":"daterange","start":"2019-10-01","end":"2021-07-01"})j",
       "2019-07-04T00:00:00",
       Claim("the next 7 quarters", "P7Q", "2019-07-05", "2021-04-04", "", "", kDur), true},
      {R"j({"timex":"(2020-01-01,2030-01-01,P10Y)","type":"daterange","start":"2020-01-01","end":"2030-01-01"})j",
       "2018-07-02T00:00:00",
       Claim("the next decade", "P10Y", "2018-07-03", "2028-07-02", "", "", kDur), true},
      {R"j({"timex":"(2018-03-23,2018-12-23,P9M)","type":"daterange","start":"2018-03-23","end":"2018-12-23"})j",
       "2018-03-23T00:00:00", Claim("9 months", "P9M", "2018-03-23", "2018-12-23", "", "", kDur),
       true},
      // Months and years count from the reference for RT (the general rule),
      // not as calendar units; ten years are no decade unless the text says
      // so; another count of quarters.
      {R"j({"timex":"(2019-01-01,2019-07-01,P6M)","type":"daterange","start":"2019-01-01","end":"2019-07-01"})j",
       "2019-07-04T00:00:00",
       Claim("the last 6 months", "P6M", "2019-01-04", "2019-07-04", "", "", kDur), false},
      {R"j({"timex":"(2020-01-01,2030-01-01,P10Y)","type":"daterange","start":"2020-01-01","end":"2030-01-01"})j",
       "2018-07-02T00:00:00",
       Claim("the next 10 years", "P10Y", "2018-07-03", "2028-07-02", "", "", kDur), false},
      {R"j({"timex":"(2019-04-01,2019-07-01,P3M)","type":"daterange","start":"2019-04-01","end":"2019-07-01"})j",
       "2019-07-04T00:00:00",
       Claim("the last 2 quarters", "P2Q", "2019-01-04", "2019-07-04", "", "", kDur), false},
  }));
  CAPTURE(row.value, row.claim.text);
  CHECK(AnyMatch(Rt(row.claim.text.c_str(), "daterange", row.value, row.ref), row.claim) ==
        row.match);
}

TEST_CASE("Rule time zones (Duckling)", "[date_scoring]") {
  struct Row {
    const char* start;  // Duckling's value, in the reference's offset -02:00
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"2013-02-12T13:00:00.000-02:00",
       Claim("4pm CET", "2013-02-12T16:00", "2013-02-12", "2013-02-12", "time"), true},
      {"2013-02-07T06:00:00.000-02:00",
       Claim("Thursday 8:00 GMT", "2013-02-07T08:00", "2013-02-07", "2013-02-07", "time"), true},
      {"2013-02-07T14:00:00.000-02:00",
       Claim("Thu at 8 am pst", "2013-02-07T08:00", "2013-02-07", "2013-02-07", "time"), true},
      {"2013-02-12T14:00:00.000-02:00",
       Claim("9:30pm ist", "2013-02-12T21:30", "2013-02-12", "2013-02-12", "time"), true},
      // Another offset than the zone's; no zone named; a zone inside a
      // word; "local time" has no offset.
      {"2013-02-12T14:00:00.000-02:00",
       Claim("4pm CET", "2013-02-12T16:00", "2013-02-12", "2013-02-12", "time"), false},
      {"2013-02-12T13:00:00.000-02:00",
       Claim("4pm", "2013-02-12T16:00", "2013-02-12", "2013-02-12", "time"), false},
      {"2013-02-12T13:00:00.000-02:00",
       Claim("4pm CETX", "2013-02-12T16:00", "2013-02-12", "2013-02-12", "time"), false},
      {"2013-02-12T13:00:00.000-02:00",
       Claim("4pm local time", "2013-02-12T16:00", "2013-02-12", "2013-02-12", "time"), false},
  }));
  CAPTURE(row.start, row.claim.text);
  CHECK(MatchesResolution(Dk("x", "minute", row.start, nullptr), row.claim) == row.match);
}

TEST_CASE("Rule next/last weekday (RT)", "[date_scoring]") {
  // Reference Thursday 2019-01-31.
  struct Row {
    const char* text;
    const char* day;  // RT's value
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"next Friday", "2019-02-08",
       Claim("next Friday", "2019-02-01", "2019-02-01", "2019-02-01", "day"), true},
      {"last Wednesday", "2019-01-23",
       Claim("last Wednesday", "2019-01-30", "2019-01-30", "2019-01-30", "day"), true},
      {"previous Monday", "2019-01-21",
       Claim("previous Monday", "2019-01-28", "2019-01-28", "2019-01-28", "day"), true},
      // Ours already in another week; the wrong direction; no next/last in
      // the suite's span; two weeks away.
      {"next Monday", "2019-02-11",
       Claim("next Monday", "2019-02-04", "2019-02-04", "2019-02-04", "day"), false},
      {"last Friday", "2019-02-01",
       Claim("last Friday", "2019-01-25", "2019-01-25", "2019-01-25", "day"), false},
      {"Friday", "2019-02-08", Claim("Friday", "2019-02-01", "2019-02-01", "2019-02-01", "day"),
       false},
      {"next Friday", "2019-02-15",
       Claim("next Friday", "2019-02-01", "2019-02-01", "2019-02-01", "day"), false},
  }));
  std::string value =
      std::string(R"({"type":"date","timex":")") + row.day + R"(","value":")" + row.day + R"("})";
  CAPTURE(row.text, row.day);
  CHECK(AnyMatch(Rt(row.text, "date", value.c_str(), "2019-01-31T00:00:00"), row.claim) ==
        row.match);
}

TEST_CASE("Rule by a deadline (Duckling)", "[date_scoring]") {
  struct Row {
    const char* text;
    const char* grain;
    const char* end;  // Duckling's exclusive end; the interval starts at the reference
    SystemValue claim;
    bool match;
  };
  auto row = GENERATE(values<Row>({
      {"by end of the month", "second", "2013-03-01T00:00:00.000-02:00",
       Claim("end of the month", "2013-02", "2013-02-19", "2013-02-28", "month", "END"), true},
      {"by EOY", "second", "2014-01-01T00:00:00.000-02:00",
       Claim("EOY", "2013", "2013-09-01", "2013-12-31", "year", "END"), true},
      {"by 2:00pm", "minute", "2013-02-12T14:00:00.000-02:00",
       Claim("2:00pm", "2013-02-12T14:00", "2013-02-12", "2013-02-12", "time", "ON_OR_BEFORE"),
       true},
      // No "by"; another period; the start of a period.
      {"end of the month", "second", "2013-03-01T00:00:00.000-02:00",
       Claim("end of the month", "2013-02", "2013-02-19", "2013-02-28", "month", "END"), false},
      {"by end of the month", "second", "2013-04-01T00:00:00.000-02:00",
       Claim("end of the month", "2013-02", "2013-02-19", "2013-02-28", "month", "END"), false},
      {"by the start of the month", "second", "2013-03-01T00:00:00.000-02:00",
       Claim("the start of the month", "2013-02", "2013-02-01", "2013-02-10", "month", "START"),
       false},
  }));
  CAPTURE(row.text, row.end);
  CHECK(MatchesResolution(Dk(row.text, row.grain, "2013-02-12T04:30:00.000-02:00", row.end),
                          row.claim) == row.match);
}

TEST_CASE("Rule years of months (Duckling durations)", "[date_scoring]") {
  auto gold = [](double seconds) {
    nlohmann::json item = {{"text", "x"}, {"type", "duration"}};
    item["raw"]["json"]["normalized"] = {{"unit", "second"}, {"value", seconds}};
    return DucklingResolution(item, "2013-02-12T04:30:00-02:00");
  };
  constexpr ClaimKind kDur = ClaimKind::kDuration;
  const double day = 86400;
  CHECK(MatchesResolution(gold(27 * 30 * day),
                          Claim("2 years and 3 months", "P2Y3M", "", "", "", "", kDur)));
  CHECK(MatchesResolution(gold(365 * day), Claim("a year", "P1Y", "", "", "", "", kDur)));
  CHECK(MatchesResolution(gold(90 * 60),
                          Claim("an hour and a half", "PT1H30M", "", "", "", "", kDur)));
  // A year alone is 365 days; 27 months are not 2 years and 4 months.
  CHECK_FALSE(MatchesResolution(gold(360 * day), Claim("a year", "P1Y", "", "", "", "", kDur)));
  CHECK_FALSE(MatchesResolution(gold(27 * 30 * day),
                                Claim("2 years and 4 months", "P2Y4M", "", "", "", "", kDur)));
}

TEST_CASE("ExactExtents: qualifiers the suites put in their spans", "[date_scoring]") {
  using Extents = std::vector<std::pair<size_t, size_t>>;
  struct Row {
    DateSuite suite;
    const char* text;
    size_t b, e;  // the claim, in code points
    SystemValue claim;
    Extents extents;
  };
  const DateSuite rt = DateSuite::kRecognizersText, dk = DateSuite::kDuckling;
  auto row = GENERATE_COPY(values<Row>({
      // Neutral words.
      {rt,
       "The range is from 2014 to 2018.",
       18,
       30,
       Claim("2014 to 2018", "2014/2018", "2014-01-01", "2018-12-31", "year"),
       {{13, 30}}},
      // Bounding words need the mod.
      {rt,
       "later than 2018",
       11,
       15,
       Claim("2018", "2018", "2018-01-01", "2018-12-31", "year", "AFTER"),
       {{0, 15}}},
      {rt,
       "later than 2018",
       11,
       15,
       Claim("2018", "2018", "2018-01-01", "2018-12-31", "year"),
       {}},
      {rt,
       "I'll leave no later than 7:00 am",
       25,
       32,
       Claim("7:00 am", "2018-08-17T07:00", "2018-08-17", "2018-08-17", "time", "ON_OR_BEFORE"),
       {{11, 32}}},
      {rt,
       "as late as tomorrow.",
       11,
       19,
       Claim("tomorrow", "2018-08-18", "2018-08-18", "2018-08-18", "day", "BEFORE"),
       {{0, 19}}},
      {rt,
       "circa 5 in the morning",
       6,
       22,
       Claim("5 in the morning", "2021-03-15T05:00", "2021-03-15", "2021-03-15", "time", "APPROX"),
       {{0, 22}}},
      {rt,
       "circa 5 in the morning",
       6,
       22,
       Claim("5 in the morning", "2021-03-15T05:00", "2021-03-15", "2021-03-15", "time"),
       {}},
      // "more than ... before": the direction of the expression.
      {rt,
       "work more than 2 weeks before today",
       15,
       35,
       Claim("2 weeks before today", "2018-05-29", "2018-05-29", "2018-05-29", "day", "BEFORE"),
       {{5, 35}}},
      {rt,
       "work more than 2 weeks before today",
       15,
       35,
       Claim("2 weeks before today", "2018-05-29", "2018-05-29", "2018-05-29", "day", "AFTER"),
       {}},
      // Two words: "starting on".
      {rt,
       "meet starting on January 7th",
       17,
       28,
       Claim("January 7th", "2019-01-07", "2019-01-07", "2019-01-07", "day", "ON_OR_AFTER"),
       {{14, 28}, {5, 28}}},
      // Trailing: "or later", "noonish".
      {rt,
       "Meet me at 3 pm or later.",
       11,
       15,
       Claim("3 pm", "2019-04-22T15:00", "2019-04-22", "2019-04-22", "time", "ON_OR_AFTER"),
       {{11, 24}, {8, 15}, {8, 24}}},
      {rt,
       "back noonish",
       5,
       9,
       Claim("noon", "2016-11-07T12:00", "2016-11-07", "2016-11-07", "time", "APPROX"),
       {{5, 12}}},
      // "in" before a duration without a period does not count.
      {rt,
       "leave in 3 hours",
       9,
       16,
       Claim("3 hours", "PT3H", "", "", "", "", ClaimKind::kDuration),
       {}},
      // Rule leading "the".
      {rt,
       "for the following week",
       4,
       23,
       Claim("the following week", "2018-W32", "2018-08-06", "2018-08-12", "week"),
       {{8, 23}}},
      // A word that only ends like a qualifier.
      {rt, "weston 2018", 7, 11, Claim("2018", "2018", "2018-01-01", "2018-12-31", "year"), {}},
      // Duckling: the whole input or nothing.
      {dk,
       "until 2:00pm",
       6,
       12,
       Claim("2:00pm", "2013-02-12T14:00", "2013-02-12", "2013-02-12", "time", "ON_OR_BEFORE"),
       {{0, 12}}},
      {dk,
       "until 2:00pm",
       6,
       12,
       Claim("2:00pm", "2013-02-12T14:00", "2013-02-12", "2013-02-12", "time"),
       {}},
      {dk,
       "3pm approximately",
       0,
       3,
       Claim("3pm", "2013-02-12T15:00", "2013-02-12", "2013-02-12", "time", "APPROX"),
       {{0, 17}}},
      {dk,
       "on the 2nd",
       7,
       10,
       Claim("2nd", "2013-03-02", "2013-03-02", "2013-03-02", "day"),
       {{0, 10}}},
      {dk,
       "thanksgiving in 9 months",
       16,
       24,
       Claim("9 months", "2013-11", "2013-11-01", "2013-11-30", "month"),
       {}},
  }));
  CAPTURE(row.text, row.claim.mod);
  CHECK(ExactExtents(row.suite, row.text, row.b, row.e, row.claim) == row.extents);
}

}  // namespace
}  // namespace date_eval
}  // namespace wirefacts
