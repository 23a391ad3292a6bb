// Tests for JudgeIndependence / RelayedOutlets / SentenceOverlap: when two
// claims are not independent evidence of one figure.
#include "reconcile/independence.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

// A claim from `source` relaying `relays`, credited to `said_by` (an actor
// of `said_kind` in the sentence when non-empty) with `cue`.
Claim MakeClaim(const std::string& source, std::vector<std::string> relays,
                const std::string& sentence, const std::string& said_by = "",
                const std::string& cue = "", ActorKind said_kind = ActorKind::kOrganization) {
  Claim c;
  c.story.source = source;
  c.story.relays = std::move(relays);
  c.sentence = sentence;
  if (!said_by.empty()) {
    c.attribution = Attribution{said_by, cue, ""};
    ClaimActor a;
    a.name = said_by;
    a.kind = said_kind;
    a.role = "speaker";
    c.actors.push_back(a);
  }
  return c;
}

TEST_CASE("JudgeIndependence: table", "[independence]") {
  struct Case {
    const char* what;
    Claim a, b;
    bool independent;
  };
  const Case cases[] = {
      {"same outlet", MakeClaim("Reuters", {}, "Exports rose 4% in May."),
       MakeClaim("reuters", {}, "Imports of steel fell sharply to $3 billion."), false},
      {"b relays a's outlet",
       MakeClaim("Bloomberg", {}, "The plan is worth more than $1 trillion over six years."),
       MakeClaim("Reuters", {"Bloomberg"}, "China offered purchases of $1 trillion, it reported."),
       false},
      {"b relays a's outlet under another form of its name",
       MakeClaim("Bloomberg News", {}, "Acme will cut 900 jobs this spring."),
       MakeClaim("Los Angeles Times", {"Bloomberg"}, "Nine hundred posts go at Acme."), false},
      {"both relay one outlet",
       MakeClaim("Los Angeles Times", {"Bloomberg"}, "Acme plans to cut 900 jobs."),
       MakeClaim("Reuters", {"Bloomberg"}, "The company will shed 900 staff, a report said."),
       false},
      {"one sentence says 'told Bloomberg', the other relays Bloomberg",
       MakeClaim("Yahoo Finance", {"Bloomberg"}, "Acme plans to cut 900 jobs."),
       MakeClaim("Reuters", {}, "Acme will shed 900 staff, one of the people told Bloomberg.",
                 "Bloomberg", "told"),
       false},
      {"near-duplicate sentences from unrelated outlets",
       MakeClaim("Daily Planet", {},
                 "The central bank raised its key rate by 50 basis points to 4.5% on Thursday."),
       MakeClaim("Gotham Gazette", {},
                 "On Thursday the central bank raised its key rate by 50 basis points to 4.5%."),
       false},
      {"different outlets, own reporting",
       MakeClaim("Daily Planet", {}, "Acme plans to cut 900 jobs, its chief executive said."),
       MakeClaim("Gotham Gazette", {}, "Nine hundred workers will lose their posts at Acme."),
       true},
      {"a relay does not cover a named person's own words",
       MakeClaim("Reuters", {"Bloomberg"}, "Tariffs will fall 10%, Jane Roe said.", "Jane Roe",
                 "said", ActorKind::kPerson),
       MakeClaim("Bloomberg", {}, "Roe expects the duties to be lowered by a tenth."), true},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    IndependenceVerdict v = JudgeIndependence(c.a, c.b);
    CHECK(v.independent == c.independent);
    if (!c.independent) CHECK_FALSE(v.why.empty());
    // Symmetric.
    CHECK(JudgeIndependence(c.b, c.a).independent == c.independent);
  }
}

TEST_CASE("RelayedOutlets", "[independence]") {
  CHECK(RelayedOutlets(MakeClaim("Reuters", {"Bloomberg"}, "x")) ==
        std::vector<std::string>{"Bloomberg"});
  CHECK(RelayedOutlets(MakeClaim("Reuters", {}, "x", "Bloomberg", "reported")) ==
        std::vector<std::string>{"Bloomberg"});
  CHECK(RelayedOutlets(MakeClaim("Reuters", {}, "x", "Acme", "said")).empty());
  CHECK(RelayedOutlets(
            MakeClaim("Reuters", {"Bloomberg"}, "x", "Jane Roe", "said", ActorKind::kPerson))
            .empty());
}

TEST_CASE("SentenceOverlap", "[independence]") {
  CHECK(SentenceOverlap("a b c d", "a b c d") == Approx(1.0));
  CHECK(SentenceOverlap("exports rose four percent", "imports fell two points") == Approx(0.0));
  CHECK(SentenceOverlap("", "a b c") == Approx(0.0));
}

}  // namespace
}  // namespace wirefacts
