#include "extractors/percent_extractor.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "tests/extractors/extractor_test_util.h"

namespace wirefacts {
namespace {

using testing::CheckBound;
using testing::kOpen;
using testing::Run;

std::unique_ptr<PercentExtractor> MakePercent() {
  return testing::MakeExtractor<PercentExtractor>();
}

struct PercentCase {
  const char* input;
  const char* span;
  double low, high;
  bool approx;
  bool points;
  double resolution;
  const char* of;
};

// Each case's text holds one percent figure, read as the case says.
template <size_t N>
void CheckPercentCases(const PercentExtractor& percent, const PercentCase (&cases)[N]) {
  for (const PercentCase& c : cases) {
    INFO(c.input);
    auto got = Run(percent, c.input);
    REQUIRE(got.size() == 1);
    const Extraction& e = got[0];
    std::string_view text(c.input);
    CHECK(text.substr(e.begin, e.end - e.begin) == c.span);
    CHECK(e.kind == ClaimKind::kPercent);
    CheckBound(e.value.low, c.low);
    CheckBound(e.value.high, c.high);
    CHECK(e.value.approx == c.approx);
    CHECK(e.value.points == c.points);
    CHECK(e.value.resolution == Approx(c.resolution));
    CHECK(e.value.of == c.of);
  }
}

TEST_CASE("PercentExtractor finds and reads percent figures", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      {"The index rallied, climbing 1.4% by 10 a.m.", "1.4%", 1.4, 1.4, false, false, 0.1, "index"},
      {"a 1.4% gain", "1.4%", 1.4, 1.4, false, false, 0.1, "gain"},
      {"a 25 percent tariff", "25 percent", 25, 25, false, false, 1, "tariff"},
      {"a 25-percent tariff", "25-percent", 25, 25, false, false, 1, "tariff"},
      {"raise tariffs on Chinese goods to 25 percent on March 2", "25 percent", 25, 25, false,
       false, 1, "tariffs"},
      {"it fell 10 per cent", "10 per cent", -10, -10, false, false, 1, ""},
      {"net rose 4.5 pct", "4.5 pct", 4.5, 4.5, false, false, 0.1, ""},
      {"bought 30 percent of the shares", "30 percent", 30, 30, false, false, 1, "shares"},
      {"rates rose five percentage points", "five percentage points", 5, 5, false, true, 1,
       "rates"},
      {"cut by 25 basis points", "25 basis points", -0.25, -0.25, false, true, 0.01, "cut"},
      {"growth of 5% to 7%", "5% to 7%", 5, 7, false, false, 1, "growth"},
      {"growth of 5-7 percent", "5-7 percent", 5, 7, false, false, 1, "growth"},
      {"between 2 and 3 percent", "between 2 and 3 percent", 2, 3, false, false, 1, ""},
      {"more than 5% of voters", "more than 5%", 5, kOpen, false, false, 1, "voters"},
      // "U.S." inside the base is one word, not a sentence end.
      {"imports above 50 pct of U.S. requirements", "above 50 pct", 50, kOpen, false, false, 1,
       "u.s. requirements"},
      {"at least 95 pct of all U.S.-produced syrup", "at least 95 pct", 95, kOpen, false, false, 1,
       "u.s. produced syrup"},
      {"up to 10 percent", "up to 10 percent", kOpen, 10, false, false, 1, ""},
      {"about 3 percent", "about 3 percent", 3, 3, true, false, 1, ""},
      {"a ten percent rise", "ten percent", 10, 10, false, false, 1, "rise"},
      {"twenty-five percent", "twenty-five percent", 25, 25, false, false, 1, ""},
      {"half a percentage point", "half a percentage point", 0.5, 0.5, false, true, 0.5, ""},
      // Every news form of the sign and the word.
      {"inflation was 5 % in May", "5 %", 5, 5, false, false, 1, "inflation"},
      {"Output grew 5 per cent", "5 per cent", 5, 5, false, false, 1, "output"},
      {"earnings up 12 pc", "12 pc", 12, 12, false, false, 1, "earnings"},
      {"a rise of 2.5 percentage pts", "2.5 percentage pts", 2.5, 2.5, false, true, 0.1, "rise"},
      // Basis points are stored as percentage points.
      {"a 50bp hike", "50bp", 0.5, 0.5, false, true, 0.01, "hike"},
      {"raised its key rate 0.25 point", "0.25 point", 0.25, 0.25, false, true, 0.01, "rate"},
      {"a quarter-point increase", "a quarter-point", 0.25, 0.25, false, true, 0.25, "increase"},
      {"unemployment edged up half a point", "half a point", 0.5, 0.5, false, true, 0.5,
       "unemployment"},
      {"yields rose a quarter of a percentage point", "a quarter of a percentage point", 0.25, 0.25,
       false, true, 0.25, "yields"},
      {"the bank added three quarters of a percent", "three quarters of a percent", 0.75, 0.75,
       false, false, 0.25, ""},
      {"prices rose half a percent", "half a percent", 0.5, 0.5, false, false, 0.5, "prices"},
      {"growth of 5 to 6 percent", "5 to 6 percent", 5, 6, false, false, 1, "growth"},
      {"a 5-6% stake", "5-6%", 5, 6, false, false, 1, "stake"},
      {"inflation of between 2% and 3%", "between 2% and 3%", 2, 3, false, false, 1, "inflation"},
      {"at least 40 percent of voters", "at least 40 percent", 40, kOpen, false, false, 1,
       "voters"},
      {"nearly 9 percent", "nearly 9 percent", 9, 9, true, false, 1, ""},
      // Signed changes: a fall is negative.
      {"shares were down 3% at noon", "3%", -3, -3, false, false, 1, "shares"},
      {"the jobless rate fell 0.5 percentage point", "0.5 percentage point", -0.5, -0.5, false,
       true, 0.1, "rate"},
      {"sales fell by 4 percent", "4 percent", -4, -4, false, false, 1, "sales"},
      {"a 3% drop in profit", "3%", -3, -3, false, false, 1, "profit"},
      {"a drop of 3 percent", "3 percent", -3, -3, false, false, 1, "drop"},
      {"the stock slid more than 6%", "more than 6%", kOpen, -6, false, false, 1, "stock"},
      {"exports fell 5-7 percent", "5-7 percent", -7, -5, false, false, 1, "exports"},
      {"the index fell to 3 percent", "3 percent", 3, 3, false, false, 1, "index"},
      {"sales rose 4 percent", "4 percent", 4, 4, false, false, 1, "sales"},
      // What the figure is a percentage of.
      {"a deficit of 5 percent of GDP", "5 percent", 5, 5, false, false, 1, "GDP"},
      {"debt near 90 percent of gross domestic product last year", "90 percent", 90, 90, false,
       false, 1, "gross domestic product"},
      {"it sold 30 percent of the company's shares", "30 percent", 30, 30, false, false, 1,
       "shares"},
      {"a 10 percent stake in the bank", "10 percent", 10, 10, false, false, 1, "stake"},
      {"a 5 percent rise in consumer prices", "5 percent", 5, 5, false, false, 1,
       "consumer prices"},
      {"a 2 percent increase in the price of oil", "2 percent", 2, 2, false, false, 1, "price"},
  };
  CheckPercentCases(*percent, cases);
}

TEST_CASE("PercentExtractor reads a change as two figures", "[percent]") {
  auto percent = MakePercent();
  std::string text = "increase tariffs to 25 percent on March 2 from 10 percent.";
  auto got = Run(*percent, text);
  REQUIRE(got.size() == 2);
  CHECK(text.substr(got[0].begin, got[0].end - got[0].begin) == "25 percent");
  CHECK(text.substr(got[1].begin, got[1].end - got[1].begin) == "10 percent");
  CHECK(got[1].value.of == "tariffs");
  // "from 10 to 25 percent" is no range.
  got = Run(*percent, "the rate rose from 10 to 25 percent");
  REQUIRE(got.size() == 1);
  CHECK(*got[0].value.low == Approx(25));
}

TEST_CASE("PercentExtractor ignores what is not a percent", "[percent]") {
  auto percent = MakePercent();
  for (const char* text :
       {"The economy grew in 2019.", "He paid $25 for 3 million shares.", "a 10-point lead",
        "percent alone", "the percentage of voters", "the Dow fell 50 points",
        "He scored 3 points.", "ten of a percent", "the S&P 500 gained 12.5 points",
        // A decimal broken by a space: "6 pct" is no figure of its own.
        "The family holds an 11. 6 pct stake."}) {
    INFO(text);
    CHECK(Run(*percent, text).empty());
  }
}

TEST_CASE("PercentExtractor reads a minus sign before a figure", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      {"operating margins were -5% last year", "-5%", -5, -5, false, false, 1, "margins"},
      {"a return of \xE2\x88\x92"
       "2.3 percent for the fund",
       "\xE2\x88\x92"
       "2.3 percent",
       -2.3, -2.3, false, false, 0.1, "return"},
      {"consumer prices (-0.4%)", "-0.4%", -0.4, -0.4, false, false, 0.1, "prices"},
      {"prices year-on-year -0.4%", "-0.4%", -0.4, -0.4, false, false, 0.1, "prices"},
      {"growth stood at -1.2 pct", "-1.2 pct", -1.2, -1.2, false, false, 0.1, "growth"},
      // A signed figure keeps its sign after a fall word.
      {"exports fell -3 percent in May", "-3 percent", -3, -3, false, false, 1, "exports"},
      // Both ends signed, written in either order.
      {"bond yields were quoted at -0.80 to -1.20 pct", "-0.80 to -1.20 pct", -1.2, -0.8, false,
       false, 0.01, "yields"},
      {"a yield of -1.5 to -0.5 percent", "-1.5 to -0.5 percent", -1.5, -0.5, false, false, 0.1,
       "yield"},
      {"a margin of -2 to 3 percent", "-2 to 3 percent", -2, 3, false, false, 1, "margin"},
      // A dash after a digit, a letter or a percent sign is no sign.
      {"unemployment of 3-5%", "3-5%", 3, 5, false, false, 1, "unemployment"},
      {"a pre-5% fee", "5%", 5, 5, false, false, 1, "fee"},
      // A whole number, a space and a dashed fraction: a bond price.
      {"a bond priced at 100 -1/2 pct", "100 -1/2 pct", 100.5, 100.5, false, false, 0.5, "bond"},
      {"the bond was repriced at 98 -7/8 pct", "98 -7/8 pct", 98.875, 98.875, false, false, 0.125,
       "bond"},
      {"priced to yield 101-1/4 pct", "101-1/4 pct", 101.25, 101.25, false, false, 0.25, "yield"},
      // An en dash set for a minus.
      {"real wages moved \xE2\x80\x93"
       "1.5% over the year",
       "\xE2\x80\x93"
       "1.5%",
       -1.5, -1.5, false, false, 0.1, "wages"},
      {"a return of (\xE2\x80\x93"
       "3 percent)",
       "\xE2\x80\x93"
       "3 percent",
       -3, -3, false, false, 1, "return"},
      // An en dash between two numbers is a range, as a hyphen is.
      {"turnout of 40\xE2\x80\x93"
       "45%",
       "40\xE2\x80\x93"
       "45%",
       40, 45, false, false, 1, "turnout"},
  };
  CheckPercentCases(*percent, cases);
}

