// ClaimStore: the only code that speaks SQL. Owns one SQLite database (WAL),
// created and migrated on open from the numbered schema/*.sql files (each sets
// PRAGMA user_version), and implements CandidateSource for the reconciler.
//
// Writes: StoreStory() stores one analysed story whole -- story, sentences
// (and their FTS5 index), actors merged by alias (and organisations by name
// with or without legal forms, store/README.md) across stories, mentions,
// claims with actors and attribution -- then asks the reconciler for
// relations and stores them, all in ONE transaction: a story is stored whole
// with its claims and relations, or not at all. The reconciler gets the new
// claims with actors, speaker and cited source under their stored names, as
// it gets the candidates.
//
// Identity: a story is (source, uri). The same (source, uri) with the same
// body stores nothing (kUnchanged). A different body (or a newer version)
// supersedes the old row: its claims stay queryable, marked superseded.
// A body equal to an earlier (superseded) version's, without a higher
// numeric version, is that version ingested again: kUnchanged. A row also
// keeps the key of the input it was stored from (stories.input_key), so that
// FindUnchanged tells the same input again before it is analysed.
//
// Reissues (store/reissue.h): a story whose (source, uri) is not stored yet,
// whose headline starts with a reissue marker ("CORRECTED-", "REPEAT-"...)
// and whose body is a near copy (BodySimilarity >= kReissueSimilarity) of
// one of the newest kReissueWindow current stories of the same source is
// stored UNDER THAT STORY'S URI (stories.received_uri keeps its own), as a
// new version of it: version = the old numeric version + 1 (2 when the old
// one had none). The reconciler then sees both as versions of one story
// (reconcile/reconciler.cc OtherVersion) and reports changed figures as
// corrections. StoreResult::reissue_of names the uri.
//
// Retractions: a story with pubstatus "canceled" retracts its identity:
// every stored version is marked pubstatus 'canceled' and their claims
// retracted = 1 (kRetracted; nothing new is stored, the body may be empty).
// When nothing is stored under the identity yet and the story has a body,
// it is stored with its claims already retracted and no relations
// (kRetracted); without a body nothing happens (kRetracted, story_id 0).
// Retracted claims stay queryable (ClaimFilter::include_retracted), are
// never reconciliation candidates, and relations involving one are left out
// of ListRelations unless RelationFilter::include_retracted.
//
// Batches: between BeginBatch() and CommitBatch() the stories of
// StoreStory share one transaction, each in its own savepoint: a story that
// fails is rolled back alone and the batch goes on; a crash (or a failed
// CommitBatch) loses the whole uncommitted batch, never part of a story.
// One commit per batch spares the per-story cost of a commit (WAL frames,
// the FTS5 index flush): the sentences a transaction stores are put in the
// full-text index in one statement as it commits. Outside a batch, each
// StoreStory is its own transaction. A batch holds the write lock: keep batches short (the
// ingester bounds them in stories and seconds) so that another writer waits
// less than its busy timeout.
//
// Streaming (stories analysed in segments, Analyzer::AnalyzeSegments):
// BeginStory(story) decides, from the story's metadata and INPUT body alone,
// what StoreStory would (retraction, unchanged, superseded, stored) and, when
// something is to be stored, opens the story's savepoint (in a batch) or
// transaction and inserts its row; AddSegment(part) stores one segment's
// sentences, mentions, actors, claims and attributions and reconciles that
// segment's claims; FinishStory() writes the body and claim_count and
// releases (or commits). Until FinishStory succeeds nothing of the story is
// kept: a failed AddSegment/FinishStory, AbortStory(), destroying the store,
// or a crash, roll the whole story back. Only one story streams at a time,
// and StoreStory/CommitBatch are refused while one does. Differences from
// StoreStory, for what only a whole normalised body would decide:
// body_hash is "in:" + the byte length + ":" + the hash of the input body
// (so an unchanged input is kUnchanged before any analysis; a story once
// stored by StoreStory is superseded, not unchanged, when it comes again
// this way), and a streamed story is never matched as a near-copy reissue
// (a uri already filed as one still maps to its identity). The normalised
// body is spooled to a temporary file, not held in memory, until
// FinishStory writes it, from a read-only mapping of that file whose pages
// are given back as SQLite copies them: the row SQLite builds is then the
// only whole copy of the body in memory (where mmap is not available, the
// body is read back into memory and held twice while it is written).
//
// stories.claim_count is written in the story's transaction: a story row
// whose claim_count differs from its claims rows was not stored whole.
//
// A ClaimStore is not thread-safe; use one per thread (SQLite WAL lets
// readers work while a writer writes).
#ifndef WIREFACTS_STORE_CLAIM_STORE_H_
#define WIREFACTS_STORE_CLAIM_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "model/story.h"
#include "pipeline/analyzer.h"
#include "reconcile/candidate_source.h"

