#include "store/claim_store.h"

#include <catch2/catch.hpp>

#include <fstream>

#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::MakeClaimActor;
using testing::QueryInt;
using testing::StoryBuilder;
using testing::TempDbPath;

std::unique_ptr<ClaimStore> OpenStore(const std::string& path) {
  std::unique_ptr<ClaimStore> store;
  Status s = ClaimStore::Open(path, &store);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return store;
}

// The trade story: a curly apostrophe makes code points differ from bytes.
StoryBuilder TradeStory(const std::string& uri = "reuters/trade-1", const std::string& tail = "") {
  StoryBuilder b(uri, "Reuters",
                 {"China’s offer to buy more than $1 trillion of U.S. goods was reported by "
                  "Bloomberg.",
                  "Trump said China’s surplus was $323 billion last year" + tail + "."});
  b.AddActor("China", ActorKind::kCountry, {"China", "Chinese"});
  b.AddActor("Trump", ActorKind::kPerson, {"Trump"}, "President");
  b.AddActor("Bloomberg", ActorKind::kOrganization, {"Bloomberg"});
  b.AddMention("China", "China", ActorKind::kCountry);
  b.AddMention("Bloomberg", "Bloomberg", ActorKind::kOrganization);
  b.AddMention("Trump", "Trump", ActorKind::kPerson);
  b.story().relays = {"Bloomberg"};

  Claim& m1 = b.AddClaim(ClaimKind::kMoney, "more than $1 trillion", 0);
  m1.value.low = 1e12;
  m1.value.currency = "USD";
  m1.value.currency_assumed = true;
  m1.value.resolution = 1e12;
  m1.measure = "imports";
  m1.aspect = "change";
  m1.actors = {MakeClaimActor("China", ActorKind::kCountry, "subject")};
  m1.attribution = Attribution{"Bloomberg", "reported", ""};

  Claim& m2 = b.AddClaim(ClaimKind::kMoney, "$323 billion", 1);
  m2.value.low = 3.23e11;
  m2.value.high = 3.23e11;
  m2.value.currency = "USD";
  m2.value.resolution = 1e9;
  m2.measure = "surplus";
  m2.aspect = "level";
  Value t;
  t.start = "2018-01-01";
  t.end = "2018-12-31";
  t.grain = "year";
  t.timex = "2018";
  m2.time = t;
  m2.actors = {MakeClaimActor("Trump", ActorKind::kPerson, "speaker"),
               MakeClaimActor("China", ActorKind::kCountry, "")};
  m2.attribution = Attribution{"Trump", "said", ""};

  Claim& d = b.AddClaim(ClaimKind::kDate, "last year", 1);
  d.value.start = "2018-01-01";
  d.value.end = "2018-12-31";
  d.value.grain = "year";
  d.value.timex = "2018";
  d.events = {"trade_deficit", "surplus"};
  d.actors = {MakeClaimActor("Trump", ActorKind::kPerson, "speaker")};
  return b;
}

void CheckSameClaim(const Claim& got, const Claim& want) {
  INFO("claim " << want.text);
  CHECK(got.kind == want.kind);
  CHECK(got.text == want.text);
  CHECK(got.start == want.start);
  CHECK(got.stop == want.stop);
  CHECK(got.source_start == want.source_start);
  CHECK(got.source_end == want.source_end);
  CHECK(got.sentence_index == want.sentence_index);
  CHECK(got.sentence == want.sentence);
  CHECK(got.value.low == want.value.low);
  CHECK(got.value.high == want.value.high);
  CHECK(got.value.approx == want.value.approx);
  CHECK(got.value.resolution == want.value.resolution);
  CHECK(got.value.currency == want.value.currency);
  CHECK(got.value.currency_assumed == want.value.currency_assumed);
  CHECK(got.value.per == want.value.per);
  CHECK(got.value.points == want.value.points);
  CHECK(got.value.of == want.value.of);
  CHECK(got.value.start == want.value.start);
  CHECK(got.value.end == want.value.end);
  CHECK(got.value.grain == want.value.grain);
  CHECK(got.value.timex == want.value.timex);
  CHECK(got.value.mod == want.value.mod);
  REQUIRE(got.time.has_value() == want.time.has_value());
  if (want.time) {
    CHECK(got.time->start == want.time->start);
    CHECK(got.time->end == want.time->end);
    CHECK(got.time->grain == want.time->grain);
    CHECK(got.time->timex == want.time->timex);
    CHECK(got.time->mod == want.time->mod);
  }
  REQUIRE(got.actors.size() == want.actors.size());
  for (size_t i = 0; i < want.actors.size(); ++i) {
    CHECK(got.actors[i].name == want.actors[i].name);
    CHECK(got.actors[i].kind == want.actors[i].kind);
    CHECK(got.actors[i].role == want.actors[i].role);
  }
  REQUIRE(got.attribution.has_value() == want.attribution.has_value());
  if (want.attribution) {
    CHECK(got.attribution->said_by == want.attribution->said_by);
    CHECK(got.attribution->cue == want.attribution->cue);
    CHECK(got.attribution->cited_source == want.attribution->cited_source);
  }
  CHECK(got.measure == want.measure);
  CHECK(got.aspect == want.aspect);
  CHECK(got.events == want.events);
}

TEST_CASE("Open creates the schema, sets user_version and WAL", "[store]") {
  TempDbPath tmp;
  {
    auto store = OpenStore(tmp.path());
    CHECK(ClaimStore::SchemaVersion() >= 1);
  }
  CHECK(QueryInt(tmp.path(), "PRAGMA user_version") == ClaimStore::SchemaVersion());
  for (const char* table : {"stories", "story_relays", "sentences", "sentences_fts", "actors",
                            "actor_aliases", "mentions", "claims", "claim_actors", "attributions",
                            "relations", "claims_view", "relations_view"}) {
    INFO(table);
    CHECK(QueryInt(tmp.path(), std::string("SELECT count(*) FROM sqlite_master WHERE name = '") +
                                   table + "'") == 1);
  }
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  SqliteStmt* st = nullptr;
  REQUIRE(db->Prepare("PRAGMA journal_mode", &st).ok());
  bool row = false;
  REQUIRE(st->Step(&row).ok());
  REQUIRE(row);
  CHECK(st->Text(0) == "wal");
}

