#include "extractors/date_extractor.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extractors/duration_extractor.h"
#include "tests/extractors/extractor_test_util.h"
#include "tests/rule_overlay.h"

namespace wirefacts {
namespace {

using std::chrono::sys_days;

sys_days Day(int y, unsigned m, unsigned d) {
  return sys_days(std::chrono::year(y) / std::chrono::month(m) / std::chrono::day(d));
}

// Sentences for a test: one per line, and a line is split at ". " followed
// by a capital letter.
std::vector<Sentence> NaiveSentences(std::string_view text) {
  std::vector<Sentence> out;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    bool end = i == text.size() || text[i] == '\n';
    bool split = !end && i + 2 < text.size() && text[i] == '.' && text[i + 1] == ' ' &&
                 std::isupper(static_cast<unsigned char>(text[i + 2]));
    if (end || split) {
      size_t e = split ? i + 1 : i;
      if (e > begin) out.push_back({begin, e});
      begin = split ? i + 2 : i + 1;
    }
  }
  return out;
}

const DateExtractor& Dates() {
  static std::unique_ptr<DateExtractor> ex = [] {
    std::unique_ptr<DateExtractor> e;
    Status s = DateExtractor::Create(RuleFiles(), &e);
    if (!s.ok()) FAIL(s.ToString());
    return e;
  }();
  return *ex;
}

// `minutes`: the DCT's clock (minutes after midnight), -1 for a date only.
std::vector<Extraction> Run(std::string_view text, sys_days dct, int minutes = -1) {
  std::vector<Sentence> sentences = NaiveSentences(text);
  DocumentView doc;
  doc.text = text;
  doc.sentences = &sentences;
  doc.published = dct;
  doc.published_minutes = minutes;
  std::vector<Extraction> out;
  Dates().Extract(doc, &out);
  return out;
}

std::string Describe(std::string_view text, const std::vector<Extraction>& found) {
  std::string s;
  for (const Extraction& e : found)
    s += "[" + std::string(text.substr(e.begin, e.end - e.begin)) + "] " + e.value.timex + " " +
         e.value.start + ".." + e.value.end + " " + e.value.mod + " (" + e.rule + ")\n";
  return s;
}

struct DateCase {
  sys_days dct;
  const char* text;
  const char* span;   // exact span expected
  const char* timex;  // "" = not checked
  const char* start;  // "" = not checked
  const char* end;
  const char* mod = nullptr;  // nullptr = not checked
  ClaimKind kind = ClaimKind::kDate;
};

const sys_days kFri = Day(2019, 1, 18);   // a Friday
const sys_days k1987 = Day(1987, 2, 26);  // a Thursday
const sys_days kTue = Day(2013, 2, 12);   // a Tuesday

const DateCase kCases[] = {
    // Absolute dates.
    {kFri, "Reuters reported on Jan. 9 that talks went on.", "Jan. 9", "2019-01-09", "2019-01-09",
     "2019-01-09"},
    {kFri, "The truce was agreed on Dec. 1 in Argentina.", "Dec. 1", "2018-12-01", "", ""},
    {kFri, "The deal was signed January 9, 2019, in Beijing.", "January 9, 2019", "2019-01-09", "",
     ""},
    {kFri, "It was signed on 9 January 2019.", "9 January 2019", "2019-01-09", "", ""},
    {kFri, "The filing is dated 2019-01-18.", "2019-01-18", "2019-01-18", "", ""},
    {kFri, "Sales fell in May 2018.", "May 2018", "2018-05", "2018-05-01", "2018-05-31"},
    {kFri, "The target is 2024.", "2024", "2024", "2024-01-01", "2024-12-31"},
    {kFri, "Prices rose sharply in the 1990s.", "the 1990s", "199", "1990-01-01", "1999-12-31"},
    {k1987, "Profits rose in fiscal 1987.", "fiscal 1987", "1987", "1987-01-01", "1987-12-31"},
    {kFri, "Profit rose in the third quarter of 2018.", "the third quarter of 2018", "2018-Q3",
     "2018-07-01", "2018-09-30"},
    {kFri, "Profit rose in the third quarter, the company said.", "the third quarter", "2018-Q3",
     "", ""},
    {kFri, "Third-quarter profit rose 5 percent, it said.", "Third-quarter", "2018-Q3", "", ""},
    {kFri, "Profit rose in Q3, it said.", "Q3", "2018-Q3", "", ""},
    {k1987, "The company said first-quarter earnings will rise.", "first-quarter", "1987-Q1", "",
     ""},
    // Relative to the DCT.
    {kFri, "Stocks rose today.", "today", "2019-01-18", "2019-01-18", "2019-01-18"},
    {kFri, "Stocks rose yesterday.", "yesterday", "2019-01-17", "", ""},
    {kFri, "Stocks may rise tomorrow.", "tomorrow", "2019-01-19", "", ""},
    {kFri, "The surplus last year stood at $323 billion.", "last year", "2018", "2018-01-01",
     "2018-12-31"},
    {kFri, "Growth will slow this year.", "this year", "2019", "", ""},
    {kFri, "Growth will slow next year.", "next year", "2020", "", ""},
    {kFri, "Talks in Beijing this month were tough.", "this month", "2019-01", "2019-01-01",
     "2019-01-31"},
    {kFri, "Exports fell last month.", "last month", "2018-12", "2018-12-01", "2018-12-31"},
    {kFri, "He will travel to Davos next week.", "next week", "2019-W04", "2019-01-21",
     "2019-01-27"},
    {kFri, "Talks stalled last week.", "last week", "2019-W02", "2019-01-07", "2019-01-13"},
    {kFri, "Talks resumed this week.", "this week", "2019-W03", "2019-01-14", "2019-01-20"},
    {kFri, "The offer was made two weeks ago.", "two weeks ago", "2019-W01", "2018-12-31",
     "2019-01-06"},
    {kFri, "Output rose 3 percent from a year earlier.", "a year earlier", "2018", "", ""},
    {kFri, "Talks were held three days ago.", "three days ago", "2019-01-15", "", ""},
    {kFri, "China offered commitments during talks last May.", "last May", "2018-05", "", ""},
    {kFri, "In May, Trump scrapped a framework.", "May", "2018-05", "", ""},
    {kFri, "The tariffs will rise in May.", "May", "2019-05", "", ""},
    {kFri, "Prices rose in January.", "January", "2019-01", "", ""},
    {kFri, "The two leaders met in Buenos Aires in December.", "December", "2018-12", "2018-12-01",
     "2018-12-31"},
    {kFri, "The two leaders will meet in December.", "December", "2019-12", "", ""},
    {kFri, "Bloomberg reported on Friday that China offered more.", "Friday", "2019-01-18",
     "2019-01-18", "2019-01-18"},
    {kFri, "On Tuesday, a senator said there was no progress.", "Tuesday", "2019-01-15", "", ""},
    {kFri, "Data on Monday showed exports fell.", "Monday", "2019-01-14", "", ""},
    {kFri, "He will visit on Tuesday.", "Tuesday", "2019-01-22", "", ""},
    {kFri, "The meeting is scheduled for Friday.", "Friday", "2019-01-18", "", ""},
    {kTue, "The minister resigned on Friday.", "Friday", "2013-02-08", "", ""},
    {kTue, "The minister will resign on Friday.", "Friday", "2013-02-15", "", ""},
    {kTue, "The company said last Tuesday it would cut jobs.", "last Tuesday", "2013-02-05", "",
     ""},
    {kTue, "Votes will be counted next Monday.", "next Monday", "2013-02-18", "", ""},
    {kFri, "The administration is scheduled to raise tariffs on March 2.", "March 2", "2019-03-02",
     "", ""},
    // A day of the DCT's month keeps the DCT's year whatever the tense (a
    // stale "is to expire", a price "effective" a few days before).
    {kFri, "The offer is scheduled to expire on Jan. 10.", "Jan. 10", "2019-01-10", "", ""},
    {kFri, "The new price will be effective January 3.", "January 3", "2019-01-03", "", ""},
    {kFri, "The offer is scheduled to expire on Jan. 28.", "Jan. 28", "2019-01-28", "", ""},
    // Future cues without an auxiliary: "set to", "planned to", "as soon as".
    {kTue, "The talks, set to resume Monday in Geneva, were postponed.", "Monday", "2013-02-18", "",
     ""},
    {kTue, "The delegation planned to leave on Thursday.", "Thursday", "2013-02-14", "", ""},
    {kTue, "The ship could sail as soon as Friday, the port said.", "Friday", "2013-02-15", "", ""},
    {kTue, "Ford is prepared to bid, it said on Friday.", "Friday", "2013-02-08", "", ""},
    // "by" before a date is a deadline: it outweighs a past cue further off.
    {kTue, "The sale, which had been expected, lets it repay the loan by June.", "June", "2013-06",
     "", ""},
    // Past cues move a date only when the nearest occurrence is months ahead.
    {kFri, "Tariffs were raised on May 2.", "May 2", "2018-05-02", "", ""},
    {kFri, "Mnuchin suggested a rollback during talks scheduled for Jan. 30.", "Jan. 30",
     "2019-01-30", "", ""},
    {kFri, "Discussions are set to continue at the end of January.", "the end of January",
     "2019-01", "2019-01-21", "2019-01-31", "END"},
    {kFri, "Growth is expected to pick up early next year.", "early next year", "2020",
     "2020-01-01", "2020-04-30", "START"},
    {kFri, "The plant opened in late January.", "late January", "2019-01", "2019-01-21",
     "2019-01-31", "END"},
    {kFri, "The plant will open by mid-2019.", "mid-2019", "2019", "2019-05-01", "2019-08-31",
     "MID"},
    {kFri, "China would cut the surplus to zero by 2024.", "2024", "2024", "2024-01-01",
     "2024-12-31", "ON_OR_BEFORE"},
    {kFri, "Markets have been roiled since last year.", "last year", "2018", "", ""},
    {kFri, "Sales rose earlier this month.", "earlier this month", "2019-01", "", ""},
    {k1987, "The company said it expects profits to rise next year.", "next year", "1988", "", ""},
    {k1987, "Exports fell in January, the ministry said.", "January", "1987-01", "", ""},
    {k1987, "Shipments were made Feb 20.", "Feb 20", "1987-02-20", "", ""},
    {kTue, "Sales rose last summer.", "last summer", "2012-SU", "2012-06-01", "2012-08-31"},
    // Ranges and lists.
    {kFri, "Liu He will visit the United States on Jan. 30 and 31 for talks.", "Jan. 30 and 31", "",
     "2019-01-30", "2019-01-31"},
    {kFri, "The fair runs March 1-3.", "March 1-3", "", "2019-03-01", "2019-03-03"},
    {kFri, "The plan runs from 2019 to 2024.", "2019 to 2024", "", "2019-01-01", "2024-12-31"},
    {kFri, "Talks will take place between Monday and Wednesday.", "Monday and Wednesday", "",
     "2019-01-21", "2019-01-23"},
    // Times.
    {kFri, "The index climbed 1.4% by 10 a.m. Pacific time.", "10 a.m. Pacific time",
     "2019-01-18T10:00", "2019-01-18", "2019-01-18"},
    {kFri, "The vote is set for 3:30 p.m.", "3:30 p.m.", "2019-01-18T15:30", "", ""},
    {kFri, "Trading halted at noon.", "noon", "2019-01-18T12:00", "", ""},
    {kFri, "The vote was held Tuesday night.", "Tuesday night", "2019-01-15TNI", "", ""},
    // Sets.
    {kFri, "The report is published every week.", "every week", "P1W", "", "", nullptr,
     ClaimKind::kSet},
    {kFri, "Rates are reviewed annually.", "annually", "P1Y", "", "", nullptr, ClaimKind::kSet},
    // Sentence-initial before a lower-case word, or lower-case: a set.
    {kFri, "Daily flights resume next month.", "Daily", "P1D", "", "", nullptr, ClaimKind::kSet},
    {kFri, "The Harbor ferry runs daily.", "daily", "P1D", "", "", nullptr, ClaimKind::kSet},
    {kFri, "The board meets each year.", "each year", "P1Y", "", "", nullptr, ClaimKind::kSet},
    {kFri, "It costs $40 billion a year.", "a year", "P1Y", "", "", nullptr, ClaimKind::kSet},
    // Vague references.
    {kFri, "Prices are now falling.", "now", "PRESENT_REF", "2019-01-18", "2019-01-18"},
    {kFri, "He recently left the company.", "recently", "PAST_REF", "", ""},
    // Tense: the verb right before the date wins; "next to" is no future cue.
    {Day(2019, 1, 19), "Blasts next to the embassy on Friday killed 12.", "Friday", "2019-01-18",
     "", ""},
    {Day(2019, 1, 19), "He arrived on Jan. 8, and he insists his son wants to return.", "Jan. 8",
     "2019-01-08", "", ""},
    {Day(2019, 1, 19), "The ministry has scheduled a news conference Tuesday.", "Tuesday",
     "2019-01-22", "", ""},
    // Vague references (TimeML *_REF).
    {kFri, "Current prices are high.", "Current", "PRESENT_REF", "", ""},
    {kFri, "Rates will rise in the near future.", "the near future", "FUTURE_REF", "", ""},
    // "the past year" is the previous calendar year.
    {kFri, "Sales doubled in the past year.", "the past year", "2018", "", ""},
    // "the quarter" of an earnings report is the latest one that ended.
    {Day(1989, 11, 2), "Profit fell during the quarter from a year ago.", "the quarter", "1989-Q3",
     "", ""},
    // Earnings-report anaphora: "year-earlier" and "the latest period"
    // follow the quarter named before.
    {Day(1989, 11, 2), "Profit fell in the third quarter from year-earlier levels.", "year-earlier",
     "1988-Q3", "", ""},
    {Day(1989, 11, 2), "The year-earlier results were restated.", "year-earlier", "1988", "", ""},
    {Day(1989, 11, 2), "Sales in the latest period rose 13%.", "the latest period", "1989-Q3", "",
     ""},
    {Day(1989, 11, 2), "The debt is due at year-end.", "year-end", "1989", "1989-09-01",
     "1989-12-31", "END"},
    // Spoken years of broadcast transcripts.
    {kFri, "It was built in nineteen ninety-six.", "nineteen ninety-six", "1996", "", ""},
    {kFri, "Plans reach to the year two thousand.", "the year two thousand", "2000", "", ""},
    // Seasons and weekends without a year: the DCT's.
    {Day(1989, 11, 2), "Output rose in the early summer.", "the early summer", "1989-SU", "", "",
     "START"},
    {Day(1989, 11, 2), "Sales were weak over the summer as rates rose.", "the summer", "1989-SU",
     "", ""},
    {kFri, "Trading was quiet over the weekend and resumed Monday.", "the weekend", "2019-W02-WE",
     "", ""},
    // Holidays.
    {kFri, "Sales slumped after Christmas.", "Christmas", "2018-12-25", "", ""},
    {Day(2019, 11, 1), "Shoppers will return on Thanksgiving Day.", "Thanksgiving Day",
     "2019-11-28", "", ""},
    {kFri, "They met on Easter 2018.", "Easter 2018", "2018-04-01", "", ""},
    {kFri, "Prices rose before last Thanksgiving.", "last Thanksgiving", "2018-11-22", "", ""},
    {kFri, "Turnout has fallen since Election Day.", "Election Day", "2018-11-06", "", ""},
    {kFri, "The memorial opened on Memorial Day 2015.", "Memorial Day 2015", "2015-05-25", "", ""},
    // Lower case: a month next to a day or year, weekdays.
    {kFri, "the deal closed march 3 2015.", "march 3 2015", "2015-03-03", "", ""},
    {kFri, "prices peaked in may 2016.", "may 2016", "2016-05", "", ""},
    {kFri, "see you next tuesday", "next tuesday", "2019-01-22", "", ""},
    // Numeric dates: two-digit years, a weekday or "on" before month/day.
    {kFri, "He was born 10/31/74 in Ohio.", "10/31/74", "1974-10-31", "", ""},
    {kFri, "Rates were cut 3/3/15.", "3/3/15", "2015-03-03", "", ""},
    {kFri, "Call me Friday 7/6 about it.", "Friday 7/6", "2019-07-06", "", ""},
    {kFri, "The deadline falls on 2/15.", "2/15", "2019-02-15", "", ""},
    {kFri, "It starts the 15th of february.", "the 15th of february", "2019-02-15", "", ""},
    // A day and a clock time make one date-time.
    {kFri, "The vote is tomorrow at 8am.", "tomorrow at 8am", "2019-01-19T08:00", "", ""},
    {kFri, "They meet next monday at 3pm.", "next monday at 3pm", "2019-01-21T15:00", "", ""},
    {kFri, "The polls close at 8 p.m. tomorrow.", "8 p.m. tomorrow", "2019-01-19T20:00", "", ""},
};

// Issue 5 rule groups: relative expressions resolved against the DCT with
// tense, anaphoric "a year earlier", quarters with a year before them, lists.
const sys_days k1989 = Day(1989, 10, 25);  // a Wednesday
const sys_days k1998 = Day(1998, 2, 13);   // a Friday

const DateCase kResolutionCases[] = {
    // A bare weekday is the latest one unless a strong future cue says
    // otherwise; a weak cue ("could") does not move it.
    {kFri, "Investors could have sold on Wednesday.", "Wednesday", "2019-01-16", "", ""},
    {kFri, "Talks will resume Wednesday.", "Wednesday", "2019-01-23", "", ""},
    {kFri, "The minister spoke on Friday.", "Friday", "2019-01-18", "", ""},
    // A month or day without a year is the nearest occurrence; tense only
    // overrides it when that lies months away on the other side.
    {k1998, "The deadline was March 30.", "March 30", "1998-03-30", "", ""},
    {k1998, "Shipments were made Feb. 10.", "Feb. 10", "1998-02-10", "", ""},
    {kFri, "Sales fell sharply in June.", "June", "2018-06", "", ""},
    {kFri, "Sales will rise in June.", "June", "2019-06", "", ""},
    {kFri, "The fair opens in March.", "March", "2019-03", "", ""},
    {kFri, "Talks stalled in December.", "December", "2018-12", "", ""},
    // "until" says nothing of past or future: the verb decides.
    {kFri, "Prices fell until June.", "June", "2018-06", "", ""},
    // Month with a relative year.
    {kFri, "Exports fell in June last year.", "June last year", "2018-06", "2018-06-01",
     "2018-06-30"},
    {kFri, "The plant closed in January this year.", "January this year", "2019-01", "", ""},
    // "ago" with a vague count or a qualifier.
    {kFri, "The plant closed several years ago.", "several years ago", "PAST_REF", "", ""},
    {kFri, "The plant closed nearly four years ago.", "nearly four years ago", "2015", "", "",
     "APPROX"},
    {kFri, "Prices peaked a week or so ago.", "a week or so ago", "2019-W02", "", "", "APPROX"},
    // "a year earlier" after a quarter or month shifts that period.
    {k1989, "Profit rose in the third quarter from $5 million a year earlier.", "a year earlier",
     "1988-Q3", "1988-07-01", "1988-09-30"},
    {k1989, "Sales rose 5% in September from a year ago.", "a year ago", "1988-09", "", ""},
    {k1989, "Sales rose 5% from a year ago.", "a year ago", "1988", "", ""},
    // Quarters with a year or "year-ago" before the ordinal.
    {k1989, "Profit fell from the 1988 third quarter.", "the 1988 third quarter", "1988-Q3", "",
     ""},
    {k1989, "Profit fell from the year-ago third quarter.", "the year-ago third quarter", "1988-Q3",
     "", ""},
    // Lists are not ranges; "between ... and" is.
    {kFri, "Sales rose in 1994 and 1997.", "1994", "1994", "", ""},
    {kFri, "Sales rose between 1994 and 1997.", "1994 and 1997", "", "1994-01-01", "1997-12-31"},
    {kFri, "Talks were held Monday and Tuesday.", "Monday", "2019-01-14", "", ""},
    {kFri, "Every quarter the board meets.", "Every quarter", "P1Q", "", "", nullptr,
     ClaimKind::kSet},
};

// Compositions (issue 5): offsets, spelled days, nth weekdays, clock ranges
// and clocks with a part of day, abbreviations. kTue = 2013-02-12.
const DateCase kCompositionCases[] = {
    // Offsets ahead of the DCT or of another day.
    {kTue, "The report will be out in two weeks.", "two weeks", "2013-02-26", "", ""},
    {kTue, "He will return in 3 days.", "3 days", "2013-02-15", "", ""},
    // A count in the singular reads as something else: the year itself.
    {k1989, "It took a gain of $9 million in 1988 year.", "1988", "1988", "", ""},
    {kTue, "The vote is in a month.", "a month", "2013-03-12", "", ""},
    {kTue, "The plant opens three weeks from tomorrow.", "three weeks from tomorrow", "2013-03-06",
     "", ""},
    {kTue, "Where were you two days before yesterday?", "two days before yesterday", "2013-02-09",
     "", ""},
    {kTue, "Results come 14 days hence.", "14 days hence", "2013-02-26", "", ""},
    {kTue, "We meet the day after tomorrow.", "the day after tomorrow", "2013-02-14", "", ""},
    {kTue, "They met the day before yesterday.", "the day before yesterday", "2013-02-10", "", ""},
    // Spelled days and days of a relative month ("opens on": a schedule, the
    // coming one).
    {kTue, "The fair opens on January first.", "January first", "2014-01-01", "", ""},
    {kTue, "It opened march third 2015.", "march third 2015", "2015-03-03", "", ""},
    {kTue, "It ends on the fourth of July, 1995.", "the fourth of July, 1995", "1995-07-04", "",
     ""},
    {kTue, "Rent is due the 20th of next month.", "the 20th of next month", "2013-03-20", "", ""},
    {kTue, "Rent was due the 5th of last month.", "the 5th of last month", "2013-01-05", "", ""},
    // Nth weekday of a month.
    {kTue, "Voting is the first Tuesday of October 2014.", "the first Tuesday of October 2014",
     "2014-10-07", "", ""},
    {kTue, "It ends the last Sunday of March 2014.", "the last Sunday of March 2014", "2014-03-30",
     "", ""},
    {kTue, "The meeting is the third Tuesday in September 2014.",
     "the third Tuesday in September 2014", "2014-09-16", "", ""},
    // Clock ranges take the am/pm of their second clock.
    {kTue, "The shop opens 5-6pm on weekdays.", "5-6pm", "2013-02-12T17:00/2013-02-12T18:00", "",
     ""},
    {kTue, "Call between 4pm and 5pm today.", "4pm and 5pm today",
     "2013-02-12T16:00/2013-02-12T17:00", "", ""},
    {kTue, "The clinic runs 11-1pm.", "11-1pm", "2013-02-12T11:00/2013-02-12T13:00", "", ""},
    {kTue, "Talks ran from 9:30 to 11 am.", "9:30 to 11 am", "2013-02-12T09:30/2013-02-12T11:00",
     "", ""},
    // Clocks with a part of day, o'clock.
    {kTue, "The blast came at 3:15 in the afternoon.", "3:15 in the afternoon", "2013-02-12T15:15",
     "", ""},
    {kTue, "She called this morning at 10.", "this morning at 10", "2013-02-12T10:00", "", ""},
    {kTue, "The train leaves at 8 in the evening.", "8 in the evening", "2013-02-12T20:00", "", ""},
    {kTue, "We met at 3 o'clock.", "3 o'clock", "2013-02-12T03:00", "", ""},
    // Abbreviations.
    {kTue, "Sales rose in the third qtr of 2012.", "the third qtr of 2012", "2012-Q3", "", ""},
    {kTue, "Sales will rise this yr.", "this yr", "2013", "", ""},
    {kTue, "The hearing is Thurs, officials said.", "Thurs", "2013-02-07", "", ""},
    // A bounding word before a date becomes its mod.
    {kTue, "Prices have risen since 2010.", "2010", "2010", "", "", "ON_OR_AFTER"},
    {kTue, "Fares rise starting March 1.", "March 1", "2013-03-01", "", "", "ON_OR_AFTER"},
    // Bare hours placed by a part of day or "tonight"; ranges of bare hours
    // by a day as well.
    {kTue, "We met last night at 8.", "last night at 8", "2013-02-11T20:00", "", ""},
    {kTue, "I will call tonight around 7.", "tonight around 7", "2013-02-12T19:00", "", ""},
    {kTue, "I will call tonight around 3.", "tonight around 3", "2013-02-12T03:00", "", ""},
    {kTue, "The vote is at 7 tonight.", "7 tonight", "2013-02-12T19:00", "", ""},
    {kTue, "He left at 6 this morning.", "6 this morning", "2013-02-12T06:00", "", ""},
    {kTue, "He will fly tomorrow morning at 9.", "tomorrow morning at 9", "2013-02-13T09:00", "",
     ""},
    {kTue, "Where were you between 3 and 8 yesterday?", "3 and 8 yesterday",
     "2013-02-11T03:00/2013-02-11T08:00", "", ""},
    {kTue, "They fought between 7 and 9 last night.", "7 and 9 last night",
     "2013-02-11T19:00/2013-02-11T21:00", "", ""},
    {kTue, "Stores open from 7 to 9 tonight.", "7 to 9 tonight",
     "2013-02-12T19:00/2013-02-12T21:00", "", ""},
    // Minutes past or to an hour.
    {kTue, "Doors open at a quarter past 3pm.", "a quarter past 3pm", "2013-02-12T15:15", "", ""},
    {kTue, "It starts at half past 2.", "half past 2", "2013-02-12T02:30", "", ""},
    {kTue, "It starts at half past three pm.", "half past three pm", "2013-02-12T15:30", "", ""},
    {kTue, "It ends at a quarter to 5 pm.", "a quarter to 5 pm", "2013-02-12T16:45", "", ""},
    {kTue, "It ends at 20 minutes past 4.", "20 minutes past 4", "2013-02-12T04:20", "", ""},
    {kTue, "He will land tomorrow at a quarter past 3pm.", "tomorrow at a quarter past 3pm",
     "2013-02-13T15:15", "", ""},
    {kTue, "Let us meet tonight from 7 to 7:30.", "tonight from 7 to 7:30",
     "2013-02-12T19:00/2013-02-12T19:30", "", ""},
    {kTue, "We will meet Monday between 3 and 5.", "Monday between 3 and 5", "", "", ""},
    // "9a", "11p" only next to a day.
    {kTue, "Please book the call today at 9a.", "today at 9a", "2013-02-12T09:00", "", ""},
    {kTue, "The office will open Thursday from 9a to 11a.", "Thursday from 9a to 11a",
     "2013-02-14T09:00/2013-02-14T11:00", "", ""},
};

// Adjacent pieces composed into one expression (temporal_composer.h): the
// day anchors the clock, a week picks its weekday, clocks form a range.
const DateCase kCombinedCases[] = {
    {kTue, "We leave tomorrow at 8am.", "tomorrow at 8am", "2013-02-13T08:00", "2013-02-13",
     "2013-02-13"},
    {kTue, "The vote is April 22 at 5pm.", "April 22 at 5pm", "2013-04-22T17:00", "", ""},
    {kTue, "The vote is at 5pm on April 22.", "5pm on April 22", "2013-04-22T17:00", "", ""},
    {kTue, "Lunch is the 3rd of March at noon.", "the 3rd of March at noon", "2013-03-03T12:00", "",
     ""},
    {kTue, "We are out from 5 to 6pm of April 22.", "5 to 6pm of April 22",
     "2013-04-22T17:00/2013-04-22T18:00", "2013-04-22", "2013-04-22"},
    {kTue, "Can we meet next week on Tuesday?", "next week on Tuesday", "2013-02-19", "2013-02-19",
     "2013-02-19"},
    {kTue, "Let us meet next week on Tuesday at 9 am.", "next week on Tuesday at 9 am",
     "2013-02-19T09:00", "", ""},
    {kTue, "The meeting is Friday 2/15 at 10am.", "Friday 2/15 at 10am", "2013-02-15T10:00", "",
     ""},
    {kTue, "He will call on Thursday in the morning.", "Thursday in the morning", "2013-02-14TMO",
     "", ""},
    {kTue, "The shop is open 3:00 to 4:00 tomorrow.", "3:00 to 4:00 tomorrow",
     "2013-02-13T03:00/2013-02-13T04:00", "2013-02-13", "2013-02-13"},
    {kTue, "We will swim on Thursday 19:00 - 21:00.", "Thursday 19:00 - 21:00",
     "2013-02-14T19:00/2013-02-14T21:00", "", ""},
    {kTue, "I will be back today at 8.30pm.", "today at 8.30pm", "2013-02-12T20:30", "", ""},
    // Pieces stay apart across other words and sentence ends.
    {kTue, "He left Monday. 5pm was the deadline.", "Monday", "2013-02-11", "", ""},
    {kTue, "Rates rose on Monday and 5pm trading was slow.", "Monday", "2013-02-11", "", ""},
};

// Each case's span must be found with its kind, and the TIMEX3 value,
// bounds and mod it states ("" or nullptr: not checked).
template <size_t N>
void CheckDateCases(const DateCase (&cases)[N]) {
  for (const DateCase& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, c.dct);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    CHECK(hit != nullptr);
    if (hit == nullptr) continue;
    CHECK(hit->kind == c.kind);
    if (*c.timex) CHECK(hit->value.timex == c.timex);
    if (*c.start) CHECK(hit->value.start == c.start);
    if (*c.end) CHECK(hit->value.end == c.end);
    if (c.mod) CHECK(hit->value.mod == c.mod);
  }
}

