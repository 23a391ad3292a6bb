#include "extractors/money_extractor.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "extractors/percent_extractor.h"

#include "tests/extractors/extractor_test_util.h"

namespace wirefacts {
namespace {

using testing::CheckBound;
using testing::kOpen;
using testing::Run;

std::unique_ptr<MoneyExtractor> MakeMoney() { return testing::MakeExtractor<MoneyExtractor>(); }

struct MoneyCase {
  const char* input;
  const char* span;
  double low, high;
  bool approx;
  const char* currency;
  bool assumed;
  double resolution;
  const char* per;
};

// Runs every case of `cases`: the first figure found must have the span and
// value given.
template <size_t N>
void CheckCases(const MoneyExtractor& money, const MoneyCase (&cases)[N]) {
  for (const MoneyCase& c : cases) {
    INFO(c.input);
    auto got = Run(money, c.input);
    REQUIRE(!got.empty());
    const Extraction& e = got[0];
    std::string_view text(c.input);
    CHECK(text.substr(e.begin, e.end - e.begin) == c.span);
    CHECK(e.kind == ClaimKind::kMoney);
    CheckBound(e.value.low, c.low);
    CheckBound(e.value.high, c.high);
    CHECK(e.value.approx == c.approx);
    CHECK(e.value.currency == c.currency);
    CHECK(e.value.currency_assumed == c.assumed);
    CHECK(e.value.resolution == Approx(c.resolution));
    CHECK(e.value.per == c.per);
  }
}

TEST_CASE("money_currencies: symbols, codes and names", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"raised US$5.5 million", "US$5.5 million", 5.5e6, 5.5e6, false, "USD", false, 1e5, ""},
      {"a £3.2bn deal", "£3.2bn", 3.2e9, 3.2e9, false, "GBP", false, 1e8, ""},
      {"C$300 million", "C$300 million", 3e8, 3e8, false, "CAD", false, 1e6, ""},
      {"about c $ 1.34 each", "about c $ 1.34", 1.34, 1.34, true, "CAD", false, 0.01, ""},
      {"HK$1.5 billion", "HK$1.5 billion", 1.5e9, 1.5e9, false, "HKD", false, 1e8, ""},
      {"A$20 million", "A$20 million", 2e7, 2e7, false, "AUD", false, 1e6, ""},
      {"the u.s $ 100,000,000 prize", "u.s $ 100,000,000", 1e8, 1e8, false, "USD", false, 1, ""},
      {"USD3.14", "USD3.14", 3.14, 3.14, false, "USD", false, 0.01, ""},
      {"20EUR", "20EUR", 20, 20, false, "EUR", false, 1, ""},
      {"EUR 20", "EUR 20", 20, 20, false, "EUR", false, 1, ""},
      {"costs 10$ now", "10$", 10, 10, false, "USD", true, 1, ""},
      {"a 10k$ bonus", "10k$", 1e4, 1e4, false, "USD", true, 1e3, ""},
      {"3.14US$", "3.14US$", 3.14, 3.14, false, "USD", false, 0.01, ""},
      {"losses in excess of 30 MUSD were", "in excess of 30 MUSD", 3e7, kOpen, false, "USD", false,
       1e6, ""},
      {"revenues of MAUD 60", "MAUD 60", 6e7, 6e7, false, "AUD", false, 1e6, ""},
      {"paid 75 USD million", "75 USD million", 7.5e7, 7.5e7, false, "USD", false, 1e6, ""},
      {"net profit 12.5 mln dlrs", "12.5 mln dlrs", 1.25e7, 1.25e7, false, "USD", true, 1e5, ""},
      {"a loss of 5 mln stg", "5 mln stg", 5e6, 5e6, false, "GBP", false, 1e6, ""},
      {"profit of 20 mln marks", "20 mln marks", 2e7, 2e7, false, "DEM", false, 1e6, ""},
      {"20 cts", "20 cts", 0.2, 0.2, false, "USD", true, 0.01, ""},
      {"25 cents", "25 cents", 0.25, 0.25, false, "USD", true, 0.01, ""},
      {"it closed at 197 pence.", "197 pence", 1.97, 1.97, false, "GBP", false, 0.01, ""},
      {"500 million yuan", "500 million yuan", 5e8, 5e8, false, "CNY", false, 1e6, ""},
      {"1 trillion yen", "1 trillion yen", 1e12, 1e12, false, "JPY", false, 1e12, ""},
      {"Rs 500 crore", "Rs 500 crore", 5e9, 5e9, false, "INR", false, 1e7, ""},
      {"20 pounds sterling", "20 pounds sterling", 20, 20, false, "GBP", false, 1, ""},
      {"4 billion U.S. dollars", "4 billion U.S. dollars", 4e9, 4e9, false, "USD", false, 1e9, ""},
      {"2 billion Swiss francs", "2 billion Swiss francs", 2e9, 2e9, false, "CHF", false, 1e9, ""},
      {"125 million Australian dollars", "125 million Australian dollars", 1.25e8, 1.25e8, false,
       "AUD", false, 1e6, ""},
      {"it cost 100元", "100元", 100, 100, false, "CNY", false, 1, ""},
      {"42 malaysian ringgits", "42 malaysian ringgits", 42, 42, false, "MYR", false, 1, ""},
      {"ringgit 42", "ringgit 42", 42, 42, false, "MYR", false, 1, ""},
      {"retailing for US $199", "US $199", 199, 199, false, "USD", false, 1, ""},
      {"a fine of 2 million usd", "2 million usd", 2e6, 2e6, false, "USD", false, 1e6, ""},
      {"around $ 9.99 US dollars", "around $ 9.99 US dollars", 9.99, 9.99, true, "USD", false, 0.01,
       ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("money_patterns: ranges, changes, minor units and articles", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"valued at $5 to $10 billion", "$5 to $10 billion", 5e9, 1e10, false, "USD", true, 1e9, ""},
      {"between $2 bn and $3 bn", "between $2 bn and $3 bn", 2e9, 3e9, false, "USD", true, 1e9, ""},
      {"about $10-$20", "about $10-$20", 10, 20, true, "USD", true, 1, ""},
      {"$5-$10", "$5-$10", 5, 10, false, "USD", true, 1, ""},
      {"5 to 10 million dollars", "5 to 10 million dollars", 5e6, 1e7, false, "USD", true, 1e6, ""},
      {"between 10 dollars and 20 dollars", "between 10 dollars and 20 dollars", 10, 20, false,
       "USD", true, 1, ""},
      // "from ... to" opening a clause, or after a range word, is a range.
      {"From 10 to 20 dollars.", "From 10 to 20 dollars", 10, 20, false, "USD", true, 1, ""},
      {"fines ranging from $500 to $5,000", "from $500 to $5,000", 500, 5000, false, "USD", true, 1,
       ""},
      // After a change word it is a change: the first figure alone.
      {"sales rose from $5 million to $7 million", "$5 million", 5e6, 5e6, false, "USD", true, 1e6,
       ""},
      {"a change from $155 billion to about $200 billion", "$155 billion", 1.55e11, 1.55e11, false,
       "USD", true, 1e9, ""},
      // A bare first number above the second is no range start (a day of a
      // date, a count): the figure is the second alone.
      {"the balance fell on March 5 to 3.467 billion dlrs", "3.467 billion dlrs", 3.467e9, 3.467e9,
       false, "USD", true, 1e6, ""},
      {"the balance rose on April 2 to 3.775 billion dlrs", "3.775 billion dlrs", 3.775e9, 3.775e9,
       false, "USD", true, 1e6, ""},
      {"the balance rose on Jan. 2 to 3.775 billion dlrs", "3.775 billion dlrs", 3.775e9, 3.775e9,
       false, "USD", true, 1e6, ""},
      // A bid/offer quote with the offer written whole: the offer is a number
      // of its own (a short offer, "146.40/50", is none).
      {"bullion was 421.90/422.40 dlrs an ounce", "422.40 dlrs", 422.4, 422.4, false, "USD", true,
       0.01, "ounce"},
      // Major and minor units together.
      {"it cost 20 dollars and 43 cents", "20 dollars and 43 cents", 20.43, 20.43, false, "USD",
       true, 0.01, ""},
      {"it only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, 3.5, false, "USD", true, 0.01,
       ""},
      {"one dollar and fifty cents", "one dollar and fifty cents", 1.5, 1.5, false, "USD", true,
       0.01, ""},
      {"It costs 15 dollars 50.", "15 dollars 50", 15.5, 15.5, false, "USD", true, 0.01, ""},
      {"had just 15 USD 50 more", "15 USD 50", 15.5, 15.5, false, "USD", false, 0.01, ""},
      {"$20 and 43c", "$20 and 43c", 20.43, 20.43, false, "USD", true, 0.01, ""},
      {"US$3 and fourteen", "US$3 and fourteen", 3.14, 3.14, false, "USD", false, 0.01, ""},
      {"3 CAD 3 cents", "3 CAD 3 cents", 3.03, 3.03, false, "CAD", false, 0.01, ""},
      {"20 ringgit and 43 sen", "20 ringgit and 43 sen", 20.43, 20.43, false, "MYR", false, 0.01,
       ""},
      // Signed changes keep a positive magnitude.
      {"revenue was down $3 billion", "$3 billion", 3e9, 3e9, false, "USD", true, 1e9, ""},
      {"a loss of $2 mln", "$2 mln", 2e6, 2e6, false, "USD", true, 1e6, ""},
      {"1980s wire style: 1.2 billion dlrs", "1.2 billion dlrs", 1.2e9, 1.2e9, false, "USD", true,
       1e8, ""},
      {"50 mln stg", "50 mln stg", 5e7, 5e7, false, "GBP", false, 1e6, ""},
      {"300 mln yen", "300 mln yen", 3e8, 3e8, false, "JPY", false, 1e6, ""},
      // "a" as the number one.
      {"it costs a dollar.", "a dollar", 1, 1, false, "USD", true, 1, ""},
      {"above a dollar and 42 cents", "above a dollar and 42 cents", 1.42, kOpen, false, "USD",
       true, 0.01, ""},
      {"less than a dollar a day", "less than a dollar", kOpen, 1, false, "USD", true, 1, ""},
      // Written numbers.
      {"twenty-five million dollars", "twenty-five million dollars", 2.5e7, 2.5e7, false, "USD",
       true, 1e6, ""},
      {"a billion dollars", "a billion dollars", 1e9, 1e9, false, "USD", true, 1e9, ""},
      {"half a billion dollars", "half a billion dollars", 5e8, 5e8, false, "USD", true, 5e8, ""},
      {"three quarters billion us dollars", "three quarters billion us dollars", 7.5e8, 7.5e8,
       false, "USD", false, 2.5e8, ""},
      {"five million yen", "five million yen", 5e6, 5e6, false, "JPY", false, 1e6, ""},
      {"12,34,567.89 rupees", "12,34,567.89 rupees", 1234567.89, 1234567.89, false, "INR", false,
       0.01, ""},
      {"5 lakh rupees", "5 lakh rupees", 5e5, 5e5, false, "INR", false, 1e5, ""},
      {"four crore rupees", "four crore rupees", 4e7, 4e7, false, "INR", false, 1e7, ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("money_per_units: the unit is stored, the span is the amount", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"earned $2.50 a share", "$2.50", 2.5, 2.5, false, "USD", true, 0.01, "share"},
      {"oil at $70 a barrel", "$70", 70, 70, false, "USD", true, 1, "barrel"},
      {"priced at $300 per ton", "$300", 300, 300, false, "USD", true, 1, "ton"},
      {"a higher , $ 70 - a - share price", "$ 70", 70, 70, false, "USD", true, 1, "share"},
      {"a dividend of 25 cts a share", "25 cts", 0.25, 0.25, false, "USD", true, 0.01, "share"},
      {"a 12-cent-a-share dividend", "12-cent", 0.12, 0.12, false, "USD", true, 0.01, "share"},
      {"a bid of 1,015 francs a share", "1,015 francs", 1015, 1015, false, "CHF", true, 1, "share"},
      {"$5 billion a year", "$5 billion", 5e9, 5e9, false, "USD", true, 1e9, "year"},
      {"gold at $1,300/ounce", "$1,300", 1300, 1300, false, "USD", true, 1, "ounce"},
      // "a year earlier" is no rate.
      {"from $1.17 billion a year earlier", "$1.17 billion", 1.17e9, 1.17e9, false, "USD", true,
       1e7, ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("numbers_scales: scale words and abbreviations", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"$5 million", "$5 million", 5e6, 5e6, false, "USD", true, 1e6, ""},
      {"$5 mln", "$5 mln", 5e6, 5e6, false, "USD", true, 1e6, ""},
      {"€20m", "€20m", 2e7, 2e7, false, "EUR", false, 1e6, ""},
      {"$3bn", "$3bn", 3e9, 3e9, false, "USD", true, 1e9, ""},
      {"$1.2 billion", "$1.2 billion", 1.2e9, 1.2e9, false, "USD", true, 1e8, ""},
      {"$1 trillion", "$1 trillion", 1e12, 1e12, false, "USD", true, 1e12, ""},
      {"$2 tn", "$2 tn", 2e12, 2e12, false, "USD", true, 1e12, ""},
      {"$10K", "$10K", 1e4, 1e4, false, "USD", true, 1e3, ""},
      {"a $5-billion fund", "$5-billion", 5e9, 5e9, false, "USD", true, 1e9, ""},
      {"35 lakh rupees", "35 lakh rupees", 3.5e6, 3.5e6, false, "INR", false, 1e5, ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("numbers_qualifiers: qualifiers as intervals", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"a combined value of more than $1 trillion over", "more than $1 trillion", 1e12, kOpen,
       false, "USD", true, 1e12, ""},
      {"over 1.42 dollars", "over 1.42 dollars", 1.42, kOpen, false, "USD", true, 0.01, ""},
      {"spent at least $5 million", "at least $5 million", 5e6, kOpen, false, "USD", true, 1e6, ""},
      {"costs in excess of $40,000", "in excess of $40,000", 4e4, kOpen, false, "USD", true, 1, ""},
      {"fines of up to $10 million", "up to $10 million", kOpen, 1e7, false, "USD", true, 1e6, ""},
      {"a deal worth less than €20m", "less than €20m", kOpen, 2e7, false, "EUR", false, 1e6, ""},
      {"under seven euros", "under seven euros", kOpen, 7, false, "EUR", false, 1, ""},
      {"at most 7€", "at most 7€", kOpen, 7, false, "EUR", false, 1, ""},
      {"imports of about $200 billion in 2019", "about $200 billion", 2e11, 2e11, true, "USD", true,
       1e9, ""},
      {"nearly $3 billion", "nearly $3 billion", 3e9, 3e9, true, "USD", true, 1e9, ""},
      {"almost $3 billion", "almost $3 billion", 3e9, 3e9, true, "USD", true, 1e9, ""},
      {"roughly $4 million", "roughly $4 million", 4e6, 4e6, true, "USD", true, 1e6, ""},
      {"some $4 million", "some $4 million", 4e6, 4e6, true, "USD", true, 1e6, ""},
      {"an estimated $5.5 billion", "an estimated $5.5 billion", 5.5e9, 5.5e9, true, "USD", true,
       1e8, ""},
      {"exactly 42 bucks", "exactly 42 bucks", 42, 42, false, "USD", true, 1, ""},
      // A verb of surpassing states a lower bound.
      {"revenue exceeded 550 mln dlrs", "exceeded 550 mln dlrs", 5.5e8, kOpen, false, "USD", true,
       1e6, ""},
      {"sales topped $2.5 billion", "topped $2.5 billion", 2.5e9, kOpen, false, "USD", true, 1e8,
       ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("numbers_vague: vague amounts", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"disrupted hundreds of billions of dollars of commerce", "hundreds of billions of dollars",
       1e11, 1e12, true, "USD", true, 1e11, ""},
      {"tens of millions of dollars", "tens of millions of dollars", 1e7, 1e8, true, "USD", true,
       1e7, ""},
      {"billions of dollars", "billions of dollars", 1e9, 1e12, true, "USD", true, 1e9, ""},
      {"millions of pounds", "millions of pounds", 1e6, 1e9, true, "GBP", true, 1e6, ""},
      {"several billion euros", "several billion euros", 2e9, 1e10, true, "EUR", false, 2e9, ""},
      // "multi-billion dollar" is no billion: an order of magnitude.
      {"the recent multi-billion dollar debt package", "multi-billion dollar", 2e9, 1e12, true,
       "USD", true, 2e9, ""},
      {"a multimillion-dollar contract", "multimillion-dollar", 2e6, 1e9, true, "USD", true, 2e6,
       ""},
  };
  CheckCases(*money, cases);
}

TEST_CASE("numbers_change_cues and figure boundaries", "[money]") {
  auto money = MakeMoney();
  struct ChangeCase {
    const char* input;
    std::vector<std::string> spans;
  };
  const ChangeCase cases[] = {
      {"Profit fell from $5 million to $3 million.", {"$5 million", "$3 million"}},
      {"They increased the credit line with the central bank from $55 billion to $110 billion.",
       {"$55 billion", "$110 billion"}},
      {"Tickets vary from $50 to $100.", {"from $50 to $100"}},
      // A change word before "A to B" whose first amount has its currency:
      // the change, then the new level.
      {"Money supply rose 822 mln dlrs to 277.94 billion dlrs.",
       {"822 mln dlrs", "277.94 billion dlrs"}},
      {"The deficit narrowed $1.2 billion to $10.5 billion.", {"$1.2 billion", "$10.5 billion"}},
      {"The offering will raise 10 to 20 mln dlrs.", {"10 to 20 mln dlrs"}},
      {"Fines ranged $500 to $5,000.", {"$500 to $5,000"}},
      {"Prices: from 10 dollars to 20 dollars", {"from 10 dollars to 20 dollars"}},
      // Minor units without a currency must end the clause.
      {"He paid $5 20 years ago.", {"$5"}},
      {"at 4,480 dlrs and 2.27 times New York", {"4,480 dlrs"}},
      // A symbol after a number starts the next figure when a digit follows.
      {"a stack of 1 $10 bills", {"$10"}},
      {"$ 20,000.00 $ 37,305.97 expenses", {"$ 20,000.00", "$ 37,305.97"}},
  };
  for (const ChangeCase& c : cases) {
    INFO(c.input);
    auto got = Run(*money, c.input);
    std::vector<std::string> spans;
    for (const Extraction& e : got)
      spans.push_back(std::string(c.input).substr(e.begin, e.end - e.begin));
    CHECK(spans == c.spans);
  }
}

TEST_CASE("MoneyExtractor reads a change as two figures", "[money]") {
  auto money = MakeMoney();
  std::string text = "raising the total from $155 billion to about $200 billion in 2019";
  auto got = Run(*money, text);
  REQUIRE(got.size() == 2);
  CHECK(text.substr(got[1].begin, got[1].end - got[1].begin) == "about $200 billion");
  CHECK(got[1].value.approx);
}

TEST_CASE("MoneyExtractor ignores what is not money", "[money]") {
  auto money = MakeMoney();
  const char* negatives[] = {
      "The economy grew in 2019.",
      "About 3 million people live there.",
      "Stocks rose 1.4% and 25 percent of voters agreed.",
      "U.S. stocks extended gains and the dollar rose after the news.",
      "the overall target for a dollar amount",
      "Call 555-1234 or +1 212 555 0100 for details.",
      "The sign $ alone is not money, nor is US$.",
      "He lost ten pounds in a month.",
      "The team won 3 of its 5 games.",
      "The dollars were counted.",
      "a $ sign and the C$ and A $ symbols",
      // "a dollar" is one dollar only where nothing makes it a modifier.
      "the overall target for a dollar amount",
      "he bought a dollar-denominated bond",
      // A weak currency needs a large amount, a scale word or a per-unit.
      "The baby weighed seven pounds.",
      // Digits after a decimal point, comma or slash start no figure:
      // dealers' bid/offer quotes, and broken thousands.
      "The dollar closed at 146.40/50 yen, from 144.20/40.",
      "Gold firmed to 409.40/90 dlrs.",
      "The pound rose to 1.5798/808 dlrs.",
      "Losses were 3,0077,000 dlrs in the year.",
      "Deposit rates were quoted at 9-9/16 7/16 pct.",
      "Crude averaged 16. 20 dlrs a barrel in the half.",
  };
  for (const char* text : negatives) {
    INFO(text);
    auto got = Run(*money, text);
    std::string all;
    for (const Extraction& e : got)
      all += "[" + std::string(text).substr(e.begin, e.end - e.begin) + "] ";
    INFO("found: " << all);
    CHECK(got.empty());
  }
}

// --- The seed stories ---------------------------------------------------------

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *out = buf.str();
  return true;
}

TEST_CASE("Money and percent figures of the seed stories", "[money][percent][seeds]") {
  const std::string dir = std::string(WF_SHARED_DIR) + "/seeds/";
  std::string expected_text;
  if (!ReadFile(dir + "expected.json", &expected_text)) {
    WARN("seed stories not found in " << dir << "; skipped");
    return;
  }
  nlohmann::json expected = nlohmann::json::parse(expected_text);
  auto money = MakeMoney();
  std::unique_ptr<PercentExtractor> percent;
  REQUIRE(PercentExtractor::Create(RuleFiles(), &percent).ok());

  for (const char* file : {"000_ffebdd4ffa0c8fcf.txt", "002_a392a3f069af33d4.txt"}) {
    INFO(file);
    std::string text;
    REQUIRE(ReadFile(dir + file, &text));
    std::vector<Sentence> sentences = {{0, text.size()}};
    DocumentView doc;
    doc.text = text;
    doc.sentences = &sentences;
    std::vector<Extraction> found;
    money->Extract(doc, &found);
    size_t money_found = found.size();
    percent->Extract(doc, &found);

    auto span = [&](const Extraction& e) { return text.substr(e.begin, e.end - e.begin); };
    size_t money_expected = 0;
    for (const char* kind : {"money", "percent"}) {
      for (const auto& item : expected[kind]) {
        if (item["file"] != file) continue;
        const std::string want = item["text"];
        INFO(kind << ": " << want);
        if (std::string(kind) == "money") ++money_expected;
        const Extraction* hit = nullptr;
        for (size_t i = 0; i < found.size(); ++i) {
          bool right_kind = (i < money_found) == (std::string(kind) == "money");
          if (right_kind && span(found[i]) == want && !hit) hit = &found[i];
        }
        REQUIRE(hit != nullptr);
        const Value& v = hit->value;
        if (item.contains("approx")) {
          CHECK(v.approx);
          CheckBound(v.low, item["approx"].get<double>());
          CheckBound(v.high, item["approx"].get<double>());
        } else if (item.contains("value")) {
          CHECK_FALSE(v.approx);
          CheckBound(v.low, item["value"].get<double>());
          CheckBound(v.high, item["value"].get<double>());
        } else {
          CheckBound(v.low, item["low"].is_null() ? kOpen : item["low"].get<double>());
          CheckBound(v.high, item["high"].is_null() ? kOpen : item["high"].get<double>());
        }
      }
    }
    if (std::string(file).rfind("002", 0) == 0) {
      // No extra money figures in the Reuters story.
      std::string all;
      for (size_t i = 0; i < money_found; ++i) all += "[" + span(found[i]) + "] ";
      INFO("money found: " << all);
      CHECK(money_found == money_expected);
    }
  }
}

TEST_CASE("MoneyExtractor reads no ordinal parts", "[money]") {
  // Parts ("a tenth", "two-thirds") are read for percent figures only: a
  // share of a sum is no sum of its own, and an ordinal before a sum stays an
  // ordinal.
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      {"a tenth of the $5 billion went to pensions", "$5 billion", 5e9, 5e9, false, "USD", true,
       1e9, ""},
      {"two-thirds of $9 million was raised", "$9 million", 9e6, 9e6, false, "USD", true, 1e6, ""},
      {"the third $1 billion loan was signed", "$1 billion", 1e9, 1e9, false, "USD", true, 1e9, ""},
      {"the fund lost a third of a billion dollars", "a billion dollars", 1e9, 1e9, false, "USD",
       true, 1e9, ""},
  };
  CheckCases(*money, cases);
}

}  // namespace
}  // namespace wirefacts
