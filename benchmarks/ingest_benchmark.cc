// ingest_benchmark: measures wirefacts end to end on a real wire corpus.
//
//   ingest_benchmark [--extract-only] [--breakdown] [--limit N] [--db FILE]
//                    [--batch N] [--big-story MB [--whole]] [STORIES]
//
// STORIES defaults to ../shared/eval/reuters21578/stories.ndjson.gz (19,043
// Reuters stories of 1987). The stories are read into memory first; then, in
// one run, on one thread:
//   baseline      a bare RE2 scan of the same bodies with one money pattern:
//                 the yardstick of this machine (figures travel between
//                 machines as a fraction of it);
//   extract-only  analysis alone (normalise + extract + claims, no
//                 database), with the CPU time of each analysis stage, N
//                 stories at a time through Analyzer::AnalyzeBatch as
//                 `wirefacts extract` runs it (--batch, default 64; 1 =
//                 Analyzer::Analyze story by story);
//   end to end    full ingest into a fresh SQLite database (store + FTS5 +
//                 reconciliation), through Ingester::Ingest with one
//                 thread, analysing N stories at a time (--batch), and
//                 the part of it spent inside SQLite (statement time as
//                 sqlite3_trace_v2 reports it);
// each as stories/s and MB/s of story text over CPU seconds (user + system,
// the honest one-core figure on a shared machine; wall seconds are printed
// too) and as a fraction of the baseline. The `read` line gives the cost of
// decompressing and parsing the input, which `wirefacts ingest` pays on top.
// Then claims and relations, relations per 1,000 stories, a sample of 20
// flagged conflicts, and peak resident memory.
// --extract-only stops after the extraction figures.
// --breakdown splits the per-story time of the first and last 1,000 stories
// into analysis, candidate lookup (FindCandidates), comparison and the rest
// of the store (one story per transaction, through the same calls as
// Ingester::IngestStory).
// --big-story MB analyses and ingests ONE story of MB megabytes (the corpus
// bodies joined by blank lines, repeated) and prints its time and the peak
// resident memory of the process; nothing else runs (the corpus is freed
// once the story is made), so the peak is that story's. The analysis runs
// through Analyzer::AnalyzeSegments, dropping each segment's claims once
// counted (`segments`); with --whole, also through Analyzer::Analyze, which
// holds every claim of the story at once (`extract-only`); then, unless
// --extract-only, the story is ingested into a fresh database (--db) through
// Ingester::Ingest, as `wirefacts ingest` does (`end to end`). Figures, not assertions: see
// benchmarks/README.md.
#include <sys/resource.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "ingest/ingester.h"
#include "ingest/story_reader.h"
#include "pipeline/analyzer.h"
#include "reconcile/reconciler.h"
#include "store/claim_store.h"
#include "store/sqlite_db.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// User + system CPU seconds of the process so far (every thread).
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto secs = [](const timeval& tv) { return tv.tv_sec + tv.tv_usec * 1e-6; };
  return secs(usage.ru_utime) + secs(usage.ru_stime);
}

long PeakRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// The peak resident memory since the last ResetPhasePeak(): VmHWM of
// /proc/self/status, which writing "5" to /proc/self/clear_refs resets to
// the current RSS (Linux); elsewhere the process's peak (PeakRssKb). What
// earlier phases freed is given back to the system first (glibc keeps it
// otherwise), as a process starting the phase would not hold it.
void ResetPhasePeak() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
  std::ofstream("/proc/self/clear_refs") << "5";
}
long PhasePeakRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::atol(line.c_str() + 6);
  }
  return PeakRssKb();
}

// Wall and CPU seconds of one measured phase.
class Stopwatch {
 public:
  Stopwatch() : wall0_(std::chrono::steady_clock::now()), cpu0_(CpuSeconds()) {}
  double wall() const { return Seconds(wall0_); }
  double cpu() const { return CpuSeconds() - cpu0_; }

 private:
  std::chrono::steady_clock::time_point wall0_;
  double cpu0_;
};

// "N stories in C s cpu (W s wall): S stories/s, M MB/s[, F of the baseline]",
// rates over CPU seconds.
void PrintRate(const char* label, size_t stories, size_t bytes, double cpu, double wall,
               double baseline_mbps) {
  const double mbps = bytes / 1e6 / cpu;
  std::printf("%-13s %zu stories in %.2f s cpu (%.2f s wall): %.0f stories/s, %.2f MB/s", label,
              stories, cpu, wall, stories / cpu, mbps);
  if (baseline_mbps > 0) std::printf(", %.4f of the baseline", mbps / baseline_mbps);
  std::printf("\n");
}