TEST_CASE("A story's body reads back in pieces of whole UTF-8", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder b = TradeStory();
  // Over 3 MiB of two-, three- and four-byte characters among ASCII, so that
  // pieces of 1 MiB end inside a character.
  std::string body;
  for (int i = 0; body.size() < (3u << 20) + 77; ++i)
    body += i % 3 == 0   ? "Caf\xc3\xa9 "
            : i % 3 == 1 ? "\xe2\x82\xac"
                           "5 "
                         : "\xf0\x9d\x84\x9e ok ";
  AnalyzedStory story = b.story();
  story.story.body = body;
  StoreResult r;
  REQUIRE(store->StoreStory(story, nullptr, &r).ok());
  std::string read;
  size_t pieces = 0;
  REQUIRE(store
              ->ReadStoryBody(r.story_id,
                              [&](std::string_view piece) {
                                CHECK(IsValidUtf8(piece));
                                read.append(piece);
                                ++pieces;
                                return Status::OK();
                              })
              .ok());
  CHECK(pieces >= 4);
  CHECK(read == body);
  CHECK(store->ReadStoryBody(r.story_id + 1000, [](std::string_view) { return Status::OK(); })
            .code() == Status::Code::kNotFound);
}

TEST_CASE("Reopening an up-to-date database changes nothing", "[store]") {
  TempDbPath tmp;
  {
    auto store = OpenStore(tmp.path());
    StoreResult r;
    REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());
  }
  const int64_t objects = QueryInt(tmp.path(), "SELECT count(*) FROM sqlite_master");
  auto store = OpenStore(tmp.path());
  CHECK(QueryInt(tmp.path(), "PRAGMA user_version") == ClaimStore::SchemaVersion());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM sqlite_master") == objects);
  std::vector<Claim> claims;
  REQUIRE(store->ListClaims({}, &claims).ok());
  CHECK(claims.size() == 3);
}

TEST_CASE("A stored story reads back exactly", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder b = TradeStory();
  StoreResult r;
  REQUIRE(store->StoreStory(b.story(), nullptr, &r).ok());
  CHECK(r.outcome == StoreOutcome::kStored);
  CHECK(r.story_id > 0);
  CHECK(r.claims == 3);
  CHECK(r.relations == 0);

  std::vector<Story> stories;
  REQUIRE(store->ListStories(&stories).ok());
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].id == r.story_id);
  CHECK(stories[0].uri == "reuters/trade-1");
  CHECK(stories[0].source == "Reuters");
  CHECK(stories[0].published == "2019-01-18");
  CHECK(stories[0].headline == "Headline of reuters/trade-1");
  CHECK(stories[0].pubstatus == "usable");
  CHECK(stories[0].body == b.story().story.body);

  std::vector<Claim> claims;
  REQUIRE(store->ListClaims({}, &claims).ok());
  REQUIRE(claims.size() == 3);
  for (size_t i = 0; i < 3; ++i) {
    CheckSameClaim(claims[i], b.story().claims[i]);
    CHECK(claims[i].id > 0);
    CHECK(claims[i].story.id == r.story_id);
    CHECK(claims[i].story.uri == "reuters/trade-1");
    CHECK(claims[i].story.source == "Reuters");
    CHECK(claims[i].story.published == "2019-01-18");
    CHECK(claims[i].story.relays == std::vector<std::string>{"Bloomberg"});
    CHECK_FALSE(claims[i].superseded);
  }
  // Open bounds are NULL, not 0.
  CHECK_FALSE(claims[0].value.high.has_value());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims WHERE high IS NULL AND kind = 'money'") ==
        1);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims WHERE time_timex IS NULL") == 2);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims WHERE unit = 'USD'") == 2);

  // Code points: the second sentence starts after one curly apostrophe.
  const std::string& body = b.story().story.body;
  const size_t second = b.story().normalized.sentences[1].begin;
  CHECK(QueryInt(tmp.path(), "SELECT start FROM sentences WHERE idx = 1") ==
        static_cast<int64_t>(CodepointCount(std::string_view(body).substr(0, second))));
  CHECK(claims[1].start ==
        CodepointCount(std::string_view(body).substr(0, body.find("$323 billion"))));

  // Attribution resolved to the actor when the speaker is known.
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM attributions at JOIN actors a ON a.id = "
                 "at.said_by_actor_id WHERE a.name = 'Trump'") == 2 - 1);

  std::vector<Actor> actors;
  REQUIRE(store->ListActors(&actors).ok());
  REQUIRE(actors.size() == 3);
  for (const Actor& a : actors) {
    CHECK(a.mentions == 1);
    CHECK(a.id > 0);
    if (a.name == "China") {
      CHECK(a.kind == ActorKind::kCountry);
      CHECK(a.aliases == std::vector<std::string>{"China", "Chinese"});
    }
    if (a.name == "Trump") CHECK(a.title == "President");
  }
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM mentions WHERE form = 'name'") == 3);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims_view WHERE said_by = 'Trump'") == 1);
}

TEST_CASE("Storing the same story again changes nothing", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r1, r2;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r1).ok());
  const int64_t changes = QueryInt(tmp.path(), "SELECT total_changes()");
  (void)changes;
  const int64_t claims = QueryInt(tmp.path(), "SELECT count(*) FROM claims");
  const int64_t actors = QueryInt(tmp.path(), "SELECT count(*) FROM actors");
  const int64_t mentions = QueryInt(tmp.path(), "SELECT count(*) FROM mentions");
  bool called = false;
  auto reconcile = [&](const std::vector<Claim>&, CandidateSource*, std::vector<Relation>*) {
    called = true;
    return Status::OK();
  };
  REQUIRE(store->StoreStory(TradeStory().story(), reconcile, &r2).ok());
  CHECK(r2.outcome == StoreOutcome::kUnchanged);
  CHECK(r2.story_id == r1.story_id);
  CHECK(r2.claims == 0);
  CHECK_FALSE(called);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 1);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims") == claims);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actors") == actors);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM mentions") == mentions);
}

TEST_CASE("A reissue ingested again after many stories is unchanged", "[store]") {
  // The near-copy search looks at the newest kReissueWindow stories only;
  // a re-run of the batch must still find the reissue it filed the first
  // time (by the uri it arrived with), not store it as a new story.
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  const std::vector<std::string> body = {
      "Acme Corp said on Tuesday its quarterly profit rose to 12 mln dlrs.",
      "The company also raised its dividend to 10 cts a share from eight cts."};
  auto original = [&] { return StoryBuilder("urn:acme-1", "wire", body); };
  auto correction = [&] {
    std::vector<std::string> fixed = body;
    fixed[0] = "Acme Corp said on Tuesday its quarterly profit rose to 13 mln dlrs.";
    StoryBuilder b("urn:acme-2", "wire", fixed);
    b.story().story.headline = "CORRECTED - Headline of urn:acme-1";
    return b;
  };
  auto filler = [&](int i) {
    return StoryBuilder("urn:other-" + std::to_string(i), "wire",
                        {"Story number " + std::to_string(i) + " is about something else " +
                         std::to_string(i * 7919) + " entirely."});
  };
  const int kFillers = ClaimStore::kReissueWindow + 5;
  auto ingest_all = [&](std::vector<StoreOutcome>* outcomes, StoreResult* corrected) {
    StoreResult r;
    REQUIRE(store->StoreStory(original().story(), nullptr, &r).ok());
    outcomes->push_back(r.outcome);
    REQUIRE(store->StoreStory(correction().story(), nullptr, corrected).ok());
    outcomes->push_back(corrected->outcome);
    for (int i = 0; i < kFillers; ++i) {
      REQUIRE(store->StoreStory(filler(i).story(), nullptr, &r).ok());
      outcomes->push_back(r.outcome);
    }
  };
  std::vector<StoreOutcome> first, second;
  StoreResult c1, c2;
  ingest_all(&first, &c1);
  CHECK(c1.reissue_of == "urn:acme-1");
  CHECK(c1.outcome == StoreOutcome::kSuperseded);
  const int64_t stories = QueryInt(tmp.path(), "SELECT count(*) FROM stories");
  CHECK(stories == kFillers + 2);
  ingest_all(&second, &c2);
  for (StoreOutcome o : second) CHECK(o == StoreOutcome::kUnchanged);
  CHECK(c2.reissue_of == "urn:acme-1");
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == stories);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories WHERE received_uri = 'urn:acme-2'") ==
        1);
}

