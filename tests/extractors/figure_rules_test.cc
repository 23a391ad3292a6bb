#include "extractors/figure_rules.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "extractors/money_extractor.h"
#include "extractors/percent_extractor.h"
#include "tests/rule_overlay.h"

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

TEST_CASE("DigitsAlike tells whether a pattern can tell digits apart", "[figures]") {
  struct Case {
    const char* re;
    bool alike;
  };
  const Case cases[] = {
      {"\\d+(?:,\\d{3})*", true},
      {"(?P<num2>[0-9]+)\\s*(?:mln|bln)\\b", true},
      {"[^0-9]+[a-z]\\w", true},
      {"[\\s-]?[.,;:!?)]", true},
      {"[[:digit:]x]\\d{1,3}", true},
      {"\\$\\s?\\d", true},
      {"a{2", false},  // a literal brace: "2" is a digit
      {"1\\d", false},
      {"[1-9]\\d*", false},
      {"[0-4]", false},
      {"[x0]", false},
      {"\\x31", false},
      {"\\pN", false},
      {"[\\x30-\\x39]", false},
      {"[", false},
  };
  for (const Case& c : cases) {
    INFO(c.re);
    CHECK(DigitsAlike(c.re) == c.alike);
  }
}

TEST_CASE("LetterPieces splits a pattern's literal letters", "[figures]") {
  struct Case {
    const char* re;
    bool ok;
    std::vector<std::string> pieces;
  };
  const Case cases[] = {
      {"(?P<num>\\d+)\\s*(?:mln|bln)\\b", true, {"mln", "bln"}},
      {"dlrs?", true, {"dlr", "s"}},
      {"(?i:US)\\$|(?-i:CAD)", true, {"us", "cad"}},
      {"\\ban?\\b [\\s-]to{1,2}", true, {"a", "n", "t", "o"}},
      {"per\\s+cent", true, {"per", "cent"}},
      {"€ur", true, {"ur"}},
      {"[a-z]+", false, {}},
      {"[^,]", false, {}},
      {"x.y", false, {}},
      {"\\w+", false, {}},
      {"\\pL", false, {}},
      {"\\x41", false, {}},
      {"\xE2\x84\xAA", false, {}},  // KELVIN SIGN folds to "k"
  };
  for (const Case& c : cases) {
    INFO(c.re);
    std::vector<std::string> pieces;
    CHECK(LetterPieces(c.re, &pieces) == c.ok);
    if (c.ok) CHECK(pieces == c.pieces);
  }
}

TEST_CASE("FigurePatterns narrowed by presence finds the same figures", "[figures]") {
  const std::map<std::string, std::string> macros = {
      {"NUM", "\\d+(?:\\.\\d+)?|\\b(?:five|ten|twenty)\\b"},
      {"PART", "\\b(?:an?|two)(?:\\s*-\\s*|\\s+)(?:tenths?|thirds?)\\b"},
      {"QUAL", "(?:about|more\\s+than)"},
      {"PCT", "(?:percentage\\s+points?|percent|pct|%)"}};
  std::unique_ptr<FigurePatterns> plain, narrowed;
  REQUIRE(
      FigurePatterns::Create(RuleFiles(), "extractors/rules/percent_patterns.tsv", macros, &plain)
          .ok());
  REQUIRE(FigurePatterns::Create(RuleFiles(), "extractors/rules/percent_patterns.tsv", macros,
                                 &narrowed)
              .ok());
  const std::string unit = "percent|pct|%|percentage\\s+point";
  REQUIRE(plain->SetAnchor(unit, 200, 120).ok());
  REQUIRE(narrowed->SetAnchor(unit, 200, 120).ok());
  REQUIRE(narrowed->SetPresence(unit).ok());
  CHECK_FALSE(narrowed->SetPresence("(").ok());
  auto describe = [](const FigurePatterns& p, const std::string& text) {
    std::vector<FigureMatch> matches;
    p.Scan(text, &matches);
    std::vector<std::string> out;
    for (const FigureMatch& m : matches) {
      std::string d = p.name(m.pattern) + ":" + text.substr(m.begin, m.end - m.begin);
      for (const auto& [name, g] : m.groups) d += " " + std::string(name) + "=" + std::string(g);
      out.push_back(d);
    }
    return out;
  };
  // Words no pattern spells ("rose", "sales") cut the windows; figures
  // touching them, glued to them or spelt across them stay as they were.
  const std::string texts[] = {
      "Profits rose 5 percent, while sales fell about 3.5 pct in the quarter.",
      "Rates were between 5 and 7 percent after rising from ten to twenty percentage points.",
      "It gained more than five percent and then 2% more.",
      "The index rose 12 percentx, not 4 pct. xyz5 percent and 9percent and tenpercent",
      "A rise of 3 to 4 pct, or five-ten percent, seen by analysts at 20 percentage points",
      "percent 15 pct",
      "rates rose a tenth of a percent, then two-thirds of a pct, not a third of sales",
      "no unit here at all, 5 and 6",
  };
  for (const std::string& text : texts) {
    INFO(text);
    const std::vector<std::string> want = describe(*plain, text);
    CHECK(describe(*narrowed, text) == want);
    if (text.find("rose 5") != std::string::npos) CHECK(want.size() >= 2);
  }
}