// A sentence and a span no claim may have exactly (DCT kTue).
struct NotASpanCase {
  const char* text;
  const char* span;
};

template <size_t N>
void CheckNoClaimHasSpan(const NotASpanCase (&cases)[N]) {
  for (const NotASpanCase& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, kTue);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    for (const Extraction& e : found) CHECK(text.substr(e.begin, e.end - e.begin) != c.span);
  }
}

TEST_CASE("DateExtractor resolves relative dates like TimeML", "[dates]") {
  CheckDateCases(kResolutionCases);
}

TEST_CASE("DateExtractor composes offsets, spelled days and clock ranges", "[dates]") {
  CheckDateCases(kCompositionCases);
}

TEST_CASE("DateExtractor finds and resolves dates", "[dates]") { CheckDateCases(kCases); }

// Clock spellings, numeric and abbreviated formats, ordinals, weeks,
// centuries, holidays and day ranges (issue 5, conversational suites).
const DateCase kFormatCases[] = {
    // Clocks.
    {kTue, "The call is at 15h30 in Paris.", "15h30", "2013-02-12T15:30", "", ""},
    {kTue, "The train left at 3h18.", "3h18", "2013-02-12T03:18", "", ""},
    {kTue, "Doors open at 16h sharp.", "16h", "2013-02-12T16:00", "", ""},
    // An hour in "h" after a clock in "h" ends a range; a bare second hour
    // after an am/pm clock takes its half of the day unless earlier.
    {kTue, "The desk is staffed 9h30 - 11h.", "9h30 - 11h", "2013-02-12T09:30/2013-02-12T11:00", "",
     ""},
    {kTue, "The office is open 8am until 6.", "8am until 6", "2013-02-12T08:00/2013-02-12T18:00",
     "", ""},
    {kTue, "The office is open 9 a.m. to 11, officials said.", "9 a.m. to 11",
     "2013-02-12T09:00/2013-02-12T11:00", "", ""},
    // Lunch is the midday part of the day.
    {kTue, "We meet tomorrow lunch.", "tomorrow lunch", "2013-02-13TMI", "", ""},
    {kTue, "We meet tomorrow at lunch.", "tomorrow at lunch", "2013-02-13TMI", "", ""},
    {kTue, "The shop opens at 3:15p today.", "3:15p today", "2013-02-12T15:15", "", ""},
    {kTue, "Meet me at 330 p.m. then.", "330 p.m.", "2013-02-12T15:30", "", ""},
    {kTue, "The alarm went off at 7:56:30 pm.", "7:56:30 pm", "2013-02-12T19:56:30", "", ""},
    {kTue, "Lunch is at noonish.", "noonish", "2013-02-12T12:00", "", "", "APPROX"},
    {kTue, "I will be back 11ish.", "11ish", "2013-02-12T11:00", "", "", "APPROX"},
    {kTue, "Lunch is at 12 noon.", "12 noon", "2013-02-12T12:00", "", ""},
    {kTue, "Call me at three twenty.", "three twenty", "2013-02-12T03:20", "", ""},
    {kTue, "He woke at nine fifty nine a m.", "nine fifty nine a m", "2013-02-12T09:59", "", ""},
    {kTue, "The bell rings at 3:30 p m.", "3:30 p m", "2013-02-12T15:30", "", ""},
    {kTue, "Come at 3 in the AM.", "3 in the AM", "2013-02-12T03:00", "", ""},
    {kTue, "We eat in the evening at eight.", "in the evening at eight", "2013-02-12T20:00", "",
     ""},
    {kTue, "Dinner is 8 tonight.", "8 tonight", "2013-02-12T20:00", "", ""},
    {kTue, "Come 9 tomorrow morning.", "9 tomorrow morning", "2013-02-13T09:00", "", ""},
    {kTue, "Lunch starts a quarter past noon.", "a quarter past noon", "2013-02-12T12:15", "", ""},
    {kTue, "The match starts at 20 past 3pm.", "20 past 3pm", "2013-02-12T15:20", "", ""},
    {kTue, "The store opens at 3 oclock pm.", "3 oclock pm", "2013-02-12T15:00", "", ""},
    // Numeric and abbreviated formats.
    {kTue, "The form is dated 10.31.1974.", "10.31.1974", "1974-10-31", "", ""},
    {kTue, "The form is dated 31-Oct-74.", "31-Oct-74", "1974-10-31", "", ""},
    {kTue, "The form is dated 31/Oct/1974.", "31/Oct/1974", "1974-10-31", "", ""},
    {kTue, "The form is dated 10-31-74.", "10-31-74", "1974-10-31", "", ""},
    {kTue, "Deliveries start 2/15.", "2/15", "2013-02-15", "", ""},
    {kTue, "The filing is dated 2015-3-3.", "2015-3-3", "2015-03-03", "", ""},
    {kTue, "Sales in 2014-10 rose.", "2014-10", "2014-10", "2014-10-01", "2014-10-31"},
    {kTue, "The log of 20161016 is lost.", "20161016", "2016-10-16", "", ""},
    {kTue, "The report for Dec-2018 is out.", "Dec-2018", "2018-12", "", ""},
    {kTue, "The 2018Q4 report is out.", "2018Q4", "2018-Q4", "", ""},
    {kTue, "Plans for q1-2019 are set.", "q1-2019", "2019-Q1", "", ""},
    {kTue, "fri.", "fri.", "2013-02-08", "", ""},
    // A bare hour after "at" joins the day before it unless the clause is
    // past ("lost Friday at 3" is a score).
    {kTue, "Party for Ted on Sat at 5.", "Sat at 5", "2013-02-09T05:00", "", ""},
    {kTue, "Eli Lilly sold IVAC on Dec. 31 , 1994.", "Dec. 31 , 1994", "1994-12-31", "", ""},
    // Ordinals, weeks, centuries.
    {kTue, "Prices rose on the 18th.", "the 18th", "2013-01-18", "", ""},
    {kTue, "The vote is on the 15th.", "the 15th", "2013-02-15", "", ""},
    {kTue, "march first", "march first", "2013-03-01", "", ""},
    {kTue, "The vote is February the 15th.", "February the 15th", "2013-02-15", "", ""},
    {kTue, "Sales in week 31 rose.", "week 31", "2013-W31", "2013-07-29", "2013-08-04"},
    {kTue, "Out the last week of July 2014.", "the last week of July 2014", "2014-W31",
     "2014-07-28", "2014-08-03"},
    {kTue, "Wages fell in the week of March 6.", "the week of March 6", "2013-W10", "", ""},
    {kTue, "Records of the 21st century.", "the 21st century", "20", "2000-01-01", "2099-12-31"},
    {kTue, "It fell 2 thursdays ago.", "2 thursdays ago", "2013-01-31", "", ""},
    // Holidays.
    {kTue, "Shops close on Xmas 2014.", "Xmas 2014", "2014-12-25", "", ""},
    {kTue, "Pentecost 2013 was quiet.", "Pentecost 2013", "2013-05-19", "", ""},
    {kTue, "Black Friday 2017 sales rose.", "Black Friday 2017", "2017-11-24", "", ""},
    {kTue, "St Paddy's Day 2013 parades drew crowds.", "St Paddy's Day 2013", "2013-03-17", "", ""},
    // Day ranges.
    {kTue, "We are out from 13 to 15 July 2013.", "13 to 15 July 2013", "2013-07-13/2013-07-15",
     "2013-07-13", "2013-07-15"},
    {kTue, "I will leave from 5/1-5/7, 2020.", "5/1-5/7, 2020", "2020-05-01/2020-05-07", "", ""},
};

