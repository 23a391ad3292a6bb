#include "reconcile/word_groups.h"

#include <catch2/catch.hpp>
#include <string>

#include "tests/rule_overlay.h"

namespace wirefacts {
namespace {

constexpr char kFile[] = "reconcile/rules/word_groups_test.tsv";

TEST_CASE("WordGroups::GroupAt: longest entry, earliest in the file on a tie", "[reconcile]") {
  RuleOverlay file("word_groups", kFile,
                   "word\ttrade\n"
                   "phrase\ttrade surplus\n"
                   "stem\texport*\n"
                   "stem_phrase\timport* duties\n"
                   "first\tcurrent account\n"
                   "second\tcurrent account|balance\n"
                   "later_stem\toil price*\n"
                   "any_then\t* barrels\n");
  WordGroups groups;
  REQUIRE(WordGroups::Load(RuleFiles(file.dir.string()), kFile, &groups).ok());

  struct Case {
    const char* text;
    size_t at;
    const char* group;
    size_t length;
  };
  const Case cases[] = {
      {"trade", 0, "word", 1},
      {"The trade surplus rose", 1, "phrase", 2},
      {"trade deficit", 0, "word", 1},
      {"Exports fell", 0, "stem", 1},
      {"export", 0, "stem", 1},
      {"expo", 0, "", 0},
      {"importers' duties", 0, "stem_phrase", 2},
      {"imports", 0, "", 0},
      {"current account deficit", 0, "first", 2},
      {"the balance", 1, "second", 1},
      {"oil prices", 0, "later_stem", 2},
      {"oil", 0, "", 0},
      {"million barrels", 0, "any_then", 2},
      {"surplus", 0, "", 0},
      {"trade", 1, "", 0},  // past the last word
  };
  for (const Case& c : cases) {
    CAPTURE(c.text, c.at);
    size_t length = 99;
    CHECK(groups.GroupAt(Tokenize(c.text), c.at, &length) == c.group);
    CHECK(length == c.length);
  }
}

}  // namespace
}  // namespace wirefacts