namespace wirefacts {

enum class StoreOutcome { kStored, kUnchanged, kSuperseded, kRetracted };

struct StoreResult {
  StoreOutcome outcome = StoreOutcome::kStored;
  int64_t story_id = 0;
  int claims = 0;
  int relations = 0;
  std::string reissue_of;  // the uri a reissue was stored under ("" = none)
};

struct ClaimFilter {
  std::optional<ClaimKind> kind;
  std::string story_uri;  // "" = any
  // Claims that name the actor or are credited to it: any alias, case-
  // insensitive; with no such alias, an organisation whose alias is this
  // name and legal forms ("Acme" -> "Acme Inc", store/legal_forms.h).
  std::string actor;
  std::string search;  // FTS5 query over the claim's sentence
  bool include_superseded = false;
  bool include_retracted = false;  // claims of canceled stories
  int64_t limit = -1;
};

// Which relations ListRelations returns; every set field must hold. Where a
// filter names a claim property, a relation passes when either claim has it.
struct RelationFilter {
  std::optional<RelationKind> kind;
  int64_t id = 0;                  // one relation by id; 0 = any
  std::string actor;               // a claim names the actor, as ClaimFilter::actor
  std::string source;              // a claim's story is from this outlet (case-insensitive)
  std::string since, until;        // ISO dates, "" = open: a claim's period (its time,
                                   // else its date value, else its story's publication
                                   // date) overlaps [since, until]
  bool independent_only = false;   // drop relations between dependent sources
  bool include_retracted = false;  // keep relations involving a retracted claim
  int64_t limit = -1;
};

class ClaimStore : public CandidateSource {
 public:
  // Opens (creating if missing) the database at `path` and applies pending
  // migrations. DatabaseError names the file when it is not a wirefacts
  // database or is newer than this binary's schema. The store's own rules
  // (store/rules/: reissue markers) come from `rules`; the first form uses
  // the embedded ones.
  static Status Open(const std::string& path, std::unique_ptr<ClaimStore>* out);
  static Status Open(const std::string& path, const RuleFiles& rules,
                     std::unique_ptr<ClaimStore>* out);
  ~ClaimStore() override;

  // Computes the relations of a story's freshly stored claims. Called inside
  // StoreStory's transaction, after the claims have ids. May call
  // FindCandidates on the store it is given.
  using ReconcileFn =
      std::function<Status(const std::vector<Claim>& new_claims, CandidateSource* candidates,
                           std::vector<Relation>* relations)>;

  // See the file comment. `reconcile` may be empty (no relations).
  Status StoreStory(const AnalyzedStory& story, const ReconcileFn& reconcile, StoreResult* result);

  // Whether StoreStory would find `story` unchanged, told from its input
  // alone: the current version of its (source, uri) was stored from an input
  // of the same `input_key` (Analyzer::InputKey, filed by StoreStory from
  // AnalyzedStory::input_key) and has the same version. Then *unchanged is
  // set, *result is what StoreStory would set (kUnchanged, the stored id),
  // and the story need not be analysed. False for a cancellation, an empty
  // key, and whenever only the analysed story can tell (StoreStory decides
  // then). Reads only; in a batch, sees the batch's stories.
  Status FindUnchanged(const Story& story, const std::string& input_key, StoreResult* result,
                       bool* unchanged);