TEST_CASE("A new body for the same uri supersedes the old story", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r1, r2;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r1).ok());

  StoryBuilder v2 = TradeStory("reuters/trade-1", ", officials said");
  v2.story().story.version = "2";
  // The reconciler sees the replaced version's claims, marked superseded.
  std::vector<Claim> candidates;
  auto reconcile = [&](const std::vector<Claim>& fresh, CandidateSource* source,
                       std::vector<Relation>*) {
    return source->FindCandidates(fresh[1], &candidates);
  };
  REQUIRE(store->StoreStory(v2.story(), reconcile, &r2).ok());
  CHECK(r2.outcome == StoreOutcome::kSuperseded);
  CHECK(r2.story_id != r1.story_id);
  CHECK(r2.claims == 3);
  REQUIRE(candidates.size() == 1);
  CHECK(candidates[0].superseded);
  CHECK(candidates[0].story.id == r1.story_id);

  CHECK(QueryInt(tmp.path(), "SELECT superseded_by FROM stories WHERE id = " +
                                 std::to_string(r1.story_id)) == r2.story_id);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims WHERE superseded = 1 AND story_id = " +
                                 std::to_string(r1.story_id)) == 3);

  std::vector<Story> stories;
  REQUIRE(store->ListStories(&stories).ok());
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].id == r2.story_id);
  CHECK(stories[0].version == "2");

  std::vector<Claim> current, all;
  REQUIRE(store->ListClaims({}, &current).ok());
  CHECK(current.size() == 3);
  for (const Claim& c : current) CHECK(c.story.id == r2.story_id);
  ClaimFilter with_old;
  with_old.include_superseded = true;
  REQUIRE(store->ListClaims(with_old, &all).ok());
  CHECK(all.size() == 6);

  // Mentions of the superseded version no longer count.
  std::vector<Actor> actors;
  REQUIRE(store->ListActors(&actors).ok());
  for (const Actor& a : actors) CHECK(a.mentions == 1);

  // An older version arriving late stores nothing.
  StoreResult r3;
  StoryBuilder v1 = TradeStory("reuters/trade-1", " (old)");
  v1.story().story.version = "1";
  REQUIRE(store->StoreStory(v1.story(), nullptr, &r3).ok());
  CHECK(r3.outcome == StoreOutcome::kUnchanged);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 2);
}

TEST_CASE("The same uri from another source is another story", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder a = TradeStory("wire/1");
  StoryBuilder b = TradeStory("wire/1");
  b.story().story.source = "AP";
  StoreResult ra, rb;
  REQUIRE(store->StoreStory(a.story(), nullptr, &ra).ok());
  REQUIRE(store->StoreStory(b.story(), nullptr, &rb).ok());
  CHECK(rb.outcome == StoreOutcome::kStored);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories WHERE superseded_by IS NULL") == 2);
}

TEST_CASE("Actors merge across stories by alias and surname", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());

  StoryBuilder second("ap/2", "AP",
                      {"President Donald Trump met Chinese officials.",
                       "Ivanka Trump spoke to the Beijing delegation."});
  second.AddActor("Donald Trump", ActorKind::kPerson, {"Donald Trump"}, "U.S. President");
  second.AddActor("Ivanka Trump", ActorKind::kPerson, {"Ivanka Trump", "Trump"});
  second.AddActor("China", ActorKind::kCountry, {"Chinese", "Beijing"});
  second.AddMention("Donald Trump", "Donald Trump", ActorKind::kPerson);
  second.AddMention("Chinese", "China", ActorKind::kCountry, MentionForm::kDemonym);
  second.AddMention("Ivanka Trump", "Ivanka Trump", ActorKind::kPerson);
  REQUIRE(store->StoreStory(second.story(), nullptr, &r).ok());

  std::vector<Actor> actors;
  REQUIRE(store->ListActors(&actors).ok());
  const Actor* trump = nullptr;
  const Actor* ivanka = nullptr;
  const Actor* china = nullptr;
  int people = 0;
  for (const Actor& a : actors) {
    if (a.kind == ActorKind::kPerson) ++people;
    if (a.name == "Donald Trump") trump = &a;
    if (a.name == "Ivanka Trump") ivanka = &a;
    if (a.name == "China") china = &a;
  }
  CHECK(people == 2);  // Ivanka Trump is not Donald Trump despite the alias "Trump"
  REQUIRE(trump != nullptr);
  REQUIRE(ivanka != nullptr);
  REQUIRE(china != nullptr);
  CHECK(trump->aliases == std::vector<std::string>{"Trump", "Donald Trump"});
  CHECK(trump->title == "U.S. President");  // the longer title
  CHECK(trump->mentions == 2);
  CHECK(china->aliases == std::vector<std::string>{"China", "Chinese", "Beijing"});
  CHECK(china->mentions == 2);
  CHECK(actors.size() == 4);  // China, Donald Trump, Ivanka Trump, Bloomberg

  // The first story's claims now show the fuller name.
  std::vector<Claim> claims;
  ClaimFilter f;
  f.kind = ClaimKind::kMoney;
  REQUIRE(store->ListClaims(f, &claims).ok());
  REQUIRE(claims.size() == 2);
  CHECK(claims[1].actors[0].name == "Donald Trump");
}

