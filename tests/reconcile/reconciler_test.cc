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
      // Qualifiers near the head word split a measure.
      {"Spot market prices rose to $14 a barrel.", "$14", "price:spot", "level"},
      {"Its current account surplus stood at $4 billion.", "$4 billion", "balance:current_account",
       "level"},
      {"Brazil stopped paying its $68 billion debt to commercial banks.", "$68 billion",
       "debt:commercial", "level"},
      {"The $20 billion debt rescheduling accord was signed.", "$20 billion", "debt:rescheduling",
       "level"},
      {"Brazil's $109 billion foreign debt worries banks.", "$109 billion", "debt", "level"},
      // Money figures never take a `percent_only` measure (percent figures
      // do: "a coupon that names a security" below).
      {"The notes have an 8 pct coupon and were priced at 99.", "8 pct", "price", "level"},
      // A part of a larger amount.
      {"Brazil halted interest on $68 billion of its $108 billion debt.", "$68 billion", "debt",
       "portion"},
      {"Brazil halted interest on $68 billion of commercial bank debt.", "$68 billion",
       "debt:commercial", "portion"},
      {"Chile will buy $3 billion of Peru's copper.", "$3 billion", "purchases", "forecast level"},
      {"Brazil halted interest on $68 billion worth of debt.", "$68 billion", "debt", "portion"},
      {"Producer prices fell by $2 a tonne.", "$2", "price:producer", "change"},
      {"It reported a $25 million advance in net profit.", "$25 million", "profit:net", "change"},
      // The earlier value a new one is compared with.
      {"Exports rose to $5 billion from $4 billion.", "$4 billion", "exports", "prior"},
      {"Exports rose to $5 billion from $4 billion.", "$5 billion", "exports", "level"},
      {"The surplus widened, against a record $4 billion deficit in 1985.", "$4 billion", "balance",
       "prior"},
      {"Exports were $5 billion, compared with $4 billion a year earlier.", "$4 billion", "exports",
       "prior"},
      // A revision of an earlier report.
      {"Exports rose after a revised $4 billion drop in January.", "$4 billion", "exports",
       "revised"},
      // The basis a figure is stated on, anywhere in its sentence.
      {"On a customs cleared basis, the surplus rose to $82 billion.", "$82 billion",
       "balance:cleared_basis", "level"},
      {"The spread was $95 basis points over the surplus.", "$95", "balance", "level"},
      // Qualifiers up to four words before the head word.
      {"The swing of Korea's current account to a surplus of $4 billion was large.", "$4 billion",
       "balance:current_account", "level"},
      {"Annual m3 money supply growth was $11 billion.", "$11 billion", "growth:m3", "level"},
      {"The bilateral trade imbalance was $51 billion.", "$51 billion", "balance:bilateral",
       "level"},
      {"The bilateral trade imbalance, which amounted to $51 billion, grew.", "$51 billion",
       "balance:bilateral", "level"},
      {"Owing $109 billion, Brazil halted interest on $68 billion of commercial bank debt.",
       "$109 billion", "debt", "level"},
      {"Exploration expenditure was $87 million.", "$87 million", "spending:exploration", "level"},
      // A money figure by a coupon is the issue's amount, not the coupon.
      {"It is issuing a $19 billion zero coupon eurobond.", "$19 billion", "", "level"},
      // The session of a market quote.
      {"The bond opened to yield $7 in early trading.", "$7", "interest:session_open", "level"},
      {"The bond closed to yield $7.", "$7", "interest:session_close", "level"},
      {"The bond yields $7 against $6 at yesterday's close.", "$7", "interest", "level"},
      // Forecasts, targets and plans.
      {"The ministry expects the deficit to reach $3 billion.", "$3 billion", "balance",
       "forecast level"},
      {"Peru plans to cut its debt by $2 billion.", "$2 billion", "debt", "forecast change"},
      {"By raising imports by $1 trillion, China would cut its surplus.", "$1 trillion",
       "purchases", "change"},
      // What the money is for is not what it is, unless it is spent on a
      // measured thing.
      {"A trust paid the broker $3 million to offset the loss.", "$3 million", "payments", "level"},
      {"The agency agreed to lend Chad $57 million to buy wheat.", "$57 million", "purchases",
       "level"},
      {"Reforms are adding $900 million a year to program costs.", "$900 million", "cost", "level"},
      // Nor what it is set against or given for.
      {"The firm treated the $3 million as an offset to the losses.", "$3 million", "", "level"},
      {"Shipbuilders may receive $50 million in compensation for losses.", "$50 million", "",
       "level"},
      // On a tie the head after the figure wins.
      {"Brazil is trying to pay off its $109 billion foreign debt.", "$109 billion", "debt",
       "level"},
      // One item of a whole's parts, and a part named with its own head.
      {"The deal includes $200 million in cash, $35 million in notes and $522 million worth of "
       "stock.",
       "$522 million", "deal", "portion"},
      {"The package, including a $7.7 billion loan, was signed.", "$7.7 billion", "debt", "level"},
      {"The deal includes $20 million in cash for fees in connection with the acquisition and "
       "$522 million worth of stock.",
       "$522 million", "deal", "portion"},
      // A name's capitals qualify nothing; an index's do.
      {"The Federal Reserve bought $550 million of bills for a customer.", "$550 million",
       "purchases", "level"},
      {"The Commercial Bank of Ruritania has a $2 billion debt.", "$2 billion", "debt", "level"},
      {"The Retail Price Index rose to $104.", "$104", "index:retail", "level"},
      // A part of a company.
      {"The unit had sales of $90 million last year.", "$90 million", "revenue:unit", "level"},
      {"Acme sold a $70 million stake to a subsidiary.", "$70 million", "investment", "level"},
      // A figure restated after another is in that figure's clause.
      {"Retail sales rose $4.7 billion, or $4 a head, in May, the ministry said.", "$4",
       "revenue:retail", "change"},
      {"Farm aid takes two thirds of a 36 billion Ecu ($41 billion) budget.", "$41 billion",
       "spending", "level"},
      // A name's word in another clause measures nothing.
      {"Housing starts fell by $2 billion, the Commerce Department said.", "$2 billion", "",
       "change"},
      {"New orders for durable goods rose $5.7 billion in February.", "$5.7 billion", "orders",
       "change"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    Claim claim = f.Money(c.sentence, c.figure, 1, 1, 1, false, {}, "X", 1);
    CHECK(claim.measure == c.measure);
    CHECK(claim.aspect == c.aspect);
  }
}