TEST_CASE("PercentExtractor: a range of signs that is no range", "[percent]") {
  auto percent = MakePercent();
  struct Case {
    const char* input;
    std::vector<double> values;
  };
  const Case cases[] = {
      // A change from a positive to a negative figure: two figures.
      {"inflation went from 0.5 percent to -2 percent", {0.5, -2}},
      {"the forecast is 7%-5%", {7, 5}},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    auto got = Run(*percent, c.input);
    REQUIRE(got.size() == c.values.size());
    for (size_t i = 0; i < got.size(); ++i) {
      CheckBound(got[i].value.low, c.values[i]);
      CheckBound(got[i].value.high, c.values[i]);
    }
  }
}

TEST_CASE("PercentExtractor reads ordinal parts of a percent", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      {"the bank trimmed rates by a tenth of a percentage point", "a tenth of a percentage point",
       0.1, 0.1, false, true, 0.1, "rates"},
      {"yields climbed two-tenths of a percentage point", "two-tenths of a percentage point", 0.2,
       0.2, false, true, 0.1, "yields"},
      {"a fee of a third of a percent", "a third of a percent", 1.0 / 3, 1.0 / 3, false, false,
       1.0 / 3, "fee"},
      {"rates were raised an eighth of a point", "an eighth of a point", 0.125, 0.125, false, true,
       0.125, "rates"},
      {"the tax takes one-tenth of one percent", "one-tenth of one percent", 0.1, 0.1, false, false,
       0.1, "tax"},
      {"bond yields rose three-fourths of a percentage point",
       "three-fourths of a percentage point", 0.75, 0.75, false, true, 0.25, "yields"},
      {"rates rose three quarters of a point", "three quarters of a point", 0.75, 0.75, false, true,
       0.25, "rates"},
  };
  CheckPercentCases(*percent, cases);
}