TEST_CASE("Hyphenated and spaced spellings of a name are one actor", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder one("a/1", "AP", {"Kim Jong-un inspected the launch site."});
  one.AddActor("Kim Jong-un", ActorKind::kPerson, {"Kim Jong-un"});
  one.AddMention("Kim Jong-un", "Kim Jong-un", ActorKind::kPerson);
  StoryBuilder two("a/2", "AP", {"Kim Jong Un left the site on Friday."});
  two.AddActor("Kim Jong Un", ActorKind::kPerson, {"Kim Jong Un"});
  two.AddMention("Kim Jong Un", "Kim Jong Un", ActorKind::kPerson);
  StoryBuilder three("a/3", "AP", {"Coca Cola and Coca-Cola Co. are one company."});
  three.AddActor("Coca-Cola", ActorKind::kOrganization, {"Coca-Cola"});
  StoryBuilder four("a/4", "AP", {"Coca Cola reported sales."});
  four.AddActor("Coca Cola", ActorKind::kOrganization, {"Coca Cola"});
  StoreResult r;
  for (StoryBuilder* b : {&one, &two, &three, &four})
    REQUIRE(store->StoreStory(b->story(), nullptr, &r).ok());

  std::vector<Actor> actors;
  REQUIRE(store->ListActors(&actors).ok());
  int people = 0, companies = 0;
  for (const Actor& a : actors) {
    if (a.kind == ActorKind::kPerson) {
      ++people;
      CHECK(a.name == "Kim Jong-un");
      // "Kim Jong Un" is filed already: the second key of "Kim Jong-un".
      CHECK(a.aliases == std::vector<std::string>{"Kim Jong-un"});
      CHECK(a.mentions == 2);
    }
    if (a.kind == ActorKind::kOrganization && a.name.rfind("Coca", 0) == 0) ++companies;
  }
  CHECK(people == 1);
  CHECK(companies == 1);
}

TEST_CASE("A person matched by a shared alias keeps a name of another given name", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder one("a/1", "AP", {"President Ronald Reagan spoke."});
  one.AddActor("Ronald Reagan", ActorKind::kPerson, {"Ronald Reagan", "President Reagan"});
  StoryBuilder two("a/2", "AP", {"President Reagan and Michael Reagan spoke."});
  two.AddActor("Michael Reagan", ActorKind::kPerson, {"Michael Reagan", "President Reagan"});
  StoryBuilder three("a/3", "AP", {"President Ronald Wilson Reagan spoke."});
  three.AddActor("Ronald Wilson Reagan", ActorKind::kPerson,
                 {"Ronald Wilson Reagan", "President Reagan"});
  StoreResult r;
  std::vector<Actor> actors;
  for (StoryBuilder* b : {&one, &two}) REQUIRE(store->StoreStory(b->story(), nullptr, &r).ok());
  REQUIRE(store->ListActors(&actors).ok());
  REQUIRE(actors.size() == 1);
  CHECK(actors[0].name == "Ronald Reagan");  // "Michael" is no fuller "Ronald"
  REQUIRE(store->StoreStory(three.story(), nullptr, &r).ok());
  REQUIRE(store->ListActors(&actors).ok());
  REQUIRE(actors.size() == 1);
  CHECK(actors[0].name == "Ronald Wilson Reagan");
}

TEST_CASE("Story-local aliases are filed but never merge actors across stories", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder one("a/1", "AP", {"The World Bank lent more. The Bank said so."});
  one.AddActor("World Bank", ActorKind::kOrganization, {"World Bank", "the Bank"}, "",
               {"the Bank"});
  StoryBuilder two("a/2", "AP", {"The Bank of England cut rates. The Bank said so."});
  two.AddActor("Bank of England", ActorKind::kOrganization, {"Bank of England", "the Bank"}, "",
               {"the Bank"});
  StoreResult r;
  REQUIRE(store->StoreStory(one.story(), nullptr, &r).ok());
  REQUIRE(store->StoreStory(two.story(), nullptr, &r).ok());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actors") == 2);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actor_aliases WHERE alias_key = 'the bank'") ==
        2);
}

TEST_CASE("A surname-only name shared by two people stays apart", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder one("a/1", "AP", {"Donald Trump and Ivanka Trump arrived."});
  one.AddActor("Donald Trump", ActorKind::kPerson, {"Donald Trump"});
  one.AddActor("Ivanka Trump", ActorKind::kPerson, {"Ivanka Trump"});
  StoryBuilder two("a/2", "AP", {"Trump spoke."});
  two.AddActor("Trump", ActorKind::kPerson, {"Trump"});
  StoreResult r;
  REQUIRE(store->StoreStory(one.story(), nullptr, &r).ok());
  REQUIRE(store->StoreStory(two.story(), nullptr, &r).ok());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actors") == 3);
}

// How many claims ListClaims gives for ClaimFilter::actor = `actor`.
size_t ClaimsNaming(ClaimStore* store, const std::string& actor) {
  ClaimFilter f;
  f.actor = actor;
  std::vector<Claim> out;
  REQUIRE(store->ListClaims(f, &out).ok());
  return out.size();
}

