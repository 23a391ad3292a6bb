#include "extractors/number_parser.h"

#include <catch2/catch.hpp>
#include <memory>

#include "re2/re2.h"

namespace wirefacts {
namespace {

std::unique_ptr<NumberParser> MakeParser() {
  std::unique_ptr<NumberParser> p;
  Status s = NumberParser::Create(RuleFiles(), &p);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return p;
}

struct NumberCase {
  const char* text;
  double value;
  double resolution;
};

TEST_CASE("NumberParser parses digits, words and fractions", "[numbers]") {
  auto parser = MakeParser();
  const NumberCase cases[] = {
      {"323", 323, 1},
      {"1,234.5", 1234.5, 0.1},
      {"1.4", 1.4, 0.1},
      {"2.50", 2.5, 0.01},
      {".5", 0.5, 0.1},
      {"2,665,000", 2665000, 1},
      {"1/2", 0.5, 0.5},
      {"17-1/2", 17.5, 0.5},
      {"3 1/4", 3.25, 0.25},
      // A bond price with a stray space before the dash.
      {"99 -3/4", 99.75, 0.25},
      {"twenty-five", 25, 1},
      {"twenty", 20, 10},
      {"Twenty Five", 25, 1},
      {"a hundred", 100, 100},
      {"one hundred and five", 105, 1},
      {"two thousand five hundred", 2500, 100},
      {"five", 5, 1},
      {"half", 0.5, 0.5},
      {"half a", 0.5, 0.5},
      {"one and a half", 1.5, 0.5},
      {"a billion", 1e9, 1e9},
      {"half a billion", 5e8, 5e8},
      {"twenty-five million", 25e6, 1e6},
      {"one thousand million", 1e9, 1e9},
      {"a dozen", 12, 1},
      {"12,34,567.89", 1234567.89, 0.01},
      {"three quarters", 0.75, 0.25},
      {"a quarter", 0.25, 0.25},
      {"two and a half", 2.5, 0.5},
      {"forty-two", 42, 1},
  };
  for (const NumberCase& c : cases) {
    INFO(c.text);
    ParsedNumber n;
    REQUIRE(parser->Parse(c.text, &n));
    CHECK(n.value == Approx(c.value));
    CHECK(n.resolution == Approx(c.resolution));
  }
}

TEST_CASE("NumberParser rejects what is not one number", "[numbers]") {
  auto parser = MakeParser();
  for (const char* text : {"", "a", "an", "five seven", "five and seven", "twenty thirty", "1.2.3",
                           "dollars", "1/0"}) {
    INFO(text);
    ParsedNumber n;
    CHECK_FALSE(parser->Parse(text, &n));
  }
}

TEST_CASE("NumberParser pattern matches whole numbers only", "[numbers]") {
  auto parser = MakeParser();
  RE2::Options o;
  o.set_case_sensitive(false);
  RE2 re("(" + parser->Pattern() + ")", o);
  REQUIRE(re.ok());
  struct PatternCase {
    const char* text;
    const char* match;  // "" for none
  };
  const PatternCase cases[] = {
      {"paid 1,234.5 in", "1,234.5"},
      {"twenty-five million dollars", "twenty-five million"},
      {"a hundred people", "a hundred"},
      {"half a billion", "half a billion"},
      {"often late", ""},
      {"someone", ""},
      {"a dollar", ""},
      {"a ten percent", "ten"},
      {"12,34,567.89 rupees", "12,34,567.89"},
  };
  for (const PatternCase& c : cases) {
    INFO(c.text);
    std::string m;
    bool found = RE2::PartialMatch(c.text, re, &m);
    if (*c.match) {
      REQUIRE(found);
      CHECK(m == c.match);
    } else {
      CHECK_FALSE(found);
    }
  }
}

TEST_CASE("NumberParser reads ordinal parts only when asked", "[numbers]") {
  std::unique_ptr<NumberParser> parts;
  REQUIRE(NumberParser::Create(RuleFiles(), &parts, /*parts=*/true).ok());
  const NumberCase cases[] = {
      {"a tenth", 0.1, 0.1},
      {"two-tenths", 0.2, 0.1},
      {"a third", 1.0 / 3, 1.0 / 3},
      {"one-third", 1.0 / 3, 1.0 / 3},
      {"three-fourths", 0.75, 0.25},
      {"an eighth", 0.125, 0.125},
      {"one and a third", 4.0 / 3, 1.0 / 3},
  };
  for (const NumberCase& c : cases) {
    INFO(c.text);
    ParsedNumber n;
    REQUIRE(parts->Parse(c.text, &n));
    CHECK(n.value == Approx(c.value));
    CHECK(n.resolution == Approx(c.resolution));
    CHECK(n.part);
  }
  // An ordinal with no article or count before it is no part.
  for (const char* text : {"third", "tenth", "the third", "half third", "third quarter"}) {
    INFO(text);
    ParsedNumber n;
    CHECK_FALSE(parts->Parse(text, &n));
  }
  // PartPattern() holds a part after an article or a count; Pattern() none.
  RE2::Options o;
  o.set_case_sensitive(false);
  RE2 part(parts->PartPattern(), o), number(parts->Pattern(), o);
  for (const char* text : {"a tenth", "two-tenths", "One third", "an eighth"}) {
    INFO(text);
    CHECK(RE2::FullMatch(text, part));
    CHECK_FALSE(RE2::FullMatch(text, number));
  }
  for (const char* text : {"third", "the tenth", "tenth"}) {
    INFO(text);
    CHECK_FALSE(RE2::FullMatch(text, part));
  }
  // Without parts the words are unknown.
  auto plain = MakeParser();
  for (const char* text : {"a tenth", "two-thirds"}) {
    INFO(text);
    ParsedNumber n;
    CHECK_FALSE(plain->Parse(text, &n));
  }
  ParsedNumber n;
  REQUIRE(plain->Parse("a quarter", &n));
  CHECK_FALSE(n.part);
}

}  // namespace
}  // namespace wirefacts