  // Streaming (see the file comment). BeginStory sets *result (outcome and
  // story_id; claims and relations grow with each AddSegment) and *analyse:
  // false when nothing is to be stored (kUnchanged, kRetracted), and then no
  // story is open. AddSegment takes a part as AnalyzeSegments hands it over
  // (annotated claims, story coordinates) and consumes its claims (moved
  // out: part->claims is left empty, not copied). FinishStory fails with
  // InvalidInput when no segment was added.
  Status BeginStory(const Story& story, StoreResult* result, bool* analyse);
  Status AddSegment(AnalyzedStory* part, const ReconcileFn& reconcile);
  Status FinishStory(StoreResult* result);
  void AbortStory();
  bool InStory() const;

  // Batches (see the file comment). BeginBatch fails when one is open;
  // CommitBatch and RollbackBatch close it (RollbackBatch discards every
  // story stored since BeginBatch). Destroying the store rolls back an open
  // batch.
  Status BeginBatch();
  Status CommitBatch();
  void RollbackBatch();
  bool InBatch() const;

  // Caps how much of the database file reads map into memory (SQLite's
  // mmap_size; Open sets 256 MiB for the reconciler's index lookups). Mapped
  // pages count in the resident set, so a command that reads the whole
  // database once -- a listing -- maps little: 0 reads through the page
  // cache alone.
  Status SetMemoryMapLimit(int64_t bytes);

  // What the listing commands show. List* collect it; ForEach* hand it over
  // row by row, in the same order, so memory stays that of a row whatever
  // the count (a 100 MB story's 800,000 claims, its body). `with_body` false
  // leaves Story::body empty, unread. An error of `on_*` stops the walk and
  // is returned.
  Status ListStories(std::vector<Story>* out);
  Status ForEachStory(bool with_body, const std::function<Status(Story&&)>& on_story);
  // The body of stored story `story_id` in pieces of about 1 MiB, each
  // whole UTF-8 (a sequence is never cut), read with SQLite's incremental
  // blob I/O: the body is never in memory at once. NotFound for no such
  // story.
  Status ReadStoryBody(int64_t story_id, const std::function<Status(std::string_view)>& on_piece);
  Status ListClaims(const ClaimFilter& filter, std::vector<Claim>* out);
  Status ForEachClaim(const ClaimFilter& filter, const std::function<Status(Claim&&)>& on_claim);
  Status ListActors(std::vector<Actor>* out);
  Status ListRelations(const RelationFilter& filter, std::vector<Relation>* out);
  Status ForEachRelation(const RelationFilter& filter,
                         const std::function<Status(Relation&&)>& on_relation);

  // CandidateSource. Index-backed; see the blocking in claim_store.cc. At
  // most kMaxCandidates claims (the newest) per call, so reconciling a story
  // costs the same however large the database grows.
  Status FindCandidates(const Claim& claim, std::vector<Claim>* out) override;
  static constexpr int kMaxCandidates = 50;
  // Candidates' stated values lie within this factor of the claim's (the
  // reconciler relates nothing further apart: tolerance::kMaxConflictRatio).
  static constexpr double kCandidateValueFactor = 2.5;
  // Per blocking bucket (or per person, for dates), only the newest this many
  // claims are considered: the reconciler relates a figure to recent reports
  // of the same quantity, at a cost that does not grow with the database.
  static constexpr int kWindow = 400;
  // How many of a source's newest current stories a reissue is compared to.
  static constexpr int kReissueWindow = 200;

  // The schema version this binary writes (the highest schema/NNN_*.sql).
  static int SchemaVersion();

 private:
  struct Impl;
  explicit ClaimStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_CLAIM_STORE_H_
