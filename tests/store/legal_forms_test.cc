#include "store/legal_forms.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/rule_overlay.h"

namespace wirefacts {
namespace {

TEST_CASE("LegalForms: the embedded legal forms", "[store][legal_forms]") {
  struct Case {
    const char* rest;  // an AliasKey's words after the name looked up
    bool only_forms;
  };
  const Case cases[] = {
      {"inc", true},
      {"inc.", true},
      {"co ltd", true},
      {"ag", true},
      {"pty ltd", true},
      {"s.a.", true},
      {"co inc ltd", true},
      {"", false},
      {"motor co", false},
      {"paper", false},
      {"co ltd inc plc", false},  // too many
      {"of canada ltd", false},
      {"ltd of canada", false},
  };
  LegalForms forms;
  REQUIRE(LegalForms::Load(RuleFiles(), &forms).ok());
  for (const Case& c : cases) {
    INFO(c.rest);
    CHECK(forms.OnlyLegalForms(c.rest) == c.only_forms);
  }
}

TEST_CASE("LegalForms: a name without the legal forms that end it", "[store][legal_forms]") {
  struct Case {
    const char* key;  // an AliasKey
    const char* base;
    const char* last;
  };
  const Case cases[] = {
      {"newmont gold co", "newmont gold", "co"},
      {"general electric co plc", "general electric", "plc"},
      {"acme corp.", "acme", "corp"},  // the last form without its dot
      {"moore corp ltd", "moore", "ltd"},
      {"co ltd", "co", "ltd"},  // the first word is the name
      {"newmont gold", "", ""},
      {"inc", "", ""},
      {"ltd of canada", "", ""},
      {"", "", ""},
  };
  LegalForms forms;
  REQUIRE(LegalForms::Load(RuleFiles(), &forms).ok());
  for (const Case& c : cases) {
    INFO(c.key);
    std::string last;
    CHECK(forms.WithoutLegalForms(c.key, &last) == c.base);
    CHECK(last == c.last);
  }
}

TEST_CASE("LegalForms: a newsroom adds its market's forms in an overlay", "[store][legal_forms]") {
  {
    RuleOverlay overlay("legal_forms", "store/rules/legal_forms.tsv", "# our market\nOyj\n");
    LegalForms forms;
    REQUIRE(LegalForms::Load(RuleFiles(overlay.dir.string()), &forms).ok());
    CHECK(forms.OnlyLegalForms("oyj"));
    CHECK(forms.OnlyLegalForms("inc"));  // the embedded ones stay
  }
  for (const char* bad : {"Co Ltd\n", "\tcompany\n"}) {
    INFO(bad);
    RuleOverlay overlay("legal_forms", "store/rules/legal_forms.tsv", bad);
    LegalForms forms;
    Status s = LegalForms::Load(RuleFiles(overlay.dir.string()), &forms);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message().find("store/rules/legal_forms.tsv:") != std::string::npos);
  }
}

}  // namespace
}  // namespace wirefacts