TEST_CASE("DateExtractor reads clock spellings, numeric formats and holidays", "[dates]") {
  CheckDateCases(kFormatCases);
}

// Qualifiers before or after a date set its mod (temporal_signals.tsv); the
// date keeps its own bounds and the words stay out of the span.
const DateCase kQualifierCases[] = {
    {kTue, "It must close no later than January 1, 2010.", "January 1, 2010", "2010-01-01", "", "",
     "ON_OR_BEFORE"},
    {kTue, "We want data for 2012 or later.", "2012", "2012", "", "", "ON_OR_AFTER"},
    {kTue, "You may leave on 1/1/2016 and after.", "1/1/2016", "2016-01-01", "", "", "ON_OR_AFTER"},
    {kTue, "Sales stay low until later than 2018.", "2018", "2018", "", "", "AFTER"},
    {kTue, "It happened prior to 2011.", "2011", "2011", "", "", "BEFORE"},
    {kTue, "Talks may start as early as 2015.", "2015", "2015", "", "", "ON_OR_AFTER"},
    {kTue, "Prices were rising circa 1990.", "1990", "1990", "", "", "APPROX"},
    {kTue, "He left at about 5 p.m.", "5 p.m.", "2013-02-12T17:00", "", "", "APPROX"},
    {kTue, "It ended more than 2 weeks before today.", "2 weeks before today", "2013-01-29", "", "",
     "BEFORE"},
    {kTue, "Starting on January 7th, prices rise.", "January 7th", "2013-01-07", "", "",
     "ON_OR_AFTER"},
    // No bound: "about" before a year, "and after" with more clause after it.
    {kTue, "He spoke about 1990 policies.", "1990", "1990", "", "", ""},
    {kTue, "We meet on Monday and after the vote we talk.", "Monday", "2013-02-18", "", "", ""},
    {kTue, "Unions worry about the future.", "the future", "FUTURE_REF", "", "", ""},
};

TEST_CASE("Qualifiers around a date set its mod", "[dates]") { CheckDateCases(kQualifierCases); }

// A bound before a part of a period ("after mid May") names the side of
// that part: its mod replaces START/MID/END, the part's bounds stay. A
// deadline ("by the end of") keeps the part's mod.
const DateCase kPartBoundCases[] = {
    {kTue, "Few plans exist after mid May.", "mid May", "2013-05", "2013-05-11", "2013-05-20",
     "AFTER"},
    {kTue, "It all happened before early September.", "early September", "2012-09", "2012-09-01",
     "2012-09-10", "BEFORE"},
    {kTue, "Rates have risen since late 2011.", "late 2011", "2011", "2011-09-01", "2011-12-31",
     "ON_OR_AFTER"},
    {kTue, "The bill passes before the end of this year.", "the end of this year", "2013",
     "2013-09-01", "2013-12-31", "BEFORE"},
    {kTue, "The bill passes by the end of this year.", "the end of this year", "2013", "", "",
     "END"},
    {kTue, "Prices rose around mid March.", "mid March", "2013-03", "", "", "MID"},
};

TEST_CASE("A bound before a part of a period points its way", "[dates]") {
  CheckDateCases(kPartBoundCases);
}

// The end of a day, the present, work weeks.
const DateCase kDayEndCases[] = {
    {kTue, "Send it by end of day, he said.", "end of day", "2013-02-12", "2013-02-12",
     "2013-02-12", "END"},
    {kTue, "Results come at the end of the day.", "the end of the day", "2013-02-12", "", "",
     "END"},
    {kTue, "Replies are due at the eod.", "the eod", "2013-02-12", "", "", "END"},
    {kTue, "The talks close the end of tomorrow.", "the end of tomorrow", "2013-02-13", "", "",
     "END"},
    {kTue, "The sale runs until end of this Sunday.", "end of this Sunday", "2013-02-17", "", "",
     "END"},
    {kTue, "How many units shipped till date?", "till date", "PRESENT_REF", "", ""},
    {kTue, "The vote falls in this working week.", "this working week", "2013-W07", "2013-02-11",
     "2013-02-17"},
    {kTue, "The vote falls in the next workweek.", "next workweek", "2013-W08", "", ""},
    {kTue, "Staff return next work week.", "next work week", "2013-W08", "", ""},
    {kTue, "Sales fell in the past quarter.", "the past quarter", "2012-Q4", "2012-10-01",
     "2012-12-31"},
    {kTue, "Work on it goes on in the following quarter.", "the following quarter", "2013-Q2", "",
     ""},
};

TEST_CASE("The end of a day, the present and work weeks", "[dates]") {
  CheckDateCases(kDayEndCases);
}

// Lower-case and compact writings of chat and notes.
const DateCase kCompactCases[] = {
    {kTue, "We met on 14 nov.", "14 nov", "2012-11-14", "", ""},
    {kTue, "Lunch was on 3rd dec, he said.", "3rd dec", "2012-12-03", "", ""},
    {kTue, "The call moved to mar3 this week.", "mar3", "2013-03-03", "", ""},
    {kTue, "Dinner on jun12.", "jun12", "2013-06-12", "", ""},
    {kTue, "Dinner on Wed, Feb13.", "Wed, Feb13", "2013-02-13", "", ""},
    {kTue, "Targets for q1 and q2 are set.", "q1", "2013-Q1", "", ""},
    {kTue, "The card expires 12-2015.", "12-2015", "2015-12", "2015-12-01", "2015-12-31"},
    {kTue, "It is due on 5.12, she said.", "5.12", "2013-05-12", "", ""},
    {kTue, "Prices rose in the 1990 s.", "the 1990 s", "199", "1990-01-01", "1999-12-31"},
    {kTue, "Show sales for cy18.", "cy18", "2018", "2018-01-01", "2018-12-31"},
    {kTue, "The task is due this 1/12.", "this 1/12", "2013-01-12", "", ""},
    {kTue, "The task is due next 5/12.", "next 5/12", "2014-05-12", "", ""},
    // "earlier/later in the year" is the DCT's period, its start or end
    // (TimeML: "earlier in the year" mod START).
    {kTue, "Prices fell earlier in the year.", "earlier in the year", "2013", "", "", "START"},
    {kTue, "Talks resume later in the month.", "later in the month", "2013-02", "", "", "END"},
    {kTue, "We met earlier in the week.", "earlier in the week", "2013-W07", "", "", "START"},
};

TEST_CASE("Lower-case and compact writings of dates", "[dates]") { CheckDateCases(kCompactCases); }

// Small conversational classes: weekday with day of month, period
// abbreviations, "the week after next", named and spoken years.
const DateCase kOpenClassCases[] = {
    {kTue, "We met on Thursday 31.", "Thursday 31", "2013-01-31", "", ""},
    {kTue, "Coffee on tuesday the twelfth.", "tuesday the twelfth", "2013-02-12", "", ""},
    {kTue, "Reports are due EOM.", "EOM", "2013-02", "", "", "END"},
    {kTue, "Plans are set for BOY.", "BOY", "2013", "", "", "START"},
    {kTue, "Talks resume the week after next.", "the week after next", "2013-W09", "", ""},
    {kTue, "We met the year before last.", "the year before last", "2011", "", ""},
    {kTue, "Sales resume in two thousand and twenty.", "two thousand and twenty", "2020", "", ""},
    {kTue, "Results for the year 2008 are out.", "the year 2008", "2008", "", ""},
    {kTue, "Results for 2017 q1 are out.", "2017 q1", "2017-Q1", "", ""},
    {kTue, "I'll be out August two thousand and fifteen.", "August two thousand and fifteen",
     "2015-08", "", ""},
    {kTue, "They left in October two thousand and returned.", "October two thousand", "2000-10", "",
     ""},
    {kTue, "It opened in June nineteen ninety-six.", "June nineteen ninety-six", "1996-06", "", ""},
    {kTue, "Open from today pm to tomorrow am.", "today pm", "2013-02-12TAF", "", ""},
    {kTue, "Open from today pm to tomorrow am.", "tomorrow am", "2013-02-13TMO", "", ""},
    {kTue, "We are working on it at the present time.", "at the present time", "PRESENT_REF", "",
     ""},
};

TEST_CASE("Weekday days, period abbreviations and spoken years", "[dates]") {
  CheckDateCases(kOpenClassCases);
}

// Dates counted from another date: a holiday or month a length from the
// DCT, a holiday's year written after it, ordinals counted from the end of
// a month or year, weekdays counted from a holiday or a week.
const DateCase kCountedCases[] = {
    {kTue, "Turkey prices peak at Thanksgiving in 3 years.", "Thanksgiving in 3 years",
     "2016-11-24", "", ""},
    {kTue, "Planners expect Christmas two years from now to be busy.",
     "Christmas two years from now", "2015-12-25", "", ""},
    {kTue, "Thanksgiving 3 months ago was quiet.", "Thanksgiving 3 months ago", "2012-11-22", "",
     ""},
    {kTue, "The fair marks Diwali six years hence.", "Diwali six years hence", "2019-10-27", "",
     ""},
    {kTue, "The plant will open March in a year.", "March in a year", "2014-03", "", ""},
    {kTue, "Deepavali in 2019 falls on a Sunday.", "Deepavali in 2019", "2019-10-27", "", ""},
    {kTue, "The parade was held on Easter Sunday two thousand ten.",
     "Easter Sunday two thousand ten", "2010-04-04", "", ""},
    {kTue, "Stores expect a record Christmas twenty twenty.", "Christmas twenty twenty",
     "2020-12-25", "", ""},
    {kTue, "The report is due 14th April 15.", "14th April 15", "2015-04-14", "", ""},
    {kTue, "Sales peak in the third last week of 2018.", "the third last week of 2018", "2018-W50",
     "2018-12-10", "2018-12-16"},
    {kTue, "Talks end in the last week of 2016.", "the last week of 2016", "2016-W52", "", ""},
    {kTue, "Talks end in the 2nd last week of October 2018.", "the 2nd last week of October 2018",
     "2018-W42", "2018-10-15", "2018-10-21"},
    {kTue, "Results come on the last day of October 2015.", "the last day of October 2015",
     "2015-10-31", "", ""},
    {kTue, "Rent is due the 5th last day of May 2013.", "the 5th last day of May 2013",
     "2013-05-27", "", ""},
    {kTue, "The fair is the last weekend of October 2017.", "the last weekend of October 2017",
     "2017-W43-WE", "2017-10-28", "2017-10-29"},
    {kTue, "Sales start the first weekend of March 2013.", "the first weekend of March 2013",
     "2013-W09-WE", "2013-03-02", "2013-03-03"},
    {kTue, "The vote is the third Tuesday after Christmas 2014.",
     "the third Tuesday after Christmas 2014", "2015-01-13", "", ""},
    {kTue, "Shops will shut the Friday before Easter.", "the Friday before Easter", "2013-03-29",
     "", ""},
    {kTue, "We will meet Friday after next.", "Friday after next", "2013-02-22", "", ""},
    {kTue, "The vote is Wednesday after next, aides said.", "Wednesday after next", "2013-02-20",
     "", ""},
    {kTue, "We met last week's Sunday.", "last week's Sunday", "2013-02-10", "", ""},
    {kTue, "Sales peaked the closest Christmas to today.", "the closest Christmas to today",
     "2012-12-25", "", ""},
    {kTue, "Sales peak the second nearest Christmas to today.",
     "the second nearest Christmas to today", "2013-12-25", "", ""},
    {kTue, "The vote is the closest Monday to Oct 5th 2013.", "the closest Monday to Oct 5th 2013",
     "2013-10-07", "", ""},
    {kTue, "The vote is the second closest Monday to October fifth 2013.",
     "the second closest Monday to October fifth 2013", "2013-09-30", "", ""},
    {kTue, "Figures cover the last week of next month.", "the last week of next month", "2013-W13",
     "2013-03-25", "2013-03-31"},
    {kTue, "Lights go out for Earth Hour 2019.", "Earth Hour 2019", "2019-03-30", "", ""},
    {kTue, "Israel marks Holocaust Day 2018.", "Holocaust Day 2018", "2018-04-12", "", ""},
};

