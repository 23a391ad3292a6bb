#include "pipeline/dollar_places.h"

#include <catch2/catch.hpp>

#include "pipeline/analyzer.h"

namespace wirefacts {
namespace {

TEST_CASE("DatelinePlace reads the place of a dateline", "[pipeline][dollars]") {
  struct Case {
    const char* body;
    const char* place;
  };
  const Case cases[] = {
      {"TORONTO, March 3 (Reuters) - Profit rose.", "TORONTO"},
      {"SYDNEY (AP) -- Shares fell.", "SYDNEY"},
      {"HONG KONG, Jan 2 - Rates rose.", "HONG KONG"},
      {"ST. JOHN'S, Newfoundland - A vote.", "ST. JOHN'S"},
      {"WELLINGTON - The budget.", "WELLINGTON"},
      {"OTTAWA \xE2\x80\x94 The minister said.", "OTTAWA"},
      {"Toronto police said on Monday.", ""},
      {"The TSX rose, traders said.", ""},
      {"US$5 million was raised.", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    CHECK(DatelinePlace(c.body) == c.place);
  }
}

TEST_CASE("DollarPlaces maps places and outlets to a dollar", "[pipeline][dollars]") {
  std::unique_ptr<DollarPlaces> d;
  REQUIRE(DollarPlaces::Create(RuleFiles(), &d).ok());
  struct Case {
    const char* located;
    const char* source;
    const char* body;
    const char* currency;
  };
  const Case cases[] = {
      {"TORONTO, March 3", "", "Profit rose.", "CAD"},
      {"", "", "VANCOUVER, May 1 (Reuters) - Profit rose.", "CAD"},
      {"", "", "SYDNEY (AP) -- Profit rose.", "AUD"},
      {"Hong Kong", "", "Profit rose.", "HKD"},
      {"", "", "SINGAPORE, Feb 2 - Profit rose.", "SGD"},
      {"", "", "AUCKLAND - Profit rose.", "NZD"},
      {"", "", "TAIPEI, Feb 2 - Profit rose.", "TWD"},
      {"", "The Globe and Mail", "Profit rose.", "CAD"},
      {"", "Sydney Morning Herald", "Profit rose.", "AUD"},
      // The place wins over the source; an unknown place falls back to it.
      {"WASHINGTON", "Reuters", "Profit rose.", ""},
      {"SYDNEY", "Toronto Star", "Profit rose.", "AUD"},
      {"", "Reuters", "NEW YORK, March 3 (Reuters) - Profit rose.", ""},
      {"", "", "Profit rose in Toronto.", ""},
  };
  for (const Case& c : cases) {
    INFO(c.located << " | " << c.source << " | " << c.body);
    Story s;
    s.located = c.located;
    s.source = c.source;
    CHECK(d->CurrencyFor(s, c.body) == c.currency);
  }
}

// The money claims of one story, as (text, currency, assumed).
struct Money {
  std::string text, currency;
  bool assumed;
};

std::vector<Money> MoneyOf(const Analyzer& a, const std::string& body,
                           const std::string& located = "", const std::string& source = "") {
  Story story;
  story.uri = "urn:test";
  story.source = source;
  story.located = located;
  story.published = "2020-03-03";
  story.body = body;
  AnalyzedStory out;
  Status st = a.Analyze(story, &out);
  INFO(st.ToString());
  REQUIRE(st.ok());
  std::vector<Money> money;
  for (const Claim& c : out.claims)
    if (c.kind == ClaimKind::kMoney)
      money.push_back({c.text, c.value.currency, c.value.currency_assumed});
  return money;
}

TEST_CASE("Analyzer reads a bare dollar by the story's place", "[pipeline][dollars]") {
  std::unique_ptr<Analyzer> a;
  REQUIRE(Analyzer::Create(RuleFiles(), &a).ok());

  SECTION("a Toronto dateline gives CAD, still assumed") {
    auto m = MoneyOf(*a, "TORONTO, March 3 (Reuters) - The bank earned $5 million last year.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].text == "$5 million");
    CHECK(m[0].currency == "CAD");
    CHECK(m[0].assumed);
  }
  SECTION("ninjs located gives the place") {
    auto m = MoneyOf(*a, "The state will spend $2 billion on roads.", "SYDNEY, March 3");
    REQUIRE(m.size() == 1);
    CHECK(m[0].currency == "AUD");
    CHECK(m[0].assumed);
  }
  SECTION("US$ and explicit currencies never change") {
    auto m = MoneyOf(*a,
                     "TORONTO, March 3 (Reuters) - The miner paid US$40 million and "
                     "C$12 million, and 3 million euros.");
    REQUIRE(m.size() == 3);
    CHECK(m[0].currency == "USD");
    CHECK_FALSE(m[0].assumed);
    CHECK(m[1].currency == "CAD");
    CHECK_FALSE(m[1].assumed);
    CHECK(m[2].currency == "EUR");
  }
  SECTION("no dateline stays USD, assumed") {
    auto m = MoneyOf(*a, "The bank earned $5 million last year, analysts in Toronto said.");
    REQUIRE(m.size() == 1);
    CHECK(m[0].currency == "USD");
    CHECK(m[0].assumed);
  }
  SECTION("the outlet decides when there is no place") {
    auto m = MoneyOf(*a, "The province will borrow $3 billion.", "", "Toronto Star");
    REQUIRE(m.size() == 1);
    CHECK(m[0].currency == "CAD");
  }
}

}  // namespace
}  // namespace wirefacts