TEST_CASE("ListClaims filters by actor alias, kind, story and limit", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());
  StoryBuilder other("ap/9", "AP", {"Mnuchin said tariffs raised $5 billion."});
  other.AddActor("Steven Mnuchin", ActorKind::kPerson, {"Mnuchin"});
  Claim& c = other.AddClaim(ClaimKind::kMoney, "$5 billion", 0);
  c.value.low = c.value.high = 5e9;
  c.value.currency = "USD";
  c.actors = {MakeClaimActor("Steven Mnuchin", ActorKind::kPerson, "speaker")};
  REQUIRE(store->StoreStory(other.story(), nullptr, &r).ok());

  struct Case {
    std::string actor;
    size_t expected;
  } cases[] = {
      {"Trump", 2},   {"trump", 2},   {"  TRUMP ", 2},       {"China", 2},
      {"chinese", 2}, {"Mnuchin", 1}, {"steven mnuchin", 1}, {"Xi", 0},
  };
  for (const Case& tc : cases) {
    INFO(tc.actor);
    CHECK(ClaimsNaming(store.get(), tc.actor) == tc.expected);
  }
  ClaimFilter by_story;
  by_story.story_uri = "ap/9";
  std::vector<Claim> out;
  REQUIRE(store->ListClaims(by_story, &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == "$5 billion");

  ClaimFilter dates;
  dates.kind = ClaimKind::kDate;
  REQUIRE(store->ListClaims(dates, &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == "last year");

  ClaimFilter limited;
  limited.limit = 2;
  REQUIRE(store->ListClaims(limited, &out).ok());
  CHECK(out.size() == 2);
}

TEST_CASE("ListClaims finds an organisation by its name without its legal form", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  int n = 0;
  auto add = [&](const std::string& org, ActorKind kind) {
    const std::string uri = "w/" + std::to_string(++n);
    StoryBuilder b(uri, "Wire", {org + " said sales rose $5 million."});
    b.AddActor(org, kind, {org});
    Claim& c = b.AddClaim(ClaimKind::kMoney, "$5 million", 0);
    c.value.low = c.value.high = 5e6;
    c.value.currency = "USD";
    c.actors = {MakeClaimActor(org, kind, "speaker")};
    REQUIRE(store->StoreStory(b.story(), nullptr, &r).ok());
  };
  add("Harbor Mills Inc", ActorKind::kOrganization);
  add("Delta Paper Co Ltd", ActorKind::kOrganization);
  add("Harbor Mills Paper", ActorKind::kOrganization);
  add("Lena Ortiz", ActorKind::kPerson);
  struct Case {
    std::string actor;
    size_t expected;
  } cases[] = {
      {"Harbor Mills Inc", 1},  // as stored
      {"harbor mills", 1},      // the legal form left out; not "Harbor Mills Paper"
      {"Delta Paper", 1},      {"Delta Paper Co", 1},
      {"Harbor", 0},           {"Lena", 0},  // people are not found by a first name this way
  };
  for (const Case& tc : cases) {
    INFO(tc.actor);
    CHECK(ClaimsNaming(store.get(), tc.actor) == tc.expected);
  }
}

TEST_CASE("An organisation written with and without its legal forms is one actor", "[store]") {
  struct Case {
    std::vector<std::string> names;  // one story each, in this order
    size_t organizations;
  } cases[] = {
      {{"Newmont Gold Co", "Newmont Gold"}, 1},
      {{"Newmont Gold", "Newmont Gold Co"}, 1},
      {{"Harbor Mills Paper Co Ltd", "harbor mills paper"}, 1},
      // Another last form is another company: Britain's General Electric
      // Co Plc is not the General Electric Co, even once that one has been
      // written "General Electric".
      {{"General Electric Co", "General Electric Co Plc"}, 2},
      {{"General Electric", "General Electric Co", "General Electric Co Plc"}, 2},
      {{"Acme Widgets Inc", "Acme Widgets Corp"}, 2},
      // "Acme Widgets" could be either: a third actor.
      {{"Acme Widgets Inc", "Acme Widgets Corp", "Acme Widgets"}, 3},
      {{"BBC AG", "BBC"}, 2},  // a one-word name is too short to tell
      {{"Delta Paper Co", "Delta Paper Mills"}, 2},
  };
  for (const Case& tc : cases) {
    INFO(tc.names.front() << " ... " << tc.names.back());
    TempDbPath tmp;
    auto store = OpenStore(tmp.path());
    int n = 0;
    for (const std::string& org : tc.names) {
      StoreResult r;
      StoryBuilder b("w/" + std::to_string(++n), "Wire", {org + " said sales rose."});
      b.AddActor(org, ActorKind::kOrganization, {org});
      b.AddMention(org, org, ActorKind::kOrganization);
      REQUIRE(store->StoreStory(b.story(), nullptr, &r).ok());
    }
    CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actors WHERE kind = 'organization'") ==
          static_cast<int64_t>(tc.organizations));
  }
}

TEST_CASE("The reconciler sees a new story's actors and speaker by their stored names", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  auto story = [](const std::string& uri, const std::string& person,
                  std::vector<std::string> aliases, const std::string& speaker) {
    StoryBuilder b(uri, "Wire", {"The tariffs take effect on April 17, " + speaker + " said."});
    b.AddActor(person, ActorKind::kPerson, aliases);
    Claim& c = b.AddClaim(ClaimKind::kDate, "April 17", 0);
    c.value.start = c.value.end = "1987-04-17";
    c.value.grain = "day";
    c.value.timex = "1987-04-17";
    c.measure = "tariff_change";
    c.actors = {MakeClaimActor(person, ActorKind::kPerson, "speaker")};
    Attribution a;
    a.said_by = speaker;
    a.cue = "said";
    c.attribution = a;
    return b;
  };
  REQUIRE(
      store
          ->StoreStory(story("w/1", "Ronald Reagan", {"Ronald Reagan", "Reagan"}, "Reagan").story(),
                       nullptr, &r)
          .ok());
  std::vector<Claim> fresh_seen, candidates_seen;
  auto reconcile = [&](const std::vector<Claim>& fresh, CandidateSource* source,
                       std::vector<Relation>*) -> Status {
    for (const Claim& claim : fresh) {
      fresh_seen.push_back(claim);
      WF_RETURN_IF_ERROR(source->FindCandidates(claim, &candidates_seen));
    }
    return Status::OK();
  };
  // The second story knows him only as "President Reagan" / "Reagan".
  REQUIRE(
      store->StoreStory(story("w/2", "Reagan", {"Reagan"}, "Reagan").story(), reconcile, &r).ok());
  REQUIRE(fresh_seen.size() == 1);
  REQUIRE(fresh_seen[0].actors.size() == 1);
  CHECK(fresh_seen[0].actors[0].name == "Ronald Reagan");
  REQUIRE(fresh_seen[0].attribution.has_value());
  CHECK(fresh_seen[0].attribution->said_by == "Ronald Reagan");
  REQUIRE(candidates_seen.size() == 1);
  CHECK(candidates_seen[0].actors[0].name == "Ronald Reagan");
  REQUIRE(candidates_seen[0].attribution.has_value());
  CHECK(candidates_seen[0].attribution->said_by == "Ronald Reagan");

  // Readers see the words of each story.
  std::vector<Claim> listed;
  REQUIRE(store->ListClaims({}, &listed).ok());
  REQUIRE(listed.size() == 2);
  for (const Claim& c : listed) {
    REQUIRE(c.attribution.has_value());
    CHECK(c.attribution->said_by == "Reagan");
  }
}

TEST_CASE("ListClaims searches sentences with FTS5", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());
  struct Case {
    std::string query;
    std::vector<std::string> texts;
  } cases[] = {
      {"surplus", {"$323 billion", "last year"}},
      {"Bloomberg", {"more than $1 trillion"}},
      {"SURPLUS", {"$323 billion", "last year"}},
      {"surp*", {"$323 billion", "last year"}},
      {"U.S.", {"more than $1 trillion"}},  // not FTS5 syntax: searched as words
      {"trillion OR surplus", {"more than $1 trillion", "$323 billion", "last year"}},
      {"tariffs", {}},
  };
  for (const Case& tc : cases) {
    INFO(tc.query);
    ClaimFilter f;
    f.search = tc.query;
    std::vector<Claim> out;
    Status s = store->ListClaims(f, &out);
    INFO(s.ToString());
    REQUIRE(s.ok());
    std::vector<std::string> texts;
    for (const Claim& c : out) texts.push_back(c.text);
    CHECK(texts == tc.texts);
  }
}

