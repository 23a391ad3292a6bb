// ClaimStore batches: one transaction for many stories, a savepoint each.
#include <catch2/catch.hpp>

#include "store/claim_store.h"
#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::QueryInt;
using testing::StoryBuilder;
using testing::TempDbPath;

std::unique_ptr<ClaimStore> Open(const std::string& path) {
  std::unique_ptr<ClaimStore> store;
  REQUIRE(ClaimStore::Open(path, &store).ok());
  return store;
}

AnalyzedStory MakeStory(const std::string& uri, const std::string& sentence) {
  StoryBuilder b(uri, "Wire", {sentence, "Officials spoke on Friday."});
  b.AddClaim(ClaimKind::kMoney, "$5 million", 0);
  b.AddActor("Acme Corp", ActorKind::kOrganization, {"Acme"});
  b.AddMention("Acme Corp", "Acme Corp", ActorKind::kOrganization);
  return b.story();
}

// A story whose second sentence lies outside its body: the store rejects it
// after writing its story row and first sentence.
AnalyzedStory BadStory(const std::string& uri) {
  AnalyzedStory s = MakeStory(uri, "Acme Corp paid $5 million.");
  s.normalized.sentences.push_back({0, s.normalized.text.size() + 10});
  return s;
}

TEST_CASE("A batch stores its stories at commit, each whole or not at all", "[store]") {
  TempDbPath tmp;
  auto store = Open(tmp.path());
  REQUIRE(store->BeginBatch().ok());
  CHECK(store->InBatch());
  CHECK_FALSE(store->BeginBatch().ok());  // one at a time
  StoreResult r;
  REQUIRE(store->StoreStory(MakeStory("a", "Acme Corp paid $5 million."), nullptr, &r).ok());
  CHECK(r.outcome == StoreOutcome::kStored);
  // A failing story is rolled back alone; the batch goes on.
  CHECK_FALSE(store->StoreStory(BadStory("bad"), nullptr, &r).ok());
  REQUIRE(store->StoreStory(MakeStory("b", "Acme Corp got $5 million."), nullptr, &r).ok());
  // The same story again inside the batch: the batch sees its own writes.
  REQUIRE(store->StoreStory(MakeStory("b", "Acme Corp got $5 million."), nullptr, &r).ok());
  CHECK(r.outcome == StoreOutcome::kUnchanged);
  // Nothing is visible to other connections before the commit.
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 0);
  REQUIRE(store->CommitBatch().ok());
  CHECK_FALSE(store->InBatch());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 2);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories WHERE uri = 'bad'") == 0);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM sentences") == 4);
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM claims") == 2);
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'officials'") == 2);
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM stories s WHERE claim_count <>"
                 " (SELECT count(*) FROM claims c WHERE c.story_id = s.id)") == 0);
}

TEST_CASE("A rolled-back batch leaves nothing, outside a batch each story commits", "[store]") {
  TempDbPath tmp;
  auto store = Open(tmp.path());
  StoreResult r;
  REQUIRE(store->BeginBatch().ok());
  REQUIRE(store->StoreStory(MakeStory("a", "Acme Corp paid $5 million."), nullptr, &r).ok());
  store->RollbackBatch();
  CHECK_FALSE(store->InBatch());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 0);
  CHECK_FALSE(store->CommitBatch().ok());  // none open

  REQUIRE(store->StoreStory(MakeStory("a", "Acme Corp paid $5 million."), nullptr, &r).ok());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 1);
  CHECK_FALSE(store->StoreStory(BadStory("bad"), nullptr, &r).ok());
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 1);
}

TEST_CASE("Destroying a store with an open batch rolls it back", "[store]") {
  TempDbPath tmp;
  {
    auto store = Open(tmp.path());
    StoreResult r;
    REQUIRE(store->BeginBatch().ok());
    REQUIRE(store->StoreStory(MakeStory("a", "Acme Corp paid $5 million."), nullptr, &r).ok());
  }
  CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM stories") == 0);
  CHECK(QueryInt(tmp.path(),
                 "SELECT count(*) FROM pragma_integrity_check"
                 " WHERE integrity_check <> 'ok'") == 0);
}

TEST_CASE("Stories of many sentences are stored in order, FTS-indexed", "[store]") {
  // More sentences than one INSERT takes: several statements per story.
  for (const int n : {1, 31, 32, 33, 100}) {
    INFO(n << " sentences");
    TempDbPath tmp;
    auto store = Open(tmp.path());
    std::vector<std::string> sentences;
    for (int i = 0; i < n; ++i) sentences.push_back("Sentence number s" + std::to_string(i) + ".");
    StoryBuilder b("many", "Wire", sentences);
    StoreResult r;
    REQUIRE(store->StoreStory(b.story(), nullptr, &r).ok());
    CHECK(QueryInt(tmp.path(), "SELECT count(*) FROM sentences") == n);
    CHECK(QueryInt(tmp.path(),
                   "SELECT count(*) FROM sentences WHERE text <> 'Sentence number s'"
                   " || idx || '.'") == 0);
    CHECK(QueryInt(tmp.path(),
                   "SELECT count(*) FROM sentences a JOIN sentences b"
                   " ON b.idx = a.idx + 1 WHERE b.id <> a.id + 1 OR b.start <= a.start") == 0);
    CHECK(QueryInt(tmp.path(), "SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 's" +
                                   std::to_string(n - 1) + "'") ==
          QueryInt(tmp.path(), "SELECT id FROM sentences WHERE idx = " + std::to_string(n - 1)));
  }
}

}  // namespace
}  // namespace wirefacts