TEST_CASE("a small amount after another currency's name is an exchange rate", "[reconcile]") {
  ClaimFactory f;
  struct Case {
    std::string sentence, figure, currency;
    double value;
    std::string measure;
  };
  const Case cases[] = {
      {"In late trading the dollar fell to a record low of 131.20 yen.", "131.20 yen", "JPY", 131.2,
       "exchange_rate:session_late+usd"},
      {"The dollar fell to 131.20 yen in late trading.", "131.20 yen", "JPY", 131.2,
       "exchange_rate:usd"},
      {"Sterling rose to 1.6250 dlrs.", "1.6250 dlrs", "USD", 1.625, "exchange_rate:gbp"},
      {"The Canadian dollar ended at 74.10 U.S. cents.", "74.10 U.S. cents", "USD", 0.741,
       "exchange_rate:cad"},
      // Amounts, not prices: a scale word, the figure's own currency, a
      // head word between.
      {"The central bank sold dollars for 900 billion yen.", "900 billion yen", "JPY", 9e11, ""},
      {"The dollar's fall cut profit to 20 dlrs a share.", "20 dlrs", "USD", 20, "profit"},
      {"The dollar's rise lifted profit to 300 yen a share.", "300 yen", "JPY", 300, "profit"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    Claim claim = f.Money(c.sentence, c.figure, c.value, c.value, 0.01, false, {}, "X", 1);
    claim.value.currency = c.currency;
    f.reconciler().Annotate(&claim);
    CHECK(claim.measure == c.measure);
  }
}

TEST_CASE("exchange rates relate only within a day, quotes conflict only in one session",
          "[reconcile]") {
  ClaimFactory f;
  auto rate = [&](const std::string& sentence, const std::string& figure, double v,
                  const std::string& published, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 0.01, false, {"Japan"}, "S" + std::to_string(id), id);
    c.value.currency = "JPY";
    c.story.published = published;
    // Dated ("on Friday"): an undated conflict needs more than a country.
    Value day;
    day.timex = day.start = day.end = published;
    day.grain = "day";
    c.time = day;
    f.reconciler().Annotate(&c);
    return c;
  };
  const Claim a =
      rate("In Japan the dollar fell to 144.60 yen.", "144.60 yen", 144.6, "2020-03-01", 1);
  const Claim b =
      rate("In Japan the dollar fell to 144.30 yen.", "144.30 yen", 144.3, "2020-03-01", 2);
  const Claim c =
      rate("In Japan the dollar stood at 144.60 yen.", "144.60 yen", 144.6, "2020-04-01", 3);
  REQUIRE(a.measure == "exchange_rate:usd");
  // Two moments of one day: no session named, so no conflict.
  CHECK_FALSE(f.reconciler().Compare(a, b).has_value());
  // The same price a month apart confirms nothing.
  CHECK_FALSE(f.reconciler().Compare(a, c).has_value());
  const Claim d =
      rate("In Japan the dollar closed at 144.60 yen.", "144.60 yen", 144.6, "2020-03-01", 4);
  const Claim e =
      rate("In Japan the dollar closed at 144.30 yen.", "144.30 yen", 144.3, "2020-03-01", 5);
  REQUIRE(d.measure == "exchange_rate:session_close+usd");
  const std::optional<Relation> r = f.reconciler().Compare(d, e);
  REQUIRE(r.has_value());
  CHECK(r->kind == RelationKind::kConflicts);
  CHECK(r->reason.find("0.2% apart") != std::string::npos);
}

TEST_CASE("an order of magnitude is no figure to relate", "[reconcile]") {
  ClaimFactory f;
  const Claim a = f.Money("Mexico's multi-billion dollar debt package was signed.",
                          "multi-billion dollar", 2e9, 1e12, 1e9, true, {"Mexico"}, "A", 1);
  const Claim b = f.Money("Mexico's $7.7 billion debt package was signed.", "$7.7 billion", 7.7e9,
                          7.7e9, 1e8, false, {"Mexico"}, "B", 2);
  CHECK_FALSE(f.reconciler().Compare(a, b).has_value());
}

TEST_CASE("figures far apart are two quantities, unless a new version corrects one",
          "[reconcile]") {
  ClaimFactory f;
  auto dated = [&](Claim c) {
    Value year;
    year.timex = "2019";
    year.start = "2019-01-01";
    year.end = "2019-12-31";
    year.grain = "year";
    c.time = year;
    return c;
  };
  const Claim a = dated(f.Money("Chile's debt stood at $100 billion in 2019.", "$100 billion", 1e11,
                                1e11, 1e9, false, {"Chile"}, "A", 1));
  const Claim b = dated(f.Money("Chile's debt stood at $160 billion in 2019.", "$160 billion",
                                1.6e11, 1.6e11, 1e9, false, {"Chile"}, "B", 2));
  const Claim c = dated(f.Money("Chile's debt stood at $120 billion in 2019.", "$120 billion",
                                1.2e11, 1.2e11, 1e9, false, {"Chile"}, "C", 3));
  CHECK_FALSE(f.reconciler().Compare(a, b).has_value());  // 60% apart
  const std::optional<Relation> r = f.reconciler().Compare(a, c);
  REQUIRE(r.has_value());
  CHECK(r->kind == RelationKind::kConflicts);
}