TEST_CASE("Dates counted from a holiday, a week or the end of a period", "[dates]") {
  CheckDateCases(kCountedCases);
}

// Look-alikes of those: no claim may have exactly this span.
TEST_CASE("Counted dates leave rankings, counts and other phrases alone", "[dates]") {
  const NotASpanCase cases[] = {
      {"The vote is Friday after next week's debate.", "Friday after next"},
      {"It is the busiest Christmas in 10 years.", "Christmas in 10 years"},
      {"It was the first Thanksgiving in three years that he missed.",
       "Thanksgiving in three years"},
      {"Christmas two thousand pilgrims came.", "Christmas two thousand"},
      {"On 14th April 15 people died.", "14th April 15"},
      {"Shops said Friday after Christmas sales slowed.", "Friday after Christmas"},
      {"Prices rose in the last week of trading.", "the last week of trading"},
      {"It was the third largest drop of October 2015.", "the third largest drop of October 2015"},
      {"Thousands joined the March in a year of unrest.", "March in a year"},
      {"Protests marked Christmas in a year of war.", "Christmas in a year"},
      {"Theresa May in two years will step down.", "May in two years"},
  };
  CheckNoClaimHasSpan(cases);
}

// With a DCT clock, an am/pm-less clock without a day is the next such time
// and offsets in hours and minutes are clock times.
TEST_CASE("Clocks and offsets against a DCT with a clock", "[dates]") {
  struct Case {
    const char *text, *span, *timex;
  } cases[] = {
      {"Meet me at 3:30.", "3:30", "2013-02-12T15:30"},
      {"Meet me at 8:30.", "8:30", "2013-02-12T08:30"},
      {"Meet me tomorrow at 3:30.", "tomorrow at 3:30", "2013-02-13T03:30"},
      {"Meet me in 1/2 hour.", "1/2 hour", "2013-02-12T05:00"},
      {"Meet me in a couple hours.", "a couple hours", "2013-02-12T06:30"},
      {"Meet me in 2 and a half hours.", "2 and a half hours", "2013-02-12T07:00"},
      {"Meet me half an hour from now.", "half an hour from now", "2013-02-12T05:00"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, kTue, 4 * 60 + 30);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    REQUIRE(hit != nullptr);
    CHECK(hit->value.timex == c.timex);
  }
}

TEST_CASE("DateExtractor composes adjacent pieces into one expression", "[dates]") {
  CheckDateCases(kCombinedCases);
}

// Ranges that combine clocks, lengths, days and months (issue 5, round 3).
// Bare hours read on a 12-hour dial from 0, the second the next such hour
// after the first; a part of day places them.
const DateCase kRangeCompositionCases[] = {
    {kTue, "We can meet Monday 12-4.", "Monday 12-4", "2013-02-11T00:00/2013-02-11T04:00",
     "2013-02-11", "2013-02-11"},
    {kTue, "We can meet Monday 11-4.", "Monday 11-4", "2013-02-11T11:00/2013-02-11T16:00", "", ""},
    {kTue, "Find a time Wednesday from 10-4.", "Wednesday from 10-4",
     "2013-02-06T10:00/2013-02-06T16:00", "", ""},
    {kTue, "It happens between 3 and 5 on 1/1/2015.", "3 and 5 on 1/1/2015",
     "2015-01-01T03:00/2015-01-01T05:00", "2015-01-01", "2015-01-01"},
    {kTue, "It happens from 10:30 to 3 on 1/1/2015.", "10:30 to 3 on 1/1/2015",
     "2015-01-01T10:30/2015-01-01T15:00", "", ""},
    {kTue, "It happens 1/1/2015 between 10 and 11:30.", "1/1/2015 between 10 and 11:30",
     "2015-01-01T10:00/2015-01-01T11:30", "", ""},
    {kTue, "The meeting runs from 2pm for 2 hours.", "2pm for 2 hours",
     "2013-02-12T14:00/2013-02-12T16:00", "2013-02-12", "2013-02-12"},
    {kTue, "The meeting will last for 3 hours from 10 am.", "for 3 hours from 10 am",
     "2013-02-12T10:00/2013-02-12T13:00", "", ""},
    {kTue, "The meeting will last for 2.5 hours from 9:00.", "for 2.5 hours from 9:00",
     "2013-02-12T09:00/2013-02-12T11:30", "", ""},
    {kTue, "The meeting starts from 9 for 2.5 hrs.", "9 for 2.5 hrs",
     "2013-02-12T09:00/2013-02-12T11:30", "", ""},
    {kTue, "The meeting will last for 2 hours from 9.", "for 2 hours from 9",
     "2013-02-12T09:00/2013-02-12T11:00", "", ""},
    {kTue, "Book the room on 14th Feb for 7 hours from 9:30am.", "14th Feb for 7 hours from 9:30am",
     "2013-02-14T09:30/2013-02-14T16:30", "2013-02-14", "2013-02-14"},
    {kTue, "Book the room on 14th Feb from 9:30am for 7 hours.", "14th Feb from 9:30am for 7 hours",
     "2013-02-14T09:30/2013-02-14T16:30", "", ""},
    {kTue, "I'll be out between 5 and 6 in the afternoon.", "5 and 6 in the afternoon",
     "2013-02-12T17:00/2013-02-12T18:00", "", ""},
    {kTue, "Meet this evening from 7 to 7:30.", "this evening from 7 to 7:30",
     "2013-02-12T19:00/2013-02-12T19:30", "", ""},
    {kTue, "It will happen today before 4pm.", "today before 4pm", "2013-02-12T16:00", "", "",
     "BEFORE"},
    {kTue, "The range is from 2014 till 2018.", "2014 till 2018", "2014/2018", "2014-01-01",
     "2018-12-31"},
    {kTue, "The range is 2014~2018.", "2014~2018", "2014/2018", "", ""},
    {kTue, "I'll be out January 12, 2016 - 01/22/2016.", "January 12, 2016 - 01/22/2016",
     "2016-01-12/2016-01-22", "2016-01-12", "2016-01-22"},
    {kTue, "What's your plan for Dec/2018-May/2019?", "Dec/2018-May/2019", "2018-12/2019-05",
     "2018-12-01", "2019-05-31"},
    {kTue, "How about the first week of 2015?", "the first week of 2015", "2015-W01", "2014-12-29",
     "2015-01-04"},
    // A clock range takes the day (and part of day) written after it.
    {kTue, "The office is open 2-4pm tomorrow.", "2-4pm tomorrow",
     "2013-02-13T14:00/2013-02-13T16:00", "2013-02-13", "2013-02-13"},
    {kTue, "Talks resume between 2 and 4:30pm tomorrow.", "2 and 4:30pm tomorrow",
     "2013-02-13T14:00/2013-02-13T16:30", "", ""},
    {kTue, "Voting ran 2:00 - 2:30 pm on Monday.", "2:00 - 2:30 pm on Monday",
     "2013-02-11T14:00/2013-02-11T14:30", "", ""},
    {kTue, "Protesters gathered from 3-8pm yesterday afternoon.", "3-8pm yesterday afternoon",
     "2013-02-11T15:00/2013-02-11T20:00", "", ""},
    // A year after the second month dates it; an earlier-named later month
    // lies in the year before.
    {kTue, "Exports to Korea rose Nov-Feb 2017.", "Nov-Feb 2017", "2016-11/2017-02", "2016-11-01",
     "2017-02-28"},
    {kTue, "The drought lasted from December to March 2016.", "December to March 2016",
     "2015-12/2016-03", "2015-12-01", "2016-03-31"},
    {kTue, "Aid flowed December 20 to January 5, 2017.", "December 20 to January 5, 2017",
     "2016-12-20/2017-01-05", "2016-12-20", "2017-01-05"},
    {kTue, "The conflict lasted from January to april 2015.", "January to april 2015",
     "2015-01/2015-04", "2015-01-01", "2015-04-30"},
    {kTue, "Sales rose between August and October 2012.", "August and October 2012",
     "2012-08/2012-10", "2012-08-01", "2012-10-31"},
    {kTue, "Snow fell between december and March 2012.", "december and March 2012",
     "2011-12/2012-03", "2011-12-01", "2012-03-31"},
    {kTue, "Sales peaked in the 3rd week of 2018.", "the 3rd week of 2018", "2018-W03", "", ""},
};

TEST_CASE("DateExtractor composes ranges of clocks, lengths, days and months", "[dates]") {
  CheckDateCases(kRangeCompositionCases);
}

// Issue 5, round 4: zones after a bare or French-style hour, a range under
// way at the DCT, a year after "of", spelled clocks with a part of day, the
// weeks of a month by their Thursday (ISO 8601), the nth weekday of a
// relative month, and a first clock taking the second's pm.
const DateCase kRound4Cases[] = {
    {kTue, "The call was held Thursday at 8 GMT.", "Thursday at 8 GMT", "2013-02-07T08:00", "", ""},
    {kTue, "Trading opens at 9 am (BST).", "9 am (BST)", "2013-02-12T09:00", "", ""},
    {kTue, "It starts at 8h GMT.", "8h GMT", "2013-02-12T08:00", "", ""},
    {kFri, "The exhibition will run from December to March.", "December to March",
     "2018-12/2019-03", "2018-12-01", "2019-03-31"},
    {kFri, "The festival will run from May to September.", "May to September", "2019-05/2019-09",
     "2019-05-01", "2019-09-30"},
    {kFri, "He was born on July 4th of 1995.", "July 4th of 1995", "1995-07-04", "", ""},
    {kFri, "She was born in April of 87.", "April of 87", "1987-04", "", ""},
    {kTue, "The blast came at 20 minutes past eight in the evening.",
     "20 minutes past eight in the evening", "2013-02-12T20:20", "", ""},
    {kFri, "Sales peaked in the first week of January 2015.", "the first week of January 2015",
     "2015-W01", "2014-12-29", "2015-01-04"},
    {kFri, "Output fell in the last week of September 2014.", "the last week of September 2014",
     "2014-W39", "2014-09-22", "2014-09-28"},
    {kTue, "The vote is set for the first Monday of next month.", "the first Monday of next month",
     "2013-03-04", "", ""},
    {kTue, "The last Friday of this month is a holiday.", "The last Friday of this month",
     "2013-02-22", "", ""},
    {kTue, "The rally runs from 3:30 to six p.m.", "3:30 to six p.m.",
     "2013-02-12T15:30/2013-02-12T18:00", "", ""},
    // A clock whose words place it keeps its half of the day.
    {kTue, "They met from 3 in the morning until 5pm.", "3 in the morning until 5pm",
     "2013-02-12T03:00/2013-02-12T17:00", "", ""},
};

TEST_CASE("Zones, ranges under way, weeks of a month, relative months", "[dates]") {
  CheckDateCases(kRound4Cases);
}

// Issue 5, round 5: lengths counted from a day or clock, days for a length,
// a part of a past or following week, clock ranges across noon, periods up to
// now, weekly sets.
const DateCase kRound5Cases[] = {
    {kTue, "The deadline is 3 days after January 12, 2014.", "3 days after January 12, 2014",
     "2014-01-15", "2014-01-15", "2014-01-15", ""},
    {kTue, "The vote comes 2 weeks before Christmas 2013.", "2 weeks before Christmas 2013",
     "2013-12-11", "", ""},
    {kTue, "Payment is due one month after January 31, 2013.", "one month after January 31, 2013",
     "2013-02-28", "", ""},
    {kTue, "The bus leaves 15 minutes from 1pm.", "15 minutes from 1pm", "2013-02-12T13:15", "",
     ""},
    {kTue, "Offices close at the end of the following week.", "the end of the following week",
     "2013-W08", "", "", "END"},
    {kTue, "Prices fell at the beginning of past week.", "the beginning of past week", "2013-W06",
     "2013-02-04", "", "START"},
    {kTue, "Trading runs 11:30-1:30.", "11:30-1:30", "2013-02-12T11:30/2013-02-12T13:30", "", ""},
    {kTue, "We meet Tuesday at 2:00 - 2:30 pm.", "Tuesday at 2:00 - 2:30 pm",
     "2013-02-12T14:00/2013-02-12T14:30", "", ""},
    {kTue, "Sales between Jan 2012 and now rose.", "Jan 2012 and now", "2012-01/2013-02-12",
     "2012-01-01", "2013-02-12"},
    {kTue, "The office is closed for 3 days from Jan 5, 2013.", "for 3 days from Jan 5, 2013",
     "2013-01-05/2013-01-07", "2013-01-05", "2013-01-07"},
    {kTue, "He is away from Dec 18, 2012 for 10 days.", "Dec 18, 2012 for 10 days",
     "2012-12-18/2012-12-27", "", ""},
    {kTue, "The market closes early on Fridays.", "Fridays", "XXXX-WXX-5", "", "", nullptr,
     ClaimKind::kSet},
    {kTue, "She trains Friday mornings.", "Friday mornings", "XXXX-WXX-5TMO", "", "", nullptr,
     ClaimKind::kSet},
    {kTue, "The desk meets Tuesdays at 9am.", "Tuesdays at 9am", "XXXX-WXX-2T09:00", "", "",
     nullptr, ClaimKind::kSet},
};

TEST_CASE("Dates offset from a day, days for a length, weekly sets", "[dates]") {
  CheckDateCases(kRound5Cases);
}

// Issue 5, round 6: a length from the day it starts, holiday weekends (the
// long weekend with a Monday or Thursday holiday, the weekend after a
// Wednesday one), early/late parts of day, a part of day "of" a day.
const DateCase kRound6Cases[] = {
    {kTue, "The office is shut for 2 weeks starting May 20th.", "2 weeks starting May 20th",
     "2013-05-20/2013-06-02", "2013-05-20", "2013-06-02", ""},
    {kTue, "Replies are off 3 days starting from next Monday.", "3 days starting from next Monday",
     "2013-02-18/2013-02-20", "2013-02-18", "2013-02-20"},
    {kTue, "He is away a week beginning tomorrow.", "a week beginning tomorrow",
     "2013-02-13/2013-02-19", "2013-02-13", "2013-02-19"},
    {kTue, "Traffic peaked over Labor Day weekend 2012.", "Labor Day weekend 2012", "2012-W35-WE",
     "2012-09-01", "2012-09-03"},
    {kTue, "Stores opened for the Thanksgiving 2012 weekend.", "Thanksgiving 2012 weekend",
     "2012-W47-WE", "2012-11-22", "2012-11-25"},
    {kTue, "He flew home for the weekend of Halloween 2012.", "the weekend of Halloween 2012",
     "2012-W44-WE", "2012-11-03", "2012-11-04"},
    {kTue, "The storm hits late tonight.", "late tonight", "2013-02-12TNI", "", "", "END"},
    {kTue, "Shots were heard late last night.", "late last night", "2013-02-11TNI", "", "", "END"},
    {kTue, "Talks resume early Monday morning.", "early Monday morning", "2013-02-18TMO", "", "",
     "START"},
    {kTue, "Let's meet monday early in the morning.", "monday early in the morning",
     "2013-02-11TMO", "", "", "START"},
    {kTue, "We opened gifts on morning of Christmas 2012.", "morning of Christmas 2012",
     "2012-12-25TMO", "", ""},
};

