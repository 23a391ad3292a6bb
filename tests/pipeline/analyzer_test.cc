#include "pipeline/analyzer.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("ParsePublished reads ISO dates and date-times", "[pipeline]") {
  using namespace std::chrono;
  struct Case {
    const char* text;
    bool ok;
    int year, month, day, minutes;
  };
  const Case cases[] = {
      {"2019-01-18", true, 2019, 1, 18, -1},
      {"2019-01-18T10:30:00Z", true, 2019, 1, 18, 630},
      {"1987-02-26T15:01:01Z", true, 1987, 2, 26, 901},
      {"2019-02-29", false, 0, 0, 0, 0},
      {"18 Jan 2019", false, 0, 0, 0, 0},
      {"", false, 0, 0, 0, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    sys_days day;
    int minutes = 0;
    Status s = ParsePublished(c.text, &day, &minutes);
    CHECK(s.ok() == c.ok);
    if (!c.ok) continue;
    CHECK(day == sys_days{year{c.year} / c.month / c.day});
    CHECK(minutes == c.minutes);
  }
}

class AnalyzerTest {
 public:
  AnalyzerTest() { REQUIRE(Analyzer::Create(RuleFiles(), &analyzer_).ok()); }
  Status Analyze(const std::string& body, const std::string& published, AnalyzedStory* out) {
    Story story;
    story.uri = "urn:test";
    story.source = "Test Wire";
    story.published = published;
    story.body = body;
    return analyzer_->Analyze(story, out);
  }

 private:
  std::unique_ptr<Analyzer> analyzer_;
};

TEST_CASE("Analyze rejects what cannot be a story", "[pipeline]") {
  AnalyzerTest t;
  AnalyzedStory out;
  CHECK(t.Analyze("Profit rose \xff.", "2020-01-01", &out).code() == Status::Code::kInvalidInput);
  CHECK(t.Analyze("   \n\n", "2020-01-01", &out).message() == "empty story");
  CHECK(t.Analyze("Profit rose 5%.", "", &out).message() == "no publication date");
  CHECK(t.Analyze("Profit rose 5%.", "yesterday", &out).code() == Status::Code::kInvalidInput);
}

TEST_CASE("Analyze turns a story into claims with time, actors and attribution", "[pipeline]") {
  AnalyzerTest t;
  AnalyzedStory out;
  REQUIRE(t.Analyze("Brazil\xe2\x80\x99s soybean exports to China rose to $31 billion last year, "
                    "Agriculture Minister Carlos Favaro said on Tuesday.\n"
                    "Exports could climb another 8% in 2024, he said.\n",
                    "2024-02-08", &out)
              .ok());
  const Claim* money = nullptr;
  const Claim* percent = nullptr;
  for (const Claim& c : out.claims) {
    if (c.kind == ClaimKind::kMoney) money = &c;
    if (c.kind == ClaimKind::kPercent) percent = &c;
  }
  REQUIRE(money != nullptr);
  CHECK(money->text == "$31 billion");
  CHECK(*money->value.low == 31e9);
  REQUIRE(money->time.has_value());
  CHECK(money->time->timex == "2023");
  REQUIRE(money->attribution.has_value());
  CHECK(money->attribution->said_by == "Carlos Favaro");
  bool brazil = false, china = false;
  for (const ClaimActor& a : money->actors) {
    brazil |= a.name == "Brazil";
    china |= a.name == "China";
  }
  CHECK(brazil);
  CHECK(china);
  REQUIRE(percent != nullptr);
  REQUIRE(percent->time.has_value());
  CHECK(percent->time->timex == "2024");
  REQUIRE(percent->attribution.has_value());
  CHECK(percent->attribution->said_by == "Carlos Favaro");  // "he said"
  CHECK(money->story.source == "Test Wire");
  CHECK(out.story.body.find("\xe2\x80\x99") != std::string::npos);
}

}  // namespace
}  // namespace wirefacts
