#include "store/reissue.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/rule_overlay.h"

namespace wirefacts {
namespace {

TEST_CASE("ReissueMarkers: the embedded wire reissue markers", "[store][reissue]") {
  struct Case {
    const char* headline;
    bool reissue;
    const char* rest;
  };
  const Case cases[] = {
      {"CORRECTED-Acme profit rises", true, "Acme profit rises"},
      {"CORRECTED - Acme profit rises", true, "Acme profit rises"},
      {"CORRECTED Acme profit rises", true, "Acme profit rises"},
      {"REPEAT-Oil prices fall", true, "Oil prices fall"},
      {"RPT-Oil prices fall", true, "Oil prices fall"},
      {"REFILE-Oil prices fall", true, "Oil prices fall"},
      {"CORRECTION: Oil prices fall", true, "Oil prices fall"},
      {"Corrected figures show growth", false, ""},  // a word, not a marker
      {"CORRECTEDNESS matters", false, ""},
      {"REPEATED failures at plant", false, ""},
      {"CORRECTED-", false, ""},
      {"Acme profit rises", false, ""},
      {"", false, ""},
  };
  ReissueMarkers markers;
  REQUIRE(ReissueMarkers::Load(RuleFiles(), &markers).ok());
  for (const Case& c : cases) {
    INFO(c.headline);
    std::string rest;
    CHECK(markers.IsReissueHeadline(c.headline, &rest) == c.reissue);
    if (c.reissue) CHECK(rest == c.rest);
  }
}

TEST_CASE("ReissueMarkers: a newsroom adds its wire's markers in an overlay", "[store][reissue]") {
  {
    RuleOverlay overlay("reissue", "store/rules/reissue_markers.tsv", "# our wire\nCORRECTS\n");
    ReissueMarkers markers;
    REQUIRE(ReissueMarkers::Load(RuleFiles(overlay.dir.string()), &markers).ok());
    std::string rest;
    CHECK(markers.IsReissueHeadline("CORRECTS-Acme profit rises", &rest));
    CHECK(rest == "Acme profit rises");
    CHECK(markers.IsReissueHeadline("REFILE-Acme profit rises"));  // the embedded ones stay
  }
  for (const char* bad : {"UPDATE-1\n", "WITH SPACE\n", "FIX:\n"}) {
    INFO(bad);
    RuleOverlay overlay("reissue", "store/rules/reissue_markers.tsv", bad);
    ReissueMarkers markers;
    Status s = ReissueMarkers::Load(RuleFiles(overlay.dir.string()), &markers);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message().find("store/rules/reissue_markers.tsv:") != std::string::npos);
  }
}

TEST_CASE("BodySimilarity: near copies score high, different stories low", "[store][reissue]") {
  const std::string a =
      "Acme Corp said on Tuesday its quarterly net profit rose to $120 million, helped by strong "
      "demand for its pumps in Asia and Europe.";
  std::string corrected = a;
  corrected.replace(corrected.find("$120"), 4, "$125");
  CHECK(BodySimilarity(a, a) == 1.0);
  CHECK(BodySimilarity(a, corrected) >= kReissueSimilarity);
  CHECK(BodySimilarity(a,
                       "Heavy rain fell across Spain on Sunday, flooding roads near "
                       "Valencia, the weather service said.") < 0.1);
  CHECK(BodySimilarity("", a) == 0.0);
  CHECK(BodySimilarity("ACME CORP SAID", "Acme Corp said") == 1.0);  // case-folded
}

}  // namespace
}  // namespace wirefacts
