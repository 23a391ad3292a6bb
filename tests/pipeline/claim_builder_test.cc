#include "pipeline/claim_builder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

namespace wirefacts {
namespace {

// Builds a one-paragraph NormalizedText with the given sentences.
NormalizedText Text(const std::vector<std::string>& sentences) {
  NormalizedText nt;
  for (const std::string& s : sentences) {
    if (!nt.text.empty()) nt.text += " ";
    nt.sentences.push_back({nt.text.size(), nt.text.size() + s.size()});
    nt.text += s;
  }
  return nt;
}

Extraction At(const NormalizedText& nt, ClaimKind kind, const std::string& text,
              const std::string& timex = "", size_t from = 0) {
  Extraction e;
  e.kind = kind;
  e.begin = nt.text.find(text, from);
  REQUIRE(e.begin != std::string::npos);
  e.end = e.begin + text.size();
  e.value.timex = timex;
  e.value.low = 1;
  e.value.high = 1;
  return e;
}

const Claim* ClaimWithText(const std::vector<Claim>& claims, const std::string& text) {
  for (const Claim& c : claims)
    if (c.text == text) return &c;
  return nullptr;
}

// Builds the claims of `figures` and checks the time of the one whose text
// is `figure` ("" = no time).
void CheckTime(const ClaimBuilder& builder, const NormalizedText& nt,
               const std::vector<Extraction>& figures, const std::string& figure,
               const std::string& expected_timex) {
  std::vector<Claim> claims;
  builder.Build(nt, nt.text, figures, ActorResult(), AttributionResult(), &claims, nullptr);
  const Claim* claim = ClaimWithText(claims, figure);
  REQUIRE(claim != nullptr);
  if (expected_timex.empty()) {
    CHECK_FALSE(claim->time.has_value());
  } else {
    REQUIRE(claim->time.has_value());
    CHECK(claim->time->timex == expected_timex);
  }
}

TEST_CASE("figures take the date of their own clause", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    std::vector<std::string> sentences;
    std::string figure;
    std::vector<std::string> dates;
    std::string expected_timex;  // "" = no time
  };
  const Case cases[] = {
      {{"Its deficit, which last year stood at $52 billion, will shrink by 2026."},
       "$52 billion",
       {"last year", "2026"},
       "LY"},
      {{"Sales rose from $155 million to about $200 million in 2019."},
       "$155 million",
       {"2019"},
       ""},  // another figure stands between
      {{"Sales rose from $155 million to about $200 million in 2019."},
       "about $200 million",
       {"2019"},
       "2019"},
      {{"Raising exports by $3 billion, the plan aims for balance by 2030."},
       "$3 billion",
       {"2030"},
       ""},  // the date is in another clause
      {{"The leaders met in Lima in March.", "At that meeting, they pledged $9 billion."},
       "$9 billion",
       {"March"},
       "MARCH"},
      {{"The leaders met in Lima in March.", "Later, they pledged $9 billion."},
       "$9 billion",
       {"March"},
       ""},  // no anaphor, no carry-over
      // An opening time clause dates the clause right after it.
      {{"In 2019, the mill earned $52 billion on higher prices."}, "$52 billion", {"2019"}, "2019"},
      {{"As of March, the fund held $3 billion in bonds."}, "$3 billion", {"March"}, "MARCH"},
      {{"Last year, exports reached about $200 million."},
       "about $200 million",
       {"Last year"},
       "Last year"},
      {{"In 2019, sales rose to about $200 million from $155 million."},
       "about $200 million",
       {"2019"},
       "2019"},
      {{"In 2019, sales rose to about $200 million from $155 million."},
       "$155 million",
       {"2019"},
       ""},  // a comparison figure
      {{"In 2019, sales were flat, and costs fell by $3 billion."},
       "$3 billion",
       {"2019"},
       ""},  // not the clause right after the opening one
      {{"In a statement issued in March, the firm said it lost $9 billion."},
       "$9 billion",
       {"March"},
       ""},  // a clause of its own: it dates the statement
      {{"On Friday, the ministry announced tariffs of $3 billion on steel."},
       "$3 billion",
       {"Friday"},
       ""},  // it dates the announcement
      {{"Asked about 2019, the minister put the cost at $3 billion."},
       "$3 billion",
       {"2019"},
       ""},  // not a time opening
  };
  for (const Case& c : cases) {
    INFO(c.sentences.back() << " / " << c.figure);
    NormalizedText nt = Text(c.sentences);
    std::vector<Extraction> figures;
    figures.push_back(At(nt, ClaimKind::kMoney, c.figure));
    for (const std::string& d : c.dates) {
      std::string timex = d == "last year" ? "LY" : d == "March" ? "MARCH" : d;
      figures.push_back(At(nt, ClaimKind::kDate, d, timex));
    }
    // Other money figures of the sentence, so they can block.
    for (const char* other : {"$155 million", "about $200 million"}) {
      if (other != c.figure && nt.text.find(other) != std::string::npos &&
          std::string(other).find(c.figure) == std::string::npos &&
          c.figure.find(other) == std::string::npos)
        figures.push_back(At(nt, ClaimKind::kMoney, other));
    }
    CheckTime(*builder, nt, figures, c.figure, c.expected_timex);
  }
}

TEST_CASE("a date the figure is compared with is its time only when no other is named",
          "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Date {
    std::string text, start, grain;
  };
  struct Case {
    std::string sentence, figure;
    std::vector<Date> dates;
    std::string expected_timex;  // the start of the date taken ("" = no time)
  };
  const Case cases[] = {
      {"Sales in late May rose 29 pct over the same period last year.",
       "29 pct",
       {{"late May", "2020-05", "month"}, {"the same period last year", "2019-05", "month"}},
       "2020-05"},
      {"In June prices had fallen 0.8 pct against the same month a year earlier.",
       "0.8 pct",
       {{"June", "2020-06", "month"}, {"the same month a year earlier", "2019-06", "month"}},
       "2020-06"},
      {"June output was up 1.7 pct from a year ago.",
       "1.7 pct",
       {{"June", "2020-06", "month"}, {"a year ago", "2019-06", "month"}},
       "2020-06"},
      // Nothing else named: the base is all there is.
      {"Output was up 1.7 pct from a year ago.",
       "1.7 pct",
       {{"a year ago", "2019-06", "month"}},
       "2019-06"},
      // "from" opening a start, not a comparison.
      {"Wages rise 2.7 pct in 2020 and a further 1.5 pct from July next year.",
       "1.5 pct",
       {{"2020", "2020", "year"}, {"July next year", "2021-07", "month"}},
       "2021-07"},
      {"In 2020 the group will hold prices of 18 dlrs a barrel from February 1.",
       "18 dlrs",
       {{"2020", "2020", "year"}, {"February 1", "2020-02-01", "day"}},
       "2020-02-01"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    NormalizedText nt = Text({c.sentence});
    std::vector<Extraction> figures;
    figures.push_back(At(nt, ClaimKind::kPercent, c.figure));
    for (const Date& d : c.dates) {
      Extraction e = At(nt, ClaimKind::kDate, d.text, d.start);
      e.value.start = e.value.end = d.start;
      e.value.grain = d.grain;
      figures.push_back(e);
    }
    std::sort(figures.begin(), figures.end(),
              [](const Extraction& a, const Extraction& b) { return a.begin < b.begin; });
    CheckTime(*builder, nt, figures, c.figure, c.expected_timex);
  }
}

TEST_CASE("overlapping extractions keep money over dates and longer spans", "[pipeline]") {
  NormalizedText nt = Text({"It paid $2019 million in 2019 for a 90-day option."});
  std::vector<Extraction> figures = {
      At(nt, ClaimKind::kDate, "2019"), At(nt, ClaimKind::kMoney, "$2019 million"),
      At(nt, ClaimKind::kDate, "2019", "", nt.text.find("in 2019")),
      At(nt, ClaimKind::kDuration, "90-day"), At(nt, ClaimKind::kDate, "90")};
  std::vector<Extraction> kept = ClaimBuilder::ResolveOverlaps(figures);
  REQUIRE(kept.size() == 3);
  CHECK(kept[0].kind == ClaimKind::kMoney);
  CHECK(kept[1].kind == ClaimKind::kDate);
  CHECK(kept[2].kind == ClaimKind::kDuration);
}

TEST_CASE("a date word inside an organisation's name is no claim", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  NormalizedText nt = Text({"The Sunday Times said on Sunday that costs rose 5 pct."});
  std::vector<Extraction> figures = {
      At(nt, ClaimKind::kDate, "Sunday"),
      At(nt, ClaimKind::kDate, "Sunday", "", nt.text.find("on Sunday")),
      At(nt, ClaimKind::kPercent, "5 pct")};
  ActorResult actors;
  Mention paper;
  paper.begin = 0;
  paper.end = std::string("The Sunday Times").size();
  paper.actor = "The Sunday Times";
  paper.kind = ActorKind::kOrganization;
  actors.mentions = {paper};
  std::vector<Claim> claims;
  builder->Build(nt, nt.text, figures, actors, AttributionResult(), &claims, nullptr);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].kind == ClaimKind::kDate);
  CHECK(claims[0].start == nt.text.find("on Sunday") + 3);
  CHECK(claims[1].kind == ClaimKind::kPercent);
}

