#include "extractors/figure_rules.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
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

// The built-in money patterns with simple macros (the patterns, not the
// lexicons, are under test).
std::unique_ptr<FigurePatterns> MoneyPatternsWithSimpleMacros() {
  std::unique_ptr<FigurePatterns> p;
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
  return p;
}

TEST_CASE("FigurePatterns scans only around anchors, with the whole text as context", "[figures]") {
  std::unique_ptr<FigurePatterns> p = MoneyPatternsWithSimpleMacros();
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

TEST_CASE("FigurePatterns reads the same groups for repeated figures", "[figures]") {
  std::unique_ptr<FigurePatterns> p = MoneyPatternsWithSimpleMacros();
  REQUIRE(p->SetAnchor("\\$|dollars", 40, 40).ok());
  // Each figure as "pattern: group=text ..." in text order; the second scan
  // of a text and repeats within it read groups already seen (the match
  // bytes and the bytes either side decide them).
  auto describe = [&](const std::string& text) {
    std::vector<FigureMatch> matches;
    p->Scan(text, &matches);
    std::vector<std::string> out;
    for (const FigureMatch& m : matches) {
      std::string d = p->name(m.pattern) + ":";
      for (const auto& [name, g] : m.groups) {
        REQUIRE(g.data() >= text.data() + m.begin);
        REQUIRE(g.data() + g.size() <= text.data() + m.end);
        d += " " + name + "=" + std::string(g);
      }
      out.push_back(d);
    }
    std::sort(out.begin(), out.end());
    return out;
  };
  struct Case {
    std::string text;
    std::vector<std::string> want;  // sorted
  };
  const Case cases[] = {
      {"It cost $5 million, then $5 million.",
       {"symbol: cur=$ num=5 scale=million", "symbol: cur=$ num=5 scale=million"}},
      {"about $7 a share and $7 a share",
       {"symbol: cur=$ num=7 per=share", "symbol: cur=$ num=7 per=share qual=about"}},
      // The same bytes at the end of the text and before more words: only
      // the first ends the clause (group minorend).
      {"5 dollars 20 or 5 dollars 20",
       {"compound: curpost=dollars minor=20 minorend= num=5", "word: curpost=dollars num=5",
        "word: curpost=dollars num=5"}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    for (int pass = 0; pass < 2; ++pass) CHECK(describe(c.text) == c.want);
  }
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