TEST_CASE("Relations from the reconciler are stored with both claims", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r1, r2;
  REQUIRE(store->StoreStory(TradeStory("reuters/1").story(), nullptr, &r1).ok());

  StoryBuilder second("ap/2", "AP", {"China's surplus was $323 billion in 2018, AP said."});
  second.AddActor("China", ActorKind::kCountry, {"China"});
  Claim& c = second.AddClaim(ClaimKind::kMoney, "$323 billion", 0);
  c.value.low = c.value.high = 3.23e11;
  c.value.currency = "USD";
  c.measure = "surplus";
  c.aspect = "level";
  c.actors = {MakeClaimActor("China", ActorKind::kCountry)};

  auto reconcile = [](const std::vector<Claim>& fresh, CandidateSource* source,
                      std::vector<Relation>* out) -> Status {
    for (const Claim& claim : fresh) {
      std::vector<Claim> candidates;
      WF_RETURN_IF_ERROR(source->FindCandidates(claim, &candidates));
      for (const Claim& cand : candidates) {
        Relation rel;
        rel.kind = RelationKind::kCorroborates;
        rel.a = cand;
        rel.b = claim;
        rel.reason_code = "same_value";
        rel.reason = "both say $323 billion";
        rel.independent = true;
        rel.score = 0.9;
        out->push_back(rel);
      }
    }
    return Status::OK();
  };
  REQUIRE(store->StoreStory(second.story(), reconcile, &r2).ok());
  CHECK(r2.relations == 1);

  std::vector<Relation> rels;
  REQUIRE(store->ListRelations({}, &rels).ok());
  REQUIRE(rels.size() == 1);
  CHECK(rels[0].id > 0);
  CHECK(rels[0].kind == RelationKind::kCorroborates);
  CHECK(rels[0].a.story.uri == "reuters/1");
  CHECK(rels[0].a.text == "$323 billion");
  CHECK(rels[0].a.sentence.find("surplus") != std::string::npos);
  CHECK(rels[0].a.attribution.has_value());
  CHECK(rels[0].b.story.uri == "ap/2");
  CHECK(rels[0].b.story.source == "AP");
  CHECK(rels[0].reason_code == "same_value");
  CHECK(rels[0].reason == "both say $323 billion");
  CHECK(rels[0].independent);
  CHECK(rels[0].score == Approx(0.9));

  RelationFilter conflicts;
  conflicts.kind = RelationKind::kConflicts;
  REQUIRE(store->ListRelations(conflicts, &rels).ok());
  CHECK(rels.empty());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM relations_view WHERE a_source = 'Reuters'") ==
        1);
}

TEST_CASE("A failing reconciler rolls the whole story back", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  auto failing = [](const std::vector<Claim>&, CandidateSource*, std::vector<Relation>*) {
    return Status::InvalidInput("reconciler broke");
  };
  StoreResult r;
  Status s = store->StoreStory(TradeStory().story(), failing, &r);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("reconciler broke") != std::string::npos);
  for (const char* table : {"stories", "claims", "sentences", "actors", "actor_aliases", "mentions",
                            "claim_actors", "attributions", "relations"}) {
    INFO(table);
    CHECK(QueryInt(tmp.path(), std::string("SELECT count(*) FROM ") + table) == 0);
  }
  // The store is usable afterwards.
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());
  CHECK(r.outcome == StoreOutcome::kStored);

  // A relation without claim ids is an error too, and rolls back.
  auto bad = [](const std::vector<Claim>&, CandidateSource*, std::vector<Relation>* out) {
    out->push_back(Relation());
    return Status::OK();
  };
  StoryBuilder other = TradeStory("reuters/other");
  CHECK_FALSE(store->StoreStory(other.story(), bad, &r).ok());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 1);
}

TEST_CASE("A kind outside the schema's CHECK lists is refused and the story rolled back",
          "[store]") {
  // The store's connection leaves the `kind IN (...)` CHECKs to the store
  // (ClaimStore::Open): a claim, actor or relation kind that is no value of
  // its enum is refused as the CHECK refused it, the story whole.
  const std::string broken = GENERATE(as<std::string>{}, "claim", "actor", "relation");
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory().story(), nullptr, &r).ok());
  const int64_t claims = QueryInt(tmp.path(), "SELECT count(*) FROM claims");
  const int64_t actors = QueryInt(tmp.path(), "SELECT count(*) FROM actors");
  REQUIRE(claims > 0);

  StoryBuilder b = TradeStory("reuters/trade-2", " again");
  if (broken == "claim") b.story().claims.back().kind = static_cast<ClaimKind>(99);
  if (broken == "actor") b.story().actors.back().kind = static_cast<ActorKind>(99);
  auto reconcile = [&](const std::vector<Claim>& fresh, CandidateSource*,
                       std::vector<Relation>* out) {
    if (broken == "relation") {
      Relation rel;
      rel.kind = static_cast<RelationKind>(99);
      rel.a.id = 1;  // a claim of the first story
      rel.b = fresh.front();
      out->push_back(rel);
    }
    return Status::OK();
  };
  Status s = store->StoreStory(b.story(), reconcile, &r);
  INFO(s.ToString());
  CHECK_FALSE(s.ok());
  CHECK(s.message().find(broken + " of no known kind") != std::string::npos);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 1);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims") == claims);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM actors") == actors);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM relations") == 0);

  // Other connections evaluate the CHECKs.
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  CHECK_FALSE(db->Exec("UPDATE claims SET kind = 'rumour'").ok());
  CHECK_FALSE(db->Exec("UPDATE actors SET kind = 'crowd'").ok());
}

