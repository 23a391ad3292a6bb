// ingest_benchmark: measures wirefacts end to end on a real wire corpus.
//
//   ingest_benchmark [--extract-only] [--breakdown] [--limit N] [--db FILE] [STORIES]
//
// STORIES defaults to ../shared/eval/reuters21578/stories.ndjson.gz (19,043
// Reuters stories of 1987). Prints, for (1) analysis alone (normalise +
// extract, no database) and (2) full ingest into a fresh SQLite database
// (store + FTS + reconciliation): stories, stories/s, MB/s of story text,
// claims and relations, relations per 1,000 stories and a sample of 20
// flagged conflicts with reasons and sentences; then peak resident memory.
// --breakdown splits the per-story time of the first and last 1,000 stories
// into analysis, candidate lookup (FindCandidates), comparison and the rest
// of the store (it ingests through the same calls as Ingester::IngestStory). Figures, not
// assertions: see benchmarks/README.md.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/ingester.h"
#include "ingest/story_reader.h"
#include "pipeline/analyzer.h"
#include "reconcile/reconciler.h"
#include "store/claim_store.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Times the FindCandidates calls of the store it wraps.
class TimedCandidates : public wirefacts::CandidateSource {
 public:
  explicit TimedCandidates(wirefacts::CandidateSource* inner) : inner_(inner) {}
  wirefacts::Status FindCandidates(const wirefacts::Claim& claim,
                                   std::vector<wirefacts::Claim>* out) override {
    const auto t0 = std::chrono::steady_clock::now();
    wirefacts::Status s = inner_->FindCandidates(claim, out);
    seconds += Seconds(t0);
    candidates += out->size();
    return s;
  }
  double seconds = 0;
  size_t candidates = 0;

 private:
  wirefacts::CandidateSource* inner_;
};

// Per-phase seconds of a window of stories.
struct Phases {
  double analyze = 0, find = 0, reconcile = 0, store = 0;
  size_t candidates = 0;
};

