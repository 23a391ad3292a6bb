// ClaimStore streaming (BeginStory / AddSegment / FinishStory): a story
// stored segment by segment is the story stored whole, all or nothing.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <sstream>

#include "base/rule_files.h"
#include "pipeline/analyzer.h"
#include "reconcile/reconciler.h"
#include "store/claim_store.h"
#include "store/sqlite_db.h"
#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::TempDbPath;

constexpr size_t kSmallSegment = 700;  // bytes: the body below is cut in several

Story MakeStory(const std::string& uri, const std::string& source, const std::string& body) {
  Story s;
  s.uri = uri;
  s.source = source;
  s.published = "2021-03-02T10:00:00Z";
  s.headline = "Headline of " + uri;
  s.body = body;
  s.origin = uri + ".json";
  return s;
}

// Paragraphs about the same companies and people, with figures the earlier
// story reports too (so relations form across stories).
std::string BigBody(const std::string& amount = "12") {
  std::string body;
  for (int i = 0; i < 14; ++i) {
    body += "Northwind Traders said on Tuesday it would pay $" + (i == 3 ? amount : "12") +
            " million for the Harbor Mills plant. Chief executive Ann Carter said sales rose " +
            std::to_string(3 + i % 3) + " percent in 2020.\n\n";
    body += "Harbor Mills, based in Portland, employs " + std::to_string(200 + 10 * i) +
            " people, Carter told reporters on March " + std::to_string(1 + i) + ".\n\n";
  }
  return body;
}

struct Env {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  std::unique_ptr<ClaimStore> store;
  ClaimStore::ReconcileFn reconcile;

  explicit Env(const std::string& db) {
    REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
    REQUIRE(Reconciler::Create(RuleFiles(), &reconciler).ok());
    REQUIRE(ClaimStore::Open(db, &store).ok());
    const Reconciler* r = reconciler.get();
    reconcile = [r](const std::vector<Claim>& fresh, CandidateSource* candidates,
                    std::vector<Relation>* out) { return r->Reconcile(fresh, candidates, out); };
  }

  void StoreWhole(const Story& story, StoreResult* result) {
    AnalyzedStory analyzed;
    REQUIRE(analyzer->Analyze(story, &analyzed, nullptr, kSmallSegment).ok());
    for (Claim& c : analyzed.claims) reconciler->Annotate(&c);
    REQUIRE(store->StoreStory(analyzed, reconcile, result).ok());
  }

  // Streams `story`; `fail_at` > 0 makes that segment's reconciliation fail.
  Status StoreStreamed(const Story& story, StoreResult* result, int fail_at = 0,
                       int* segments = nullptr) {
    bool analyse = false;
    WF_RETURN_IF_ERROR(store->BeginStory(story, result, &analyse));
    if (!analyse) return Status::OK();
    int n = 0;
    Status s = analyzer->AnalyzeSegments(
        story,
        [&](AnalyzedStory& part) -> Status {
          ++n;
          for (Claim& c : part.claims) reconciler->Annotate(&c);
          if (n == fail_at) {
            return store->AddSegment(
                &part, [](const std::vector<Claim>&, CandidateSource*, std::vector<Relation>*) {
                  return Status::InvalidInput("reconciler failed");
                });
          }
          return store->AddSegment(&part, reconcile);
        },
        nullptr, kSmallSegment);
    if (segments) *segments = n;
    if (!s.ok()) {
      store->AbortStory();
      return s;
    }
    return store->FinishStory(result);
  }
};