TEST_CASE("PercentExtractor leaves ordinals that are no parts", "[percent]") {
  auto percent = MakePercent();
  for (const char* text :
       {"the team scored a third point", "the third point of the plan", "on the tenth day",
        "a third of the voters", "the fifth percentile", "a fifth percent rise"}) {
    INFO(text);
    auto got = Run(*percent, text);
    for (const Extraction& e : got) {
      INFO(std::string_view(text).substr(e.begin, e.end - e.begin));
      CHECK(e.value.low.value_or(1) >= 1);
    }
  }
  // The third quarter is no part of a percent, nor is a share before a rate.
  auto got = Run(*percent, "a third-quarter gain of 4 percent");
  REQUIRE(got.size() == 1);
  CHECK(*got[0].value.low == Approx(4));
  got = Run(*percent, "a fee on one third to 20 basis points");
  REQUIRE(got.size() == 1);
  CHECK(*got[0].value.low == Approx(0.2));
  CHECK(*got[0].value.high == Approx(0.2));
}

TEST_CASE("percent_signs: sign words before a figure", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      {"money supply grew at minus 0.7 pct", "minus 0.7 pct", -0.7, -0.7, false, false, 0.1, ""},
      {"output rose from a negative 1.4 pct", "negative 1.4 pct", -1.4, -1.4, false, false, 0.1,
       "output"},
      {"the deposit rate stood at minus 0.5 percent", "minus 0.5 percent", -0.5, -0.5, false, false,
       0.1, "rate"},
      {"a margin of Minus 0.25 pct", "Minus 0.25 pct", -0.25, -0.25, false, false, 0.01, "margin"},
      {"inflation ran at minus two percent", "minus two percent", -2, -2, false, false, 1,
       "inflation"},
      // A tolerance is no sign, and gives no fall either.
      {"cargoes of 5,000 tonnes, plus or minus 10 pct", "10 pct", 10, 10, false, false, 1, ""},
      {"limits at plus and minus 15 pct of the reference price", "15 pct", 15, 15, false, false, 1,
       "reference price"},
      // A sign word before a qualifier gives no sign.
      {"it was negative about 5 percent", "about 5 percent", 5, 5, true, false, 1, ""},
      // A sign word glued to another word is none.
      {"the aminus 3 percent fee", "3 percent", 3, 3, false, false, 1, "fee"},
  };
  CheckPercentCases(*percent, cases);
}