TEST_CASE("rival bids for one target are two deals", "[reconcile]") {
  ClaimFactory f;
  auto deal = [&](const std::string& sentence, const std::string& figure, double v,
                  std::vector<ClaimActor> actors, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 0.01, false, {}, "S" + std::to_string(id), id);
    c.actors = std::move(actors);
    return c;
  };
  const Claim a =
      deal("Acme said it raised its bid for Borden Corp in the takeover to $33 a share.", "$33", 33,
           {{"Acme Inc", ActorKind::kOrganization, "speaker"},
            {"Borden Corp", ActorKind::kOrganization, "subject"}},
           1);
  const Claim b =
      deal("Borden Corp accepted a takeover at $36.50 a share from Zenith Inc.", "$36.50", 36.5,
           {{"Borden Corp", ActorKind::kOrganization, "subject"},
            {"Zenith Inc", ActorKind::kOrganization, "counterpart"}},
           2);
  REQUIRE(a.measure == "deal");
  REQUIRE(b.measure == "deal");
  CHECK_FALSE(f.reconciler().Compare(a, b).has_value());
  // The same bidder on both sides: one deal, two prices.
  Claim c = b;
  c.actors[1].name = "Acme Inc";
  c.sentence = "Borden Corp accepted a takeover at $36.50 a share from Acme Inc.";
  const std::optional<Relation> r = f.reconciler().Compare(a, c);
  REQUIRE(r.has_value());
  CHECK(r->kind == RelationKind::kConflicts);
}

TEST_CASE("a periodic report filled in for two periods is no conflict", "[reconcile]") {
  ClaimFactory f;
  // Undated figures about one organisation, in near-duplicate sentences.
  auto weekly = [&](const std::string& sentence, const std::string& figure, double v, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 1e7, false, {}, "S" + std::to_string(id), id);
    c.actors = {{"Ruritania Treasury", ActorKind::kOrganization, "subject"}};
    return c;
  };
  const Claim a = weekly(
      "Ruritania Treasury bonds outstanding rose $950 million to $74.55 billion in the week "
      "ended March 4, and notes fell $57 million to $44.34 billion.",
      "$74.55 billion", 74.55e9, 1);
  const Claim b = weekly(
      "Ruritania Treasury bonds outstanding rose $600 million to $75.15 billion in the week "
      "ended March 11, and notes fell $294 million to $44.05 billion.",
      "$75.15 billion", 75.15e9, 2);
  CHECK_FALSE(f.reconciler().Compare(a, b).has_value());
  // A copy that changed the figure alone still conflicts.
  const Claim c = weekly(
      "Ruritania Treasury bonds outstanding rose $950 million to $75.15 billion in the week "
      "ended March 4, and notes fell $57 million to $44.34 billion.",
      "$75.15 billion", 75.15e9, 3);
  const std::optional<Relation> r = f.reconciler().Compare(a, c);
  REQUIRE(r.has_value());
  CHECK(r->kind == RelationKind::kConflicts);
}

