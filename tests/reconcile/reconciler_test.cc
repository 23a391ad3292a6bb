#include "reconcile/reconciler.h"

#include <catch2/catch.hpp>
#include <string>

#include "reconcile/independence.h"

namespace wirefacts {
namespace {

// Builds an annotated money claim from a sentence and the figure in it.
class ClaimFactory {
 public:
  ClaimFactory() { REQUIRE(Reconciler::Create(RuleFiles(), &reconciler_).ok()); }

  Claim Money(const std::string& sentence, const std::string& figure, double low,
              std::optional<double> high, double resolution, bool approx,
              std::vector<std::string> actors, const std::string& source, int64_t story_id) {
    Claim c;
    c.kind = ClaimKind::kMoney;
    c.sentence = sentence;
    c.sentence_begin = 1000;
    const size_t at = sentence.find(figure);
    REQUIRE(at != std::string::npos);
    c.begin = 1000 + at;
    c.end = c.begin + figure.size();
    c.text = figure;
    c.value.low = low;
    c.value.high = high;
    c.value.resolution = resolution;
    c.value.approx = approx;
    c.value.currency = "USD";
    // The actors are named in the figure's own clause.
    for (const std::string& a : actors) c.actors.push_back({a, ActorKind::kCountry, "subject"});
    c.story.id = story_id;
    c.story.source = source;
    c.story.uri = source + std::to_string(story_id);
    c.story.published = "2020-03-01";
    reconciler_->Annotate(&c);
    return c;
  }

  const Reconciler& reconciler() const { return *reconciler_; }