// CPU seconds of each analysis stage, with shares.
void PrintStages(const wirefacts::AnalyzeTimes& times) {
  std::printf("stages       ");
  const double total = times.Total();
  int k = 0;
  for (const auto& [name, t] : {std::pair{"normalize", times.normalize},
                                {"money", times.money},
                                {"percent", times.percent},
                                {"temporal", times.temporal},
                                {"actors", times.actors},
                                {"attribution", times.attribution},
                                {"claims", times.claims}})
    std::printf("%s%s %.3f s (%.0f%%)", k++ ? ", " : "", name, t, total > 0 ? 100 * t / total : 0);
  std::printf("\n");
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

// One RE2 pattern over every body, found with FindAndConsume as a bare scan.
// Returns MB/s over CPU seconds; prints its line.
double BareScan(const char* label, const char* pattern,
                const std::vector<wirefacts::Story>& stories, size_t bytes) {
  const RE2 re(pattern);
  size_t matches = 0;
  const Stopwatch watch;
  // Repeated until it has run for a while: one pass is too short to time.
  int passes = 0;
  do {
    for (const wirefacts::Story& story : stories) {
      re2::StringPiece in(story.body);
      while (RE2::FindAndConsume(&in, re)) ++matches;
    }
    ++passes;
  } while (watch.cpu() < 0.3 && !stories.empty());
  const double cpu = watch.cpu() / passes, wall = watch.wall() / passes;
  PrintRate(label, stories.size(), bytes, cpu, wall, 0);
  std::printf("              (bare RE2 scan of %s: %zu matches, mean of %d passes)\n", pattern,
              matches / passes, passes);
  return bytes / 1e6 / cpu;
}

// The yardstick of the ratios: one money pattern that matches both "$5
// million" and the wire's "5 mln dlrs". It starts with a digit or "$", so
// RE2's DFA reads every byte; a pattern that starts with a literal "$" alone
// is mostly memchr() (printed as `dollar scan` for reference, and useless
// as a yardstick on a corpus that writes "dlrs").
double Baseline(const std::vector<wirefacts::Story>& stories, size_t bytes) {
  BareScan("dollar scan", R"(\$\s?\d[\d,.]*\s*(?:million|billion|trillion)?)", stories, bytes);
  return BareScan(
      "baseline",
      R"(\$\s?\d[\d,.]*(?:\s*(?:million|billion|trillion))?|\d[\d,.]*\s*(?:mln|billion|bln)?\s*dlrs)",
      stories, bytes);
}

// --big-story: one story of `megabytes` MB made of the corpus bodies.
int BigStory(std::vector<wirefacts::Story> corpus, double megabytes,
             const wirefacts::Analyzer& analyzer, wirefacts::Ingester* ingester, bool whole) {
  using namespace wirefacts;
  Story big = corpus.front();
  big.uri = "big-story";
  big.body.clear();
  const size_t target = static_cast<size_t>(megabytes * 1e6);
  big.body.reserve(target + (1 << 20));  // no doubling copy on the way
  for (size_t i = 0; big.body.size() < target; i = (i + 1) % corpus.size()) {
    big.body += corpus[i].body;
    big.body += "\n\n";
  }
  corpus.clear();  // the peak below is the story's, not the corpus's
  corpus.shrink_to_fit();
  std::printf("big story  %.1f MB, peak RSS before analysis %.1f MB\n", big.body.size() / 1e6,
              PeakRssKb() / 1024.0);
  {
    // Bounded memory: each segment's claims are dropped once counted.
    ResetPhasePeak();
    const Stopwatch watch;
    AnalyzeTimes times;
    size_t claims = 0, segments = 0;
    Status s = analyzer.AnalyzeSegments(
        big,
        [&](AnalyzedStory& part) {
          claims += part.claims.size();
          ++segments;
          return Status::OK();
        },
        &times);
    PrintRate("segments", 1, big.body.size(), watch.cpu(), watch.wall(), 0);
    PrintStages(times);
    if (!s.ok()) std::printf("              error: %s\n", s.message().c_str());
    std::printf("              %zu claims in %zu segments, peak RSS %.1f MB\n", claims, segments,
                PhasePeakRssKb() / 1024.0);
  }
  if (whole) {
    // Analyze: the whole story's claims in memory at once.
    ResetPhasePeak();
    const Stopwatch watch;
    AnalyzedStory analyzed;
    AnalyzeTimes times;
    Status s = analyzer.Analyze(big, &analyzed, &times);
    PrintRate("extract-only", 1, big.body.size(), watch.cpu(), watch.wall(), 0);
    PrintStages(times);
    if (!s.ok()) std::printf("              error: %s\n", s.message().c_str());
    std::printf("              %zu claims, peak RSS %.1f MB\n", analyzed.claims.size(),
                PhasePeakRssKb() / 1024.0);
  }
  if (ingester != nullptr) {
    // The path of `wirefacts ingest`: Ingester::Ingest hands the story to
    // the writer, which analyses and stores it segment by segment
    // (ClaimStore::BeginStory/AddSegment/FinishStory) and frees its input
    // before writing the body.
    const size_t bytes = big.body.size();
    ResetPhasePeak();
    const Stopwatch watch;
    IngestSummary summary;
    ingester->Ingest(
        [&](const StoryReader::StoryFn& on_story, const std::function<void(const std::string&)>&) {
          on_story(std::move(big));
        },
        false, &summary);
    PrintRate("end to end", 1, bytes, watch.cpu(), watch.wall(), 0);
    for (const std::string& e : summary.errors) std::printf("              error: %s\n", e.c_str());
    std::printf("              %lld claims, %lld relations stored, peak RSS %.1f MB\n",
                static_cast<long long>(summary.claims), static_cast<long long>(summary.relations),
                PhasePeakRssKb() / 1024.0);
  }
  std::printf("peak RSS   %.1f MB\n", PeakRssKb() / 1024.0);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace wirefacts;
  std::string path = WF_SHARED_DIR "/eval/reuters21578/stories.ndjson.gz";
  std::string db = (std::filesystem::temp_directory_path() / "wirefacts-bench.db").string();
  long limit = -1;
  bool extract_only = false;
  bool breakdown = false;
  double big_story_mb = 0;
  bool whole = false;
  // Stories per Analyzer::AnalyzeBatch, as `wirefacts extract` and `ingest` run it.
  size_t batch = 64;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--extract-only"))
      extract_only = true;
    else if (!std::strcmp(argv[i], "--breakdown"))
      breakdown = true;
    else if (!std::strcmp(argv[i], "--limit") && i + 1 < argc)
      limit = std::atol(argv[++i]);
    else if (!std::strcmp(argv[i], "--db") && i + 1 < argc)
      db = argv[++i];
    else if (!std::strcmp(argv[i], "--big-story") && i + 1 < argc)
      big_story_mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc)
      batch = std::atol(argv[++i]);
    else if (!std::strcmp(argv[i], "--whole"))
      whole = true;
    else
      path = argv[i];
  }

  // Read once into memory so every measurement sees the same stories and
  // none pays for decompression.
  std::vector<Story> stories;
  size_t bytes = 0, bytes_read = 0;
  int read_errors = 0;
  StoryReader reader{ReadOptions{}};
  const Stopwatch read_watch;
  Status s = reader.Read(
      path,
      [&](Story&& story) {
        bytes_read += story.body.size();
        if (limit >= 0 && static_cast<long>(stories.size()) >= limit) return;
        bytes += story.body.size();
        stories.push_back(std::move(story));
      },
      [&](const Status&) { ++read_errors; });
  if (!s.ok()) return Die(s);
  if (stories.empty()) return Die(Status::InvalidInput(path + ": no stories"));
  const double read_cpu = read_watch.cpu(), read_wall = read_watch.wall();
  std::printf("input      %s\n", path.c_str());
  std::printf(
      "read       %zu stories kept, %.1f MB of text, %d rejected; all %.1f MB read in "
      "%.2f s cpu (%.2f s wall): %.2f MB/s\n",
      stories.size(), bytes / 1e6, read_errors, bytes_read / 1e6, read_cpu, read_wall,
      bytes_read / 1e6 / read_cpu);

  const RuleFiles rules;
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  if (!(s = Analyzer::Create(rules, &analyzer)).ok()) return Die(s);
  if (!(s = Reconciler::Create(rules, &reconciler)).ok()) return Die(s);

  if (big_story_mb > 0) {
    std::unique_ptr<ClaimStore> store;
    std::unique_ptr<Ingester> ingester;
    if (!extract_only) {
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
      if (!(s = ClaimStore::Open(db, &store)).ok()) return Die(s);
      ingester = std::make_unique<Ingester>(analyzer.get(), reconciler.get(), store.get());
    }
    return BigStory(std::move(stories), big_story_mb, *analyzer, ingester.get(), whole);
  }

  const double baseline = Baseline(stories, bytes);

  {
    size_t claims = 0, errors = 0;
    AnalyzeTimes times;
    const Stopwatch watch;
    if (batch <= 1) {
      for (const Story& story : stories) {
        AnalyzedStory analyzed;
        if (analyzer->Analyze(story, &analyzed, &times).ok())
          claims += analyzed.claims.size();
        else
          ++errors;
      }
    } else {
      std::vector<const Story*> group;
      std::vector<AnalyzedStory> analyzed;
      std::vector<Status> status;
      for (size_t i = 0; i < stories.size(); i += batch) {
        group.clear();
        for (size_t j = i; j < std::min(stories.size(), i + batch); ++j)
          group.push_back(&stories[j]);
        analyzer->AnalyzeBatch(group, &analyzed, &status, &times);
        for (size_t j = 0; j < group.size(); ++j) {
          if (status[j].ok())
            claims += analyzed[j].claims.size();
          else
            ++errors;
        }
      }
    }
    const double cpu = watch.cpu(), wall = watch.wall();
    PrintRate("extract-only", stories.size(), bytes, cpu, wall, baseline);
    std::printf("              %zu claims, %zu errors\n", claims, errors);
    PrintStages(times);
  }

  if (!extract_only) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
    std::unique_ptr<ClaimStore> store;
    // Opened with statement timing, so the time spent inside SQLite is known.
    SqliteDb::EnableStatementTiming();
    if (!(s = ClaimStore::Open(db, &store)).ok()) return Die(s);
    const int64_t sql_nanos_before = SqliteDb::StatementNanos();
    const size_t n = stories.size();
    std::vector<size_t> relations_per_thousand((n + 999) / 1000);
    const size_t window = std::min<size_t>(1000, n / 2);
    size_t claims = 0, relations = 0, errors = 0;
    double first_window = 0, last_window = 0;
    const Stopwatch watch;
    if (!breakdown) {
      // The ingest job as `wirefacts ingest --threads 1` runs it.
      IngestOptions options;
      options.analysis_batch = static_cast<int>(batch);
      Ingester ingester(analyzer.get(), reconciler.get(), store.get(), options);
      IngestSummary summary;
      size_t done = 0;
      auto last = std::chrono::steady_clock::now();
      int64_t relations_before = 0;
      ingester.Ingest(
          [&](const StoryReader::StoryFn& on_story,
              const std::function<void(const std::string&)>&) {
            for (const Story& story : stories) on_story(Story(story));
          },
          false, &summary, nullptr,
          [&](const IngestSummary& so_far) {
            // Called after each story: per-story time and relations.
            const size_t i = done++;
            const auto now = std::chrono::steady_clock::now();
            const double dt = std::chrono::duration<double>(now - last).count();
            last = now;
            if (i < window) first_window += dt;
            if (i >= n - window) last_window += dt;
            relations_per_thousand[i / 1000] += so_far.relations - relations_before;
            relations_before = so_far.relations;
          });
      claims = summary.claims;
      relations = summary.relations;
      errors = summary.rejected;
    } else {
      Ingester ingester(analyzer.get(), reconciler.get(), store.get());
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
      for (size_t i = 0; i < n; ++i) {
        const auto ts = std::chrono::steady_clock::now();
        StoreResult result;
        Phases unused;
        Phases* phases = i < window ? &first_phases : i >= n - window ? &last_phases : &unused;
        if (ingest_timed(stories[i], &result, phases).ok()) {
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
      if (window > 0) {
        for (const auto& [name, p] : {std::pair{"first", first_phases}, {"last", last_phases}})
          std::printf(
              "breakdown  %s %zu, ms per story (one transaction each): analyze %.3f, find "
              "candidates %.3f (%.1f per story), compare %.3f, rest of store %.3f\n",
              name, window, p.analyze / window * 1e3, p.find / window * 1e3,
              static_cast<double>(p.candidates) / window, p.reconcile / window * 1e3,
              p.store / window * 1e3);
      }
    }
    const double cpu = watch.cpu(), wall = watch.wall();
    const double sql = (SqliteDb::StatementNanos() - sql_nanos_before) * 1e-9;
    PrintRate("end to end", n, bytes, cpu, wall, baseline);
    std::printf("              %zu claims, %zu relations, %zu errors%s\n", claims, relations,
                errors, breakdown ? " (one transaction per story: --breakdown)" : "");
    // What the database engine alone costs: a floor under the end-to-end
    // time that no change to the analysis can lower.
    std::printf(
        "in SQLite   %.2f s wall (%.0f%% of end to end): the statements' own time, "
        "FTS5 indexing and COMMIT included (sqlite3_trace_v2 profile)\n",
        sql, wall > 0 ? 100 * sql / wall : 0.0);
    const double read_rate = bytes_read / 1e6 / read_cpu, ingest_rate = bytes / 1e6 / cpu;
    std::printf("with reading %.2f MB/s (decompress + parse + end to end), %.4f of the baseline\n",
                1 / (1 / read_rate + 1 / ingest_rate),
                1 / (1 / read_rate + 1 / ingest_rate) / baseline);
    if (window > 0)
      std::printf("per story  first %zu: %.3f ms, last %zu: %.3f ms (wall)\n", window,
                  first_window / window * 1e3, window, last_window / window * 1e3);
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
