#include "extractors/tense.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <vector>

#include "tests/rule_overlay.h"

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

// One row of a tense table: the tense and strength At() gives `expr` in
// `sentence`.
struct TenseCase {
  const char* sentence;
  const char* expr;
  Tense tense;
  int strength;
};

void CheckTenseCases(const std::vector<TenseCase>& cases) {
  for (const TenseCase& c : cases) {
    CAPTURE(c.sentence, c.expr);
    int strength = -1;
    CHECK(At(c.sentence, c.expr, &strength) == c.tense);
    CHECK(strength == c.strength);
  }
}

TEST_CASE("TenseDetector: the nearest cue around the expression", "[tense]") {
  CheckTenseCases({
      {"The board will meet on Friday.", "Friday", Tense::kFuture, 2},
      {"The board met on Friday.", "Friday", Tense::kPast, 2},
      {"The plant is scheduled to open in May.", "May", Tense::kFuture, 2},
      {"Shares could rise in June.", "June", Tense::kFuture, 1},
      {"Prices climbed in March.", "March", Tense::kPast, 1},
      {"A vote in October.", "October", Tense::kUnknown, 0},
      // Cues inside the expression itself do not count.
      {"In the week that ended Friday.", "week that ended Friday", Tense::kUnknown, 0},
  });
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

TEST_CASE("TenseDetector: present tense of scheduled events, and cues of no tense", "[tense]") {
  CheckTenseCases({
      // Verbs that schedule, start or stop an event, in the present.
      {"The council meets Wednesday to weigh the budget.", "Wednesday", Tense::kFuture, 2},
      {"Negotiators resume talks on Tuesday in Oslo.", "Tuesday", Tense::kFuture, 2},
      {"The new tariff takes effect Saturday.", "Saturday", Tense::kFuture, 2},
      {"The rules go into effect in April.", "April", Tense::kFuture, 2},
      {"The verdict is expected Thursday.", "Thursday", Tense::kFuture, 2},
      {"The audit is due in June, officials said.", "June", Tense::kFuture, 2},
      {"The envoy is to arrive in Cairo on Sunday.", "Sunday", Tense::kFuture, 2},
      {"The lender reports quarterly earnings on Wednesday.", "Wednesday", Tense::kFuture, 2},
      {"Traders await Tuesday's inflation figures.", "Tuesday", Tense::kFuture, 2},
      // Right before the date only: the same verbs report a market's day.
      {"The bourse closes on Monday for a holiday.", "Monday", Tense::kFuture, 2},
      {"The tender offer expires Friday.", "Friday", Tense::kFuture, 2},
      {"Asian markets close lower on Monday.", "Monday", Tense::kUnknown, 0},
      // The present of a saying or of a past deed is no cue.
      {"Retailer says sales fell Monday.", "Monday", Tense::kPast, 2},
      {"The mayor resigns Monday.", "Monday", Tense::kUnknown, 0},
      // After the date the verb is another clause's; an infinitive is no
      // present tense.
      {"Fighting stopped Monday and talks resume Thursday.", "Monday", Tense::kPast, 1},
      {"Fighting stopped Monday and talks resume Thursday.", "Thursday", Tense::kFuture, 2},
      {"Shareholders failed to meet Friday's deadline.", "Friday", Tense::kPast, 1},
      // A copula "is to" after an aim is weak; "ahead of" as "above" is past.
      {"The aim is to hold prices steady during May.", "May", Tense::kFuture, 1},
      {"The index ended at 512, well ahead of Monday's level.", "Monday", Tense::kPast, 1},
      // Cues of no tense: an effective date, a period's end in a table.
      {"The airline raised fares effective March 3.", "March 3", Tense::kUnknown, 2},
      {"Qtr ends Dec 31", "Dec 31", Tense::kUnknown, 2},
      {"Periods end Jan 26", "Jan 26", Tense::kUnknown, 2},
  });
}

TEST_CASE("TenseDetector: a newsroom's own cues, and bad columns reported at start", "[tense]") {
  {
    RuleOverlay overlay("tense", "extractors/rules/temporal_tense.tsv",
                        "\\bkicks\\s+off\\b\tfuture\t2\tbefore\n");
    std::unique_ptr<TenseDetector> d;
    REQUIRE(TenseDetector::Create(RuleFiles(overlay.dir.string()), &d).ok());
    const std::string s = "The festival kicks off Friday.";
    const size_t b = s.find("Friday");
    CHECK(d->At(s, b, b + 6) == Tense::kFuture);
    CHECK(At(s, "Friday") == Tense::kUnknown);  // not a built-in cue
  }
  const char* bad[] = {
      "\\bsoon\\b\tlater\t2\n",
      "\\bsoon\\b\tfuture\t2\tafter\n",
  };
  for (const char* rules : bad) {
    INFO(rules);
    RuleOverlay overlay("tense", "extractors/rules/temporal_tense.tsv", rules);
    std::unique_ptr<TenseDetector> d;
    Status s = TenseDetector::Create(RuleFiles(overlay.dir.string()), &d);
    CHECK(s.code() == Status::Code::kInvalidInput);
    CHECK(s.message().find("temporal_tense.tsv:") != std::string::npos);
  }
}

TEST_CASE("TenseDetector: a relative aside before the verb, a copula after a long noun phrase",
          "[tense]") {
  CheckTenseCases({
      // The aside's cue says nothing of a date after the verb it interrupts.
      {"The company, which will report results next week, completed the deal in May.", "May",
       Tense::kPast, 1},
      {"The lender, whose chief is expected to resign, lowered rates in March.", "March",
       Tense::kPast, 1},
      {"The miner (which will list its shares soon) bought the mine in July.", "July", Tense::kPast,
       2},
      {"The ministry, which raised fees last year, will cut them in April.", "April",
       Tense::kFuture, 2},
      // No verb between the aside and the date: the date is the aside's, and
      // a comma there may part a list ("chairman, president and ...").
      {"He replaces Ann Lee, who retired as chair, president and chief in March.", "March",
       Tense::kPast, 1},
      {"The council, which will meet in June, has a new chair.", "June", Tense::kFuture, 2},
      // A copula "is to" after an aim named with its object is weak too.
      {"The purpose of the new fund is to invest in May.", "May", Tense::kFuture, 1},
      {"The aim of the long-delayed reform package is to cut costs during May.", "May",
       Tense::kFuture, 1},
      {"The idea behind the new fund is to invest in May.", "May", Tense::kFuture, 1},
      {"The goal for this season is to sell more in June.", "June", Tense::kFuture, 1},
      // Other subjects of "is to" still schedule.
      {"The new fund is to invest in May.", "May", Tense::kFuture, 2},
  });
}

}  // namespace
}  // namespace wirefacts