TEST_CASE("claims carry sentence, actors, attribution and code point offsets", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  NormalizedText nt =
      Text({"Caf\xc3\xa9 sales rose.", "Acme\xe2\x80\x99s profit was $5 million, Jane Roe said."});
  std::vector<Extraction> figures = {At(nt, ClaimKind::kMoney, "$5 million")};
  ActorResult actors;
  Mention acme;
  acme.begin = nt.text.find("Acme");
  acme.end = acme.begin + 4;
  acme.actor = "Acme";
  acme.kind = ActorKind::kOrganization;
  Mention roe = acme;
  roe.begin = nt.text.find("Jane Roe");
  roe.end = roe.begin + 8;
  roe.actor = "Jane Roe";
  roe.kind = ActorKind::kPerson;
  actors.mentions = {acme, roe};
  AttributionResult attributions;
  SentenceAttribution sa;
  sa.sentence = 1;
  sa.attribution.said_by = "Jane Roe";
  sa.attribution.cue = "said";
  attributions.sentences.push_back(sa);
  std::vector<Claim> claims;
  std::vector<Mention> mentions = actors.mentions;
  builder->Build(nt, nt.text, figures, actors, attributions, &claims, &mentions);
  REQUIRE(claims.size() == 1);
  const Claim& c = claims[0];
  CHECK(c.sentence_index == 1);
  CHECK(c.sentence.rfind("Acme", 0) == 0);
  // "Café sales rose. Acme’s profit was " is 35 code points.
  CHECK(c.start == 35);
  CHECK(c.stop == 45);
  CHECK(c.source_start == 35);
  REQUIRE(c.actors.size() == 2);
  CHECK(c.actors[0].role == "subject");  // in the figure's own clause
  CHECK(c.actors[1].role == "speaker");
  REQUIRE(c.attribution.has_value());
  CHECK(c.attribution->said_by == "Jane Roe");
  CHECK(mentions[1].start == 47);
}

