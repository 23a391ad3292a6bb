#include "extractors/percent_extractor.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <optional>
#include <string>

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
  for (const PercentCase& c : cases) {
    INFO(c.input);
    auto got = Run(*percent, c.input);
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
        "He scored 3 points.", "ten of a percent", "the S&P 500 gained 12.5 points"}) {
    INFO(text);
    CHECK(Run(*percent, text).empty());
  }
}

}  // namespace
}  // namespace wirefacts
