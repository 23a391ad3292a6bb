#include "extractors/rule_gate.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace wirefacts {
namespace {

const std::vector<std::string> kPatterns = {
    R"(\b(?:Jan|Feb|March)\s+\d{1,2}\b)",    // 0
    R"(\b\d+\s+(?i:weeks?|days?)\s+ago\b)",  // 1
    R"(\b(?:19|20)\d\d\b)",                  // 2
    R"((?i)\byesterday\b)",                  // 3
    R"(\bQ[1-4]\b)",                         // 4
};

struct Case {
  const char* text;
  std::vector<char> active;  // by pattern index
};

// The gate gives exactly which rules match somewhere, whatever the number of
// rules to a set.
TEST_CASE("RuleGate: the rules that match somewhere, in sets of any size") {
  const size_t per_set = GENERATE(1, 2, 3, 5, 100);
  auto gate = RuleGate::Build(kPatterns, per_set);
  REQUIRE(gate != nullptr);
  const Case cases[] = {
      {"", {0, 0, 0, 0, 0}},
      {"nothing dated here", {0, 0, 0, 0, 0}},
      {"It closed on March 3 after two days.", {1, 0, 0, 0, 0}},
      {"Sales rose 3 weeks ago; YESTERDAY in 2015 and Q3.", {0, 1, 1, 1, 1}},
      {"Jan 12, 1987: 4 days ago, yesterday", {1, 1, 1, 1, 0}},
      {"Q5 of 3015, Janet 12", {0, 0, 0, 0, 0}},
  };
  std::vector<std::string_view> texts;
  for (const Case& c : cases) {
    INFO(c.text << " per set " << per_set);
    std::vector<char> active;
    gate->Match(c.text, &active);
    CHECK(active == c.active);
    texts.push_back(c.text);
  }
  // All the texts at once, set by set: the same answers, text by text.
  std::vector<std::vector<char>> all = {{1, 1}};  // replaced
  gate->MatchAll(texts, &all);
  REQUIRE(all.size() == texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i] << " per set " << per_set);
    CHECK(all[i] == cases[i].active);
  }
}

TEST_CASE("RuleGate: no rules, and a pattern RE2 rejects") {
  auto empty = RuleGate::Build({}, 16);
  REQUIRE(empty != nullptr);
  std::vector<char> active = {1};
  empty->Match("March 3", &active);
  CHECK(active.empty());
  CHECK(RuleGate::Build({"(unclosed"}, 16) == nullptr);
}

}  // namespace
}  // namespace wirefacts
