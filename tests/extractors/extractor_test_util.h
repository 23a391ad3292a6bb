// Shared helpers for the extractor tests: create an extractor from the
// built-in rules, run it over one piece of text, compare interval bounds.
#ifndef WIREFACTS_TESTS_EXTRACTORS_EXTRACTOR_TEST_UTIL_H_
#define WIREFACTS_TESTS_EXTRACTORS_EXTRACTOR_TEST_UTIL_H_

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "extractors/extraction.h"

namespace wirefacts::testing {

// An open bound in a table of expected values.
inline constexpr double kOpen = std::numeric_limits<double>::quiet_NaN();

template <typename Extractor>
std::unique_ptr<Extractor> MakeExtractor() {
  std::unique_ptr<Extractor> e;
  Status s = Extractor::Create(RuleFiles(), &e);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return e;
}

// Runs `extractor` over `text` as one sentence.
template <typename Extractor>
std::vector<Extraction> Run(const Extractor& extractor, std::string_view text) {
  std::vector<Sentence> sentences = {{0, text.size()}};
  DocumentView doc;
  doc.text = text;
  doc.sentences = &sentences;
  std::vector<Extraction> out;
  extractor.Extract(doc, &out);
  return out;
}

// The last of `found` whose span of `text` is `span`, or null.
inline const Extraction* FindSpan(std::string_view text, const std::vector<Extraction>& found,
                                  std::string_view span) {
  const Extraction* hit = nullptr;
  for (const Extraction& e : found)
    if (text.substr(e.begin, e.end - e.begin) == span) hit = &e;
  return hit;
}

// `want` is a value, or kOpen for no bound.
inline void CheckBound(const std::optional<double>& got, double want) {
  if (std::isnan(want)) {
    CHECK_FALSE(got.has_value());
  } else {
    REQUIRE(got.has_value());
    CHECK(*got == Approx(want));
  }
}

}  // namespace wirefacts::testing

#endif  // WIREFACTS_TESTS_EXTRACTORS_EXTRACTOR_TEST_UTIL_H_
