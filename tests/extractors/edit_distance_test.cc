#include "extractors/edit_distance.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

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

TEST_CASE("Damerau-Levenshtein within one edit", "[edit_distance]") {
  // Limit 1 is answered without the table: the same answers as a higher
  // limit, capped at 2.
  struct Case {
    const char* a;
    const char* b;
    int want;
  } cases[] = {
      {"Paris", "Paris", 0},  {"Paris", "Parls", 1},  // substitution
      {"Paris", "Pairs", 1},                          // swap of neighbours
      {"Paris", "Pari", 1},   {"Paris", "aris", 1},   // deletion at the end, at the start
      {"Paris", "Parris", 1},                         // insertion
      {"Paris", "Piras", 2},                          // swap of non-neighbours
      {"Paris", "Prais", 1},  {"Paris", "Psrai", 2}, {"Paris", "Pa", 2}, {"ab", "ba", 1},
      {"abc", "bca", 2},      {"", "a", 1},          {"", "", 0},        {"Lagos", "Lagso", 1},
      {"Lagos", "Lgaso", 2},
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(DamerauLevenshtein(c.a, c.b, 1) == c.want);
    CHECK(DamerauLevenshtein(c.b, c.a, 1) == c.want);
    CHECK(std::min(DamerauLevenshtein(c.a, c.b, 3), 2) == c.want);
  }
}

// The whole optimal-string-alignment table, capped at limit + 1: what
// DamerauLevenshtein computes over the band |i - j| <= limit only.
int FullTable(std::string_view a, std::string_view b, int limit) {
  const size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      d[i][j] = std::min(
          {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return std::min(d[n][m], limit + 1);
}

TEST_CASE("Damerau-Levenshtein over the band agrees with the whole table", "[edit_distance]") {
  const char* words[] = {"Washington",
                         "Wahsingtno",
                         "Wellington",
                         "Washingtonian",
                         "Buenos Aires",
                         "Buones Aries",
                         "Buenos Airs",
                         "Bueno Aires",
                         "Kuala Lumpur",
                         "Kaula Lumpru",
                         "abcabcabcabc",
                         "bcabcabcabca",
                         "Johannesburg",
                         "Johanesburgh",
                         "Jonahnesburg",
                         "",
                         "a",
                         "ab"};
  for (const char* a : words) {
    for (const char* b : words) {
      for (int limit = 0; limit <= 4; ++limit) {
        INFO(a << " / " << b << " limit " << limit);
        CHECK(DamerauLevenshtein(a, b, limit) == FullTable(a, b, limit));
      }
    }
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