TEST_CASE("Lengths from a start day, holiday weekends, early/late parts of day", "[dates]") {
  CheckDateCases(kRound6Cases);
}

// Ranges of two dates of any grains (one claim A/B from the first day of A
// to the last day of B), a year written once for both ends, and days,
// months and years written in one piece.
const DateCase kRangeEndsCases[] = {
    {kTue, "The index rose from 2004 through May 2008.", "2004 through May 2008", "2004/2008-05",
     "2004-01-01", "2008-05-31"},
    {kTue, "Imports grew from 2009-Q2 to 2010-Q1.", "2009-Q2 to 2010-Q1", "2009-Q2/2010-Q1",
     "2009-04-01", "2010-03-31"},
    {kTue, "Output rose from Q1 of 2009 - Q3 of 2010.", "Q1 of 2009 - Q3 of 2010",
     "2009-Q1/2010-Q3", "2009-01-01", "2010-09-30"},
    {kTue, "Debt swelled from 2007 to the end of 2008.", "2007 to the end of 2008", "2007/2008",
     "2007-01-01", "2008-12-31", ""},
    {kTue, "Prices fell between the end of 2007 and the end of 2008.",
     "the end of 2007 and the end of 2008", "2007/2008", "2007-09-01", "2008-12-31", ""},
    {kTue, "Claims were filed between Jan 2012 and yesterday.", "Jan 2012 and yesterday",
     "2012-01/2013-02-11", "2012-01-01", "2013-02-11"},
    {kTue, "Voting runs between today and tomorrow.", "today and tomorrow", "2013-02-12/2013-02-13",
     "2013-02-12", "2013-02-13"},
    {kTue, "Talks will go on between now and November 15th.", "now and November 15th",
     "PRESENT_REF/2013-11-15", "2013-02-12", "2013-11-15"},
    {kTue, "Shipments are down from October to date.", "October to date", "2012-10/2013-02-12",
     "2012-10-01", "2013-02-12"},
    // One year for both ends; a first month after the second is the year
    // before.
    {kTue, "Sales slumped from April to June in 2009.", "April to June in 2009", "2009-04/2009-06",
     "2009-04-01", "2009-06-30"},
    {kTue, "Rates rose from April in 2008 to June in 2009.", "April in 2008 to June in 2009",
     "2008-04/2009-06", "2008-04-01", "2009-06-30"},
    {kTue, "The team toured Asia from 26 June to 28 June in 2010.", "26 June to 28 June in 2010",
     "2010-06-26/2010-06-28", "2010-06-26", "2010-06-28"},
    {kTue, "The fleet sailed 3 june to 9 june in 2011.", "3 june to 9 june in 2011",
     "2011-06-03/2011-06-09", "", ""},
    {kTue, "Polls open from 2 july to 10 july.", "2 july to 10 july", "", "", ""},
    {kTue, "Flights resumed between June and July last year.", "June and July last year",
     "2012-06/2012-07", "2012-06-01", "2012-07-31"},
    {kTue, "The count ran 10/1-11/2/2011.", "10/1-11/2/2011", "2011-10-01/2011-11-02", "2011-10-01",
     "2011-11-02"},
    {kTue, "The count ran 12/20-1/5/2011.", "12/20-1/5/2011", "2010-12-20/2011-01-05", "", ""},
    {kTue, "The strike lasted 10-1-2011-10-7-2011.", "10-1-2011-10-7-2011", "2011-10-01/2011-10-07",
     "", ""},
    {kTue, "Exports slid Nov-Feb 5th, 2011.", "Nov-Feb 5th, 2011", "2010-11/2011-02-05",
     "2010-11-01", "2011-02-05"},
    // A bare day end shares the other end's month.
    {kTue, "The fair runs April 9th through 17th.", "April 9th through 17th", "", "2013-04-09",
     "2013-04-17"},
    {kTue, "The fair runs april ninth through seventeenth.", "april ninth through seventeenth", "",
     "2013-04-09", "2013-04-17"},
    {kTue, "The fair runs from the ninth till the seventeenth of April.",
     "the ninth till the seventeenth of April", "", "2013-04-09", "2013-04-17"},
    // Days, months and years written in one piece.
    {kTue, "He returned on 28 June in 2010.", "28 June in 2010", "2010-06-28", "", ""},
    {kTue, "He returned on 28 june in 2010.", "28 june in 2010", "2010-06-28", "", ""},
    {kTue, "The plant closed in 2011 April.", "2011 April", "2011-04", "", ""},
    {kTue, "The meeting is set for 14 nov 2013.", "14 nov 2013", "2013-11-14", "", ""},
    {kTue, "The unit was sold on Dec31 , 1994.", "Dec31 , 1994", "1994-12-31", "", ""},
    {kTue, "He left on 14april 2011.", "14april 2011", "2011-04-14", "", ""},
    {kTue, "She was born on the fourth of July of 1995.", "the fourth of July of 1995",
     "1995-07-04", "", ""},
    {kTue, "The plant reopened on 2011/aug/01.", "2011/aug/01", "2011-08-01", "", ""},
    // Two years compared are two years.
    {kTue, "Emissions must fall from 1990 to 2000 levels.", "2000", "2000", "2000-01-01",
     "2000-12-31"},
    // A week and a weekday stay one day.
    {kTue, "What happened on previous week - Monday?", "previous week - Monday", "2013-02-04",
     "2013-02-04", "2013-02-04"},
};

TEST_CASE("Ranges of dates of any grains and dates written in one piece", "[dates]") {
  CheckDateCases(kRangeEndsCases);
}

// Number pairs and lengths that stay apart: scores after a weekday, a clock
// "at" a time for a length, a day "for" a length, dates around a comma.
TEST_CASE("Composed ranges leave scores, lengths and lists alone", "[dates]") {
  const NotASpanCase cases[] = {
      {"Arsenal lost Saturday 3-1 at home.", "Saturday 3-1"},
      {"We meet at 2pm for 1 hr.", "2pm for 1 hr"},
      {"Can I book the 9th of May for 2 days?", "the 9th of May for 2 days"},
      {"He was jailed on Monday for 10 days.", "Monday for 10 days"},
      {"The deadline moved from last Thursday, to Nov. 6.", "last Thursday, to Nov. 6"},
      {"He was sentenced Friday 5-10 years in prison.", "Friday 5-10"},
      {"Prices rose from 9 for a while.", "9"},
      {"It traded for three hours from 9 percent.", "three hours from 9"},
      {"He worked January to may leave soon.", "January to may"},
      {"Talks between May and Smith resumed.", "May and Smith"},
      {"Shares closed Friday at 5 dlrs.", "Friday at 5"},
      {"The fixing was reported yesterday at 6,000 dlrs.", "yesterday at 6"},
      // "the night of Oct. 23" names Oct. 23 (TimeML).
      {"Police came on the night of Oct. 23, 2012.", "the night of Oct. 23, 2012"},
      // Amounts and codes, periods ending on a day, a weekday of a week.
      {"Arsenal won 3-1 on Saturday.", "3-1"},
      {"The bill passed on a 2-1 vote.", "2-1"},
      {"Prices rose between 10 and 20 percent.", "10 and 20"},
      {"The company sold 2014 to 2018 units.", "2014 to 2018"},
      {"Fares on route 2010 to 2012 rose.", "2010 to 2012"},
      {"Profit rose in the year to March 31, 2012.", "the year to March 31, 2012"},
      {"NET PROFIT 1ST QTR TO MARCH 31", "1ST QTR TO MARCH 31"},
      {"Emissions must fall from 1990 to 2000 levels.", "1990 to 2000"},
  };
  CheckNoClaimHasSpan(cases);
}

// A part of day on its own is the phrase with its article, of the last day
// named (here the DCT's), never the bare word (TimeML's extent).
TEST_CASE("A part of day on its own keeps its article and its day", "[dates]") {
  std::string text = "Prices rose in the morning, traders said.";
  std::vector<Extraction> found = Run(text, kTue);
  INFO(Describe(text, found));
  const Extraction* hit = nullptr;
  for (const Extraction& e : found) {
    CHECK(text.substr(e.begin, e.end - e.begin) != "morning");
    if (text.substr(e.begin, e.end - e.begin) == "the morning") hit = &e;
  }
  REQUIRE(hit != nullptr);
  CHECK(hit->value.timex == "2013-02-12TMO");
}

// Issue 5, clocks: a day with a clock, clock wordings, sets at a clock,
// offsets from now at clock grain. DCT Tuesday 2013-02-12, with the clock
// 04:30 where `minutes` is 270 (an am/pm-less clock without a day is then
// the next such time).
struct ClockCase {
  int minutes;
  const char *text, *span, *timex;
  ClaimKind kind = ClaimKind::kDate;
};

// Each case's span is found with its kind and TIMEX3 value, DCT kTue with
// the case's clock.
template <size_t N>
void CheckClockCases(const ClockCase (&cases)[N]) {
  for (const ClockCase& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, kTue, c.minutes);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    CHECK(hit != nullptr);
    if (hit == nullptr) continue;
    CHECK(hit->kind == c.kind);
    CHECK(hit->value.timex == c.timex);
  }
}

const ClockCase kClockCases[] = {
    // A day with a clock; a bare hour after "at" only with a day.
    {-1, "Please book Monday at 2.30 for the review.", "Monday at 2.30", "2013-02-11T02:30"},
    {-1, "Drinks for the team on Sat at 5.", "Sat at 5", "2013-02-09T05:00"},
    {-1, "I'll go back friday 23 at 4", "friday 23 at 4", "2012-11-23T04:00"},
    {-1, "Let's meet on february twenty second 3:30.", "february twenty second 3:30",
     "2013-02-22T03:30"},
    {-1, "Let's meet on march eighteenth nine thirty.", "march eighteenth nine thirty",
     "2013-03-18T09:30"},
    {-1, "They left january twenty fourth one thirty p m.", "january twenty fourth one thirty p m",
     "2013-01-24T13:30"},
    {270, "Doors open at 7:30 PM on Fri, Sep 20.", "7:30 PM on Fri, Sep 20", "2013-09-20T19:30"},
    // Clock wordings.
    {270, "Call me at 3 15.", "3 15", "2013-02-12T15:15"},
    {270, "Meet at 1030.", "1030", "2013-02-12T10:30"},
    {270, "Dinner is at 730 in the evening.", "730 in the evening", "2013-02-12T19:30"},
    {270, "Shall we leave at 6.45?", "6.45", "2013-02-12T06:45"},
    {270, "Call me at 3p.", "3p", "2013-02-12T15:00"},
    {270, "The bus leaves twenty after 3pm.", "twenty after 3pm", "2013-02-12T15:20"},
    {270, "Lunch ends 15 to noon.", "15 to noon", "2013-02-12T11:45"},
    {270, "The train goes 15 minutes past 15h.", "15 minutes past 15h", "2013-02-12T15:15"},
    {270, "I'll be back at 9.am.", "9.am", "2013-02-12T09:00"},
    {270, "Create an appointment at 3 p . m .", "3 p . m .", "2013-02-12T15:00"},
    {-1, "Where were you between 0730-0930?", "0730-0930", "2013-02-12T07:30/2013-02-12T09:30"},
    {-1, "We play from three thirty to four thirty.", "three thirty to four thirty",
     "2013-02-12T03:30/2013-02-12T04:30"},
    {-1, "The talks will run between 9h30 and 11h00 on Thursday.", "9h30 and 11h00 on Thursday",
     "2013-02-14T09:30/2013-02-14T11:00"},
    // Sets with a clock or a day.
    {-1, "I'll leave every day at 7:13 p.m.", "every day at 7:13 p.m.", "T19:13", ClaimKind::kSet},
    {-1, "He calls every evening at 7:13 p.m.", "every evening at 7:13 p.m.", "T19:13",
     ClaimKind::kSet},
    {-1, "The alarm rings 6am every day.", "6am every day", "T06:00", ClaimKind::kSet},
    {-1, "The shop opens 3pm each day.", "3pm each day", "T15:00", ClaimKind::kSet},
    {-1, "I'll leave everyday 6am", "everyday 6am", "T06:00", ClaimKind::kSet},
    {-1, "We meet each Monday at 4pm.", "each Monday at 4pm", "XXXX-WXX-1T16:00", ClaimKind::kSet},
    {-1, "Rent is due on the 19th of every month.", "the 19th of every month", "XXXX-XX-19",
     ClaimKind::kSet},
    {-1, "The club meets every other Friday.", "every other Friday", "XXXX-WXX-5", ClaimKind::kSet},
    {-1, "Shifts rotate every two weekends.", "every two weekends", "P2WE", ClaimKind::kSet},
    {-1, "The market opens weekends.", "weekends", "P1WE", ClaimKind::kSet},
    {-1, "He works mornings.", "mornings", "TMO", ClaimKind::kSet},
    {-1, "Reports are filed quarterly.", "quarterly", "P3M", ClaimKind::kSet},
    // Offsets from now at clock grain.
    {270, "Back in a sec.", "a sec", "2013-02-12T04:30:01"},
    {270, "It starts one second from now.", "one second from now", "2013-02-12T04:30:01"},
    {270, "Back in a quarter of an hour.", "a quarter of an hour", "2013-02-12T04:45"},
    {270, "Back in three-quarters of an hour.", "three-quarters of an hour", "2013-02-12T05:15"},
    {270, "We land in about half an hour.", "about half an hour", "2013-02-12T05:00"},
    {270, "Call today in one hour.", "today in one hour", "2013-02-12T05:30"},
    {270, "It is due a day from right now.", "a day from right now", "2013-02-13"},
};

TEST_CASE("Clocks with days, clock wordings, sets at a clock, offsets from now", "[dates]") {
  CheckClockCases(kClockCases);
}

struct NegativeCase {
  const char* text;
  const char* not_a_date;  // no date or set may overlap this text
};

// No claim found (DCT kFri) overlaps a case's not_a_date.
template <size_t N>
void CheckNothingOverlaps(const NegativeCase (&cases)[N]) {
  for (const NegativeCase& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, kFri);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    size_t b = text.find(c.not_a_date);
    REQUIRE(b != std::string::npos);
    size_t e = b + std::string_view(c.not_a_date).size();
    for (const Extraction& x : found) CHECK_FALSE((x.begin < e && b < x.end));
  }
}