TEST_CASE("what a spread is measured against is every figure's benchmark", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    std::string sentence;
    std::vector<std::string> figures;  // percent figures; "basis points" ones are spreads
    std::string peru_role;             // in the first figure's claim
  };
  const Case cases[] = {
      {"Chile priced its notes to yield 9.40 pct, or 95 basis points over comparable Peru bonds.",
       {"9.40 pct", "95 basis points"},
       "benchmark"},
      {"Chile priced its notes to yield 9.40 pct, or 95 basis points more than Peru bonds.",
       {"9.40 pct", "95 basis points"},
       "benchmark"},
      // Not only the figure the spread restates: the coupon of the issue.
      {"The notes have a 7-1/2 pct coupon and were priced to yield 7.56 pct, or 74 basis points "
       "over Peru bonds.",
       {"7-1/2 pct", "7.56 pct", "74 basis points"},
       "benchmark"},
      // A premium in percent is no spread: the company it is over may be
      // what the figure before it is about.
      {"The conversion price was set at 9.40 pct, representing a premium of 20 pct over "
       "yesterday's Peru close.",
       {"9.40 pct", "20 pct"},
       ""},
  };
  for (const Case& k : cases) {
    INFO(k.sentence);
    NormalizedText nt = Text({k.sentence});
    ActorResult actors;
    for (const char* name : {"Chile", "Peru"}) {
      Mention m;
      m.begin = nt.text.find(name);
      if (m.begin == std::string::npos) continue;
      m.end = m.begin + std::string(name).size();
      m.actor = name;
      m.kind = ActorKind::kCountry;
      actors.mentions.push_back(m);
    }
    std::vector<Extraction> figures;
    for (const std::string& f : k.figures) {
      figures.push_back(At(nt, ClaimKind::kPercent, f));
      figures.back().value.points = f.find("basis points") != std::string::npos;
    }
    std::vector<Claim> claims;
    builder->Build(nt, nt.text, figures, actors, {}, &claims, nullptr);
    REQUIRE(claims.size() == k.figures.size());
    bool named = false;
    for (const ClaimActor& a : claims[0].actors) {
      if (a.name != "Peru") continue;
      named = true;
      CHECK(a.role == k.peru_role);
    }
    CHECK(named);
    for (const ClaimActor& a : claims.back().actors)
      if (a.name == "Peru" && k.figures.back().find("basis points") != std::string::npos)
        CHECK(a.role == "benchmark");
  }
}