// Every row of the story tables, ids of actors replaced by names (actors
// are resolved in a different order when a story comes in segments).
std::string Dump(const std::string& path) {
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(path, &db).ok());
  const std::vector<std::string> queries = {
      "SELECT id, uri, source, headline, published, version, pubstatus, located, body,"
      " superseded_by, claim_count, received_uri FROM stories ORDER BY id",
      "SELECT story_id, outlet FROM story_relays ORDER BY story_id, outlet",
      "SELECT id, story_id, idx, start, end, text FROM sentences ORDER BY id",
      "SELECT m.id, m.story_id, a.name, a.kind, m.text, m.start, m.end, m.source_start,"
      " m.source_end, m.form FROM mentions m JOIN actors a ON a.id = m.actor_id ORDER BY m.id",
      "SELECT * FROM claims ORDER BY id",
      "SELECT ca.claim_id, ca.idx, a.name, ca.role FROM claim_actors ca"
      " JOIN actors a ON a.id = ca.actor_id ORDER BY ca.claim_id, ca.idx",
      "SELECT a.name, b.kind, b.unit, b.measure, b.aspect, b.value_bucket, b.claim_id"
      " FROM claim_blocks b JOIN actors a ON a.id = b.actor_id ORDER BY b.claim_id, a.name",
      "SELECT claim_id, said_by, cue, cited_source FROM attributions ORDER BY claim_id",
      "SELECT id, kind, claim_a, claim_b, reason_code, reason, independent, score"
      " FROM relations ORDER BY id",
      "SELECT name, kind, title FROM actors ORDER BY name, kind",
      "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Northwind'",
  };
  std::ostringstream out;
  for (const std::string& q : queries) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db->raw(), q.c_str(), -1, &st, nullptr) == SQLITE_OK);
    while (sqlite3_step(st) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* t = sqlite3_column_text(st, i);
        out << (t ? reinterpret_cast<const char*>(t) : "NULL") << '|';
      }
      out << '\n';
    }
    sqlite3_finalize(st);
    out << "--\n";
  }
  return out.str();
}

int64_t Count(const std::string& path, const std::string& sql) {
  return testing::QueryInt(path, sql);
}

}  // namespace

TEST_CASE("A story stored in segments is the story stored whole", "[store]") {
  const Story earlier =
      MakeStory("ledger/1", "Daily Ledger",
                "Northwind Traders will pay $12 million for the Harbor Mills plant, chief "
                "executive Ann Carter said. Sales rose 4 percent in 2020, Carter said.");
  const Story big = MakeStory("wire/big", "Wire Service", BigBody());
  REQUIRE(big.body.size() > 3 * kSmallSegment);

  TempDbPath whole_db, streamed_db;
  StoreResult r1, r2;
  {
    Env env(whole_db.path());
    env.StoreWhole(earlier, &r1);
    env.StoreWhole(big, &r2);
  }
  StoreResult s1, s2;
  int segments = 0;
  {
    Env env(streamed_db.path());
    env.StoreWhole(earlier, &s1);
    REQUIRE(env.StoreStreamed(big, &s2, 0, &segments).ok());
    CHECK_FALSE(env.store->InStory());
  }
  CHECK(segments >= 4);
  CHECK(s2.outcome == StoreOutcome::kStored);
  CHECK(s2.story_id == r2.story_id);
  CHECK(s2.claims == r2.claims);
  CHECK(s2.relations == r2.relations);
  CHECK(r2.claims > 20);
  CHECK(r2.relations > 0);
  CHECK(Dump(streamed_db.path()) == Dump(whole_db.path()));
  CHECK(Count(streamed_db.path(), "SELECT count(*) FROM stories WHERE body_hash LIKE 'in:%'") == 1);
}

