// Ingester: the ingest job -- read stories, analyse each, store it with its
// relations. Owns no policy of its own beyond ordering and batching:
// StoryReader decides what a story is, Analyzer what it says, Reconciler how
// it relates, ClaimStore how it is kept.
//
// Stories are stored in input order, each whole or not at all, in batches
// (ClaimStore::BeginBatch: one transaction of at most
// IngestOptions::batch_stories stories and batch_seconds of work, a
// savepoint per story). A crash loses at most the open batch; a re-run
// stores it (stories already stored come back kUnchanged).
//
// With IngestOptions::threads > 1, one thread reads, `threads` threads
// analyse and the calling thread alone writes, in input order: the stored
// database, the summary and the order of on_error calls are those of a
// single-threaded run. Analysers take the stories waiting, up to
// IngestOptions::analysis_batch at once (Analyzer::AnalyzeBatch: the same
// result, faster); at most 2 * threads groups of analysis_batch stories and
// analysis_batch_bytes of body (plus one story) are in memory at once.
// Callbacks run on the calling thread.
//
// Huge stories: a body over IngestOptions::segment_bytes (default
// Analyzer::kSegmentBytes, 1 MiB) is not analysed whole. It is analysed
// segment by segment (Analyzer::AnalyzeSegments) ON THE WRITER THREAD and
// each segment stored as it comes (ClaimStore::BeginStory / AddSegment /
// FinishStory), in its own savepoint of a batch of its own (the open batch
// is committed first), so it is still stored whole or not at all. Whether it
// is unchanged is decided from its input before any analysis. Its input,
// when the ingester owns it (Ingest, not IngestStory), is then moved to a
// spool (base/spool.h: a temporary file, read through a mapping whose pages
// are handed back as it goes) and analysed from there: the input costs the
// pages being read, not the whole body beside one segment's work. With
// threads > 1, analysers pass such a story through untouched and the reader
// waits until it is written before reading on: at most one huge body is in
// memory, plus one segment's work. A body over
// IngestOptions::max_story_bytes (128 MiB) is rejected ("story too large"),
// apart from the reader's per-file (and per-line) limit
// (ReadOptions::max_story_bytes), which bounds what is read at all.
//
// Unchanged stories: before a story is analysed, the writer asks the store
// whether its input is already stored as the current version of its (source,
// uri), in the same version (ClaimStore::FindUnchanged, keyed by
// Analyzer::InputKey); then it is counted kUnchanged and not analysed at all.
// With threads > 1 the writer asks as stories are read and asks again when
// a story's turn to be written comes (an earlier story may have changed the
// store in between); a story no longer unchanged then is analysed on the
// writer thread. Otherwise the store decides from the analysed story, as
// before (a new input that normalises to the stored body is unchanged too).
//
// A rejected story (bad input, analysis error, database error for that
// story) is reported through `on_error` with its origin and skipped; the
// batch goes on unless `strict`. When a batch fails to commit, each of its
// stories is rejected with the database error (and uncounted).
#ifndef WIREFACTS_INGEST_INGESTER_H_
#define WIREFACTS_INGEST_INGESTER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "ingest/story_reader.h"
#include "pipeline/analyzer.h"
#include "reconcile/reconciler.h"
#include "store/claim_store.h"

namespace wirefacts {

// One rejected story or input: where it came from ("a.json", "f.ndjson:12",
// "a.json[3]") and what was wrong with it.
struct Rejection {
  std::string origin;
  std::string error;
};

struct IngestSummary {
  int64_t stored = 0;
  int64_t unchanged = 0;
  int64_t superseded = 0;
  int64_t retracted = 0;  // cancellations (pubstatus "canceled") applied
  int64_t reissues = 0;   // CORRECTED/REPEAT stories stored as new versions
  int64_t rejected = 0;
  int64_t claims = 0;
  int64_t relations = 0;
  int64_t bytes = 0;  // story text read, for throughput figures
  double seconds = 0;
  std::vector<std::string> errors;    // one line each, "origin: problem"
  std::vector<Rejection> rejections;  // the same, split (errors[i] ~ rejections[i])