// The built-in money patterns with simple macros (the patterns, not the
// lexicons, are under test).
std::unique_ptr<FigurePatterns> MoneyPatternsWithSimpleMacros(std::string num = "\\d+") {
  std::unique_ptr<FigurePatterns> p;
  std::map<std::string, std::string> macros = {{"NUM", num},
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
        d += " " + std::string(name) + "=" + std::string(g);
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
      // Patterns that cannot tell digits apart share groups across figures
      // that differ only in their digits; each reads its own text.
      {"It cost $15 million, then $27 million.",
       {"symbol: cur=$ num=15 scale=million", "symbol: cur=$ num=27 scale=million"}},
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

TEST_CASE("FigurePatterns reads groups of patterns that tell digits apart", "[figures]") {
  // A digit written in the pattern: "$15" and "$25" differ in their groups,
  // so their capture cache keys must keep the digits.
  std::unique_ptr<FigurePatterns> p = MoneyPatternsWithSimpleMacros("(?:1(?P<teen>\\d)|\\d+)");
  REQUIRE(p->SetAnchor("\\$|dollars", 40, 40).ok());
  const std::string text = "It cost $15, then $25, then $17.";
  std::vector<std::string> got;
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<FigureMatch> matches;
    p->Scan(text, &matches);
    got.clear();
    for (const FigureMatch& m : matches)
      if (p->name(m.pattern) == "symbol")
        got.push_back(std::string(m.Group("num")) + "/" + std::string(m.Group("teen")));
    CHECK(got == std::vector<std::string>{"15/5", "25/", "17/7"});
  }
}

TEST_CASE("FigurePatterns find the same matches whichever patterns are ungated", "[figures]") {
  const std::map<std::string, std::string> macros = {{"NUM", "\\d+"}};
  const char* file = "extractors/rules/test_patterns.tsv";
  // The same three patterns; the third column is each one's flag.
  const std::vector<std::string> flags[] = {{"", "", ""},
                                            {"ungated", "", ""},
                                            {"", "ungated", "ungated"},
                                            {"ungated", "ungated", "ungated"}};
  const std::string texts[] = {
      "It cost $5 and about 7 dollars.",
      "12 dollars, then $3, then about 4 dollars and $ 9",
      "no figure here",
      "",
      "about 15 dollars" + std::string(300, ' ') + "$8",
  };
  std::vector<std::vector<std::string>> results;
  for (const std::vector<std::string>& f : flags) {
    const std::string rules = "post\t(?P<num>{NUM}) dollars\t" + f[0] +
                              "\npre\t\\$ ?(?P<num>{NUM})\t" + f[1] +
                              "\nabout\tabout (?P<num>{NUM}) dollars\t" + f[2] + "\n";
    RuleOverlay overlay("figure_gate", file, rules);
    std::unique_ptr<FigurePatterns> p;
    REQUIRE(FigurePatterns::Create(RuleFiles(overlay.dir.string()), file, macros, &p).ok());
    REQUIRE(p->SetAnchor("\\$|dollars", 20, 20).ok());
    std::vector<std::string> got;
    for (const std::string& text : texts) {
      std::vector<FigureMatch> matches;
      p->Scan(text, &matches);
      for (const FigureMatch& m : matches)
        got.push_back(p->name(m.pattern) + ":" + text.substr(m.begin, m.end - m.begin) + ":" +
                      std::string(m.Group("num")));
      got.push_back("|");
    }
    results.push_back(got);
  }
  CHECK(std::count(results[0].begin(), results[0].end(), "|") == 5);
  CHECK(results[0].size() > 10);
  for (size_t i = 1; i < results.size(); ++i) CHECK(results[i] == results[0]);
}

TEST_CASE("SelectLongest keeps the longest non-overlapping candidates", "[figures]") {
  std::vector<Candidate> in = {{0, 5, 0}, {0, 10, 1}, {8, 12, 2}, {12, 15, 3}};
  std::vector<Candidate> out = SelectLongest(in);
  REQUIRE(out.size() == 2);
  CHECK(out[0].index == 1);
  CHECK(out[1].index == 3);
}

TEST_CASE("FigurePatterns report a bad pattern at start, compiled or not", "[figures]") {
  const std::map<std::string, std::string> macros = {{"NUM", "\\d+"}};
  // Patterns compile on first use; a syntax error is still found at start.
  std::unique_ptr<FigurePatterns> p;
  const char* file = "extractors/rules/test_patterns.tsv";
  struct Case {
    const char* rules;
    bool ok;
  };
  const Case cases[] = {
      {"plain\t(?P<num>{NUM}) dollars\n", true},
      {"unclosed\t(?P<num>{NUM} dollars\n", false},
      {"macro\t{NOPE} dollars\n", false},
      {"plain\t(?P<num>{NUM}) dollars\tungated\n", true},
      {"unclosed\t(?P<num>{NUM} dollars\tungated\n", false},
      {"flag\t(?P<num>{NUM}) dollars\tnope\n", false},
  };
  for (const Case& c : cases) {
    INFO(c.rules);
    // An overlay-only file: every pattern is the overlay's, compiled at start.
    RuleOverlay overlay("figure", "extractors/rules/test_patterns.tsv", c.rules);
    Status s = FigurePatterns::Create(RuleFiles(overlay.dir.string()), file, macros, &p);
    CHECK(s.ok() == c.ok);
    if (!c.ok) CHECK(s.message().find("test_patterns.tsv:") != std::string::npos);
  }
  // The built-in patterns all compile: with an (empty) overlay the
  // extractors compile every pattern at start.
  RuleOverlay empty("figure", "extractors/rules/test_patterns.tsv", "");
  std::unique_ptr<MoneyExtractor> money;
  std::unique_ptr<PercentExtractor> percent;
  CHECK(MoneyExtractor::Create(RuleFiles(empty.dir.string()), &money).ok());
  CHECK(PercentExtractor::Create(RuleFiles(empty.dir.string()), &percent).ok());
}

}  // namespace
}  // namespace wirefacts
