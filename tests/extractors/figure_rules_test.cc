#include "extractors/figure_rules.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

TEST_CASE("SurfaceTable finds surfaces as written or folded", "[figures]") {
  SurfaceTable t;
  t.Add("US$", 0);
  t.Add("pounds  sterling", 1);
  t.Add("CAD", 2, /*case_sensitive=*/true);
  CHECK(t.Find("us$") == 0);
  CHECK(t.Find("Pounds\nsterling") == 1);
  CHECK(t.Find("CAD") == 2);
  CHECK(t.Find("cad") == -1);
  CHECK(t.Find("dollars") == -1);
}

TEST_CASE("FigurePatterns scans only around anchors, with the whole text as context", "[figures]") {
  std::unique_ptr<FigurePatterns> p;
  // A pattern file from the built-in rules is not needed: use the money one
  // with simple macros.
  std::map<std::string, std::string> macros = {{"NUM", "\\d+"},
                                               {"SCALE", "million"},
                                               {"CURPRE", "\\$"},
                                               {"CURPOST", "dollars"},
                                               {"CURPOSTWORD", "dollars"},
                                               {"QUAL", "about"},
                                               {"VAGUE", "millions"},
                                               {"PER", "share"}};
  REQUIRE(
      FigurePatterns::Create(RuleFiles(), "extractors/rules/money_patterns.tsv", macros, &p).ok());
  REQUIRE(p->SetAnchor("\\$|dollars", 20, 20).ok());
  struct AnchorCase {
    std::string text;
    std::vector<std::string> symbol_matches;  // matches of pattern "symbol"
  };
  const AnchorCase cases[] = {
      {"It cost $5 million.", {"$5 million"}},
      {std::string(500, 'x') + " then $7 and later $8 " + std::string(500, 'y'), {"$7", "$8"}},
      {"no figure here at all", {}},
  };
  for (const AnchorCase& c : cases) {
    INFO(c.text.substr(0, 80));
    std::vector<FigureMatch> matches;
    p->Scan(c.text, &matches);
    std::vector<std::string> got;
    for (const FigureMatch& m : matches)
      if (p->name(m.pattern) == "symbol") got.push_back(c.text.substr(m.begin, m.end - m.begin));
    CHECK(got == c.symbol_matches);
  }
  CHECK_FALSE(p->SetAnchor("(", 1, 1).ok());
}

TEST_CASE("SelectLongest keeps the longest non-overlapping candidates", "[figures]") {
  std::vector<Candidate> in = {{0, 5, 0}, {0, 10, 1}, {8, 12, 2}, {12, 15, 3}};
  std::vector<Candidate> out = SelectLongest(in);
  REQUIRE(out.size() == 2);
  CHECK(out[0].index == 1);
  CHECK(out[1].index == 3);
}

}  // namespace
}  // namespace wirefacts