 private:
  std::unique_ptr<Reconciler> reconciler_;
};

TEST_CASE("Annotate finds the measure and aspect of a figure", "[reconcile]") {
  ClaimFactory f;
  struct Case {
    std::string sentence, figure, measure, aspect;
  };
  const Case cases[] = {
      {"Exports to Canada rose by $4 billion last quarter, the agency said.", "$4 billion",
       "exports", "change"},
      {"Its trade deficit, which stood at $52 billion in March, narrowed.", "$52 billion",
       "balance", "level"},
      {"The company reported revenue of $8.1 billion for the year.", "$8.1 billion", "revenue",
       "level"},
      {"Duties on $34 billion worth of soybeans take effect Friday.", "$34 billion", "tariffs",
       "level"},
      {"The state pledged $3 billion in additional spending on roads.", "$3 billion", "spending",
       "change"},
      {"The broader index fell 2.1% on Friday.", "2.1%", "index", "change"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    Claim claim = f.Money(c.sentence, c.figure, 1, 1, 1, false, {}, "X", 1);
    CHECK(claim.measure == c.measure);
    CHECK(claim.aspect == c.aspect);
  }
}

TEST_CASE("Compare relates only the same quantity", "[reconcile]") {
  ClaimFactory f;
  const Claim deficit_a =
      f.Money("Mexico's trade deficit with Canada stood at $52 billion last year.", "$52 billion",
              52e9, 52e9, 1e9, false, {"Mexico", "Canada"}, "Daily Planet", 1);
  const Claim deficit_b =
      f.Money("Canada ran a surplus of $52 billion with Mexico, officials said.", "$52 billion",
              52e9, 52e9, 1e9, false, {"Canada", "Mexico"}, "Gazette", 2);
  const Claim deficit_c =
      f.Money("Mexico's trade deficit with Canada reached $61 billion.", "$61 billion", 61e9, 61e9,
              1e9, false, {"Mexico", "Canada"}, "Gazette", 3);
  const Claim tariffs = f.Money("Canada put duties on $52 billion of Mexican steel.", "$52 billion",
                                52e9, 52e9, 1e9, false, {"Canada", "Mexico"}, "Gazette", 4);
  const Claim other_actors = f.Money("Peru's trade deficit stood at $52 billion.", "$52 billion",
                                     52e9, 52e9, 1e9, false, {"Peru"}, "Gazette", 5);

  auto r = f.reconciler().Compare(deficit_a, deficit_b);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
  CHECK(r->independent);
  CHECK(r->reason.find("balance") != std::string::npos);

  // Undated, about countries only: too weak to call a conflict.
  CHECK_FALSE(f.reconciler().Compare(deficit_a, deficit_c));
  Value y2023;
  y2023.start = "2023-01-01";
  y2023.end = "2023-12-31";
  y2023.timex = "2023";
  Claim dated_c = deficit_c;
  dated_c.time = y2023;
  r = f.reconciler().Compare(deficit_a, dated_c);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
  CHECK(r->reason.find("$52 billion") != std::string::npos);
  CHECK(r->reason.find("$61 billion") != std::string::npos);

  CHECK_FALSE(f.reconciler().Compare(deficit_a, tariffs));       // different measure
  CHECK_FALSE(f.reconciler().Compare(deficit_a, other_actors));  // no shared actor
  CHECK_FALSE(f.reconciler().Compare(deficit_a, deficit_a));     // same story
}

TEST_CASE("Compare keeps levels and changes apart and checks times", "[reconcile]") {
  ClaimFactory f;
  const Claim level = f.Money("Brazil's soybean imports totalled $20 billion.", "$20 billion", 20e9,
                              20e9, 1e9, false, {"Brazil"}, "A", 1);
  const Claim change = f.Money("Brazil will raise soybean imports by $20 billion.", "$20 billion",
                               20e9, 20e9, 1e9, false, {"Brazil"}, "B", 2);
  CHECK_FALSE(f.reconciler().Compare(level, change));

  Claim y2018 = level, y2019 = level;
  y2019.story.id = 3;
  y2018.time = Value();
  y2018.time->start = "2018-01-01";
  y2018.time->end = "2018-12-31";
  y2019.time = Value();
  y2019.time->start = "2019-01-01";
  y2019.time->end = "2019-12-31";
  CHECK_FALSE(f.reconciler().Compare(y2018, y2019));
}

TEST_CASE("figures about different organisations are not related", "[reconcile]") {
  ClaimFactory f;
  Claim acme = f.Money("Acme's profit in Canada rose to $2.1 billion, the company said.",
                       "$2.1 billion", 2.1e9, 2.1e9, 1e8, false, {"Canada"}, "A", 1);
  acme.actors.push_back({"Acme", ActorKind::kOrganization, ""});
  Claim globex = f.Money("Globex's profit in Canada rose to $2.1 billion.", "$2.1 billion", 2.1e9,
                         2.1e9, 1e8, false, {"Canada"}, "B", 2);
  globex.actors.push_back({"Globex", ActorKind::kOrganization, ""});
  CHECK_FALSE(f.reconciler().Compare(acme, globex));
  Claim acme_again = globex;
  acme_again.actors.back().name = "Acme";
  CHECK(f.reconciler().Compare(acme, acme_again));
  // An outlet that only vouches for the figure is not what it is about.
  Claim told = acme_again;
  told.actors.push_back({"Daily Planet", ActorKind::kOrganization, ""});
  told.attribution = Attribution{"Daily Planet", "told", "people familiar with the matter"};
  CHECK(f.reconciler().Compare(acme, told));
}

TEST_CASE("Independence: same outlet, relays and copied text", "[reconcile]") {
  Claim a, b;
  a.sentence = "The ministry said output fell by 3 percent in the first quarter of the year.";
  b.sentence = "The central bank expects growth to recover in the second half.";
  a.story.source = "Wire One";
  b.story.source = "Wire Two";
  CHECK(JudgeIndependence(a, b).independent);

  b.story.relays = {"Wire One"};
  IndependenceVerdict v = JudgeIndependence(a, b);
  CHECK_FALSE(v.independent);
  CHECK(v.why == "Wire Two relays Wire One");

  b.story.relays.clear();
  b.sentence =
      "Output fell by 3 percent in the first quarter of the year, the ministry said on Monday.";
  v = JudgeIndependence(a, b);
  CHECK_FALSE(v.independent);
  CHECK(v.why.find("repeat one text") != std::string::npos);
  CHECK(SentenceOverlap(a.sentence, b.sentence) > 0.5);
}

}  // namespace
}  // namespace wirefacts

namespace wirefacts {
namespace {

TEST_CASE("a new version's changed figure is a correction, a kept one nothing", "[reconcile]") {
  ClaimFactory f;
  Claim old_figure = f.Money("The storm caused damage of $3 billion in the region, officials said.",
                             "$3 billion", 3e9, 3e9, 1e9, false, {"Chile"}, "Wire", 1);
  Claim new_figure = f.Money("The storm caused damage of $5 billion in the region, officials said.",
                             "$5 billion", 5e9, 5e9, 1e9, false, {"Chile"}, "Wire", 2);
  old_figure.story.uri = new_figure.story.uri = "urn:wire:storm";
  old_figure.superseded = true;
  auto r = f.reconciler().Compare(old_figure, new_figure);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
  CHECK(r->reason_code == "correction");
  CHECK_FALSE(r->independent);

  Claim kept = old_figure;
  kept.story.id = 2;
  kept.superseded = false;
  kept.story.id = 3;
  CHECK_FALSE(f.reconciler().Compare(old_figure, kept));  // unchanged figure
}

TEST_CASE("an undated conflict needs stories days apart, not months", "[reconcile]") {
  ClaimFactory f;
  auto org_claim = [&](const std::string& sentence, const std::string& figure, double v,
                       const std::string& source, int64_t id, const std::string& published) {
    Claim c = f.Money(sentence, figure, v, v, 1e6, false, {}, source, id);
    c.actors.push_back({"Acme Corp", ActorKind::kOrganization, "subject"});
    c.story.published = published;
    return c;
  };
  const Claim a = org_claim("Acme Corp reported revenue of $300 million.", "$300 million", 300e6,
                            "Daily Planet", 1, "2020-03-01");
  const struct {
    const char* published;
    bool conflicts;
  } cases[] = {
      {"2020-03-01", true},   // same day
      {"2020-03-06", true},   // within kUndatedConflictDays
      {"2020-04-20", false},  // weeks later: another period's revenue
      {"2019-12-01", false},
  };
  for (const auto& c : cases) {
    INFO(c.published);
    const Claim b = org_claim("Revenue at Acme Corp came to $350 million, the company said.",
                              "$350 million", 350e6, "Gazette", 2, c.published);
    auto r = f.reconciler().Compare(a, b);
    CHECK(bool(r) == c.conflicts);
    if (r) CHECK(r->kind == RelationKind::kConflicts);
  }
  // Both dated with the same period: the publication gap does not matter.
  Value q1;
  q1.start = "2020-01-01";
  q1.end = "2020-03-31";
  q1.timex = "2020-Q1";
  Claim dated_a = a, dated_b = org_claim("Revenue at Acme Corp came to $350 million.",
                                         "$350 million", 350e6, "Gazette", 2, "2020-06-30");
  dated_a.time = q1;
  dated_b.time = q1;
  auto r = f.reconciler().Compare(dated_a, dated_b);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
}

TEST_CASE("percentages of different things are not related", "[reconcile]") {
  ClaimFactory f;
  auto pct = [&](const std::string& sentence, const std::string& figure, const std::string& of,
                 int64_t id) {
    Claim c = f.Money(sentence, figure, 25, 25, 1, false, {"Canada", "Mexico"}, "Wire", id);
    c.kind = ClaimKind::kPercent;
    c.value.currency.clear();
    c.value.of = of;
    c.measure = "tariffs";
    c.aspect = "level";
    return c;
  };
  const Claim tariff =
      pct("Canada set a 25 percent tariff on Mexican steel.", "25 percent", "tariff", 1);
  const Claim stake =
      pct("Canada holds a 25 percent stake in the Mexican venture.", "25 percent", "stake", 2);
  const Claim unsaid =
      pct("Canada set tariffs of 25 percent on Mexican steel.", "25 percent", "", 3);
  CHECK_FALSE(f.reconciler().Compare(tariff, stake));
  auto r = f.reconciler().Compare(tariff, unsaid);  // one side does not say: still comparable
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
}

TEST_CASE("a conflict needs an actor named in both figures' own clauses", "[reconcile]") {
  ClaimFactory f;
  Value y2023;
  y2023.start = "2023-01-01";
  y2023.end = "2023-12-31";
  y2023.timex = "2023";
  Claim a = f.Money("Mexico's trade deficit with Canada stood at $52 billion in 2023.",
                    "$52 billion", 52e9, 52e9, 1e9, false, {"Mexico", "Canada"}, "Planet", 1);
  Claim b = f.Money("Mexico's trade deficit with Canada reached $61 billion in 2023.",
                    "$61 billion", 61e9, 61e9, 1e9, false, {"Mexico", "Canada"}, "Gazette", 2);
  a.time = y2023;
  b.time = y2023;
  auto r = f.reconciler().Compare(a, b);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
  // The same figures, but in b the countries only set the scene: its clause
  // is about something else ("..., a figure Mexico disputes").
  for (ClaimActor& x : b.actors) x.role = "";
  CHECK_FALSE(f.reconciler().Compare(a, b));
  // Agreement needs less: the sentence's actors are enough.
  Claim same = b;
  same.value.low = same.value.high = 52e9;
  r = f.reconciler().Compare(a, same);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
}

TEST_CASE("one outlet's template filled in twice is no conflict", "[reconcile]") {
  ClaimFactory f;
  Value y2023;
  y2023.start = "2023-01-01";
  y2023.end = "2023-12-31";
  y2023.timex = "2023";
  auto claim = [&](const std::string& sentence, const std::string& figure, double v,
                   const std::string& source, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 1e6, false, {"Peru"}, source, id);
    c.time = y2023;
    return c;
  };
  const Claim a =
      claim("Peru's notes were priced to yield a deficit of $74 million over the index.",
            "$74 million", 74e6, "Wire", 1);
  const Claim same_outlet =
      claim("Peru's notes were priced to yield a deficit of $102 million over the index.",
            "$102 million", 102e6, "Wire", 2);
  const Claim other_outlet =
      claim("Peru's notes were priced to yield a deficit of $102 million over the index.",
            "$102 million", 102e6, "Gazette", 3);
  CHECK_FALSE(f.reconciler().Compare(a, same_outlet));
  // Another outlet copying the text with another figure is worth a look.
  auto r = f.reconciler().Compare(a, other_outlet);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
  CHECK_FALSE(r->independent);
}

}  // namespace
}  // namespace wirefacts