const NegativeCase kNegatives[] = {
    {"China may just shift its trade surplus.", "may"},
    {"China May Shift Its Surplus, Analysts Say", "May"},
    {"Thousands joined the March against austerity.", "March"},
    {"The firm sold 2.5 million shares.", "2.5 million"},
    {"Traffic stalled on Route 66 near the border.", "66"},
    {"The airline ordered a 747 freighter.", "747"},
    {"Book this lunch in my calendar.", "this lunch"},
    {"Staff work 9am to 5 days a week.", "to 5 days"},
    {"The boy said the 1h results were weak.", "1h"},
    {"On Friday 31 people died.", "31"},
    {"The boy left.", "boy"},
    {"The budget is $2019 million.", "2019"},
    {"Investors in 5-year notes were paid in full.", "in 5-year"},
    {"Output reached 1,990 tonnes.", "1,990"},
    {"The Fed held rates steady.", "Fed"},
    {"Sales of 2019 tonnes were recorded.", "2019"},
    {"The index covers pages 1990 to 2000 of the archive.", "2000"},
    {"Flights 1987 and 1988 were cancelled.", "1988"},
    {"Theresa May's government fell.", "May"},
    {"The two sides signed a framework deal.", "deal"},
    {"The current account deficit widened.", "current"},
    {"It held a quarter of the market.", "quarter"},
    {"Only 3/4 of the seats were filled.", "3/4"},
    // "in N years" after a superlative or in a past clause is no day ahead.
    {"Prices hit their highest in five years on Thursday.", "five years"},
    {"It was the first time in a decade that it fell.", "a decade"},
    {"Prime Minister Theresa May first proposed the deal.", "May first"},
    // A capitalised set word inside a name is no recurrence.
    {"Harbor Daily reported the sale on Monday.", "Daily"},
    {"He told the Daily Telegraph that talks failed.", "Daily"},
    {"The New York Daily News said prices rose.", "Daily"},
    {"Daily Mail reporters saw the crash.", "Daily"},
    {"The Nightly News led with the strike.", "Nightly"},
    // A bare hour without a part of day, or reading on as a count.
    {"The team lost Friday at 3.", "3."},
    {"Shares closed yesterday at 8 percent higher.", "8 percent"},
    {"The death toll rose from 3 to 8 yesterday.", "3 to 8"},
    {"Arsenal beat Chelsea Saturday 3-2 in London.", "3-2"},
    {"Rates were cut to 8 last night.", "8"},
    {"He won 10 minutes after 3 rivals quit.", "10 minutes after 3"},
    {"The wait fell from 20 minutes to 5 this year.", "20 minutes to 5"},
    {"Gate 9a opened early on Monday.", "9a"},
    // Abbreviations that are words, codes and fractions.
    {"Turnout sat at 40 percent on Monday.", "sat"},
    {"The sun rose over Wed Street.", "sun"},
    {"The code of the object is 133-03-03-2020.", "03-03"},
    {"Labs showed a BUN/Cr of 30/4.85 on Monday.", "30/4"},
    {"He used a 3/16-inch bolt.", "3/16"},
    {"The bond rose 7/16 on Monday.", "7/16"},
    {"An SEC filing showed five SEC rules.", "SEC"},
    {"He cut the cake in half two times.", "half two"},
    {"Shares closed at 9p on Monday.", "9p"},
    // Levels and counts after "at", a score after a day, adjectives of
    // recurrence.
    {"The index closed at 1030.", "1030"},
    {"Shares traded at 6.45 on Monday.", "6.45"},
    {"The euro is at 1.45 dollars.", "1.45"},
    {"Rates stood at 5.", "5."},
    {"The company has about 450 stores.", "450"},
    {"Shares rose 3 15/16 to 40.", "3 15"},
    {"Yields rose to 6.45 percent.", "6.45"},
    {"United lost Sunday at 2.", "at 2"},
    {"He paid a quarterly dividend.", "quarterly"},
    {"Such risk taking is an everyday matter.", "everyday"},
    {"The price fell to 9 from 12 before 5pm.", "12 before"},
    // "PM" is a prime minister; a month before a count is no spoken year.
    {"Speaking yesterday PM Modi said no.", "PM"},
    {"In October two thousand people marched.", "two thousand"},
    // "end of the day" is a day only as a whole phrase; "day" alone is none.
    {"The bomb squad's EOD team arrived.", "EOD"},
    {"At the end of the tunnel, the day ended.", "day"},
    // Compact writings need their context: a price, a phone number, a count.
    {"Volume ran on 5.12 million shares.", "5.12"},
    {"Call +86 2010-2015-86 for details.", "2015-86"},
    {"Up to 14 may die, officials said.", "14 may"},
    {"The index fell 14 mar the view.", "14 mar"},
    // TimeML news leaves these out (TBAQ tags neither).
    {"There are no flights at the moment.", "at the moment"},
    {"We have no comment at this time.", "at this time"},
    {"He ran the last 3/4 of the race.", "3/4"},
};

TEST_CASE("DateExtractor leaves non-dates alone", "[dates]") { CheckNothingOverlaps(kNegatives); }

TEST_CASE("DateExtractor returns spans in order without overlaps", "[dates]") {
  std::string text =
      "Liu He will visit on Jan. 30 and 31. Talks held last week, two weeks ago and "
      "on Friday were followed by a 90-day truce agreed in December.";
  std::vector<Extraction> found = Run(text, kFri);
  INFO(Describe(text, found));
  REQUIRE(found.size() >= 4);
  for (size_t i = 1; i < found.size(); ++i) CHECK(found[i - 1].end <= found[i].begin);
  for (const Extraction& e : found) CHECK(e.kind != ClaimKind::kDuration);
}

// Compares an expected span modulo a leading preposition.
std::string StripPreposition(std::string s) {
  for (const char* p : {"in ", "In ", "on ", "On ", "by ", "By ", "at ", "At "}) {
    if (s.rfind(p, 0) == 0) {
      s = s.substr(std::string_view(p).size());
      break;
    }
  }
  if (s.rfind("the ", 0) == 0) s = s.substr(4);
  return s;
}

// Earnings-report anaphora and tense cues from the TimeML news sets, in
// sentences of our own.
const DateCase kReportAndTenseCases[] = {
    // "a year earlier" compares the span of months named after the quarter
    // in its sentence: the year, not the quarter.
    {k1989,
     "Net rose in the third quarter. For the nine months, net rose to $9 million "
     "from $7 million a year earlier.",
     "a year earlier", "1988", "", ""},
    {k1989,
     "Net rose in the third quarter. In the first six months, sales were up from a year "
     "ago.",
     "a year ago", "1988", "", ""},
    // ... but not a span in an earlier sentence.
    {k1989, "For the nine months, net rose. Third-quarter sales rose from a year earlier.",
     "a year earlier", "1988-Q3", "", ""},
    // "the 1988 period" is the period named before, in 1988.
    {k1989, "Third-quarter profit rose to $5 million from $4 million in the 1988 period.",
     "the 1988 period", "1988-Q3", "", ""},
    {k1989, "Sales in September rose from the 1988 period.", "the 1988 period", "1988-09", "", ""},
    {k1989, "Costs were lower than in the 1987 period.", "the 1987 period", "1987", "", ""},
    // Future cues: a planned progressive, a move to a later date, a plan with
    // an object (k1989 is a Wednesday).
    {k1989, "Officials announced that the envoy would be flying to Geneva Friday with aides.",
     "Friday", "1989-10-27", "", ""},
    {k1989, "The board postponed until Monday any decision on the bid.", "Monday", "1989-10-30", "",
     ""},
    {k1989, "The dividend, which is still unconfirmed, would be paid in January.", "January",
     "1990-01", "", ""},
    {k1989, "Unions planned a march through the capital on Saturday.", "Saturday", "1989-10-28", "",
     ""},
    // A capitalised "-ed" word is a name, not a past verb.
    {k1989, "The minister will fly to the United States Thursday.", "Thursday", "1989-10-26", "",
     ""},
    // A cue behind "saying"/"that" belongs to the reported clause.
    {k1989, "The banks issued a statement Monday saying rates will rise.", "Monday", "1989-10-23",
     "", ""},
    // Past cues still win: "extended its offer to buy" is no move to a date.
    {k1989, "Two bidders extended their offers to buy the company Monday.", "Monday", "1989-10-23",
     "", ""},
};