TEST_CASE("FindCandidates blocks by kind, unit, measure and actors", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r1, r2;
  REQUIRE(store->StoreStory(TradeStory("reuters/1").story(), nullptr, &r1).ok());

  StoryBuilder second("ap/2", "AP",
                      {"Trump said the surplus was $300 billion and 300 billion euros in 2018."});
  second.AddActor("Donald Trump", ActorKind::kPerson, {"Trump"});
  Claim& usd = second.AddClaim(ClaimKind::kMoney, "$300 billion", 0);
  usd.value.low = usd.value.high = 3e11;
  usd.value.currency = "USD";
  usd.measure = "surplus";
  usd.aspect = "level";
  usd.actors = {MakeClaimActor("China", ActorKind::kCountry)};
  Claim& eur = second.AddClaim(ClaimKind::kMoney, "300 billion euros", 0);
  eur.value.low = eur.value.high = 3e11;
  eur.value.currency = "EUR";
  eur.measure = "surplus";
  eur.aspect = "level";
  eur.actors = {MakeClaimActor("China", ActorKind::kCountry)};
  Claim& d = second.AddClaim(ClaimKind::kDate, "2018", 0);
  d.value.timex = "2018";
  d.actors = {MakeClaimActor("Donald Trump", ActorKind::kPerson, "speaker")};

  std::vector<Claim> fresh;
  auto capture = [&](const std::vector<Claim>& claims, CandidateSource*, std::vector<Relation>*) {
    fresh = claims;
    return Status::OK();
  };
  REQUIRE(store->StoreStory(second.story(), capture, &r2).ok());
  REQUIRE(fresh.size() == 3);
  CHECK(fresh[0].id > 0);
  CHECK(fresh[0].story.id == r2.story_id);
  CHECK(fresh[0].story.source == "AP");

  std::vector<Claim> out;
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  REQUIRE(out.size() == 1);  // the USD surplus, not the USD imports figure
  CHECK(out[0].text == "$323 billion");
  CHECK(out[0].story.relays == std::vector<std::string>{"Bloomberg"});
  CHECK(out[0].actors.size() == 2);
  CHECK_FALSE(out[0].superseded);

  out.clear();
  REQUIRE(store->FindCandidates(fresh[1], &out).ok());
  CHECK(out.empty());  // EUR: another unit

  Claim no_measure = fresh[0];
  no_measure.measure = "";
  out.clear();
  REQUIRE(store->FindCandidates(no_measure, &out).ok());
  CHECK(out.empty());

  Claim other_measure = fresh[0];  // an increase of imports near $1 trillion
  other_measure.measure = "imports";
  other_measure.aspect = "change";
  other_measure.value.low = other_measure.value.high = 1.1e12;
  out.clear();
  REQUIRE(store->FindCandidates(other_measure, &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == "more than $1 trillion");

  out.clear();
  REQUIRE(store->FindCandidates(fresh[2], &out).ok());  // date with Trump
  REQUIRE(out.size() == 1);
  CHECK(out[0].text == "last year");

  Claim far_value = fresh[0];  // a surplus ten times larger: another quantity
  far_value.value.low = far_value.value.high = 3e12;
  out.clear();
  REQUIRE(store->FindCandidates(far_value, &out).ok());
  CHECK(out.empty());

  Claim other_aspect = fresh[0];  // a change in the surplus, not its level
  other_aspect.aspect = "change";
  out.clear();
  REQUIRE(store->FindCandidates(other_aspect, &out).ok());
  CHECK(out.empty());

  // A claim never gets candidates from its own story.
  std::vector<Claim> own;
  ClaimFilter f;
  f.story_uri = "reuters/1";
  REQUIRE(store->ListClaims(f, &own).ok());
  REQUIRE(own.size() == 3);
  out.clear();
  REQUIRE(store->FindCandidates(own[1], &out).ok());
  CHECK(out.size() == 1);  // the $300 billion of ap/2 only
  CHECK(out[0].story.uri == "ap/2");

  // The candidate query uses the blocking index, not a scan.
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  SqliteStmt* plan = nullptr;
  REQUIRE(db->Prepare("EXPLAIN QUERY PLAN SELECT c.id FROM claims c WHERE c.kind = 'money' AND "
                      "c.unit = 'USD' AND c.measure = 'surplus' AND c.superseded = 0 AND "
                      "c.story_id <> 1",
                      &plan)
              .ok());
  bool row = false;
  REQUIRE(plan->Step(&row).ok());
  REQUIRE(row);
  CHECK(plan->Text(3).find("claims_blocking") != std::string::npos);
}

TEST_CASE("Files that are not wirefacts databases are refused", "[store]") {
  SECTION("garbage") {
    TempDbPath tmp;
    {
      std::ofstream f(tmp.path(), std::ios::binary);
      for (int i = 0; i < 200; ++i) f << "this is not a database, just text. ";
    }
    std::unique_ptr<ClaimStore> store;
    Status s = ClaimStore::Open(tmp.path(), &store);
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == Status::Code::kDatabaseError);
    CHECK(s.message().find(tmp.path()) != std::string::npos);
    CHECK(s.message().find("file is not a database") != std::string::npos);
  }
  SECTION("a folder that does not exist") {
    std::string path =
        (std::filesystem::temp_directory_path() / "wf_no_such_dir_x9" / "a.db").string();
    std::unique_ptr<ClaimStore> store;
    Status s = ClaimStore::Open(path, &store);
    REQUIRE_FALSE(s.ok());
    CHECK(s.code() == Status::Code::kDatabaseError);
    CHECK(s.message().find(path) != std::string::npos);
  }
  SECTION("newer schema") {
    TempDbPath tmp;
    { auto store = OpenStore(tmp.path()); }
    {
      std::unique_ptr<SqliteDb> db;
      REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
      REQUIRE(db->Exec("PRAGMA user_version = " + std::to_string(ClaimStore::SchemaVersion() + 1))
                  .ok());
    }
    std::unique_ptr<ClaimStore> store;
    Status s = ClaimStore::Open(tmp.path(), &store);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find(tmp.path()) != std::string::npos);
    CHECK(s.message().find("newer") != std::string::npos);
  }
  SECTION("another application's SQLite database") {
    TempDbPath tmp;
    {
      std::unique_ptr<SqliteDb> db;
      REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
      REQUIRE(db->Exec("CREATE TABLE notes(x)").ok());
    }
    std::unique_ptr<ClaimStore> store;
    Status s = ClaimStore::Open(tmp.path(), &store);
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find(tmp.path()) != std::string::npos);
    CHECK(s.message().find("not a wirefacts database") != std::string::npos);
  }
}

TEST_CASE("claim_blocks indexes claims by the actors they relate through", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory("reuters/1").story(), nullptr, &r).ok());
  // $323 billion: Trump and China (a country); the imports figure: China;
  // "last year": Trump, a person.
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claim_blocks WHERE kind = 'money'") == 3);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claim_blocks WHERE kind = 'date'") == 1);
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM claim_blocks WHERE kind = 'money' AND measure = 'surplus'"
                 " AND unit = 'USD' AND aspect = 'level'") == 2);
}

TEST_CASE("FindCandidates looks only at the newest kWindow claims of a bucket", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory("reuters/1").story(), nullptr, &r).ok());

  auto surplus_story = [](const std::string& uri, const std::string& country, int claims) {
    StoryBuilder b(uri, "AP", {country + " said its surplus was $300 billion."});
    b.AddActor(country, ActorKind::kCountry, {country});
    for (int i = 0; i < claims; ++i) {
      Claim& c = b.AddClaim(ClaimKind::kMoney, "$300 billion", 0);
      c.value.low = c.value.high = 3e11;
      c.value.currency = "USD";
      c.measure = "surplus";
      c.aspect = "level";
      c.actors = {MakeClaimActor(country, ActorKind::kCountry)};
    }
    return b;
  };
  std::vector<Claim> fresh;
  auto capture = [&](const std::vector<Claim>& claims, CandidateSource*, std::vector<Relation>*) {
    fresh = claims;
    return Status::OK();
  };
  std::vector<Claim> out;
  REQUIRE(store->StoreStory(surplus_story("ap/1", "China", 1).story(), capture, &r).ok());
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  REQUIRE(out.size() == 1);  // China's $323 billion surplus
  CHECK(out[0].text == "$323 billion");

  // kWindow newer surplus figures of another country push it out.
  REQUIRE(
      store->StoreStory(surplus_story("ap/2", "Japan", ClaimStore::kWindow).story(), nullptr, &r)
          .ok());
  REQUIRE(store->StoreStory(surplus_story("ap/3", "China", 1).story(), capture, &r).ok());
  out.clear();
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  CHECK(out.empty());
}

