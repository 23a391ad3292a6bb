// Ingester: the ingest job -- read stories, analyse each, store it with its
// relations. Owns no policy of its own beyond ordering: StoryReader decides
// what a story is, Analyzer what it says, Reconciler how it relates,
// ClaimStore how it is kept (one transaction per story).
//
// A rejected story (bad input, analysis error, database error for that
// story) is reported through `on_error` with its origin and skipped; the
// batch goes on unless `strict`.
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

// Splits "origin: problem" at the first ": " (origins are paths, "path:LINE"
// or "path[INDEX]"); a message without one is all problem, origin "".
Rejection SplitRejection(const std::string& line);

class Ingester {
 public:
  // The three collaborators must outlive the Ingester.
  Ingester(const Analyzer* analyzer, const Reconciler* reconciler, ClaimStore* store)
      : analyzer_(analyzer), reconciler_(reconciler), store_(store) {}

  // Analyses and stores one story. Errors are prefixed with story.origin.
  Status IngestStory(const Story& story, StoreResult* result);

  using ErrorFn = std::function<void(const std::string& line)>;
  using ProgressFn = std::function<void(const IngestSummary& so_far)>;

  // Ingests every story under `paths`. Each rejected story is added to
  // summary->errors and passed to on_error (if set) as it happens. With
  // `strict`, stops at the first rejection. on_progress (if set) is called
  // after every story, stored or rejected, with the counts so far
  // (summary->seconds is kept current); it should be cheap.
  void IngestPaths(const std::vector<std::string>& paths, const ReadOptions& options, bool strict,
                   IngestSummary* summary, const ErrorFn& on_error = nullptr,
                   const ProgressFn& on_progress = nullptr);

 private:
  const Analyzer* analyzer_;
  const Reconciler* reconciler_;
  ClaimStore* store_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_INGESTER_H_