// Two speakers of one cue ("Jane Roe and Acme said") are both the claim's
// speakers.
TEST_CASE("a joint attribution makes both actors speakers", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  NormalizedText nt = Text({"Profit was $5 million, Jane Roe and Acme said."});
  std::vector<Extraction> figures = {At(nt, ClaimKind::kMoney, "$5 million")};
  ActorResult actors;
  Mention roe;
  roe.begin = nt.text.find("Jane Roe");
  roe.end = roe.begin + 8;
  roe.actor = "Jane Roe";
  roe.kind = ActorKind::kPerson;
  Mention acme = roe;
  acme.begin = nt.text.find("Acme");
  acme.end = acme.begin + 4;
  acme.actor = "Acme";
  acme.kind = ActorKind::kOrganization;
  actors.mentions = {roe, acme};
  AttributionResult attributions;
  SentenceAttribution sa;
  sa.sentence = 0;
  sa.attribution.said_by = "Jane Roe and Acme";
  sa.attribution.cue = "said";
  attributions.sentences.push_back(sa);
  std::vector<Claim> claims;
  builder->Build(nt, nt.text, figures, actors, attributions, &claims, nullptr);
  REQUIRE(claims.size() == 1);
  REQUIRE(claims[0].actors.size() == 2);
  CHECK(claims[0].actors[0].role == "speaker");
  CHECK(claims[0].actors[1].role == "speaker");
}