TEST_CASE("A streamed story is unchanged, superseded with corrections, or retracted", "[store]") {
  TempDbPath db;
  Env env(db.path());
  const Story v1 = MakeStory("wire/big", "Wire Service", BigBody());
  StoreResult r;
  REQUIRE(env.StoreStreamed(v1, &r).ok());
  CHECK(r.outcome == StoreOutcome::kStored);
  const int64_t first_id = r.story_id;

  // The same input: decided before any analysis.
  bool analyse = true;
  REQUIRE(env.store->BeginStory(v1, &r, &analyse).ok());
  CHECK_FALSE(analyse);
  CHECK_FALSE(env.store->InStory());
  CHECK(r.outcome == StoreOutcome::kUnchanged);
  CHECK(r.story_id == first_id);

  // A new version with one figure changed: the changed figure is a
  // correction of the old one.
  Story v2 = MakeStory("wire/big", "Wire Service", BigBody("14"));
  v2.version = "2";
  REQUIRE(env.StoreStreamed(v2, &r).ok());
  CHECK(r.outcome == StoreOutcome::kSuperseded);
  CHECK(r.relations > 0);
  const std::string between =
      "SELECT count(*) FROM relations r JOIN claims a ON a.id = r.claim_a JOIN claims b ON"
      " b.id = r.claim_b WHERE a.story_id = " +
      std::to_string(first_id) + " AND b.story_id = " + std::to_string(r.story_id);
  CHECK(Count(db.path(), between + " AND a.text = '$12 million' AND b.text = '$14 million'") > 0);
  CHECK(Count(db.path(), "SELECT count(*) FROM stories WHERE superseded_by IS NULL") == 1);
  CHECK(Count(db.path(), "SELECT count(*) FROM claims WHERE superseded = 0 AND story_id = " +
                             std::to_string(first_id)) == 0);

  // An earlier version again: unchanged.
  REQUIRE(env.store->BeginStory(v1, &r, &analyse).ok());
  CHECK_FALSE(analyse);
  CHECK(r.outcome == StoreOutcome::kUnchanged);

  // A cancellation retracts every version.
  Story kill = v2;
  kill.pubstatus = "canceled";
  REQUIRE(env.store->BeginStory(kill, &r, &analyse).ok());
  CHECK_FALSE(analyse);
  CHECK(r.outcome == StoreOutcome::kRetracted);
  CHECK(Count(db.path(), "SELECT count(*) FROM claims WHERE retracted = 0") == 0);
}

TEST_CASE("A failure in a middle segment leaves nothing of the story", "[store]") {
  TempDbPath db;
  Env env(db.path());
  const Story earlier = MakeStory("ledger/1", "Daily Ledger",
                                  "Northwind Traders will pay $12 million for the plant, Ann "
                                  "Carter said.");
  const Story big = MakeStory("wire/big", "Wire Service", BigBody());
  std::string before;
  for (bool batch : {false, true}) {
    INFO((batch ? "in a batch" : "in its own transaction"));
    if (batch) REQUIRE(env.store->BeginBatch().ok());
    StoreResult r;
    env.StoreWhole(
        batch ? MakeStory("ledger/2", "Daily Ledger", earlier.body + " Again.") : earlier, &r);
    const std::string kept = Dump(db.path());
    Status s = env.StoreStreamed(big, &r, /*fail_at=*/3);
    CHECK_FALSE(s.ok());
    CHECK_FALSE(env.store->InStory());
    if (batch) {
      // The batch goes on, without the story.
      CHECK(env.store->InBatch());
      REQUIRE(env.store->CommitBatch().ok());
    }
    const std::string after = Dump(db.path());
    if (!batch) CHECK(after == kept);
    CHECK(Count(db.path(), "SELECT count(*) FROM stories WHERE uri = 'wire/big'") == 0);
    CHECK(Count(db.path(),
                "SELECT count(*) FROM claims c JOIN stories s ON s.id = c.story_id"
                " WHERE s.uri = 'wire/big'") == 0);
    CHECK(Count(db.path(),
                "SELECT count(*) FROM sentences WHERE story_id NOT IN"
                " (SELECT id FROM stories)") == 0);
  }
  CHECK(Count(db.path(), "SELECT count(*) FROM stories") == 2);
  // Aborting an open story leaves nothing either, and the store goes on.
  StoreResult r;
  bool analyse = false;
  REQUIRE(env.store->BeginStory(big, &r, &analyse).ok());
  REQUIRE(analyse);
  CHECK(env.store->InStory());
  AnalyzedStory other;
  other.story = MakeStory("ledger/3", "Daily Ledger", "Text.");
  CHECK_FALSE(env.store->StoreStory(other, env.reconcile, &r).ok());  // refused meanwhile
  env.store->AbortStory();
  CHECK(Count(db.path(), "SELECT count(*) FROM stories") == 2);
  REQUIRE(env.StoreStreamed(big, &r).ok());
  CHECK(r.outcome == StoreOutcome::kStored);
  CHECK(Count(db.path(),
              "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'") == 1);
}

}  // namespace wirefacts