// The $323 billion surplus block of TradeStory, from another story: its
// claim's candidates are TradeStory's "$323 billion".
StoryBuilder SurplusProbe(const std::string& uri) {
  StoryBuilder b(uri, "AP", {"The surplus was $300 billion."});
  Claim& usd = b.AddClaim(ClaimKind::kMoney, "$300 billion", 0);
  usd.value.low = usd.value.high = 3e11;
  usd.value.currency = "USD";
  usd.measure = "surplus";
  usd.aspect = "level";
  usd.actors = {MakeClaimActor("China", ActorKind::kCountry)};
  return b;
}

// Stores `b` and returns its claims as the reconciler received them.
std::vector<Claim> StoreAndCapture(ClaimStore* store, StoryBuilder& b) {
  std::vector<Claim> fresh;
  auto capture = [&](const std::vector<Claim>& claims, CandidateSource*, std::vector<Relation>*) {
    fresh = claims;
    return Status::OK();
  };
  StoreResult r;
  REQUIRE(store->StoreStory(b.story(), capture, &r).ok());
  return fresh;
}

TEST_CASE("FindCandidates reads what the store holds now, however often it was asked", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoreResult r;
  REQUIRE(store->StoreStory(TradeStory("reuters/1").story(), nullptr, &r).ok());
  StoryBuilder probe = SurplusProbe("ap/2");
  const std::vector<Claim> fresh = StoreAndCapture(store.get(), probe);
  REQUIRE(fresh.size() == 1);
  std::vector<Claim> out;
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].actors.size() == 2);
  CHECK(out[0].actors[0].name == "Trump");
  CHECK_FALSE(out[0].superseded);

  // A story naming him in full renames the stored actor.
  StoryBuilder full("afp/3", "AFP", {"Donald Trump spoke."});
  full.AddActor("Donald Trump", ActorKind::kPerson, {"Trump"});
  REQUIRE(store->StoreStory(full.story(), nullptr, &r).ok());
  out.clear();
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].actors[0].name == "Donald Trump");

  // Another connection renames an actor: seen too.
  {
    std::unique_ptr<SqliteDb> other;
    REQUIRE(SqliteDb::Open(tmp.path(), &other).ok());
    REQUIRE(other
                ->Exec("UPDATE actors SET name = 'People''s Republic of China'"
                       " WHERE name = 'China'")
                .ok());
  }
  out.clear();
  REQUIRE(store->FindCandidates(fresh[0], &out).ok());
  REQUIRE(out.size() == 1);
  CHECK(out[0].actors[1].name == "People's Republic of China");

  // A new version of the trade story: the old version's claims, candidates
  // of the new one's (corrections), are superseded.
  StoryBuilder v2 = TradeStory("reuters/1", " and rising");
  const std::vector<Claim> fresh_v2 = StoreAndCapture(store.get(), v2);
  REQUIRE(fresh_v2.size() == 3);
  out.clear();
  REQUIRE(store->FindCandidates(fresh_v2[1], &out).ok());
  bool old_version = false;
  for (const Claim& c : out) {
    if (c.story.uri != "reuters/1") continue;
    old_version = true;
    CHECK(c.story.id != fresh_v2[1].story.id);
    CHECK(c.superseded);
  }
  CHECK(old_version);
}

TEST_CASE("FindCandidates forgets what a rolled-back batch stored", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  StoryBuilder probe = SurplusProbe("ap/probe");
  const std::vector<Claim> fresh = StoreAndCapture(store.get(), probe);
  REQUIRE(fresh.size() == 1);
  for (const std::string tail : {"", " and rising"}) {
    INFO("tail '" << tail << "'");
    REQUIRE(store->BeginBatch().ok());
    StoreResult r;
    REQUIRE(store->StoreStory(TradeStory("reuters/1", tail).story(), nullptr, &r).ok());
    std::vector<Claim> out;
    REQUIRE(store->FindCandidates(fresh[0], &out).ok());
    REQUIRE(out.size() == 1);
    // The same claim id both times: the second story reuses the ids of the
    // first, rolled back.
    CHECK(out[0].sentence.find("last year" + tail + ".") != std::string::npos);
    if (tail.empty()) {
      store->RollbackBatch();
    } else {
      REQUIRE(store->CommitBatch().ok());
    }
  }
}

TEST_CASE("FindUnchanged tells a stored input before analysis", "[store]") {
  TempDbPath tmp;
  auto store = OpenStore(tmp.path());
  AnalyzedStory a = TradeStory("reuters/1").story();
  a.story.version = "1";
  a.input_key = "100:0123456789abcdef:fedcba9876543210";
  StoreResult r;
  REQUIRE(store->StoreStory(a, nullptr, &r).ok());
  REQUIRE(r.outcome == StoreOutcome::kStored);
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM stories WHERE input_key = '" + a.input_key + "'") == 1);

  struct Case {
    const char* what;
    std::string uri, source, version, pubstatus, key;
    bool unchanged;
  } cases[] = {
      {"the same input", "reuters/1", "Reuters", "1", "", a.input_key, true},
      {"another version", "reuters/1", "Reuters", "2", "", a.input_key, false},
      {"another input", "reuters/1", "Reuters", "1", "", "100:0123456789abcdee:fedcba9876543210",
       false},
      {"another source", "reuters/1", "AP", "1", "", a.input_key, false},
      {"another uri", "reuters/2", "Reuters", "1", "", a.input_key, false},
      {"a cancellation", "reuters/1", "Reuters", "1", "canceled", a.input_key, false},
      {"no key", "reuters/1", "Reuters", "1", "", "", false},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    Story s = a.story;
    s.uri = c.uri;
    s.source = c.source;
    s.version = c.version;
    s.pubstatus = c.pubstatus;
    StoreResult got;
    bool unchanged = !c.unchanged;
    REQUIRE(store->FindUnchanged(s, c.key, &got, &unchanged).ok());
    CHECK(unchanged == c.unchanged);
    if (c.unchanged) {
      CHECK(got.outcome == StoreOutcome::kUnchanged);
      CHECK(got.story_id == r.story_id);
    }
  }

  // A row stored without a key (before schema version 5) gets the key of
  // the input found to give its body, once StoreStory has compared them.
  AnalyzedStory b = TradeStory("reuters/b").story();
  REQUIRE(store->StoreStory(b, nullptr, &r).ok());
  bool unchanged = true;
  b.input_key = "7:1111111111111111:2222222222222222";
  REQUIRE(store->FindUnchanged(b.story, b.input_key, &r, &unchanged).ok());
  CHECK_FALSE(unchanged);
  REQUIRE(store->StoreStory(b, nullptr, &r).ok());
  CHECK(r.outcome == StoreOutcome::kUnchanged);
  REQUIRE(store->FindUnchanged(b.story, b.input_key, &r, &unchanged).ok());
  CHECK(unchanged);
}

}  // namespace
}  // namespace wirefacts
