// Ingester: batches, analysis groups and parallel analysis store what a
// one-story-at-a-time, single-threaded run stores, in the same order, with
// the same summary.
#include "ingest/ingester.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <thread>

#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::QueryInt;
using testing::TempDbPath;

// An input: a story, or a read error line.
struct Input {
  bool error = false;
  Story story;
  std::string line;
};

Story MakeStory(int i, const std::string& body) {
  Story s;
  s.uri = "wire/" + std::to_string(i);
  s.source = i % 3 == 0 ? "Daily Ledger" : "Wire Service";
  s.published = "2021-03-0" + std::to_string(1 + i % 9);
  s.headline = "Story " + std::to_string(i);
  s.body = body;
  s.origin = "input:" + std::to_string(i);
  return s;
}

// Twenty stories (some about the same figures, so that relations form),
// with rejected ones among them: bad UTF-8, an empty body, no date, and
// read errors.
std::vector<Input> Inputs() {
  std::vector<Input> in;
  for (int i = 0; i < 20; ++i) {
    Input x;
    const std::string amount = std::to_string(10 + i % 4);
    x.story = MakeStory(i, "Northwind Traders said on Tuesday it would pay $" + amount +
                               " million for the Harbor Mills plant. Chief executive Ann "
                               "Carter said sales rose " +
                               std::to_string(3 + i % 5) +
                               " percent in 2020.\n\nThe deal "
                               "closes in June, the company said.");
    if (i == 4) x.story.body = "Bad \xC3\x28 bytes";
    if (i == 9) x.story.body = "   ";
    if (i == 13) x.story.published.clear();
    in.push_back(x);
    if (i == 7 || i == 15) {
      Input e;
      e.error = true;
      e.line = "input:" + std::to_string(i) + "b: malformed JSON";
      in.push_back(e);
    }
  }
  return in;
}

Ingester::Source SourceOf(const std::vector<Input>& inputs) {
  return [&inputs](const StoryReader::StoryFn& on_story,
                   const std::function<void(const std::string&)>& on_error) {
    for (const Input& x : inputs) {
      if (x.error)
        on_error(x.line);
      else
        on_story(Story(x.story));
    }
  };
}

struct Outcome {
  IngestSummary summary;
  std::vector<std::string> errors_seen;  // on_error calls, in order
  std::string claims, relations;         // the stored database, as text
};

Outcome Run(const std::vector<Input>& inputs, const IngestOptions& options, bool strict,
            const std::string& db, int runs = 1) {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  std::unique_ptr<ClaimStore> store;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  REQUIRE(Reconciler::Create(RuleFiles(), &reconciler).ok());
  REQUIRE(ClaimStore::Open(db, &store).ok());
  Ingester ingester(analyzer.get(), reconciler.get(), store.get(), options);
  Outcome out;
  for (int r = 0; r < runs; ++r) {
    out = Outcome();
    ingester.Ingest(SourceOf(inputs), strict, &out.summary,
                    [&](const std::string& line) { out.errors_seen.push_back(line); });
  }
  CHECK_FALSE(store->InBatch());
  ClaimFilter all;
  all.include_superseded = true;
  all.include_retracted = true;
  std::vector<Claim> claims;
  REQUIRE(store->ListClaims(all, &claims).ok());
  std::ostringstream c;
  for (const Claim& x : claims)
    c << x.id << ' ' << x.story.uri << ' ' << x.text << ' ' << x.sentence << '\n';
  out.claims = c.str();
  RelationFilter rf;
  rf.include_retracted = true;
  std::vector<Relation> relations;
  REQUIRE(store->ListRelations(rf, &relations).ok());
  std::ostringstream rs;
  for (const Relation& x : relations)
    rs << x.id << ' ' << RelationKindName(x.kind) << ' ' << x.a.id << ' ' << x.b.id << ' '
       << x.reason << '\n';
  out.relations = rs.str();
  return out;
}