  int64_t done() const { return stored + unchanged + superseded + retracted + rejected; }
};

struct IngestOptions {
  int threads = 1;              // analysis threads; 1 = analyse on the calling thread
  int batch_stories = 200;      // stories per transaction at most
  double batch_seconds = 0.25;  // seconds of work per transaction at most (wall)
  // Stories analysed together (Analyzer::AnalyzeBatch), at most this many
  // and, past the first, this many bytes of body. With threads == 1 a story
  // waits for the group to fill (or the input to end) before it is stored:
  // 1 analyses and stores each story as it comes, for a live feed read
  // story by story. With threads > 1 an analyser takes what is waiting, up
  // to the group's size, so nothing waits for more input.
  int analysis_batch = 64;
  size_t analysis_batch_bytes = size_t{1} << 20;
  // Bodies longer than this are analysed and stored in segments of this
  // size (see the file comment); 0 = Analyzer::kSegmentBytes. Tests use less.
  size_t segment_bytes = 0;
  // Bodies longer than this (input bytes) are rejected as too large.
  size_t max_story_bytes = kMaxStoryBytes;
  static constexpr size_t kMaxStoryBytes = size_t{128} << 20;
};

// Splits "origin: problem" at the first ": " (origins are paths, "path:LINE"
// or "path[INDEX]"); a message without one is all problem, origin "".
Rejection SplitRejection(const std::string& line);

class Ingester {
 public:
  // The three collaborators must outlive the Ingester.
  Ingester(const Analyzer* analyzer, const Reconciler* reconciler, ClaimStore* store,
           IngestOptions options = IngestOptions())
      : analyzer_(analyzer), reconciler_(reconciler), store_(store), options_(options) {}

  // Analyses and stores one story (in its own transaction, or in the
  // store's open batch; a huge one in segments). Errors are prefixed with
  // story.origin.
  Status IngestStory(const Story& story, StoreResult* result);

  using ErrorFn = std::function<void(const std::string& line)>;
  using ProgressFn = std::function<void(const IngestSummary& so_far)>;

  // Where stories come from: calls on_story for each story and on_error for
  // each input that is not one ("origin: problem"), in input order, on the
  // thread it is called on; ignores what comes after the calls are of no
  // more use (callbacks return at once then).
  using Source = std::function<void(const StoryReader::StoryFn& on_story,
                                    const std::function<void(const std::string&)>& on_error)>;

  // Ingests every story of `source`, as IngestPaths does.
  void Ingest(const Source& source, bool strict, IngestSummary* summary,
              const ErrorFn& on_error = nullptr, const ProgressFn& on_progress = nullptr);

  // Ingests every story under `paths`. Each rejected story is added to
  // summary->errors and passed to on_error (if set) as it happens. With
  // `strict`, stops at the first rejection. on_progress (if set) is called
  // after every story, stored or rejected, with the counts so far
  // (summary->seconds is kept current); it should be cheap. A batch that
  // fails to commit takes its stories back out of the counts.
  void IngestPaths(const std::vector<std::string>& paths, const ReadOptions& options, bool strict,
                   IngestSummary* summary, const ErrorFn& on_error = nullptr,
                   const ProgressFn& on_progress = nullptr);

 private:
  class Run;
  // Analysis and annotation: the part of IngestStory that needs no store.
  // `input_key` (InputKey) is passed on to the store.
  Status Analyze(const Story& story, const std::string& input_key, AnalyzedStory* analyzed) const;
  // Analyze of each story (none huge), the analysable ones together
  // (Analyzer::AnalyzeBatch): (*analyzed)[i] and (*status)[i] are what
  // Analyze(*stories[i], keys[i], ...) gives.
  void AnalyzeBatch(const std::vector<const Story*>& stories, const std::vector<std::string>& keys,
                    std::vector<AnalyzedStory>* analyzed, std::vector<Status>* status) const;
  // The key the store files the story's input under (Analyzer::InputKey),
  // or "" when the story is to be analysed whatever the store holds: a
  // cancellation, or a story Analyze rejects before reading its body (too
  // large, no parseable publication date).
  std::string InputKey(const Story& story) const;
  // The part that does. Errors are prefixed with story.origin.
  Status Store(const AnalyzedStory& analyzed, StoreResult* result);
  // A story over segment_bytes(): analysed and stored segment by segment.
  // `release` (story.body itself, or null) is freed once BeginStory has
  // read it, the body being analysed from a spool of it (or, if the spool
  // fails, freed once the story is analysed); story.body is empty then.
  Status StoreSegmented(const Story& story, std::string* release, StoreResult* result);
  size_t segment_bytes() const {
    return options_.segment_bytes ? options_.segment_bytes : Analyzer::kSegmentBytes;
  }
  bool Huge(const Story& story) const { return story.body.size() > segment_bytes(); }
  // InvalidInput "story too large" over options_.max_story_bytes.
  Status CheckSize(const Story& story) const;

  const Analyzer* analyzer_;
  const Reconciler* reconciler_;
  ClaimStore* store_;
  IngestOptions options_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_INGESTER_H_