TEST_CASE("the organisation named with the source vouches, it is not the subject", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    const char* sentence;
    const char* phrase;   // the attribution phrase, found in the sentence
    const char* said_by;  // who is credited: a person named in the sentence, or a phrase
    const char* org;      // an organisation named in the sentence
    const char* role;     // the organisation's expected role
  };
  const std::vector<Case> cases = {
      // With the person at the head of the phrase: the source's employer.
      {"Tariffs of $300 million hurt, Norm Rowe at Harbor Bank said.",
       "Norm Rowe at Harbor Bank said", "Norm Rowe", "Harbor Bank", "speaker"},
      {"Tariffs of $300 million hurt, Harbor Bank economist Norm Rowe said.",
       "Harbor Bank economist Norm Rowe said", "Norm Rowe", "Harbor Bank", "speaker"},
      // Far into a long phrase: what the speaker talks about.
      {"Norm Rowe declined to say when the group would sell its stake in Harbor Bank but said "
       "$300 million was fair.",
       "Norm Rowe declined to say when the group would sell its stake in Harbor Bank but said",
       "Norm Rowe", "Harbor Bank", "subject"},
      // Named outside the phrase too: still in the scene.
      {"Harbor Bank lost $300 million in the fraud, a Harbor Bank spokesman said.",
       "a Harbor Bank spokesman said", "a Harbor Bank spokesman", "Harbor Bank", "subject"},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    NormalizedText nt = Text({c.sentence});
    std::vector<Extraction> figures = {At(nt, ClaimKind::kMoney, "$300 million")};
    ActorResult actors;
    Mention person;
    person.begin = nt.text.find(c.said_by);
    person.end = person.begin + std::string(c.said_by).size();
    person.actor = c.said_by;
    person.kind = ActorKind::kPerson;
    if (std::string(c.said_by).find(c.org) == std::string::npos) actors.mentions.push_back(person);
    for (size_t at = nt.text.find(c.org); at != std::string::npos;
         at = nt.text.find(c.org, at + 1)) {
      Mention org;
      org.begin = at;
      org.end = at + std::string(c.org).size();
      org.actor = c.org;
      org.kind = ActorKind::kOrganization;
      actors.mentions.push_back(org);
    }
    std::sort(actors.mentions.begin(), actors.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
    AttributionResult attributions;
    SentenceAttribution sa;
    sa.sentence = 0;
    sa.begin = nt.text.find(c.phrase);
    REQUIRE(sa.begin != std::string::npos);
    sa.end = sa.begin + std::string(c.phrase).size();
    sa.attribution.said_by = c.said_by;
    sa.attribution.cue = "said";
    attributions.sentences.push_back(sa);
    std::vector<Claim> claims;
    builder->Build(nt, nt.text, figures, actors, attributions, &claims, nullptr);
    REQUIRE(claims.size() == 1);
    const auto org = std::find_if(claims[0].actors.begin(), claims[0].actors.end(),
                                  [&](const ClaimActor& a) { return a.name == c.org; });
    REQUIRE(org != claims[0].actors.end());
    CHECK(org->role == c.role);
  }
}

TEST_CASE("CreditsActor", "[pipeline]") {
  struct Case {
    const char* said_by;
    const char* name;
    bool credits;
  };
  const Case cases[] = {
      {"Jane Roe", "Jane Roe", true},
      {"Jane Roe and Acme Corp", "Jane Roe", true},
      {"Jane Roe and Acme Corp", "Acme Corp", true},
      {"Acme Corp and its bankers", "Acme Corp", true},
      {"Jane Roe and Acme Corp", "Acme", false},
      {"Jane Roe and Acme Corp", "Roe", false},
      {"Jane Roe", "", false},
      {"analysts polled by Acme", "Acme", false},
  };
  for (const Case& c : cases) {
    INFO(c.said_by << " / " << c.name);
    Attribution a;
    a.said_by = c.said_by;
    CHECK(CreditsActor(a, c.name) == c.credits);
  }
}