TEST_CASE("Batched and parallel ingests store what one story at a time stores", "[ingest]") {
  const std::vector<Input> inputs = Inputs();
  TempDbPath ref_db;
  IngestOptions one_by_one{1, 1, 0.25};
  one_by_one.analysis_batch = 1;
  const Outcome ref = Run(inputs, one_by_one, false, ref_db.path());
  REQUIRE(ref.summary.stored == 17);
  REQUIRE(ref.summary.rejected == 5);
  REQUIRE(ref.errors_seen.size() == 5);
  CHECK(ref.errors_seen[0].rfind("input:4: ", 0) == 0);
  CHECK(ref.errors_seen[1].rfind("input:7b: ", 0) == 0);
  CHECK(ref.errors_seen[2].rfind("input:9: ", 0) == 0);
  CHECK(ref.errors_seen[3].rfind("input:13: ", 0) == 0);
  CHECK(ref.errors_seen[4].rfind("input:15b: ", 0) == 0);
  REQUIRE(ref.summary.claims > 0);
  CHECK(ref.summary.relations > 0);

  // analysis_batch_bytes 300: a group closes after two or three of these
  // stories, wherever the rejected ones and read errors fall.
  struct Case {
    int threads;
    int batch_stories;
    int analysis_batch;
    size_t analysis_batch_bytes;
  } cases[] = {{1, 3, 64, 1 << 20}, {1, 200, 4, 1 << 20}, {1, 7, 64, 300}, {2, 1, 64, 1 << 20},
               {2, 4, 3, 1 << 20},  {3, 200, 1, 1 << 20}, {8, 2, 64, 300}};
  for (const Case& k : cases) {
    INFO("threads " << k.threads << ", batches of " << k.batch_stories << ", analysed "
                    << k.analysis_batch << " (" << k.analysis_batch_bytes << " bytes) at once");
    TempDbPath db;
    IngestOptions options{k.threads, k.batch_stories, 10.0};
    options.analysis_batch = k.analysis_batch;
    options.analysis_batch_bytes = k.analysis_batch_bytes;
    const Outcome got = Run(inputs, options, false, db.path());
    CHECK(got.summary.stored == ref.summary.stored);
    CHECK(got.summary.rejected == ref.summary.rejected);
    CHECK(got.summary.claims == ref.summary.claims);
    CHECK(got.summary.relations == ref.summary.relations);
    CHECK(got.summary.bytes == ref.summary.bytes);
    CHECK(got.errors_seen == ref.errors_seen);
    CHECK(got.summary.errors == ref.errors_seen);
    CHECK(got.claims == ref.claims);
    CHECK(got.relations == ref.relations);

    // Again into the same database: nothing new.
    const Outcome again = Run(inputs, options, false, db.path());
    CHECK(again.summary.stored == 0);
    CHECK(again.summary.unchanged == ref.summary.stored);
    CHECK(again.summary.claims == 0);
    CHECK(again.claims == ref.claims);
    CHECK(again.relations == ref.relations);
  }
}

// A second batch into a database holding Inputs(): the same inputs again,
// mixed with new versions, an earlier version again, a cancellation and
// repeats, so that a story looked up as unchanged while it was read may be
// changed by an earlier story before its turn to be written.
std::vector<Input> SecondBatch() {
  const std::vector<Input> first = Inputs();
  std::vector<Input> in;
  auto story = [&](int i) {
    for (const Input& x : first)
      if (!x.error && x.story.uri == "wire/" + std::to_string(i)) return x;
    FAIL("no story " << i);
    return Input();
  };
  Input changed = story(0);
  changed.story.body += " Sales fell 2 percent in 2019.";
  in.push_back(changed);   // superseded
  in.push_back(story(0));  // the earlier version again: unchanged
  Input bumped = story(1);
  bumped.story.version = "2";
  in.push_back(bumped);    // the same body, a new version: superseded
  in.push_back(story(1));  // version "" again: unchanged
  Input kill = story(2);
  kill.story.pubstatus = "canceled";
  in.push_back(kill);                            // retracted
  in.push_back(story(2));                        // unchanged, retracted
  for (const Input& x : first) in.push_back(x);  // all of them again
  Input fresh = story(3);
  fresh.story.uri = "wire/50";
  in.push_back(fresh);  // stored
  in.push_back(fresh);  // unchanged
  in.push_back(story(3));
  return in;
}