int Die(const wirefacts::Status& s) {
  std::fprintf(stderr, "ingest_benchmark: %s\n", s.message().c_str());
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace wirefacts;
  std::string path = WF_SHARED_DIR "/eval/reuters21578/stories.ndjson.gz";
  std::string db = (std::filesystem::temp_directory_path() / "wirefacts-bench.db").string();
  long limit = -1;
  bool extract_only = false;
  bool breakdown = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--extract-only"))
      extract_only = true;
    else if (!std::strcmp(argv[i], "--breakdown"))
      breakdown = true;
    else if (!std::strcmp(argv[i], "--limit") && i + 1 < argc)
      limit = std::atol(argv[++i]);
    else if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
      db = argv[++i];
    else
      path = argv[i];
  }

  // Read once into memory so both measurements see the same stories and
  // neither pays for decompression.
  std::vector<Story> stories;
  size_t bytes = 0;
  int read_errors = 0;
  StoryReader reader{ReadOptions{}};
  const auto t_read = std::chrono::steady_clock::now();
  Status s = reader.Read(
      path,
      [&](Story&& story) {
        if (limit >= 0 && static_cast<long>(stories.size()) >= limit) return;
        bytes += story.body.size();
        stories.push_back(std::move(story));
      },
      [&](const Status&) { ++read_errors; });
  if (!s.ok()) return Die(s);
  std::printf("input      %s\n", path.c_str());
  std::printf("read       %zu stories, %.1f MB of text, %d rejected, %.2f s\n", stories.size(),
              bytes / 1e6, read_errors, Seconds(t_read));

  const RuleFiles rules;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  if (!(s = Analyzer::Create(rules, &analyzer)).ok()) return Die(s);
  if (!(s = Reconciler::Create(rules, &reconciler)).ok()) return Die(s);

  {
    size_t claims = 0, errors = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const Story& story : stories) {
      AnalyzedStory analyzed;
      if (analyzer->Analyze(story, &analyzed).ok())
        claims += analyzed.claims.size();
      else
        ++errors;
    }
    const double secs = Seconds(t0);
    std::printf(
        "extract    %zu stories in %.2f s: %.0f stories/s, %.2f MB/s, %zu claims, %zu errors\n",
        stories.size(), secs, stories.size() / secs, bytes / 1e6 / secs, claims, errors);
  }

  if (!extract_only) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    std::unique_ptr<ClaimStore> store;
    if (!(s = ClaimStore::Open(db, &store)).ok()) return Die(s);
    Ingester ingester(analyzer.get(), reconciler.get(), store.get());
    size_t claims = 0, relations = 0, errors = 0;
    const size_t n = stories.size();
    std::vector<size_t> relations_per_thousand((n + 999) / 1000);
    const size_t window = std::min<size_t>(1000, n / 2);
    double first_window = 0, last_window = 0;
    Phases first_phases, last_phases;
    // Ingester::IngestStory, with each phase timed.
    auto ingest_timed = [&](const Story& story, StoreResult* result, Phases* phases) -> Status {
      const auto ta = std::chrono::steady_clock::now();
      AnalyzedStory analyzed;
      WF_RETURN_IF_ERROR(analyzer->Analyze(story, &analyzed));
      for (Claim& c : analyzed.claims) reconciler->Annotate(&c);
      phases->analyze += Seconds(ta);
      const auto ts = std::chrono::steady_clock::now();
      double find = 0, reconcile = 0;
      size_t found = 0;
      WF_RETURN_IF_ERROR(store->StoreStory(
          analyzed,
          [&](const std::vector<Claim>& fresh, CandidateSource* candidates,
              std::vector<Relation>* relations) {
            TimedCandidates timed(candidates);
            const auto tr = std::chrono::steady_clock::now();
            Status s = reconciler->Reconcile(fresh, &timed, relations);
            reconcile += Seconds(tr);
            find += timed.seconds;
            found += timed.candidates;
            return s;
          },
          result));
      phases->store += Seconds(ts) - reconcile;
      phases->find += find;
      phases->reconcile += reconcile - find;
      phases->candidates += found;
      return Status::OK();
    };
    const auto t0 = std::chrono::steady_clock::now();
    for (size_t i = 0; i < n; ++i) {
      const auto ts = std::chrono::steady_clock::now();
      StoreResult result;
      Phases unused;
      Phases* phases = i < window ? &first_phases : i >= n - window ? &last_phases : &unused;
      if ((breakdown ? ingest_timed(stories[i], &result, phases)
                     : ingester.IngestStory(stories[i], &result))
              .ok()) {
        claims += result.claims;
        relations += result.relations;
        relations_per_thousand[i / 1000] += result.relations;
      } else {
        ++errors;
      }
      const double dt = Seconds(ts);
      if (i < window) first_window += dt;
      if (i >= n - window) last_window += dt;
    }
    const double secs = Seconds(t0);
    std::printf(
        "ingest     %zu stories in %.2f s: %.0f stories/s, %.2f MB/s, %zu claims, %zu relations, "
        "%zu errors\n",
        n, secs, n / secs, bytes / 1e6 / secs, claims, relations, errors);
    if (window > 0)
      std::printf("per story  first %zu: %.3f ms, last %zu: %.3f ms\n", window,
                  first_window / window * 1e3, window, last_window / window * 1e3);
    if (breakdown && window > 0) {
      for (const auto& [name, p] : {std::pair{"first", first_phases}, {"last", last_phases}})
        std::printf(
            "breakdown  %s %zu, ms per story: analyze %.3f, find candidates %.3f (%.1f per "
            "story), compare %.3f, rest of store %.3f\n",
            name, window, p.analyze / window * 1e3, p.find / window * 1e3,
            static_cast<double>(p.candidates) / window, p.reconcile / window * 1e3,
            p.store / window * 1e3);
    }
    std::printf("relations per 1,000 stories:");
    for (size_t k = 0; k < relations_per_thousand.size(); ++k)
      std::printf("%s%zu", k % 10 == 0 ? "\n  " : " ", relations_per_thousand[k]);
    std::printf("\n");
    std::printf("database   %s, %.1f MB\n", db.c_str(), std::filesystem::file_size(db) / 1e6);

    // A sample of flagged conflicts, spread evenly over all of them, to read
    // whether they are real discrepancies.
    RelationFilter filter;
    filter.kind = RelationKind::kConflicts;
    std::vector<Relation> conflicts;
    if ((s = store->ListRelations(filter, &conflicts)).ok() && !conflicts.empty()) {
      const size_t sample = std::min<size_t>(20, conflicts.size());
      std::printf("conflicts  %zu; a sample of %zu:\n", conflicts.size(), sample);
      for (size_t k = 0; k < sample; ++k) {
        const Relation& r = conflicts[k * conflicts.size() / sample];
        std::printf("  #%lld %s\n    a: %s\n    b: %s\n", static_cast<long long>(r.id),
                    r.reason.c_str(), r.a.sentence.c_str(), r.b.sentence.c_str());
      }
    }
  }
  std::printf("peak RSS   %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}