TEST_CASE("a coupon that names a security is no figure to check", "[reconcile]") {
  ClaimFactory f;
  const struct {
    const char* sentence;
    const char* figure;
    const char* aspect;
  } cases[] = {
      {"The key 7-1/2 pct Treasury bonds of 2016 closed unchanged.", "7-1/2 pct", "name"},
      {"They yield 97 basis points over the 9-1/4 pct Treasury bonds.", "9-1/4 pct", "name"},
      {"The notes have an 8-1/8 pct coupon.", "8-1/8 pct", "level"},
  };
  for (const auto& c : cases) {
    INFO(c.sentence);
    Claim claim = f.Money(c.sentence, c.figure, 1, 1, 1, false, {}, "X", 1);
    claim.kind = ClaimKind::kPercent;
    claim.value.currency.clear();
    f.reconciler().Annotate(&claim);
    CHECK(claim.aspect == c.aspect);
    if (claim.aspect == "level") CHECK(claim.measure == "coupon");
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

TEST_CASE("a changed figure in an unchanged sentence is a correction without actors",
          "[reconcile]") {
  // "the Duluth-based company said": no actor names the subject, but the
  // new version is the old sentence with only the figure changed.
  ClaimFactory f;
  struct Case {
    std::string old_sentence, old_figure, new_sentence, new_figure;
    double old_value, new_value;
    bool correction;
  };
  const Case cases[] = {
      {"Net income for the quarter was $184 million, the company said.", "$184 million",
       "Net income for the quarter was $148 million, the company said.", "$148 million", 1.84e8,
       1.48e8, true},
      // Other words changed too: no actor ties them, so no relation.
      {"Net income for the quarter was $184 million, the company said.", "$184 million",
       "Net income for the year was $148 million, the company said.", "$148 million", 1.84e8,
       1.48e8, false},
  };
  for (const Case& c : cases) {
    INFO(c.new_sentence);
    Claim a =
        f.Money(c.old_sentence, c.old_figure, c.old_value, c.old_value, 1e6, false, {}, "Wire", 1);
    Claim b =
        f.Money(c.new_sentence, c.new_figure, c.new_value, c.new_value, 1e6, false, {}, "Wire", 2);
    a.story.uri = b.story.uri = "urn:wire:results";
    a.superseded = true;
    auto r = f.reconciler().Compare(a, b);
    CHECK(r.has_value() == c.correction);
    if (r) CHECK(r->reason_code == "correction");
  }
}

TEST_CASE("a quarterly figure is quarterly by its time, wherever the word stands", "[reconcile]") {
  ClaimFactory f;
  Value q4;
  q4.start = "2024-10-01";
  q4.end = "2024-12-31";
  q4.grain = "quarter";
  q4.timex = "2024-Q4";
  auto with_time = [&](const std::string& sentence, const std::string& figure) {
    Claim c = f.Money(sentence, figure, 1.48e8, 1.48e8, 1e6, false, {"Acme"}, "Wire", 1);
    c.time = q4;
    c.measure.clear();
    f.reconciler().Annotate(&c);
    return c.measure;
  };
  CHECK(with_time("Net income for the quarter was $148 million.", "$148 million") ==
        "profit:quarterly");
  CHECK(with_time("Acme earned a profit of $148 million in the quarter.", "$148 million") ==
        "profit:quarterly");
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

namespace wirefacts {
namespace {

Value Year(const std::string& y) {
  Value v;
  v.start = y + "-01-01";
  v.end = y + "-12-31";
  v.timex = y;
  return v;
}

// Sets the role of actor `name` of `c` (adding it when absent).
void Role(Claim* c, const std::string& name, const std::string& role,
          ActorKind kind = ActorKind::kCountry) {
  for (ClaimActor& a : c->actors)
    if (a.name == name) {
      a.role = role;
      return;
    }
  c->actors.push_back({name, kind, role});
}

TEST_CASE("benchmarks and counterparts do not make one quantity", "[reconcile]") {
  ClaimFactory f;
  auto bp = [&](const std::string& sentence, const std::string& figure, double v, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 1, false, {}, "Wire" + std::to_string(id), id);
    c.value.currency = "USD";
    Role(&c, "U.S. Treasury", "benchmark", ActorKind::kOrganization);
    return c;
  };
  // Two issuers' spreads over one benchmark: neither a conflict nor, at the
  // same spread, a corroboration.
  const Claim a = bp("The notes yield $95 over comparable Treasury securities.", "$95", 95, 1);
  const Claim b = bp("That is $73 more than the yield of comparable Treasury paper.", "$73", 73, 2);
  const Claim same = bp("The bonds yield $95 over comparable Treasury securities.", "$95", 95, 3);
  CHECK_FALSE(f.reconciler().Compare(a, b));
  CHECK_FALSE(f.reconciler().Compare(a, same));

  auto surplus = [&](const std::string& partner, double v, int64_t id) {
    Claim c = f.Money("Japan's trade surplus stood at $" + std::to_string(int(v)) + " billion.",
                      "$" + std::to_string(int(v)) + " billion", v * 1e9, v * 1e9, 1e9, false,
                      {"Japan"}, "Wire" + std::to_string(id), id);
    c.time = Year("2023");
    if (!partner.empty()) Role(&c, partner, "counterpart");
    return c;
  };
  const struct {
    const char* label;
    Claim a, b;
    bool related;
  } cases[] = {
      {"same partner, same figure", surplus("United States", 50, 1),
       surplus("United States", 50, 2), true},
      {"same partner, other figure", surplus("United States", 50, 1),
       surplus("United States", 60, 2), true},
      {"other partners", surplus("United States", 50, 1), surplus("Canada", 50, 2), false},
      {"bilateral vs whole balance", surplus("United States", 50, 1), surplus("", 50, 2), false},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    CHECK(bool(f.reconciler().Compare(c.a, c.b)) == c.related);
  }
  // A partner the other sentence names only for another figure.
  Claim whole = surplus("", 43, 3);
  Role(&whole, "United States", "");
  CHECK_FALSE(f.reconciler().Compare(surplus("United States", 50, 1), whole));
}

TEST_CASE("the bank arranging two issues does not make them one", "[reconcile]") {
  ClaimFactory f;
  auto issue = [&](double millions, const std::string& role, int64_t id) {
    const std::string figure = "$" + std::to_string(int(millions)) + " million";
    Claim c =
        f.Money("Zenith Securities sold " + figure + " of debt for its client.", figure,
                millions * 1e6, millions * 1e6, 1e6, false, {}, "Wire" + std::to_string(id), id);
    Role(&c, "Zenith Securities", role, ActorKind::kOrganization);
    return c;
  };
  // The same bank as the subject of both: one quantity.
  CHECK(f.reconciler().Compare(issue(500, "subject", 1), issue(500, "subject", 2)));
  // As the intermediary of both: two issues, neither agreeing nor in conflict.
  CHECK_FALSE(f.reconciler().Compare(issue(500, "intermediary", 1), issue(500, "intermediary", 2)));
  CHECK_FALSE(f.reconciler().Compare(issue(500, "intermediary", 1), issue(400, "intermediary", 2)));
}

TEST_CASE("a surplus and a deficit are one balance seen from both ends", "[reconcile]") {
  ClaimFactory f;
  auto balance = [&](const std::string& subject, const std::string& side,
                     const std::string& partner, double v, int64_t id) {
    const std::string figure = "$" + std::to_string(int(v)) + " billion";
    Claim c = f.Money(
        subject + " ran a trade " + side + " of " + figure + " with " + partner + " in 2023.",
        figure, v * 1e9, v * 1e9, 1e9, false, {subject}, "Wire" + std::to_string(id), id);
    c.time = Year("2023");
    Role(&c, partner, "counterpart");
    return c;
  };
  const struct {
    const char* label;
    Claim a, b;
    std::optional<RelationKind> kind;
  } cases[] = {
      {"mirrored, same figure", balance("Canada", "deficit", "Japan", 12, 1),
       balance("Japan", "surplus", "Canada", 12, 2), RelationKind::kCorroborates},
      {"mirrored, other figure", balance("Canada", "deficit", "Japan", 12, 1),
       balance("Japan", "surplus", "Canada", 15, 2), RelationKind::kConflicts},
      // Both sides a surplus is no mirror: not one quantity as stated.
      {"same side from both ends", balance("Canada", "surplus", "Japan", 12, 1),
       balance("Japan", "surplus", "Canada", 12, 2), std::nullopt},
      {"another partner", balance("Canada", "deficit", "Japan", 12, 1),
       balance("Japan", "surplus", "Mexico", 12, 2), std::nullopt},
  };
  for (const auto& c : cases) {
    INFO(c.label);
    const auto r = f.reconciler().Compare(c.a, c.b);
    REQUIRE(r.has_value() == c.kind.has_value());
    if (r) CHECK(r->kind == *c.kind);
  }
}

TEST_CASE("conflicts need one subject, one company and comparable aspects", "[reconcile]") {
  ClaimFactory f;
  auto debt = [&](const std::string& sentence, const std::string& figure, double v, int64_t id) {
    Claim c = f.Money(sentence, figure, v * 1e9, v * 1e9, 1e9, false, {"Brazil"},
                      "Wire" + std::to_string(id), id);
    c.time = Year("1987");
    return c;
  };
  const Claim whole = debt("Brazil's $109 billion debt worries banks.", "$109 billion", 109, 1);
  const Claim whole_b = debt("Brazil's $108 billion debt is a worry.", "$108 billion", 108, 2);
  auto r = f.reconciler().Compare(whole, whole_b);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);

  // A portion is not a rival figure, nor are two portions of one debt.
  const Claim part = debt("Brazil halted interest on $68 billion of its commercial bank debt.",
                          "$68 billion", 68, 3);
  const Claim part_b = debt("Brazil halted interest on $61 billion of its commercial bank debt.",
                            "$61 billion", 61, 4);
  CHECK(part.aspect == "portion");
  CHECK_FALSE(f.reconciler().Compare(whole, part));
  CHECK_FALSE(f.reconciler().Compare(part, part_b));

  // A forecast is no report of the figure.
  const Claim target =
      debt("Brazil expects its debt to reach $120 billion.", "$120 billion", 120, 5);
  CHECK_FALSE(f.reconciler().Compare(whole, target));

  // A subject country the other sentence never names.
  Claim thai = whole_b;
  Role(&thai, "Thailand", "subject");
  CHECK_FALSE(f.reconciler().Compare(whole, thai));

  // A company's own figure, credited to it under its own headline, against
  // a figure not about it: both say only "U.S. car sales".
  auto sales = [&](const std::string& company, double v, int64_t id) {
    Claim c = f.Money(
        "U.S. car sales fell by $" + std::to_string(int(v)) + " million, " + company + " said.",
        "$" + std::to_string(int(v)) + " million", v * 1e6, v * 1e6, 1e6, false, {"United States"},
        "Wire" + std::to_string(id), id);
    c.time = Year("1987");
    Role(&c, company, "speaker", ActorKind::kOrganization);
    c.attribution = Attribution{company, "said", ""};
    c.story.headline = company + " sales fall";
    return c;
  };
  CHECK_FALSE(f.reconciler().Compare(sales("Volkswagen", 45, 1), sales("Chrysler", 62, 2)));
  r = f.reconciler().Compare(sales("Volkswagen", 45, 1), sales("Volkswagen", 62, 2));
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kConflicts);
}

TEST_CASE("disagreements that are updates, rival forecasts or moving figures", "[reconcile]") {
  ClaimFactory f;
  auto make = [&](const std::string& sentence, const std::string& figure, double v, int64_t id,
                  const std::string& published) {
    Claim c = f.Money(sentence, figure, v * 1e9, v * 1e9, 1e9, false, {"Brazil"},
                      "Wire" + std::to_string(id), id);
    c.time = Year("1986");
    c.story.published = published;
    return c;
  };
  auto said = [](Claim c, const std::string& who) {
    c.attribution = Attribution{who, "said", ""};
    if (who.find("official") == std::string::npos)
      c.actors.push_back({who, ActorKind::kPerson, "speaker"});
    return c;
  };
  auto grain = [](Claim c, const std::string& start, const std::string& end, const std::string& g) {
    c.time->start = start;
    c.time->end = end;
    c.time->grain = g;
    c.time->timex = start.substr(0, 7);
    return c;
  };
  const Claim debt =
      make("Brazil's $109 billion debt worries banks.", "$109 billion", 109, 1, "1987-03-02");
  const Claim forecast_a =
      make("Brazil expects its surplus to reach $9 billion.", "$9 billion", 9, 3, "1987-03-02");
  const Claim forecast_b =
      make("Brazil expects its surplus to reach $12 billion.", "$12 billion", 12, 4, "1987-03-02");
  const Claim yield_a =
      make("Brazil's bond closed to yield $8 on Monday.", "$8", 8, 5, "1987-03-02");
  const Claim yield_b = make("Brazil's bond closed to yield $9.", "$9", 9, 6, "1987-03-02");
  const Claim yield_c = make("Brazil's bond closed to yield $9.", "$9", 9, 7, "1987-03-05");
  const Claim year_deficit =
      make("Brazil's trade deficit was $5 billion.", "$5 billion", 5, 8, "1987-03-02");
  const Claim ytd =
      make("Brazil's trade deficit was $4 billion.", "$4 billion", 4, 9, "1986-07-02");
  const Claim ytd_later =
      make("Brazil's trade deficit was $6 billion.", "$6 billion", 6, 10, "1986-09-02");
  const struct {
    const char* label;
    Claim a, b;
    bool conflicts;
  } cases[] = {
      {"a plain disagreement", debt,
       make("Brazil's $112 billion debt is a worry.", "$112 billion", 112, 2, "1987-03-09"), true},
      {"an update stating the old number", debt,
       make("Brazil's debt was raised to $112 billion from the original 109 billion.",
            "$112 billion", 112, 2, "1987-03-09"),
       false},
      {"two named forecasters", said(forecast_a, "Carlos Souza"), said(forecast_b, "Maria Lima"),
       false},
      {"unnamed sources relaying one plan", said(forecast_a, "one of the officials"),
       said(forecast_b, "two officials"), true},
      {"an outlet relaying an unnamed official",
       [&] {
         Claim c = said(forecast_a, "Harbor Daily");
         c.attribution->cited_source = "one of the officials";
         return c;
       }(),
       said(forecast_b, "two officials"), true},
      {"a named forecaster vs unnamed officials", said(forecast_a, "Maria Lima"),
       said(forecast_b, "two officials"), false},
      {"one forecaster, one day", said(forecast_a, "Carlos Souza"),
       said(forecast_b, "Carlos Souza"), true},
      {"an unattributed forecast", forecast_a, said(forecast_b, "Carlos Souza"), false},
      {"quotes of one day", yield_a, yield_b, true},
      {"quotes of two days", yield_a, yield_c, false},
      {"a year's figure vs a month's", year_deficit,
       grain(make("Brazil's trade deficit was $2 billion.", "$2 billion", 2, 11, "1987-03-05"),
             "1986-12-01", "1986-12-31", "month"),
       false},
      {"running figures of an unfinished year", grain(ytd, "1986-01-01", "1986-12-31", "year"),
       grain(ytd_later, "1986-01-01", "1986-12-31", "year"), false},
      {"closed years", grain(year_deficit, "1986-01-01", "1986-12-31", "year"),
       grain(make("Brazil's trade deficit was $6 billion.", "$6 billion", 6, 12, "1987-03-09"),
             "1986-01-01", "1986-12-31", "year"),
       true},
  };
  auto share = [](Claim c, const std::string& of) {
    c.kind = ClaimKind::kPercent;
    c.value.currency.clear();
    c.value.of = of;
    return c;
  };
  // Claims read back from the store carry no byte offsets.
  auto stored = [](Claim c) {
    c.begin = c.end = c.sentence_begin = 0;
    return c;
  };
  const Claim surplus =
      make("Brazil's trade surplus was $9 billion.", "$9 billion", 9, 13, "1987-03-02");
  const Claim deficit = make("Brazil's trade deficit was $12 billion, Chile's the same.",
                             "$12 billion", 12, 14, "1987-03-04");
  const struct {
    const char* label;
    Claim a, b;
    bool conflicts;
  } more[] = {
      {"a surplus vs a deficit, no counterparts", surplus, deficit, false},
      {"a stored surplus vs a deficit", stored(surplus), deficit, false},
      {"two surpluses", surplus,
       make("Brazil's trade surplus was $12 billion.", "$12 billion", 12, 15, "1987-03-04"), true},
      {"a share vs a rate", share(year_deficit, "GDP"), share(ytd_later, ""), false},
      {"two stakes, one said to be of the shares",
       share(make("Acme owns $51 of Brazil's bank.", "$51", 51, 17, "1987-03-02"), ""),
       share(make("Acme owns $50 of Brazil's bank.", "$50", 50, 18, "1987-03-04"), "shares"), true},
      {"one parent's stakes in two companies",
       stored(share(make("Brazil Gold, $95 owned by Brazil Mining, said sales rose.", "$95", 95, 19,
                         "1987-03-02"),
                    "")),
       share(
           make("Foote, $83 owned by Brazil Mining, said sales rose.", "$83", 83, 20, "1987-03-04"),
           ""),
       false},
      {"one company's stake, two figures",
       share(make("Brazil Gold, $95 owned by Brazil Mining, said sales rose.", "$95", 95, 19,
                  "1987-03-02"),
             ""),
       share(make("Brazil Gold, $93 owned by Brazil Mining, will sell a mine.", "$93", 93, 21,
                  "1987-03-04"),
             ""),
       true},
      {"one template filled in for two transfers",
       make("Brazil has transferred $21 billion in guarantees earmarked for sales of corn to "
            "increase coverage on sales of poultry meat.",
            "$21 billion", 21, 22, "1987-03-02"),
       make("Brazil has transferred $12 billion in guarantees earmarked for sales of hatching "
            "eggs to increase coverage on sales of protein concentrates.",
            "$12 billion", 12, 23, "1987-03-04"),
       false},
      {"one text, two figures",
       make("Brazil's trade deficit with the U.S. rose to $7 billion last year from $4 billion.",
            "$7 billion", 7, 24, "1987-03-02"),
       make("Brazil's trade deficit with the U.S. rose to $9 billion in 1986 from $4 billion.",
            "$9 billion", 9, 25, "1987-03-04"),
       true},
      {"a stake in a clause of its own",
       share(make("Brazil Gold, $95 owned by Brazil Mining, said sales rose.", "$95", 95, 19,
                  "1987-03-02"),
             ""),
       share(make("Note - Company floated in 1986 and is $93 owned by Brazil Mining.", "$93", 93,
                  26, "1987-03-04"),
             ""),
       true},
      {"two shares", share(year_deficit, "GDP"),
       share(make("Brazil's trade deficit was $6 billion.", "$6 billion", 6, 16, "1987-03-09"),
             "GDP"),
       true},
  };
  for (const auto& c : more) {
    INFO(c.label);
    const auto r = f.reconciler().Compare(c.a, c.b);
    CHECK((r && r->kind == RelationKind::kConflicts) == c.conflicts);
  }
  for (const auto& c : cases) {
    INFO(c.label);
    const auto r = f.reconciler().Compare(c.a, c.b);
    CHECK((r && r->kind == RelationKind::kConflicts) == c.conflicts);
  }
}

TEST_CASE("a figure inside another's range is about the same organisation or nothing",
          "[reconcile]") {
  ClaimFactory f;
  // "Acme filed ..." names the company in the figure's clause; "Globex
  // said it filed ..." credits it.
  auto shelf = [&](const std::string& company, const std::string& sentence,
                   const std::string& figure, double low, double high, int64_t id) {
    Claim c = f.Money(sentence, figure, low, high, 1e6, false, {}, "Wire" + std::to_string(id), id);
    const bool said = sentence.find(" said ") != std::string::npos;
    Role(&c, company, said ? "speaker" : "subject", ActorKind::kOrganization);
    if (said) c.attribution = Attribution{company, "said", ""};
    Role(&c, "Securities and Exchange Commission", "counterpart", ActorKind::kOrganization);
    return c;
  };
  const Claim acme = shelf("Acme Corp",
                           "Acme Corp filed with the Securities and Exchange Commission for a "
                           "shelf offering of $200 million to $500 million of debt.",
                           "$200 million to $500 million", 2e8, 5e8, 1);
  const Claim globex = shelf("Globex Inc",
                             "Globex Inc said it filed a shelf registration with the Securities "
                             "and Exchange Commission covering $300 million of debt.",
                             "$300 million", 3e8, 3e8, 2);
  // Two companies' offerings share only the regulator they file with.
  CHECK_FALSE(f.reconciler().Compare(acme, globex));
  // The same company's offering, reported again more precisely, refines.
  const Claim acme_later = shelf("Acme Corp",
                                 "Acme Corp said it filed with the Securities and Exchange "
                                 "Commission to offer $300 million of debt.",
                                 "$300 million", 3e8, 3e8, 3);
  auto r = f.reconciler().Compare(acme, acme_later);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kRefines);
}

TEST_CASE("now and currently are no date to corroborate or refine", "[reconcile]") {
  ClaimFactory f;
  auto date = [&](const std::string& sentence, const std::string& figure, const std::string& start,
                  const std::string& end, const std::string& timex, int64_t id) {
    Claim c;
    c.kind = ClaimKind::kDate;
    c.sentence = sentence;
    c.text = figure;
    c.begin = sentence.find(figure);
    c.end = c.begin + figure.size();
    c.value.start = start;
    c.value.end = end;
    c.value.timex = timex;
    c.value.grain = "day";
    c.actors.push_back({"Lena Ortiz", ActorKind::kPerson, "subject"});
    c.story.id = id;
    c.story.source = "Wire" + std::to_string(id);
    c.story.uri = c.story.source;
    c.story.published = "2020-03-04";
    f.reconciler().Annotate(&c);
    return c;
  };
  const Claim met = date("Lena Ortiz met the bankers on Wednesday.", "Wednesday", "2020-03-04",
                         "2020-03-04", "2020-03-04", 1);
  const Claim met_again = date("Lena Ortiz met the bankers on March 4.", "March 4", "2020-03-04",
                               "2020-03-04", "2020-03-04", 2);
  REQUIRE(!met.events.empty());
  auto r = f.reconciler().Compare(met, met_again);
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
  const Claim now = date("Lena Ortiz is now meeting the bankers.", "now", "2020-03-04",
                         "2020-03-04", "PRESENT_REF", 3);
  CHECK_FALSE(f.reconciler().Compare(met, now));
  // Telling reporters is no event: two things she told them on one day
  // are not one.
  const Claim told = date("Lena Ortiz told reporters on Wednesday that rates would rise.",
                          "Wednesday", "2020-03-04", "2020-03-04", "2020-03-04", 4);
  CHECK(told.events.empty());
  const Claim told_again = date("Lena Ortiz told reporters on March 4 she would stay.", "March 4",
                                "2020-03-04", "2020-03-04", "2020-03-04", 5);
  CHECK_FALSE(f.reconciler().Compare(told, told_again));
  const Claim results = date("Lena Ortiz will report results on Wednesday.", "Wednesday",
                             "2020-03-04", "2020-03-04", "2020-03-04", 6);
  CHECK(results.events == std::vector<std::string>{"earnings"});
}

// `a` and `b` (told on different days) relate not at all; told on one
// day, or on different days but both about one named period, as `kind`.
void CheckOneDayOrOnePeriod(const ClaimFactory& f, const Claim& a, Claim b, RelationKind kind) {
  REQUIRE(a.story.published != b.story.published);
  CHECK_FALSE(f.reconciler().Compare(a, b));
  Claim same_day = b;
  same_day.story.published = a.story.published;
  auto r = f.reconciler().Compare(a, same_day);
  REQUIRE(r);
  CHECK(r->kind == kind);
  Claim dated_a = a, dated_b = b;
  dated_a.time = Year("2019");
  dated_b.time = Year("2019");
  r = f.reconciler().Compare(dated_a, dated_b);
  REQUIRE(r);
  CHECK(r->kind == kind);
}

TEST_CASE("one wording on two days with another figure is a recurring report", "[reconcile]") {
  ClaimFactory f;
  // A central bank's money-market operations, reported in the same words
  // each day: Wednesday's figure and Friday's are two operations.
  auto bought = [&](const std::string& sentence, const std::string& figure, double v, int64_t id) {
    Claim c = f.Money(sentence, figure, v, v, 1e6, false, {}, "Wire" + std::to_string(id), id);
    c.actors.push_back({"Bank of England", ActorKind::kOrganization, "subject"});
    return c;
  };
  const Claim wed = bought(
      "The Bank of England bought $11 million of band one bills at 10 pct and $95 million of "
      "band two bills at 10 pct.",
      "$11 million", 11e6, 1);
  Claim fri = bought(
      "The Bank of England bought $13 million of band one bills at 10 pct and $90 million of "
      "band two bills at 10 pct.",
      "$13 million", 13e6, 2);
  REQUIRE(wed.measure == fri.measure);
  // Wednesday's purchase and Friday's are two operations; one day's, or
  // both about one named period, two accounts of one.
  fri.story.published = "2020-03-03";
  CheckOneDayOrOnePeriod(f, wed, fri, RelationKind::kConflicts);
}

TEST_CASE("a market quote's move is its day's", "[reconcile]") {
  ClaimFactory f;
  auto move = [&](const std::string& sentence, int64_t id, const std::string& day) {
    Claim c = f.Money(sentence, "$1.00", 1.0, 1.0, 0.01, false, {"United States"},
                      "Wire" + std::to_string(id), id);
    c.story.published = day;
    return c;
  };
  const Claim mon = move("United States hog prices rose $1.00 in active trade.", 1, "2020-03-02");
  Claim tue = move("United States hog prices rose $1.00 in slow trade.", 2, "2020-03-03");
  REQUIRE(mon.measure == "price");
  REQUIRE(mon.aspect == "change");
  // Monday's rise and Tuesday's are two moves; one day's, or both over one
  // named period, one.
  CheckOneDayOrOnePeriod(f, mon, tue, RelationKind::kCorroborates);
}

TEST_CASE("a date's events are the event words next to it in its clause", "[reconcile]") {
  ClaimFactory f;
  struct Case {
    const char* sentence;
    const char* figure;
    std::vector<std::string> events;
  } cases[] = {
      // The nearest event word on each side, names and titles not counted.
      {"Liu He will visit the United States on Jan. 30 and 31 for the latest round of trade talks.",
       "Jan. 30 and 31",
       {"visit", "talks"}},
      {"Baker met West German Finance Minister Gerhard Stoltenberg and Bundesbank President Karl "
       "Otto Poehl in Frankfurt on Monday.",
       "Monday",
       {"meeting"}},
      {"Reagan today is to announce a decision on tough new tariffs.", "today", {"tariff_change"}},
      // The first event word on a side stops the search: Wednesday is the
      // day of the talks, not of the tariffs.
      {"Tariffs were the main topic when he arrived for talks with Reagan on Wednesday.",
       "Wednesday",
       {"talks"}},
      {"Shultz would go to Moscow next month for talks on arms control and a possible summit.",
       "next month",
       {"talks"}},
      // Too far: last week's earthquake is not the day of the talks.
      {"The minister arrived last night for talks on further assistance to his country's oil "
       "industry following last week's earthquake.",
       "last week",
       {}},
      {"The party leads by seven points in the campaign, according to an opinion poll today.",
       "today",
       {}},
      {"Thatcher does not have to call elections until June 1988.", "June 1988", {"vote"}},
      {"Japan failed to abide by a 1986 pact on microchips.", "1986", {"signing"}},
  };
  for (const Case& k : cases) {
    INFO(k.sentence);
    Claim c;
    c.kind = ClaimKind::kDate;
    c.sentence = k.sentence;
    c.text = k.figure;
    c.begin = c.sentence.find(k.figure);
    REQUIRE(c.begin != std::string::npos);
    c.end = c.begin + c.text.size();
    c.value.timex = "2020";
    f.reconciler().Annotate(&c);
    CHECK(c.events == k.events);
  }
}

TEST_CASE("a company's own figure agrees only with figures about that company", "[reconcile]") {
  ClaimFactory f;
  // Two companies' shelf filings, each credited to the company under its
  // own headline, share only the regulator they were filed with.
  auto filing = [&](const std::string& company, int64_t id) {
    Claim c =
        f.Money(company +
                    " said it filed a shelf registration with the Securities "
                    "Commission covering $300 million of debt.",
                "$300 million", 300e6, 300e6, 1e6, false, {}, "Wire" + std::to_string(id), id);
    Role(&c, company, "speaker", ActorKind::kOrganization);
    Role(&c, "Securities Commission", "counterpart", ActorKind::kOrganization);
    c.attribution = Attribution{company, "said", ""};
    c.story.headline = company + " files debt shelf";
    return c;
  };
  const Claim acme = filing("Acme Mills", 1);
  REQUIRE(acme.measure == "debt");
  CHECK_FALSE(f.reconciler().Compare(acme, filing("Harbor Foods", 2)));
  // The same company's filing reported twice is one figure.
  const auto r = f.reconciler().Compare(acme, filing("Acme Mills", 3));
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
}

TEST_CASE("prices of different days agree only when stated alike", "[reconcile]") {
  ClaimFactory f;
  auto price = [&](const std::string& figure, double cents, int resolution_cents,
                   const std::string& published, int64_t id) {
    Claim c = f.Money("Acme Copper said it set its cathode price at " + figure + " a lb.", figure,
                      cents / 100, cents / 100, resolution_cents / 100.0, false, {},
                      "S" + std::to_string(id), id);
    Role(&c, "Acme Copper", "subject", ActorKind::kOrganization);
    c.story.published = published;
    return c;
  };
  const Claim cut = price("66 cents", 66, 1, "2020-03-02", 1);
  REQUIRE(cut.measure.starts_with("price"));
  // 65.50 rounds to 66, but a day later it is another price.
  CHECK_FALSE(f.reconciler().Compare(cut, price("65.50 cents", 65.5, 0, "2020-03-03", 2)));
  // Stated alike on another day, or within rounding on the same day: one
  // price.
  auto r = f.reconciler().Compare(cut, price("66 cents", 66, 1, "2020-03-05", 3));
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
  r = f.reconciler().Compare(cut, price("65.50 cents", 65.5, 0, "2020-03-02", 4));
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
}

TEST_CASE("a rise and a fall of the same size are two changes", "[reconcile]") {
  ClaimFactory f;
  auto change = [&](const std::string& sentence, int64_t id) {
    Claim c = f.Money(sentence, "0.50 cent", 0.005, 0.005, 0.0001, false, {},
                      "S" + std::to_string(id), id);
    Role(&c, "Acme Copper", "subject", ActorKind::kOrganization);
    c.story.published = "2020-03-0" + std::to_string(id);
    return c;
  };
  const Claim raised =
      change("Acme Copper said it is raising its cathode price by 0.50 cent a lb.", 1);
  REQUIRE(raised.aspect == "change");
  struct Case {
    const char* sentence;
    bool related;
  } cases[] = {
      {"Acme Copper said it is lowering its cathode price by 0.50 cent a lb.", false},
      {"Acme Copper said it cut its cathode price by 0.50 cent a lb.", false},
      {"Acme Copper said its cathode price rose by 0.50 cent a lb.", true},
      {"Acme Copper said it changed its cathode price by 0.50 cent a lb.", true},  // no way said
  };
  int64_t id = 2;
  for (const Case& c : cases) {
    INFO(c.sentence);
    const Claim other = change(c.sentence, id++);
    REQUIRE(other.aspect == "change");
    CHECK(f.reconciler().Compare(raised, other).has_value() == c.related);
    CHECK(f.reconciler().Compare(other, raised).has_value() == c.related);
  }
}

TEST_CASE("a shared counterpart alone does not make two companies' figures one", "[reconcile]") {
  ClaimFactory f;
  // "<company> filed with the Regulator for a shelf offering of up to 500
  // mln dlrs of debt": the regulator is the counterpart, the company is
  // named outside the figure's clause.
  auto shelf = [&](const std::string& company, int64_t id) {
    Claim c = f.Money(company +
                          ", a unit of Holdco, filed with the Regulator for a shelf offering of "
                          "up to 500 mln dlrs of debt securities.",
                      "up to 500 mln dlrs", 0, 5e8, 1e6, false, {}, "S" + std::to_string(id), id);
    Role(&c, company, "", ActorKind::kOrganization);
    Role(&c, "Regulator", "counterpart", ActorKind::kOrganization);
    return c;
  };
  const Claim acme = shelf("Acme Rental Corp", 1);
  REQUIRE(acme.measure == "debt");
  CHECK_FALSE(f.reconciler().Compare(acme, shelf("Borealis Telephone Co", 2)));
  // The same company's filing reported twice is one.
  auto r = f.reconciler().Compare(acme, shelf("Acme Rental Corp", 3));
  REQUIRE(r);
  CHECK(r->kind == RelationKind::kCorroborates);
}

}  // namespace
}  // namespace wirefacts