// What the store alone decides, every story analysed and handed to
// ClaimStore::StoreStory one by one (no look-up before analysis).
Outcome StoreEveryStory(const std::vector<Input>& inputs, const std::string& db) {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  std::unique_ptr<ClaimStore> store;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  REQUIRE(Reconciler::Create(RuleFiles(), &reconciler).ok());
  REQUIRE(ClaimStore::Open(db, &store).ok());
  Outcome out;
  IngestSummary& sum = out.summary;
  for (const Input& x : inputs) {
    AnalyzedStory a;
    if (x.error || !analyzer->Analyze(x.story, &a).ok()) {
      ++sum.rejected;
      continue;
    }
    for (Claim& c : a.claims) reconciler->Annotate(&c);
    StoreResult r;
    REQUIRE(store
                ->StoreStory(
                    a,
                    [&](const std::vector<Claim>& fresh, CandidateSource* candidates,
                        std::vector<Relation>* relations) {
                      return reconciler->Reconcile(fresh, candidates, relations);
                    },
                    &r)
                .ok());
    sum.stored += r.outcome == StoreOutcome::kStored;
    sum.unchanged += r.outcome == StoreOutcome::kUnchanged;
    sum.superseded += r.outcome == StoreOutcome::kSuperseded;
    sum.retracted += r.outcome == StoreOutcome::kRetracted;
    sum.claims += r.claims;
    sum.relations += r.relations;
  }
  return out;
}

TEST_CASE("Stories ingested again are recognised before analysis, whatever the threads",
          "[ingest]") {
  const std::vector<Input> first = Inputs(), second = SecondBatch();
  TempDbPath ref_db;
  StoreEveryStory(first, ref_db.path());
  const Outcome ref = StoreEveryStory(second, ref_db.path());
  CHECK(ref.summary.stored == 1);
  CHECK(ref.summary.retracted == 1);
  CHECK(ref.summary.superseded >= 2);
  CHECK(ref.summary.unchanged >= 17);
  CHECK(ref.summary.rejected == 5);
  const Outcome ref_listed = Run({}, {1, 1, 0.25}, false, ref_db.path());

  // Stories of one (source, uri) come close together in SecondBatch: an
  // analysis group must store each before the next is judged.
  IngestOptions grouped{1, 200, 10.0}, one_by_one{1, 3, 10.0};
  grouped.analysis_batch = 64;
  one_by_one.analysis_batch = 1;
  for (const IngestOptions& options : {grouped, one_by_one, IngestOptions{2, 1, 10.0},
                                       IngestOptions{3, 4, 10.0}, IngestOptions{8, 200, 10.0}}) {
    INFO("threads " << options.threads << ", batches of " << options.batch_stories << ", analysed "
                    << options.analysis_batch << " at once");
    TempDbPath db;
    Run(first, options, false, db.path());
    const Outcome got = Run(second, options, false, db.path());
    CHECK(got.summary.stored == ref.summary.stored);
    CHECK(got.summary.unchanged == ref.summary.unchanged);
    CHECK(got.summary.superseded == ref.summary.superseded);
    CHECK(got.summary.retracted == ref.summary.retracted);
    CHECK(got.summary.rejected == ref.summary.rejected);
    CHECK(got.summary.claims == ref.summary.claims);
    CHECK(got.summary.relations == ref.summary.relations);
    CHECK(got.claims == ref_listed.claims);
    CHECK(got.relations == ref_listed.relations);
    // Every stored row carries the key of its input.
    CHECK(QueryInt(db.path(), "SELECT count(*) FROM stories WHERE input_key = ''") == 0);
  }
}

TEST_CASE("A strict ingest stops at the first rejection, keeping what came before", "[ingest]") {
  const std::vector<Input> inputs = Inputs();
  for (const int threads : {1, 2, 4}) {
    INFO("threads " << threads);
    TempDbPath db;
    const Outcome got = Run(inputs, {threads, 200, 10.0}, true, db.path());
    CHECK(got.summary.stored == 4);  // stories 0-3; story 4 is rejected
    CHECK(got.summary.rejected == 1);
    REQUIRE(got.errors_seen.size() == 1);
    CHECK(got.errors_seen[0].rfind("input:4: ", 0) == 0);
    CHECK(QueryInt(db.path(), "SELECT count(*) FROM stories") == 4);
  }
}

