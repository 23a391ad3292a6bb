#include "extractors/tense.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>

namespace wirefacts {
namespace {

const TenseDetector& Detector() {
  static const std::unique_ptr<TenseDetector> detector = [] {
    std::unique_ptr<TenseDetector> d;
    REQUIRE(TenseDetector::Create(RuleFiles(), &d).ok());
    return d;
  }();
  return *detector;
}

// The tense at the first occurrence of `expr` in `sentence`.
Tense At(const std::string& sentence, const std::string& expr, int* strength = nullptr) {
  const size_t b = sentence.find(expr);
  REQUIRE(b != std::string::npos);
  return Detector().At(sentence, b, b + expr.size(), strength);
}

TEST_CASE("TenseDetector: the nearest cue around the expression", "[tense]") {
  struct Case {
    const char* sentence;
    const char* expr;
    Tense tense;
    int strength;
  };
  const Case cases[] = {
      {"The board will meet on Friday.", "Friday", Tense::kFuture, 2},
      {"The board met on Friday.", "Friday", Tense::kPast, 2},
      {"The plant is scheduled to open in May.", "May", Tense::kFuture, 2},
      {"Shares could rise in June.", "June", Tense::kFuture, 1},
      {"Prices climbed in March.", "March", Tense::kPast, 1},
      {"A vote in October.", "October", Tense::kUnknown, 0},
      // Cues inside the expression itself do not count.
      {"In the week that ended Friday.", "week that ended Friday", Tense::kUnknown, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence, c.expr);
    int strength = -1;
    CHECK(At(c.sentence, c.expr, &strength) == c.tense);
    CHECK(strength == c.strength);
  }
}

TEST_CASE("TenseDetector: several expressions of one sentence, sentences in turn", "[tense]") {
  // The cues of the last sentence are reused for its next expression; the
  // expression's own span still decides which cues count.
  const std::string s = "Talks ended on Monday and will resume on Thursday.";
  for (int round = 0; round < 2; ++round) {
    CHECK(At(s, "Monday") == Tense::kPast);
    CHECK(At(s, "Thursday") == Tense::kFuture);
    CHECK(At("Nothing here on Monday.", "Monday") == Tense::kUnknown);
    CHECK(At(s, "ended on Monday") == Tense::kFuture);
  }
  // The same bytes at another address, and another sentence at the same
  // length.
  std::string copy = s;
  CHECK(At(copy, "Thursday") == Tense::kFuture);
  copy.replace(copy.find("will"), 4, "did ");
  CHECK(At(copy, "Thursday") == Tense::kPast);
}

}  // namespace
}  // namespace wirefacts