TEST_CASE("Report periods and tense cues of news", "[dates]") {
  CheckDateCases(kReportAndTenseCases);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Parts of day alone (the TimeML "the morning", of the latest day named
// before them), weekdays written with their date, day-month-year with dots,
// weeks from a day, halves written H1/H2, a year's quarter, more holidays.
// DCT Tuesday 2013-02-12.
const DateCase kSpanCases[] = {
    {kTue, "Dealers placed heavy buy orders in the evening.", "the evening", "2013-02-12TEV",
     "2013-02-12", "2013-02-12"},
    {kTue, "Stocks fell on Friday. Dealers sold in the morning.", "the morning", "2013-02-08TMO",
     "2013-02-08", "2013-02-08"},
    {kTue, "Rain is expected in late afternoon.", "late afternoon", "2013-02-12TAF", "", ""},
    {kTue, "Police arrived early in the morning.", "early in the morning", "2013-02-12TMO", "", ""},
    {kTue, "They met Tuesday in the morning.", "Tuesday in the morning", "2013-02-12TMO", "", ""},
    {kTue, "The hearing is set for Thursday 28/02 11.00am, a clerk said.", "Thursday 28/02 11.00am",
     "2013-02-28T11:00", "", ""},
    {kTue, "The rally is on Saturday, 2013-3-2 in Berlin.", "Saturday, 2013-3-2", "2013-03-02", "",
     ""},
    {kTue, "The decree is dated 23.04.2012 in Rome.", "23.04.2012", "2012-04-23", "", ""},
    {kTue, "Polls closed 23.04.2012 18:00, officials said.", "23.04.2012 18:00", "2012-04-23T18:00",
     "", ""},
    {kTue, "Talks are set for the week beginning March 4.", "the week beginning March 4",
     "2013-03-04/2013-03-10", "2013-03-04", "2013-03-10", ""},
    {kTue, "Shipments resume w/c 4 March.", "w/c 4 March", "2013-03-04/2013-03-10", "", ""},
    {kTue, "Margins should improve in H2 2013.", "H2 2013", "2013-H2", "2013-07-01", "2013-12-31"},
    {kTue, "Margins fell in 2012-H1.", "2012-H1", "2012-H1", "2012-01-01", "2012-06-30"},
    {kTue, "Sales rose in last year's fourth quarter.", "last year's fourth quarter", "2012-Q4", "",
     ""},
    {kTue, "The vote is due next Friday 3/15.", "next Friday 3/15", "2013-03-15", "", ""},
    {kTue, "The summit is this upcoming Friday.", "this upcoming Friday", "2013-02-15", "", ""},
    {kTue, "Unions marched on International Workers' Day in Paris.", "International Workers' Day",
     "", "", ""},
    {kTue, "Juneteenth marks the end of slavery.", "Juneteenth", "", "", ""},
};

TEST_CASE("Parts of day alone, weekdays with their date, weeks from a day, halves", "[dates]") {
  CheckDateCases(kSpanCases);
}

TEST_CASE("Parts of day need 'in' or a bound, a weekday joins only a written date", "[dates]") {
  const NotASpanCase cases[] = {
      {"The morning session was calm.", "The morning"},
      {"He spent the evening with friends.", "the evening"},
      {"Prices rose in the morning, traders said.", "morning"},
      {"The couple said they would appeal.", "couple"},
  };
  CheckNoClaimHasSpan(cases);
}

TEST_CASE("Dates and durations of the seed stories", "[dates][seeds]") {
  const std::string dir = std::string(WF_SHARED_DIR) + "/seeds/";
  std::string expected_text = ReadFile(dir + "expected.json");
  if (expected_text.empty()) {
    WARN("seeds not found in " << dir << "; skipped");
    return;
  }
  nlohmann::json expected = nlohmann::json::parse(expected_text);
  std::unique_ptr<DurationExtractor> durations;
  REQUIRE(DurationExtractor::Create(RuleFiles(), &durations).ok());
  int checked = 0;
  for (const char* section : {"dates", "durations"}) {
    for (const auto& item : expected[section]) {
      std::string body = ReadFile(dir + item["file"].get<std::string>());
      REQUIRE(!body.empty());
      std::vector<Sentence> sentences = NaiveSentences(body);
      DocumentView doc;
      doc.text = body;
      doc.sentences = &sentences;
      doc.published = kFri;
      std::vector<Extraction> found;
      if (std::string(section) == "dates") {
        Dates().Extract(doc, &found);
      } else {
        durations->Extract(doc, &found);
      }
      std::string want = StripPreposition(item["text"].get<std::string>());
      INFO(section << ": " << item.dump());
      bool ok = false;
      std::string seen;
      for (const Extraction& e : found) {
        std::string span = StripPreposition(body.substr(e.begin, e.end - e.begin));
        if (span != want) continue;
        const auto& v = item["value"];
        if (v.is_string()) {
          ok = ok || e.value.timex == v.get<std::string>();
        } else {
          ok = ok ||
               (e.value.start == v[0].get<std::string>() && e.value.end == v[1].get<std::string>());
        }
        seen += e.value.timex + " " + e.value.start + ".." + e.value.end + "; ";
      }
      INFO("candidates with that span: " << seen);
      CHECK(ok);
      ++checked;
    }
  }
  CHECK(checked >= 20);
}

// Parts of a named period ("the first two weeks of January", "the third
// month of next year", "week 27 of last year", "the 15th day of June") and
// weekdays joined to a day counted by a length ("Friday, three weeks after
// Christmas"): the weekday of that day's ISO week. DCT Tuesday 2013-02-12.
const DateCase kPartCases[] = {
    {kTue, "Exports fell in the last three months of 2012.", "the last three months of 2012",
     "2012-10/2012-12", "2012-10-01", "2012-12-31"},
    {kTue, "Sales rose 4 percent in the first nine months of 2012.",
     "the first nine months of 2012", "2012-01/2012-09", "2012-01-01", "2012-09-30"},
    {kTue, "Flights were cancelled for the first 10 days of the year.",
     "the first 10 days of the year", "2013-01-01/2013-01-10", "2013-01-01", "2013-01-10"},
    {kTue, "The plant will close for the last two weeks of this year.",
     "the last two weeks of this year", "2013-W51/2013-W52", "2013-12-16", "2013-12-29"},
    {kTue, "Bookings for the first two weeks of March 2013 are full.",
     "the first two weeks of March 2013", "2013-W10/2013-W11", "2013-03-04", "2013-03-17"},
    {kTue, "Strikes hit the last 10 days of January 2013.", "the last 10 days of January 2013",
     "2013-01-22/2013-01-31", "2013-01-22", "2013-01-31"},
    {kTue, "Output recovered in the first two quarters of 2012.", "the first two quarters of 2012",
     "2012-H1", "2012-01-01", "2012-06-30"},
    {kTue, "The budget runs out in the third month of next year.", "the third month of next year",
     "2014-03", "2014-03-01", "2014-03-31"},
    {kTue, "Week 27 of last year saw record traffic.", "Week 27 of last year", "2012-W27", "", ""},
    {kTue, "The board meets on the first Monday of next month.", "the first Monday of next month",
     "2013-03-04", "", ""},
    {kTue, "The gala is the first Monday evening of next month.",
     "the first Monday evening of next month", "2013-03-04TEV", "", ""},
    {kTue, "Ballots are due before the twenty-fifth day of the month.",
     "the twenty-fifth day of the month", "2013-02-25", "", "", "BEFORE"},
    {kTue, "Voting closes on the 21st this month.", "the 21st this month", "2013-02-21", "", ""},
    {kTue, "Rents will rise after the 15th day of June.", "the 15th day of June", "2013-06-15", "",
     "", "AFTER"},
    {kTue, "Stocks are thin on the fifth last day of May.", "the fifth last day of May",
     "2013-05-27", "", ""},
    {kTue, "The first week of Oct. was busy for ports.", "The first week of Oct.", "2012-W40", "",
     ""},
    {kTue, "The ceasefire starts in three days, on Friday.", "three days, on Friday", "2013-02-15",
     "", ""},
    {kTue, "The market reopened Friday, three weeks after Christmas.",
     "Friday, three weeks after Christmas", "2013-01-18", "", ""},
    {kTue, "He resigned on Thursday, two weeks ago.", "Thursday, two weeks ago", "2013-01-31", "",
     ""},
    {kTue, "The envoy returns Sunday 3 weeks after January 15th.",
     "Sunday 3 weeks after January 15th", "2013-02-10", "", ""},
    {kTue, "The deal closed 2 weeks and 3 days ago.", "2 weeks and 3 days ago", "2013-01-26", "",
     ""},
};

TEST_CASE("Parts of a named period and weekdays of a counted day", "[dates]") {
  CheckDateCases(kPartCases);
}

TEST_CASE("Parts of events and counts of events are no dates", "[dates]") {
  const NotASpanCase cases[] = {
      {"The first two weeks of the trial were slow.", "The first two weeks of the trial"},
      {"Workers marked the 15th day of the strike.", "the 15th day of the strike"},
      {"It was the second this month, police said.", "the second this month"},
      {"Rent is paid on the 15th of the month.", "the 15th of the month"},
      {"It was the third month in a row of gains.", "the third month in a row"},
      {"They worked for the last 3 months and 2 weeks and 2 days ago they quit.",
       "2 weeks and 2 days ago"},
      {"The siege lasted two weeks, three days ago it ended.", "two weeks, three days ago"},
  };
  CheckNoClaimHasSpan(cases);
}

// Clock ranges tied to a day, a part of day, a length or "now"; clock
// comparisons joined to their day. DCT Tuesday 2013-02-12; `minutes` its
// clock (600 = 10:00), -1 for a date only.
const ClockCase kClockRangeDayCases[] = {
    {-1, "Polls are open 6-8 next Monday for late voters.", "6-8 next Monday",
     "2013-02-18T06:00/2013-02-18T08:00"},
    {-1, "The clinic opens next Monday morning 6-8 for walk-ins.", "next Monday morning 6-8",
     "2013-02-18T06:00/2013-02-18T08:00"},
    {-1, "The square was closed from 8am-3 yesterday afternoon.", "8am-3 yesterday afternoon",
     "2013-02-11T08:00/2013-02-11T15:00"},
    {-1, "Talks resume on the 17th from 10 a.m. to noon.", "the 17th from 10 a.m. to noon",
     "2013-02-17T10:00/2013-02-17T12:00"},
    {-1, "Delegates meet on the 20 between 2 and 4pm.", "the 20 between 2 and 4pm",
     "2013-02-20T14:00/2013-02-20T16:00"},
    {-1, "Hearings are set for Friday 15 between 9:30 and 3:00 pm.",
     "Friday 15 between 9:30 and 3:00 pm", "2013-02-15T09:30/2013-02-15T15:00"},
    {-1, "Registration runs 6/14 between 9.30-4.30pm at the hall.", "6/14 between 9.30-4.30pm",
     "2013-06-14T09:30/2013-06-14T16:30"},
    {-1, "The ward is shut from 2:30 to 2:15 pm for cleaning.", "2:30 to 2:15 pm",
     "2013-02-12T02:30/2013-02-12T14:15"},
    {-1, "The hearing will run from 9 a.m. for two hours and 15 minutes on Thursday.",
     "9 a.m. for two hours and 15 minutes on Thursday", "2013-02-14T09:00/2013-02-14T11:15"},
    {-1, "The vote opens from 10 am for 3 hours 30 minutes.", "10 am for 3 hours 30 minutes",
     "2013-02-12T10:00/2013-02-12T13:30"},
    {600, "Voting continues between now and eight o'clock.", "now and eight o'clock",
     "2013-02-12T10:00/2013-02-12T20:00"},
    {600, "Police logged 40 calls between eight o'clock and now.", "eight o'clock and now",
     "2013-02-12T08:00/2013-02-12T10:00"},
    {-1, "Markets were shut from 8 A.M. until noon and from 3.30 to 5.30 P.M.", "3.30 to 5.30 P.M.",
     "2013-02-12T15:30/2013-02-12T17:30"},
    {-1, "A curfew runs 10pm-6am in the capital.", "10pm-6am", "2013-02-12T22:00/2013-02-13T06:00"},
    {-1, "Bars may stay open from 6pm to 12am.", "6pm to 12am",
     "2013-02-12T18:00/2013-02-13T00:00"},
};

TEST_CASE("Clock ranges tied to a day, a part of day, a length or now", "[dates]") {
  CheckClockCases(kClockRangeDayCases);
}

const DateCase kClockBoundDayCases[] = {
    {kTue, "Ballots cast at 3 pm or later on Monday were counted.", "3 pm or later on Monday",
     "2013-02-11T15:00", "", "", "ON_OR_AFTER"},
};

TEST_CASE("A clock with a trailing bound joins the day after it", "[dates]") {
  CheckDateCases(kClockBoundDayCases);
}

// Clock ranges between two weekdays: the second weekday is the one after
// the first even where it alone would be placed before it (from Wednesday
// 2019-01-16 the nearest Sunday is the 13th), and the range word ("until")
// bounds nothing once the range has both ends. (No "p.m.": the test's
// naive sentence split would end a sentence there.)
const sys_days kWed = Day(2019, 1, 16);
const DateCase kWeekdayClockRangeCases[] = {
    {kWed, "The curfew will run from 10pm Saturday to 5am Sunday.", "10pm Saturday to 5am Sunday",
     "2019-01-19T22:00/2019-01-20T05:00", "2019-01-19", "2019-01-20", ""},
    {kWed, "The curfew ran from 10pm Saturday until 5am Sunday.", "10pm Saturday until 5am Sunday",
     "2019-01-12T22:00/2019-01-13T05:00", "2019-01-12", "2019-01-13", ""},
    {kWed, "Polls will close at 8pm on Sunday.", "8pm on Sunday", "2019-01-20T20:00", "", ""},
};

TEST_CASE("A clock range between two weekdays runs forward and has no bound", "[dates]") {
  CheckDateCases(kWeekdayClockRangeCases);
}

// Bare number ranges are clocks only where a day, part of day or am/pm ties
// them; scores, counts and prices stay apart.
const NegativeCase kClockRangeNegatives[] = {
    {"The Yankees beat Boston Monday night 6-3.", "6-3"},
    {"The Yankees beat Boston yesterday afternoon 6-3.", "6-3"},
    {"Spain beat Italy 6-4 last Saturday.", "6-4"},
    {"The bond was up 1/4 at 3 p.m. in late trade.", "1/4"},
    {"Ministers voted on the 17 amendments from 2009 to 2012.", "the 17"},
    {"The ruling came on the 17 from a panel of judges.", "the 17"},
    {"The ratio was 6/4 from 2 to 3 percent.", "6/4"},
};

TEST_CASE("Scores, counts and prices next to days are no clock ranges", "[dates]") {
  CheckNothingOverlaps(kClockRangeNegatives);
}

const DateCase kLaterCases[] = {
    // Counted from the latest day named in the sentence or the one before.
    {kFri, "The bill passed the Senate on Jan. 3 and was signed into law three days later.",
     "three days later", "2019-01-06", "2019-01-06", "2019-01-06"},
    {kFri, "Police arrested him on Monday. Two weeks later, prosecutors dropped the charges.",
     "Two weeks later", "2019-W05", "", ""},
    // No day to count from in a past narrative: only that it is past.
    {kFri, "A fortnight later, the ministry reversed its decision.", "A fortnight later",
     "PAST_REF", "", ""},
    // Comparisons on years keep the bound in the mod.
    {kFri, "The rebate covers vehicles of year 2016 and greater.", "year 2016", "2016", "", "",
     "ON_OR_AFTER"},
    {kFri, "The rule applies to cars built in year 2012 or later.", "year 2012", "2012", "", "",
     "ON_OR_AFTER"},
    {kFri, "The survey covers homes built in years greater than 2015.", "2015", "2015", "", "",
     "AFTER"},
    // A range from a relative weekday keeps its "next".
    {kTue, "The talks run from next Monday to Friday.", "next Monday to Friday",
     "2013-02-18/2013-02-22", "2013-02-18", "2013-02-22"},
    // A relative first month names its own year, the second the one written.
    {kTue, "The program runs from this May to October 2014.", "this May to October 2014",
     "2013-05/2014-10", "2013-05-01", "2014-10-31"},
    {kTue, "Exports rose from last November to March.", "last November to March", "2012-11/2013-03",
     "2012-11-01", "2013-03-31"},
    // A comparison inside the span.
    {kFri, "The tax applies to cars of model year later than 2015.", "year later than 2015", "2015",
     "", "", "AFTER"},
    // A compound count later: the units add up, the finest is the grain.
    {kFri, "The plant closed on March 3, 2015 and reopened a year and two months later.",
     "a year and two months later", "2016-05", "2016-05-01", "2016-05-31"},
    // The counts after a period word belong to it; a length from smaller to
    // larger units is no compound.
    {kFri, "The team worked for the last 3 months and 2 days ago found a fix.", "2 days ago",
     "2019-01-16", "", ""},
    {kFri, "Output covered 52 weeks, against 53 weeks a year earlier.", "a year earlier", "2018",
     "", ""},
    {kFri, "Prices fell two weeks and 3 days ago.", "two weeks and 3 days ago", "2019-01-01",
     "2019-01-01", "2019-01-01"},
    // "for" a length from a day: the length begins that day.
    {kTue, "He was suspended for 3 days from tomorrow.", "for 3 days from tomorrow",
     "2013-02-13/2013-02-15", "2013-02-13", "2013-02-15"},
};

TEST_CASE("Counts later, comparisons on years, ranges from a relative weekday", "[dates]") {
  CheckDateCases(kLaterCases);
  const NotASpanCase kNot[] = {
      // A vague count stays a length; the last count of a compound length is
      // no offset of its own.
      {"A few days later, the company sold the unit.", "A few days later"},
      {"He returned 2 years 1 month 21 days later.", "21 days later"},
      // Comparisons, not dates counted from an anchor.
      {"Trading starts 15 minutes later than in Kobe.", "15 minutes later"},
      {"The plant opened a day earlier than planned.", "a day earlier"},
      {"Easter falls three weeks later this year than last year.", "three weeks later"},
      // A table row ends at the line break.
      {"Net loss was 3.9 mln dlrs in year\n1986 results included a charge.", "year\n1986"},
  };
  CheckNoClaimHasSpan(kNot);
}

TEST_CASE("Greater than bounds a year only after the word year", "[dates]") {
  std::string text = "Firings were five times greater than 1985, the union said.";
  std::vector<Extraction> found = Run(text, kFri);
  INFO("found:\n" << Describe(text, found));
  for (const Extraction& e : found) CHECK(e.value.mod.empty());
  const DateCase cases[] = {
      {kFri, "Rates where the year is greater than 2015 are listed.", "2015", "2015", "", "",
       "AFTER"},
  };
  CheckDateCases(cases);
}

TEST_CASE("Later counts of clock units and questions with about", "[dates]") {
  struct Case {
    const char *text, *span, *timex, *mod;
  } cases[] = {
      // From the clock named before it.
      {"The fire started at 3 p.m. Two hours later it was out.", "Two hours later",
       "2013-02-12T17:00", ""},
      // "what about" asks: no approximation, "about" out of the span.
      {"What about half an hour from now?", "half an hour from now", "2013-02-12T05:00", ""},
      {"What about 30 minutes later?", "30 minutes later", "2013-02-12T05:00", ""},
      {"About half an hour from now, the doors open.", "About half an hour from now",
       "2013-02-12T05:00", "APPROX"},
  };
  for (const Case& c : cases) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, kTue, 4 * 60 + 30);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    REQUIRE(hit != nullptr);
    CHECK(hit->value.timex == c.timex);
    CHECK(hit->value.mod == c.mod);
  }
}

// Dates written in words (years, days) and unusual written forms: numeric
// orders, a weekday next to its written date, ISO and Unix time stamps.
// kFri = 2019-01-18.
const DateCase kWrittenFormCases[] = {
    {kFri, "She was born on January twenty five nineteen eighty six.",
     "January twenty five nineteen eighty six", "1986-01-25", "", ""},
    {kFri, "He was born on twenty-five January nineteen eighty-six, records show.",
     "twenty-five January nineteen eighty-six", "1986-01-25", "", ""},
    {kFri, "The mill opened on fifteen August nineteen hundred ninety three.",
     "fifteen August nineteen hundred ninety three", "1993-08-15", "", ""},
    {kFri, "They arrived on 13 Sept. nineteen seventy two.", "13 Sept. nineteen seventy two",
     "1972-09-13", "", ""},
    {kFri, "The charter was signed on 6 April seventeen hundred thirty three.",
     "6 April seventeen hundred thirty three", "1733-04-06", "", ""},
    {kFri, "The treaty expires on January first, two thousand and thirty two.",
     "January first, two thousand and thirty two", "2032-01-01", "", ""},
    {kFri, "The ceasefire began May twenty nine.", "May twenty nine", "", "", ""},
    {kFri, "She was born on 15 April of 87 in Lyon.", "15 April of 87", "1987-04-15", "", ""},
    {kFri, "The file is dated September-2020-23.", "September-2020-23", "2020-09-23", "", ""},
    {kFri, "The file is dated 2020/23/Sep.", "2020/23/Sep", "2020-09-23", "", ""},
    {kFri, "The file is dated 23-2020-September.", "23-2020-September", "2020-09-23", "", ""},
    {kFri, "The meeting opened on 2016 10 16, officials said.", "2016 10 16", "2016-10-16", "", ""},
    {kFri, "Sales peaked in 2017 april.", "2017 april", "2017-04", "", ""},
    {kFri, "The talks are set for this Friday (Jan. 25) in Geneva.", "this Friday (Jan. 25)",
     "2019-01-25", "", ""},
    {kFri, "Talks resume this Friday-Jan-25 in Geneva.", "this Friday-Jan-25", "2019-01-25", "",
     ""},
    {kFri, "The hearing is on Friday 1.25, the court said.", "Friday 1.25", "2019-01-25", "", ""},
    {kFri, "Trading was thin on Jan. 17, Thursday, dealers said.", "Jan. 17, Thursday",
     "2019-01-17", "", ""},
    {kFri, "The vote is on Jan. 25 (Friday).", "Jan. 25 (Friday)", "2019-01-25", "", ""},
    {kFri, "The law takes effect next 6th of April.", "next 6th of April", "2019-04-06", "", ""},
    {kFri, "The law takes effect next April 6.", "next April 6", "2019-04-06", "", ""},
    {kFri, "Updated Fri Jan 18 15:50:06 GMT 2019.", "Fri Jan 18 15:50:06 GMT 2019", "",
     "2019-01-18", "2019-01-18"},
    {kFri, "The log shows Wed Oct 26 15:50:06 2016 as the last entry.", "Wed Oct 26 15:50:06 2016",
     "2016-10-26T15:50:06", "", ""},
    {kFri, "Posted 2019-01-18T15:50:06Z by staff.", "2019-01-18T15:50:06Z", "2019-01-18T15:50:06",
     "", ""},
    {kFri, "Protests are planned for March 4 night.", "March 4 night", "2019-03-04TNI", "", ""},
    {kFri, "Protests are planned for mar4 night.", "mar4 night", "2019-03-04TNI", "", ""},
};

TEST_CASE("Dates written in words and unusual written forms", "[dates]") {
  CheckDateCases(kWrittenFormCases);
}

TEST_CASE("Written-form look-alikes: counts, scores, prices and impossible days", "[dates]") {
  const NotASpanCase cases[] = {
      {"In May twenty people died.", "May twenty"},
      {"Shares rose Friday 7.6 percent.", "Friday 7.6"},
      {"The index closed Friday 7.6 points higher.", "Friday 7.6"},
      {"The Yankees won Friday 7-6 in ten innings.", "Friday 7-6"},
      {"Growth in 2016 may slow.", "2016 may"},
      {"In January five officials resigned.", "January five"},
  };
  CheckNoClaimHasSpan(cases);
  // No date at all: an impossible day must not leave its year behind, nor
  // digits glued to a year by a dash (codes, phone numbers).
  for (const char* text : {"The form said feb 30 2019.", "The form listed 2/29-3/1/2019.",
                           "The code 2015-1-32 is not valid.", "Call +86 2010-2015-86 for details.",
                           "He was one of the 12 who signed.", "Route 66 carried 747 trucks."}) {
    std::vector<Extraction> found = Run(text, kTue);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    CHECK(found.empty());
  }
}

// Resolving against the publication date in news prose: the verb a date
// hangs on, reported plans, attributions after a quotation, a month named
// elsewhere in the story, and "the following year" after a date.
// kFri = 2019-01-18, k1989 = 1989-10-25.
const DateCase kNewsResolutionCases[] = {
    // A period that ended or an offer that expired is over, however near the
    // coming occurrence is.
    {kFri, "The offer expired March 1, the company said.", "March 1", "2018-03-01", "", ""},
    {kFri, "In the fiscal year ended on Feb. 28, the chain earned $4 million.", "Feb. 28",
     "2018-02-28", "", ""},
    // A saying and the "would" of what it reports: a plan as of the saying.
    {kFri, "The airline said two new routes would open from June 2.", "June 2", "2019-06-02", "",
     ""},
    // The date before the saying is the saying's own day.
    {kFri, "Presenting the plan on Wednesday, the minister said a panel would be named.",
     "Wednesday", "2019-01-16", "", ""},
    // An attribution after a closing quotation mark is not the quoted verb.
    {kFri, "\"The convoy will set off for the border crossing on Monday,\" the governor said.",
     "Monday", "2019-01-21", "", ""},
    {kFri, "Protesters planned a march on Saturday and were planning to rally again on Monday.",
     "Saturday", "2019-01-19", "", ""},
    // A month named in an earlier sentence that has not begun is no period
    // compared; one in the same sentence is.
    {kFri, "A summit is set for April. Allied jets helped end the war almost four years ago.",
     "almost four years ago", "2015", "", ""},
    {kFri, "Car sales in December rose 4 percent from a year earlier.", "a year earlier", "2017-12",
     "", ""},
    // "the following year" after a date is the year after it.
    {kFri, "She joined the army on May 22, 1995, and the following year she was posted abroad.",
     "the following year", "1996", "", ""},
    {k1989,
     "The board met in March. Investors pressed for a sale. The following month, the company put "
     "itself up for sale.",
     "The following month", "1989-04", "", ""},
};