TEST_CASE("Progress is reported after every story, from the calling thread", "[ingest]") {
  const std::vector<Input> inputs = Inputs();
  TempDbPath db;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  std::unique_ptr<ClaimStore> store;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  REQUIRE(Reconciler::Create(RuleFiles(), &reconciler).ok());
  REQUIRE(ClaimStore::Open(db.path(), &store).ok());
  Ingester ingester(analyzer.get(), reconciler.get(), store.get(), {3, 5, 10.0});
  IngestSummary summary;
  std::vector<int64_t> done;
  const auto caller = std::this_thread::get_id();
  bool same_thread = true;
  ingester.Ingest(SourceOf(inputs), false, &summary, nullptr, [&](const IngestSummary& so_far) {
    done.push_back(so_far.done());
    same_thread = same_thread && std::this_thread::get_id() == caller;
  });
  CHECK(same_thread);
  REQUIRE(done.size() == inputs.size());
  for (size_t i = 0; i < done.size(); ++i) CHECK(done[i] == static_cast<int64_t>(i + 1));
}

TEST_CASE("Huge stories are stored in segments, stories over the size limit are rejected",
          "[ingest]") {
  std::string paragraph =
      "Northwind Traders said on Tuesday it would pay $12 million for the Harbor Mills plant. "
      "Chief executive Ann Carter said sales rose 4 percent in 2020.\n\n";
  std::string huge, too_large;
  while (huge.size() < 2500) huge += paragraph;
  while (too_large.size() < 5000) too_large += paragraph;
  std::vector<Input> inputs(5);
  inputs[0].story = MakeStory(1, paragraph);
  inputs[1].story = MakeStory(2, huge);
  inputs[2].story = MakeStory(4, too_large);
  inputs[3].story = MakeStory(5, paragraph + "The deal closes in June.");
  inputs[4].story = MakeStory(7, huge);  // another uri, the same body
  inputs[4].story.source = "Daily Ledger";

  struct Case {
    int threads;
    int batch_stories;
  } cases[] = {{1, 200}, {1, 1}, {2, 200}, {3, 2}};
  std::string ref_claims, ref_relations;
  for (const Case& k : cases) {
    INFO("threads " << k.threads << ", batches of " << k.batch_stories);
    IngestOptions options{k.threads, k.batch_stories, 10.0};
    options.segment_bytes = 600;
    options.max_story_bytes = 4000;
    TempDbPath db;
    Outcome got = Run(inputs, options, false, db.path());
    CHECK(got.summary.stored == 4);
    CHECK(got.summary.rejected == 1);
    REQUIRE(got.errors_seen.size() == 1);
    CHECK(got.errors_seen[0].rfind("input:4: story too large: ", 0) == 0);
    CHECK(got.summary.relations > 0);
    CHECK(QueryInt(db.path(), "SELECT count(*) FROM stories WHERE body_hash LIKE 'in:%'") == 2);
    // The segmented story's claims lie in all of its segments.
    CHECK(QueryInt(db.path(),
                   "SELECT count(*) FROM claims c JOIN stories s ON s.id = c.story_id"
                   " WHERE s.uri = 'wire/2'") >= 8);
    CHECK(QueryInt(db.path(),
                   "SELECT count(*) FROM stories WHERE claim_count <>"
                   " (SELECT count(*) FROM claims WHERE story_id = stories.id)") == 0);
    if (ref_claims.empty()) {
      ref_claims = got.claims;
      ref_relations = got.relations;
    } else {
      CHECK(got.claims == ref_claims);
      CHECK(got.relations == ref_relations);
    }
    // Again: nothing new, decided before analysis.
    got = Run(inputs, options, false, db.path());
    CHECK(got.summary.unchanged == 4);
    CHECK(got.summary.rejected == 1);
    CHECK(got.claims == ref_claims);
  }
}

}  // namespace
}  // namespace wirefacts