// The (actor, role) pairs, sorted, of the one money claim `figure` of
// `text` (sentences split at '\n'), every occurrence of each of `names`
// being a mention of that actor and kind.
std::vector<std::pair<std::string, std::string>> RolesOf(
    const ClaimBuilder& builder, const std::string& text, const std::string& figure,
    const std::vector<std::pair<std::string, ActorKind>>& names) {
  std::vector<std::string> lines;
  for (size_t b = 0;;) {
    const size_t e = text.find('\n', b);
    lines.push_back(text.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  NormalizedText nt = Text(lines);
  ActorResult actors;
  for (const auto& [name, kind] : names) {
    for (size_t at = nt.text.find(name); at != std::string::npos; at = nt.text.find(name, at + 1)) {
      Mention m;
      m.begin = at;
      m.end = at + name.size();
      m.actor = name;
      m.kind = kind;
      actors.mentions.push_back(m);
    }
  }
  std::sort(actors.mentions.begin(), actors.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<Claim> claims;
  builder.Build(nt, nt.text, {At(nt, ClaimKind::kMoney, figure)}, actors, {}, &claims, nullptr);
  REQUIRE(claims.size() == 1);
  std::vector<std::pair<std::string, std::string>> got;
  for (const ClaimActor& a : claims[0].actors) got.emplace_back(a.name, a.role);
  std::sort(got.begin(), got.end());
  return got;
}

TEST_CASE("the bank arranging an issue is its intermediary, not its subject", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    std::string sentence, figure;
    std::vector<std::pair<std::string, std::string>> roles;  // actor, role
  };
  const Case cases[] = {
      {"Zenith Securities gave the issue a 6.90 pct coupon.",
       "6.90 pct",
       {{"Zenith Securities", "intermediary"}}},
      {"Zenith Securities is also offering the notes with a 7.45 pct coupon.",
       "7.45 pct",
       {{"Zenith Securities", "intermediary"}}},
      {"Acme Corp sold via Zenith Securities 500 mln dlrs of debentures.",
       "500 mln dlrs",
       {{"Acme Corp", "subject"}, {"Zenith Securities", "intermediary"}}},
      {"Acme Corp is raising 50 mln dlrs, said lead manager Zenith Securities.",
       "50 mln dlrs",
       {{"Acme Corp", "subject"}, {"Zenith Securities", ""}}},
      {"The 50 mln dlr issue was lead-managed by Zenith Securities.",
       "50 mln dlr",
       {{"Zenith Securities", "intermediary"}}},
      // A name that modifies a noun after "via" is no bank; a place never is.
      {"Acme Corp added 5 mln dlrs via Zenith Securities repurchase agreements.",
       "5 mln dlrs",
       {{"Acme Corp", "subject"}, {"Zenith Securities", "subject"}}},
      {"Exports of 5 mln dlrs went via Hong Kong.", "5 mln dlrs", {{"Hong Kong", "subject"}}},
      // The phrase stays in the sentence.
      {"It was priced by the lead manager.\nZenith Securities reported 5 mln dlrs.",
       "5 mln dlrs",
       {{"Zenith Securities", "subject"}}},
  };
  for (const Case& k : cases) {
    INFO(k.sentence);
    std::vector<std::pair<std::string, std::string>> want = k.roles;
    std::sort(want.begin(), want.end());
    CHECK(RolesOf(*builder, k.sentence, k.figure,
                  {{"Acme Corp", ActorKind::kOrganization},
                   {"Zenith Securities", ActorKind::kOrganization},
                   {"Hong Kong", ActorKind::kPlace}}) == want);
  }
}

TEST_CASE("actors named in the figure's clause are its subjects", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    std::string sentence, figure;
    // Every actor of the claim with its role ("" = named elsewhere in the
    // sentence).
    std::vector<std::pair<std::string, std::string>> roles;
  };
  const Case cases[] = {
      {"Brazil owes $68 billion, while Mexico owes less.",
       "$68 billion",
       {{"Brazil", "subject"}, {"Mexico", ""}}},
      {"Even before Brazil's move, the $77 billion package for Mexico stalled.",
       "$77 billion",
       {{"Brazil", ""}, {"Mexico", "subject"}}},
      // An introductory clause shares the subject of the clause after it;
      // the country imported from is the counterpart.
      {"By raising imports from Peru by $5 billion, Chile would cut its surplus.",
       "$5 billion",
       {{"Peru", "counterpart"}, {"Chile", "subject"}}},
      {"At that meeting, Chile offered $5 billion, Peru said.",
       "$5 billion",
       {{"Chile", "subject"}, {"Peru", ""}}},
      // What the figure is compared with is its benchmark, not its subject.
      {"Chile's notes yield 95 basis points over comparable Peru bonds.",
       "95 basis points",
       {{"Chile", "subject"}, {"Peru", "benchmark"}}},
      {"That is 53 basis points more than the yield of the off-the-run Peru bonds.",
       "53 basis points",
       {{"Peru", "benchmark"}}},
      // Another preposition ends the comparison: Peru is where the money goes.
      {"Chile will lend $5 billion over five years to Peru.",
       "$5 billion",
       {{"Chile", "subject"}, {"Peru", "counterpart"}}},
      // Trade partners are counterparts; a possessive is never one.
      {"Mexico's surplus with Brazil hit $7 billion.",
       "$7 billion",
       {{"Mexico", "subject"}, {"Brazil", "counterpart"}}},
      {"Talks dealt with Brazil's $108 billion debt.", "$108 billion", {{"Brazil", "subject"}}},
      // The mention nearest the figure decides: "with Peru" right after it.
      {"Chile's $7 billion surplus with Peru worries Peru exporters.",
       "$7 billion",
       {{"Chile", "subject"}, {"Peru", "counterpart"}}},
      // A country inside a money figure names its currency.
      {"Chile paid 13.6 billion Peru dlrs.", "13.6 billion Peru dlrs", {{"Chile", "subject"}}},
  };
  for (const Case& k : cases) {
    INFO(k.sentence);
    std::vector<std::pair<std::string, std::string>> want = k.roles;
    std::sort(want.begin(), want.end());
    CHECK(RolesOf(*builder, k.sentence, k.figure,
                  {{"Brazil", ActorKind::kCountry},
                   {"Mexico", ActorKind::kCountry},
                   {"Peru", ActorKind::kCountry},
                   {"Chile", ActorKind::kCountry}}) == want);
  }
}

TEST_CASE("a figure restated right after it shares its time", "[pipeline]") {
  std::unique_ptr<ClaimBuilder> builder;
  REQUIRE(ClaimBuilder::Create(RuleFiles(), &builder).ok());
  struct Case {
    std::string sentence;
    std::vector<std::string> money, percent;  // every figure of the sentence
    std::string date;
    std::string figure, expected_timex;  // "" = no time
  };
  const std::vector<Case> cases = {
      // ", or <figure>," is an aside of the figure before it, not a clause.
      {"Building outlays rose $3.6 billion, or 1.0 pct, in January to $378.5 billion.",
       {"$3.6 billion", "$378.5 billion"},
       {"1.0 pct"},
       "January",
       "$3.6 billion",
       "January"},
      {"Building outlays rose $3.6 billion, or 1.0 pct, in January to $378.5 billion.",
       {"$3.6 billion", "$378.5 billion"},
       {"1.0 pct"},
       "January",
       "1.0 pct",
       "January"},
      // A per-share restatement, and one in brackets.
      {"Net profit was $2.9 million, or 28 cts a share, in 1985.",
       {"$2.9 million", "28 cts"},
       {},
       "1985",
       "$2.9 million",
       "1985"},
      {"Net profit was $2.9 million (28 cts a share) in 1985.",
       {"$2.9 million", "28 cts"},
       {},
       "1985",
       "28 cts",
       "1985"},
      // An aside left open: its date is the pair's.
      {"Net profit rose to $7.3 million from $3.9 million, or 73 cts a share in 1985.",
       {"$7.3 million", "$3.9 million", "73 cts"},
       {},
       "1985",
       "$3.9 million",
       "1985"},
      // Not an aside: "or" between two figures of their own.
      {"Profit was $7.3 million, compared with $3.9 million, in 1985.",
       {"$7.3 million", "$3.9 million"},
       {},
       "1985",
       "$7.3 million",
       ""},
      {"Net profit rose to $7.3 million, or 28 cts a share, from $3.9 million in 1985.",
       {"$7.3 million", "28 cts", "$3.9 million"},
       {},
       "1985",
       "28 cts",
       ""},  // the comparison figure stands between
  };
  for (const Case& c : cases) {
    INFO(c.sentence << " / " << c.figure);
    NormalizedText nt = Text({c.sentence});
    std::vector<Extraction> figures;
    for (const std::string& m : c.money) figures.push_back(At(nt, ClaimKind::kMoney, m));
    for (const std::string& p : c.percent) figures.push_back(At(nt, ClaimKind::kPercent, p));
    figures.push_back(At(nt, ClaimKind::kDate, c.date, c.date));
    std::sort(figures.begin(), figures.end(),
              [](const Extraction& a, const Extraction& b) { return a.begin < b.begin; });
    CheckTime(*builder, nt, figures, c.figure, c.expected_timex);
  }
}

}  // namespace
}  // namespace wirefacts