TEST_CASE("News resolution: verbs, reported plans, quotations, anchors", "[dates]") {
  CheckDateCases(kNewsResolutionCases);
  // A superlative and its noun before "in 10 years" look back over them.
  const NotASpanCase cases[] = {
      {"Analysts said it would be the second highest winterkill in 10 years.", "10 years"},
      {"Officials said it would be the worst harvest in a decade.", "a decade"},
  };
  CheckNoClaimHasSpan(cases);
}

// Present-tense schedules, effective dates and period ends in tables. kTue =
// Tuesday 2013-02-12.
const DateCase kScheduleCases[] = {
    {kTue, "The council meets Wednesday to weigh the budget.", "Wednesday", "2013-02-13", "", ""},
    {kTue, "Negotiators resume talks on Thursday in Oslo.", "Thursday", "2013-02-14", "", ""},
    {kTue, "The new tariff takes effect Saturday.", "Saturday", "2013-02-16", "", ""},
    {kTue, "The verdict is expected Friday.", "Friday", "2013-02-15", "", ""},
    {kTue, "The envoy is to arrive in Cairo on Sunday.", "Sunday", "2013-02-17", "", ""},
    {kTue, "The lender reports quarterly earnings on Thursday.", "Thursday", "2013-02-14", "", ""},
    {kTue, "The bourse closes on Monday for a holiday.", "Monday", "2013-02-18", "", ""},
    {kTue, "Traders await Thursday's inflation figures.", "Thursday", "2013-02-14", "", ""},
    {kTue, "Fighting stopped Monday and talks resume Thursday.", "Monday", "2013-02-11", "", ""},
    {kTue, "Fighting stopped Monday and talks resume Thursday.", "Thursday", "2013-02-14", "", ""},
    // Headline presents of past deeds, market days and infinitives stay past.
    {kTue, "Retailer says sales fell Monday.", "Monday", "2013-02-11", "", ""},
    {kTue, "The mayor resigns Monday.", "Monday", "2013-02-11", "", ""},
    {kTue, "Asian markets close lower on Monday.", "Monday", "2013-02-11", "", ""},
    {kTue, "Shareholders failed to meet Friday's deadline.", "Friday", "2013-02-08", "", ""},
    // A month months away after a present schedule is the coming one; after
    // a copula "is to" the nearest.
    {Day(2013, 6, 14), "The new terminal opens in December.", "December", "2013-12", "", ""},
    {Day(2013, 6, 14), "The goal is to hold prices steady during May.", "May", "2013-05", "", ""},
    // An effective date is the nearest one, whatever the announcing verb.
    {Day(2018, 10, 19), "The carrier said it raised fares effective Feb. 1.", "Feb. 1",
     "2019-02-01", "", ""},
    {kTue, "The refiner cut its posted prices effective Feb. 5.", "Feb. 5", "2013-02-05", "", ""},
    {kTue, "The board will be dissolved, effective Feb. 5.", "Feb. 5", "2013-02-05", "", ""},
    {kTue, "The bank lowered its lending rate effective Wednesday.", "Wednesday", "2013-02-13", "",
     ""},
    {kTue, "The bank lowered its lending rate effective Saturday.", "Saturday", "2013-02-09", "",
     ""},
    // A period's end in an earnings table is the one just past.
    {kTue, "Qtr ends Dec 31", "Dec 31", "2012-12-31", "", ""},
    {Day(2013, 10, 20), "Periods end Sept 28", "Sept 28", "2013-09-28", "", ""},
};

TEST_CASE("Present-tense schedules, effective dates and period ends", "[dates]") {
  CheckDateCases(kScheduleCases);
}

}  // namespace
}  // namespace wirefacts

namespace wirefacts {
namespace {

TEST_CASE("Every built-in date rule compiles, and a bad overlay rule is reported at start",
          "[dates]") {
  // Built-in rules compile on first use; with an overlay all compile at start.
  {
    RuleOverlay empty("date", "extractors/rules/date_patterns.tsv", "");
    std::unique_ptr<DateExtractor> e;
    Status s = DateExtractor::Create(RuleFiles(empty.dir.string()), &e);
    CHECK(s.ok());
  }
  const char* bad[] = {
      "our_rule\tdate\t(?P<d>\\d+ (unclosed\n",
      "our_rule\tdate\t\\b(?P<y>\\d{4})\\b\t(gate unclosed\n",
  };
  for (const char* rules : bad) {
    INFO(rules);
    RuleOverlay overlay("date", "extractors/rules/date_patterns.tsv", rules);
    std::unique_ptr<DateExtractor> e;
    Status s = DateExtractor::Create(RuleFiles(overlay.dir.string()), &e);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message().find("date_patterns.tsv:") != std::string::npos);
  }
}

}  // namespace
}  // namespace wirefacts

namespace wirefacts {
namespace {

// Idioms that name no time give no claim; the same words used literally
// still do.
const NotASpanCase kIdiomCases[] = {
    {"At the end of the day, the choice rests with the voters.", "the end of the day"},
    {"\"But at the end of the day the board decides,\" she said.", "the end of the day"},
    {"Growth is slow, and at the end of the day, margins matter more.", "the end of the day"},
    {"One of these days the peso will find its floor.", "these days"},
    {"He said one of those days he would retire.", "those days"},
    {"Offices close on these days during the afternoon.", "these days"},
    {"A ruling could come any day now.", "now"},
    {"Every now and then the central bank steps in.", "now"},
    {"Now and again the mine floods.", "Now"},
    {"After 40 years the founder called it a day.", "a day"},
    {"She was named player of the year.", "the year"},
    {"Caution was the order of the day in Tokyo.", "the day"},
};

TEST_CASE("Idioms name no date", "[dates]") { CheckNoClaimHasSpan(kIdiomCases); }

const DateCase kLiteralIdiomWordCases[] = {
    {kTue, "The yen stood at 93.5 at the end of the day.", "the end of the day", "2013-02-12", "",
     ""},
    {kTue, "Bids must arrive by the end of the day.", "the end of the day", "2013-02-12", "", ""},
    {kTue, "Bond yields are low these days.", "these days", "PRESENT_REF", "", ""},
    {kTue, "The verdict is due the day after tomorrow.", "the day after tomorrow", "2013-02-14", "",
     ""},
};

TEST_CASE("Words of idioms used literally are still dates", "[dates]") {
  CheckDateCases(kLiteralIdiomWordCases);
}

// A habit is a set, never one day: "the fourth Monday of every month" (no
// TIMEX3 value names it: the monthly set), "every second Wednesday", a day
// of every year.
const DateCase kHabitCases[] = {
    {kTue, "The board meets on the fourth Monday of every month.",
     "the fourth Monday of every month", "P1M", "", "", nullptr, ClaimKind::kSet},
    {kTue, "Options expire on the third Friday of each month.", "the third Friday of each month",
     "P1M", "", "", nullptr, ClaimKind::kSet},
    {kTue, "The club gathers on the last Sunday of every year.", "the last Sunday of every year",
     "P1Y", "", "", nullptr, ClaimKind::kSet},
    {kTue, "The council sits every second Wednesday.", "every second Wednesday", "XXXX-WXX-3", "",
     "", nullptr, ClaimKind::kSet},
    {kTue, "The group dines every third Friday.", "every third Friday", "XXXX-WXX-5", "", "",
     nullptr, ClaimKind::kSet},
    {kTue, "Coupons are paid on April 21 every year.", "April 21 every year", "XXXX-04-21", "", "",
     nullptr, ClaimKind::kSet},
    {kTue, "The fair is held each year in May.", "each year in May", "XXXX-05", "", "", nullptr,
     ClaimKind::kSet},
    {kTue, "The parade runs annually on July 4.", "annually on July 4", "XXXX-07-04", "", "",
     nullptr, ClaimKind::kSet},
    {kTue, "Dividends are paid in March each year.", "March each year", "XXXX-03", "", "", nullptr,
     ClaimKind::kSet},
};

TEST_CASE("Habits are sets, not single days", "[dates]") {
  CheckDateCases(kHabitCases);
  // An annual rate in a month is that month's.
  const DateCase rate[] = {
      {Day(2013, 6, 14), "Pay rose 7.5 pct annually in April.", "April", "2013-04", "", ""}};
  CheckDateCases(rate);
}

const NotASpanCase kHabitDayCases[] = {
    {"The board meets on the fourth Monday of every month.", "Monday"},
    {"Coupons are paid on April 21 every year.", "April 21"},
    {"The council sits every second Wednesday.", "every second"},
    {"The council sits every second Wednesday.", "Wednesday"},
};

TEST_CASE("No single day inside a habit", "[dates]") { CheckNoClaimHasSpan(kHabitDayCases); }

// A relative aside between the subject and its verb does not set the tense
// of a date after the verb (DCT 2013-06-14).
const DateCase kAsideCases[] = {
    {Day(2013, 6, 14),
     "The company, which will report results next week, completed the deal in May.", "May",
     "2013-05", "", ""},
    {Day(2013, 6, 14), "The ministry, which raised fees last year, will cut them in April.",
     "April", "2014-04", "", ""},
    {Day(2013, 6, 14), "The purpose of the new fund is to invest during May.", "May", "2013-05", "",
     ""},
};

TEST_CASE("A relative aside does not set a later date's tense", "[dates]") {
  CheckDateCases(kAsideCases);
}

// Earnings-report periods: the year-ago period written after its noun
// ("the same period last year" is the quarter or month named before it a
// year back, else last year), halves written "last half", fiscal quarters,
// a hyphenated adjective leaving its article, "the current year" with its
// article (DCT Wednesday 1989-10-25).
const DateCase kReportPeriodCases[] = {
    {k1989, "Net rose in the third quarter. It earned $4 million in the same period last year.",
     "the same period last year", "1988-Q3", "1988-07-01", "1988-09-30"},
    {k1989,
     "Net rose in the third quarter, up from $2 million in the corresponding period of last "
     "year.",
     "the corresponding period of last year", "1988-Q3", "", ""},
    {k1989, "September sales rose 4 pct from the same period last year.",
     "the same period last year", "1988-09", "", ""},
    {k1989, "Orders rose 9 pct from the same period last year, the firm said.",
     "the same period last year", "1988", "1988-01-01", "1988-12-31"},
    {k1989, "Sales between the start of July and Aug. 20 beat the same period last year.",
     "the same period last year", "1988", "", ""},
    {k1989,
     "Its September load factor fell and its year-to-date factor slid from the same period "
     "last year.",
     "the same period last year", "1988", "", ""},
    {k1989, "Its August load factor fell. Traffic rose from the same month a year earlier.",
     "the same month a year earlier", "1988-08", "", ""},
    {k1989, "Net fell in the second quarter. For the quarter a year earlier it lost money.",
     "the quarter a year earlier", "1988-Q2", "", ""},
    {k1989, "Revenue rose in the third quarter. Sales for last year's quarter were lower.",
     "last year's quarter", "1988-Q3", "", ""},
    {k1989, "Margins will narrow in the last half of 1990, the chief said.",
     "the last half of 1990", "1990-H2", "1990-07-01", "1990-12-31"},
    {k1989, "Output slowed in the latter half of the year.", "the latter half of the year",
     "1989-H2", "", ""},
    {k1989, "Prices climbed through the first half of the 1980s.", "the first half of the 1980s",
     "198", "", "", "START"},
    {k1989, "Deals boomed in the last half of the '80s.", "the last half of the '80s", "198", "",
     "", "END"},
    {k1989, "The unit lost money in the fiscal first quarter.", "the fiscal first quarter",
     "1989-Q1", "", ""},
    {k1989, "The fiscal-second quarter was weak.", "The fiscal-second quarter", "1989-Q2", "", ""},
    {k1989, "It reported the third-quarter loss on Monday.", "third-quarter", "1989-Q3", "", ""},
    {k1989, "The first-half results disappointed.", "first-half", "1989-H1", "", ""},
    {k1989, "Profit will fall in the current fiscal year.", "the current fiscal year", "1989", "",
     ""},
    {k1989, "Sales in the current quarter should improve.", "the current quarter", "1989-Q4", "",
     ""},
    // Spelled decades after "the"; a decade about to begin is that one.
    {k1989, "Demand should grow through the nineties.", "the nineties", "199", "1990-01-01",
     "1999-12-31"},
    {k1989, "The tax dates from the sixties.", "the sixties", "196", "", ""},
    {k1989, "Rock music of the late seventies was loud.", "the late seventies", "197", "", "",
     "END"},
    {Day(2013, 2, 12), "Jazz thrived in the twenties.", "the twenties", "192", "", ""},
    // Four-digit clocks with a zone are clocks, not years.
    {k1987, "Banks may borrow at 1430 GMT today.", "1430 GMT today", "1987-02-26T14:30", "", ""},
    {k1987, "The quake struck at 1850 GMT, officials said.", "1850 GMT", "1987-02-26T18:50", "",
     ""},
};

TEST_CASE("Year-ago periods, halves, fiscal quarters, spelled decades, zone clocks", "[dates]") {
  CheckDateCases(kReportPeriodCases);
  // A zone clock is on the 24-hour dial: a DCT at 17:00 leaves "0600" at 6 a.m.
  struct ClockCase {
    const char* text;
    const char* span;
    const char* timex;
  };
  const ClockCase clocks[] = {
      {"Flights land around 0600 local time.", "0600 local time", "1989-10-25T06:00"},
      {"Talks run between 1000 EST and 1030 EST.", "1000 EST and 1030 EST",
       "1989-10-25T10:00/1989-10-25T10:30"},
  };
  for (const ClockCase& c : clocks) {
    std::string text = c.text;
    std::vector<Extraction> found = Run(text, k1989, 17 * 60);
    INFO("text: " << text << "\nfound:\n" << Describe(text, found));
    const Extraction* hit = testing::FindSpan(text, found, c.span);
    REQUIRE(hit != nullptr);
    CHECK(hit->value.timex == c.timex);
  }
}

const NotASpanCase kReportPeriodNegatives[] = {
    // The article belongs to the noun a hyphenated adjective modifies.
    {"The third-quarter loss widened.", "The third-quarter"},
    // An age, a temperature: no decade.
    {"The suspect is in his forties.", "forties"},
    {"Highs will be in the mid-forties.", "the mid-forties"},
    {"Highs will be in the mid-forties.", "forties"},
    // "the last half" needs "of" and a year: a clock or a game half is none.
    {"The team scored twice in the last half.", "the last half"},
    {"Shares slid in the last half hour of trading.", "the last half"},
    // "current" before a noun that is no period names no date.
    {"The current account deficit widened.", "The current account"},
    // A zone clock in parentheses restates the clock before it.
    {"Trading resumes at 9 a.m. (1400 GMT) on Friday.", "1400 GMT"},
    {"Trading resumes at 9 a.m. (1400 GMT) on Friday.", "1400"},
    {"Results are due at 1630 EST (2130 GMT).", "1630"},
};

TEST_CASE("Adjective articles, ages, game halves and zone restatements", "[dates]") {
  CheckNoClaimHasSpan(kReportPeriodNegatives);
}

}  // namespace
}  // namespace wirefacts
