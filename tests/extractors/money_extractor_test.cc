#include "extractors/money_extractor.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>

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

TEST_CASE("MoneyExtractor finds and reads money figures", "[money]") {
  auto money = MakeMoney();
  const MoneyCase cases[] = {
      // Qualifiers.
      {"a combined value of more than $1 trillion over", "more than $1 trillion", 1e12, kOpen,
       false, "USD", true, 1e12, ""},
      {"offered more than $1.2 trillion in", "more than $1.2 trillion", 1.2e12, kOpen, false, "USD",
       true, 1e11, ""},
      {"imports of about $200 billion in 2019", "about $200 billion", 2e11, 2e11, true, "USD", true,
       1e9, ""},
      {"the surplus stood at $323 billion last year", "$323 billion", 3.23e11, 3.23e11, false,
       "USD", true, 1e9, ""},
      {"spent at least $5 million", "at least $5 million", 5e6, kOpen, false, "USD", true, 1e6, ""},
      {"costs in excess of $40,000", "in excess of $40,000", 4e4, kOpen, false, "USD", true, 1, ""},
      {"fines of up to $10 million", "up to $10 million", kOpen, 1e7, false, "USD", true, 1e6, ""},
      {"a deal worth less than €20m", "less than €20m", kOpen, 2e7, false, "EUR", false, 1e6, ""},
      {"nearly $3 billion", "nearly $3 billion", 3e9, 3e9, true, "USD", true, 1e9, ""},
      {"an estimated $5.5 billion", "an estimated $5.5 billion", 5.5e9, 5.5e9, true, "USD", true,
       1e8, ""},
      // Ranges.
      {"valued at $5 to $10 billion", "$5 to $10 billion", 5e9, 1e10, false, "USD", true, 1e9, ""},
      {"between $2 bn and $3 bn", "between $2 bn and $3 bn", 2e9, 3e9, false, "USD", true, 1e9, ""},
      {"about $10-$20", "about $10-$20", 10, 20, true, "USD", true, 1, ""},
      {"5 to 10 million dollars", "5 to 10 million dollars", 5e6, 1e7, false, "USD", true, 1e6, ""},
      // Vague amounts.
      {"disrupted hundreds of billions of dollars of commerce", "hundreds of billions of dollars",
       1e11, 1e12, true, "USD", true, 1e11, ""},
      {"tens of millions of dollars", "tens of millions of dollars", 1e7, 1e8, true, "USD", true,
       1e7, ""},
      {"billions of dollars", "billions of dollars", 1e9, 1e12, true, "USD", true, 1e9, ""},
      {"millions of pounds", "millions of pounds", 1e6, 1e9, true, "GBP", true, 1e6, ""},
      // Symbols, codes and words.
      {"raised US$5.5 million", "US$5.5 million", 5.5e6, 5.5e6, false, "USD", false, 1e5, ""},
      {"a £3.2bn deal", "£3.2bn", 3.2e9, 3.2e9, false, "GBP", false, 1e8, ""},
      {"C$300 million", "C$300 million", 3e8, 3e8, false, "CAD", false, 1e6, ""},
      {"HK$1.5 billion", "HK$1.5 billion", 1.5e9, 1.5e9, false, "HKD", false, 1e8, ""},
      {"USD3.14", "USD3.14", 3.14, 3.14, false, "USD", false, 0.01, ""},
      {"EUR 20", "EUR 20", 20, 20, false, "EUR", false, 1, ""},
      {"net profit 12.5 mln dlrs", "12.5 mln dlrs", 1.25e7, 1.25e7, false, "USD", true, 1e5, ""},
      {"sales of 1.2 billion dlrs", "1.2 billion dlrs", 1.2e9, 1.2e9, false, "USD", true, 1e8, ""},
      {"a loss of 5 mln stg", "5 mln stg", 5e6, 5e6, false, "GBP", false, 1e6, ""},
      {"profit of 20 mln marks", "20 mln marks", 2e7, 2e7, false, "DEM", false, 1e6, ""},
      {"25 cents", "25 cents", 0.25, 0.25, false, "USD", true, 0.01, ""},
      {"500 million yuan", "500 million yuan", 5e8, 5e8, false, "CNY", false, 1e6, ""},
      {"1 trillion yen", "1 trillion yen", 1e12, 1e12, false, "JPY", false, 1e12, ""},
      {"Rs 500 crore", "Rs 500 crore", 5e9, 5e9, false, "INR", false, 1e7, ""},
      {"twenty-five million dollars", "twenty-five million dollars", 2.5e7, 2.5e7, false, "USD",
       true, 1e6, ""},
      {"a billion dollars", "a billion dollars", 1e9, 1e9, false, "USD", true, 1e9, ""},
      {"half a billion dollars", "half a billion dollars", 5e8, 5e8, false, "USD", true, 5e8, ""},
      {"4 billion U.S. dollars", "4 billion U.S. dollars", 4e9, 4e9, false, "USD", false, 1e9, ""},
      {"2 billion Swiss francs", "2 billion Swiss francs", 2e9, 2e9, false, "CHF", false, 1e9, ""},
      // Per-unit figures.
      {"earned $2.50 a share", "$2.50 a share", 2.5, 2.5, false, "USD", true, 0.01, "share"},
      {"oil at $70 a barrel", "$70 a barrel", 70, 70, false, "USD", true, 1, "barrel"},
      {"priced at $300 per ton", "$300 per ton", 300, 300, false, "USD", true, 1, "ton"},
      {"a dividend of 25 cts a share", "25 cts a share", 0.25, 0.25, false, "USD", true, 0.01,
       "share"},
      {"a 12-cent-a-share dividend", "12-cent-a-share", 0.12, 0.12, false, "USD", true, 0.01,
       "share"},
      {"a bid of 1,015 francs a share", "1,015 francs a share", 1015, 1015, false, "CHF", true, 1,
       "share"},
      // "a year earlier" is no rate.
      {"from $1.17 billion a year earlier", "$1.17 billion", 1.17e9, 1.17e9, false, "USD", true,
       1e7, ""},
      // Major and minor units together.
      {"it cost 20 dollars and 43 cents", "20 dollars and 43 cents", 20.43, 20.43, false, "USD",
       true, 0.01, ""},
      {"retailing for US $199", "US $199", 199, 199, false, "USD", false, 1, ""},
      {"a fine of 2 million usd", "2 million usd", 2e6, 2e6, false, "USD", false, 1e6, ""},
      // A change is two figures, not a range: the first one here.
      {"from $155 billion to about $200 billion", "$155 billion", 1.55e11, 1.55e11, false, "USD",
       true, 1e9, ""},
  };
  for (const MoneyCase& c : cases) {
    INFO(c.input);
    auto got = Run(*money, c.input);
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

}  // namespace
}  // namespace wirefacts
