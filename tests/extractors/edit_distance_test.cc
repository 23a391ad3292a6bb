#include "extractors/edit_distance.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("Damerau-Levenshtein distance", "[edit_distance]") {
  struct Case {
    const char* a;
    const char* b;
    int limit;
    int want;
  } cases[] = {
      {"Beijing", "Beijing", 2, 0},
      {"Bejing", "Beijing", 2, 1},             // deletion
      {"Buones Aires", "Buenos Aires", 2, 2},  // two substitutions
      {"Mnuchin", "Mnuhcin", 2, 1},            // adjacent transposition
      {"Austria", "Australia", 2, 2},
      {"", "abc", 5, 3},
      {"abc", "", 5, 3},
      {"Washington", "Wellington", 1, 2},  // beyond the limit: limit + 1
      {"abcdef", "a", 2, 3},               // length gap alone exceeds the limit
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(DamerauLevenshtein(c.a, c.b, c.limit) == c.want);
    CHECK(DamerauLevenshtein(c.b, c.a, c.limit) == c.want);
  }
}

TEST_CASE("typo thresholds by length", "[edit_distance]") {
  struct Case {
    size_t len;
    int want;
  } cases[] = {{2, 0}, {3, 0}, {4, 1}, {6, 1}, {7, 1}, {9, 1}, {10, 2}, {12, 2}};
  for (const Case& c : cases) {
    INFO(c.len);
    CHECK(TypoThreshold(c.len) == c.want);
  }
}

}  // namespace
}  // namespace wirefacts