TEST_CASE("percent_signs: a spread below a reference rate is unsigned", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      {"the bonds carry six-month LIBOR minus 12.5 basis points", "12.5 basis points", 0.125, 0.125,
       false, true, 0.001, "bonds"},
      {"the credit line carries interest at prime minus 1/4 pct", "1/4 pct", 0.25, 0.25, false,
       false, 0.25, "interest"},
      {"a loan at the bank's prime rate minus half a point", "half a point", 0.5, 0.5, false, true,
       0.5, "rate"},
      {"deposits earn Euribor -5 bp", "5 bp", 0.05, 0.05, false, true, 0.01, ""},
      // A sign after anything other than a reference rate still signs.
      {"the coupon was reset to minus 0.1 pct", "minus 0.1 pct", -0.1, -0.1, false, false, 0.1, ""},
  };
  CheckPercentCases(*percent, cases);
}

TEST_CASE("percent_signs: 'negative' signs a value, not an answer", "[percent]") {
  auto percent = MakePercent();
  const PercentCase cases[] = {
      // In a value slot: after an article, a preposition or "be".
      {"the economy shrank at a negative 2.1 pct annual rate", "negative 2.1 pct", -2.1, -2.1,
       false, false, 0.1, ""},
      {"the central bank held its deposit rate at negative 0.5 percent", "negative 0.5 percent",
       -0.5, -0.5, false, false, 0.1, "rate"},
      {"yields fell to negative 0.2 percent", "negative 0.2 percent", -0.2, -0.2, false, false, 0.1,
       "yields"},
      {"inflation was negative 0.4% in March", "negative 0.4%", -0.4, -0.4, false, false, 0.1,
       "inflation"},
      // Followed right away by what it measures.
      {"after negative 0.3 percent growth last year", "negative 0.3 percent", -0.3, -0.3, false,
       false, 0.1, "growth"},
      {"Negative 1 percent inflation is rare", "Negative 1 percent", -1, -1, false, false, 1,
       "inflation"},
      // An answer category in a survey: no sign.
      {"Asked about the mayor, voters split: negative 48 percent.", "48 percent", 48, 48, false,
       false, 1, ""},
      {"respondents rating the plan negative 61 percent of the time", "61 percent", 61, 61, false,
       false, 1, "time"},
  };
  CheckPercentCases(*percent, cases);
  // Answers listed side by side keep their figures unsigned.
  auto got = Run(*percent, "Reviews of the film ran positive 35 percent and negative 58 percent.");
  REQUIRE(got.size() == 2);
  CHECK(*got[1].value.low == Approx(58));
  got = Run(*percent,
            "The survey found 30 percent favourable, 62 percent negative, 8 percent unsure.");
  REQUIRE(got.size() == 3);
  for (const Extraction& e : got) CHECK(*e.value.low > 0);
}

}  // namespace
}  // namespace wirefacts
