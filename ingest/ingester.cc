#include "ingest/ingester.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/spool.h"

namespace wirefacts {
namespace {

bool IsBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

const std::string& OriginOf(const Story& story) {
  return story.origin.empty() ? story.uri : story.origin;
}

}  // namespace

Rejection SplitRejection(const std::string& line) {
  const size_t colon = line.find(": ");
  if (colon == std::string::npos || colon == 0) return {"", line};
  return {line.substr(0, colon), line.substr(colon + 2)};
}

Status Ingester::CheckSize(const Story& story) const {
  if (story.body.size() <= options_.max_story_bytes) return Status::OK();
  return Status::InvalidInput("story too large: " + std::to_string(story.body.size()) +
                              " bytes (at most " + std::to_string(options_.max_story_bytes) + ")")
      .WithContext(OriginOf(story));
}

std::string Ingester::InputKey(const Story& story) const {
  if (story.pubstatus == "canceled" || !CheckSize(story).ok()) return "";
  std::chrono::sys_days day;
  int minutes = 0;
  if (!ParsePublished(story.published, &day, &minutes).ok()) return "";
  return analyzer_->InputKey(story.body);
}

Status Ingester::Analyze(const Story& story, const std::string& input_key,
                         AnalyzedStory* analyzed) const {
  std::vector<AnalyzedStory> one;
  std::vector<Status> status;
  AnalyzeBatch({&story}, {input_key}, &one, &status);
  *analyzed = std::move(one[0]);
  return status[0];
}

void Ingester::AnalyzeBatch(const std::vector<const Story*>& stories,
                            const std::vector<std::string>& keys,
                            std::vector<AnalyzedStory>* analyzed,
                            std::vector<Status>* status) const {
  analyzed->clear();
  analyzed->resize(stories.size());
  status->assign(stories.size(), Status::OK());
  std::vector<const Story*> group;
  std::vector<size_t> at;  // index in `stories` of each story of `group`
  for (size_t i = 0; i < stories.size(); ++i) {
    const Story& story = *stories[i];
    if (!((*status)[i] = CheckSize(story)).ok()) continue;
    if (story.pubstatus == "canceled" && IsBlank(story.body)) {
      (*analyzed)[i].story = story;  // a bare cancellation: nothing to analyse
    } else {
      group.push_back(&story);
      at.push_back(i);
    }
  }
  std::vector<AnalyzedStory> results;
  std::vector<Status> outcomes;
  analyzer_->AnalyzeBatch(group, &results, &outcomes, nullptr, segment_bytes());
  for (size_t k = 0; k < group.size(); ++k) {
    (*analyzed)[at[k]] = std::move(results[k]);
    if (!outcomes[k].ok()) (*status)[at[k]] = outcomes[k].WithContext(OriginOf(*group[k]));
  }
  for (size_t i = 0; i < stories.size(); ++i) {
    if (!(*status)[i].ok()) continue;
    for (Claim& c : (*analyzed)[i].claims) reconciler_->Annotate(&c);
    (*analyzed)[i].input_key = keys[i];
  }
}

Status Ingester::Store(const AnalyzedStory& analyzed, StoreResult* result) {
  const Reconciler* reconciler = reconciler_;
  Status s = store_->StoreStory(
      analyzed,
      [reconciler](const std::vector<Claim>& fresh, CandidateSource* candidates,
                   std::vector<Relation>* relations) {
        return reconciler->Reconcile(fresh, candidates, relations);
      },
      result);
  if (!s.ok()) return s.WithContext(OriginOf(analyzed.story));
  return Status::OK();
}

Status Ingester::StoreSegmented(const Story& story, std::string* release, StoreResult* result) {
  WF_RETURN_IF_ERROR(CheckSize(story));
  const std::string origin = OriginOf(story);
  bool analyse = false;
  Status s = store_->BeginStory(story, result, &analyse);
  if (!s.ok()) return s.WithContext(origin);
  if (!analyse) return Status::OK();  // unchanged, or a retraction
  const Reconciler* reconciler = reconciler_;
  const ClaimStore::ReconcileFn reconcile = [reconciler](const std::vector<Claim>& fresh,
                                                         CandidateSource* candidates,
                                                         std::vector<Relation>* relations) {
    return reconciler->Reconcile(fresh, candidates, relations);
  };
  // The input body, when ours to free, is moved to a spool (a temporary
  // file) and read from there while it is analysed: only the pages being
  // read stay in memory, not the whole input beside one segment's work. If
  // the spool fails, it is read from memory.
  std::string_view body = story.body;
  Spool input;
  if (release && input.Open().ok() && input.Append(*release).ok() && input.Map(&body).ok()) {
    std::string().swap(*release);
  }
  s = input.WhileReleasing([&] {
    return analyzer_->AnalyzeSegments(
        story, body,
        [&](AnalyzedStory& part) -> Status {
          for (Claim& c : part.claims) reconciler_->Annotate(&c);
          return store_->AddSegment(&part, reconcile);
        },
        nullptr, segment_bytes());
  });
  if (!s.ok()) {
    store_->AbortStory();
    return s.WithContext(origin);
  }
  if (release) std::string().swap(*release);
  s = store_->FinishStory(result);
  if (!s.ok()) return s.WithContext(origin);
  return Status::OK();
}

Status Ingester::IngestStory(const Story& story, StoreResult* result) {
  if (Huge(story) && !(story.pubstatus == "canceled" && IsBlank(story.body))) {
    return StoreSegmented(story, nullptr, result);
  }
  const std::string key = InputKey(story);
  bool unchanged = false;
  Status s = store_->FindUnchanged(story, key, result, &unchanged);
  if (!s.ok()) return s.WithContext(OriginOf(story));
  if (unchanged) return Status::OK();
  AnalyzedStory analyzed;
  WF_RETURN_IF_ERROR(Analyze(story, key, &analyzed));
  return Store(analyzed, result);
}

// The writing side of one Ingest call: stores analysed stories in batches,
// keeps the summary and calls the callbacks. Runs on the calling thread.
class Ingester::Run {
 public:
  Run(Ingester* ingester, bool strict, IngestSummary* summary, const ErrorFn& on_error,
      const ProgressFn& on_progress)
      : ingester_(ingester),
        store_(ingester->store_),
        strict_(strict),
        summary_(summary),
        on_error_(on_error),
        on_progress_(on_progress),
        t0_(std::chrono::steady_clock::now()) {}

  bool stopped() const { return stop_; }

  void Reject(const std::string& line) {
    ++summary_->rejected;
    summary_->errors.push_back(line);
    summary_->rejections.push_back(SplitRejection(line));
    if (on_error_) on_error_(line);
    if (strict_) stop_ = true;
    Progress();
  }

  // One story, in input order: `analysis` is the outcome of
  // Ingester::Analyze, `analyzed` its result.
  void Write(size_t bytes, const Status& analysis, const AnalyzedStory& analyzed) {
    if (stop_) return;
    summary_->bytes += static_cast<int64_t>(bytes);
    if (!analysis.ok()) {
      Reject(analysis.message());
      return;
    }
    if (!store_->InBatch()) {
      Status b = store_->BeginBatch();
      if (!b.ok()) {
        Reject(b.WithContext(OriginOf(analyzed.story)).message());
        return;
      }
      batch_start_ = std::chrono::steady_clock::now();
    }
    StoreResult result;
    Status st = ingester_->Store(analyzed, &result);
    if (!st.ok()) {
      Reject(st.message());
    } else {
      Count(result, +1);
      batch_.push_back({OriginOf(analyzed.story), result});
    }
    CommitIfFull();
    if (st.ok()) Progress();
  }

  // One story, in input order, not analysed: counted unchanged when the
  // store holds its input (ClaimStore::FindUnchanged under `key`). False
  // when it does not, or cannot tell: the caller analyses the story and
  // calls Write.
  bool WriteUnchanged(size_t bytes, const Story& story, const std::string& key) {
    if (stop_) return true;
    if (key.empty()) return false;
    if (!store_->InBatch()) {
      if (!store_->BeginBatch().ok()) return false;  // Write reports it
      batch_start_ = std::chrono::steady_clock::now();
    }
    StoreResult result;
    bool unchanged = false;
    if (!store_->FindUnchanged(story, key, &result, &unchanged).ok() || !unchanged) return false;
    summary_->bytes += static_cast<int64_t>(bytes);
    Count(result, +1);
    batch_.push_back({OriginOf(story), result});
    CommitIfFull();
    Progress();
    return true;
  }

  // A huge story (Ingester::Huge), analysed and stored here segment by
  // segment, in a batch of its own.
  void WriteHuge(Story* story) {
    if (stop_) return;
    summary_->bytes += static_cast<int64_t>(story->body.size());
    CommitBatch();
    const std::string origin = OriginOf(*story);
    Status b = store_->BeginBatch();
    if (!b.ok()) {
      Reject(b.WithContext(origin).message());
      return;
    }
    batch_start_ = std::chrono::steady_clock::now();
    StoreResult result;
    Status st = ingester_->StoreSegmented(*story, &story->body, &result);
    if (!st.ok()) {
      Reject(st.message());
    } else {
      Count(result, +1);
      batch_.push_back({origin, result});
    }
    CommitBatch();
    if (st.ok()) Progress();
  }

  void Finish() {
    CommitBatch();
    summary_->seconds = Elapsed();
  }

 private:
  struct Pending {
    std::string origin;
    StoreResult result;
  };

  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
  }

  void Progress() {
    if (!on_progress_) return;
    summary_->seconds = Elapsed();
    on_progress_(*summary_);
  }

  // Adds (sign +1) or takes back (-1) one stored story's counts.
  void Count(const StoreResult& result, int sign) {
    switch (result.outcome) {
      case StoreOutcome::kStored:
        summary_->stored += sign;
        break;
      case StoreOutcome::kUnchanged:
        summary_->unchanged += sign;
        break;
      case StoreOutcome::kSuperseded:
        summary_->superseded += sign;
        break;
      case StoreOutcome::kRetracted:
        summary_->retracted += sign;
        break;
    }
    if (!result.reissue_of.empty() && result.outcome != StoreOutcome::kUnchanged)
      summary_->reissues += sign;
    summary_->claims += sign * result.claims;
    summary_->relations += sign * result.relations;
  }

  // Commits the batch once it holds IngestOptions::batch_stories stories
  // or batch_seconds of work.
  void CommitIfFull() {
    const IngestOptions& ingester_options = ingester_->options_;
    if (static_cast<int>(batch_.size()) >= ingester_options.batch_stories ||
        std::chrono::duration<double>(std::chrono::steady_clock::now() - batch_start_).count() >=
            ingester_options.batch_seconds) {
      CommitBatch();
    }
  }

  void CommitBatch() {
    if (!store_->InBatch()) return;
    Status s = store_->CommitBatch();
    std::vector<Pending> batch = std::move(batch_);
    batch_.clear();
    if (s.ok()) return;
    // Nothing of the batch was kept: each of its stories is rejected.
    const bool was_stopped = stop_;
    for (const Pending& p : batch) Count(p.result, -1);
    for (const Pending& p : batch) {
      stop_ = false;  // report every lost story, even under --strict
      Reject(p.origin + ": " + s.message());
    }
    stop_ = stop_ || was_stopped;
  }

  Ingester* ingester_;
  ClaimStore* store_;
  const bool strict_;
  IngestSummary* summary_;
  const ErrorFn& on_error_;
  const ProgressFn& on_progress_;
  const std::chrono::steady_clock::time_point t0_;
  std::chrono::steady_clock::time_point batch_start_;
  std::vector<Pending> batch_;
  bool stop_ = false;
};

void Ingester::Ingest(const Source& source, bool strict, IngestSummary* summary,
                      const ErrorFn& on_error, const ProgressFn& on_progress) {
  Run run(this, strict, summary, on_error, on_progress);
  const size_t group_stories = static_cast<size_t>(std::max(options_.analysis_batch, 1));
  const size_t group_bytes = options_.analysis_batch_bytes;
  if (options_.threads <= 1) {
    // Stories to analyse wait in `waiting` until a group is full; anything
    // that must come after them in input order (a huge story, a read error,
    // another version of one of them, the end) writes them first.
    struct Waiting {
      Story story;
      std::string key;
      size_t bytes = 0;
    };
    std::vector<Waiting> waiting;
    size_t waiting_bytes = 0;
    auto write_waiting = [&] {
      if (waiting.empty()) return;
      std::vector<const Story*> stories;
      std::vector<std::string> keys;
      for (const Waiting& w : waiting) {
        stories.push_back(&w.story);
        keys.push_back(w.key);
      }
      std::vector<AnalyzedStory> analyzed;
      std::vector<Status> status;
      if (!run.stopped()) AnalyzeBatch(stories, keys, &analyzed, &status);
      for (size_t i = 0; i < waiting.size() && !run.stopped(); ++i) {
        std::string().swap(waiting[i].story.body);  // the analysed copy is all Write needs
        run.Write(waiting[i].bytes, status[i], analyzed[i]);
        analyzed[i] = AnalyzedStory();
      }
      waiting.clear();
      waiting_bytes = 0;
    };
    source(
        [&](Story&& story) {
          if (run.stopped()) return;
          if (Huge(story) && !(story.pubstatus == "canceled" && IsBlank(story.body))) {
            write_waiting();
            run.WriteHuge(&story);
            return;
          }
          for (const Waiting& w : waiting)
            if (w.story.uri == story.uri && w.story.source == story.source) {
              write_waiting();  // the store must hold it before this one is judged
              break;
            }
          const size_t bytes = story.body.size();
          std::string key = InputKey(story);
          if (run.WriteUnchanged(bytes, story, key)) return;
          waiting_bytes += bytes;
          waiting.push_back({std::move(story), std::move(key), bytes});
          if (waiting.size() >= group_stories || waiting_bytes >= group_bytes) write_waiting();
        },
        [&](const std::string& line) {
          write_waiting();
          if (!run.stopped()) run.Reject(line);
        });
    write_waiting();
    run.Finish();
    return;
  }

  // One reader thread, `threads` analysers, this thread writes. Items are
  // numbered in input order and written in that order.
  struct Item {
    bool is_error = false;   // a read error: `error` is its line
    bool done = false;       // analysed (or nothing to analyse)
    bool huge = false;       // left to the writer (Run::WriteHuge)
    bool unchanged = false;  // the store held its input when read: not analysed
    std::string error;
    std::string key;  // InputKey, "" = analyse without asking the store
    Story story;
    size_t bytes = 0;
    Status status;
    AnalyzedStory analyzed;
  };
  // In memory at once: what the analysers may hold (two groups each) and
  // what waits to be written, by count and by bytes of body (past the
  // first story, so that any one story fits).
  const size_t capacity = 2 * static_cast<size_t>(options_.threads) * group_stories + 2;
  const size_t byte_capacity = 2 * static_cast<size_t>(options_.threads) * group_bytes;
  size_t in_flight_bytes = 0;
  std::mutex mu;
  std::condition_variable reader_cv, worker_cv, writer_cv;
  std::map<uint64_t, std::unique_ptr<Item>> in_flight;  // by sequence number
  std::deque<Item*> todo;
  std::deque<Item*> to_check;  // stories with a key, for the writer to look up
  size_t checking = 0;         // stories the writer is looking up
  uint64_t read_seq = 0;
  bool reader_done = false;
  bool quit = false;
  std::atomic<bool> stop{false};
  uint64_t written = 0;  // items the writer has finished with

  // Waits for room, then files `item` (under the lock); false when quitting.
  auto file = [&](std::unique_ptr<Item> item) {
    std::unique_lock<std::mutex> lock(mu);
    reader_cv.wait(lock, [&] {
      return (in_flight.size() < capacity &&
              (in_flight_bytes < byte_capacity || in_flight.empty())) ||
             quit;
    });
    if (quit) return;
    Item* raw = item.get();
    in_flight_bytes += raw->bytes;
    in_flight.emplace(read_seq++, std::move(item));
    if (raw->done) {
      writer_cv.notify_one();
    } else if (!raw->key.empty()) {
      to_check.push_back(raw);
      writer_cv.notify_one();
    } else {
      todo.push_back(raw);
      worker_cv.notify_one();
    }
  };
  std::thread reader([&] {
    source(
        [&](Story&& story) {
          if (stop) return;
          auto item = std::make_unique<Item>();
          item->bytes = story.body.size();
          item->huge = Huge(story) && !(story.pubstatus == "canceled" && IsBlank(story.body));
          item->done = item->huge;  // nothing for the analysers
          if (!item->huge) item->key = InputKey(story);
          const bool huge = item->huge;
          item->story = std::move(story);
          file(std::move(item));
          if (huge) {
            // Read on only once it is written: one huge body in memory.
            std::unique_lock<std::mutex> lock(mu);
            const uint64_t seq = read_seq;
            reader_cv.wait(lock, [&] { return written >= seq || quit; });
          }
        },
        [&](const std::string& line) {
          if (stop) return;
          auto item = std::make_unique<Item>();
          item->is_error = true;
          item->done = true;
          item->error = line;
          file(std::move(item));
        });
    std::lock_guard<std::mutex> lock(mu);
    reader_done = true;
    worker_cv.notify_all();
    writer_cv.notify_all();
  });
  std::vector<std::thread> workers;
  for (int w = 0; w < options_.threads; ++w) {
    workers.emplace_back([&] {
      std::vector<Item*> group;
      for (;;) {
        {
          std::unique_lock<std::mutex> lock(mu);
          // Done when nothing is left to analyse nor can come: the reader is
          // done and the writer has no story it may yet hand over.
          worker_cv.wait(lock, [&] {
            return !todo.empty() || quit || (reader_done && to_check.empty() && checking == 0);
          });
          if (todo.empty() || quit) return;
          // What is waiting, up to a group: under load the reader keeps the
          // queue full; a lone story is not held back for company.
          size_t bytes = 0;
          while (!todo.empty() && group.size() < group_stories &&
                 (group.empty() || bytes + todo.front()->bytes <= group_bytes)) {
            bytes += todo.front()->bytes;
            group.push_back(todo.front());
            todo.pop_front();
          }
        }
        if (!stop) {
          std::vector<const Story*> stories;
          std::vector<std::string> keys;
          for (Item* item : group) {
            stories.push_back(&item->story);
            keys.push_back(item->key);
          }
          std::vector<AnalyzedStory> analyzed;
          std::vector<Status> status;
          AnalyzeBatch(stories, keys, &analyzed, &status);
          for (size_t i = 0; i < group.size(); ++i) {
            group[i]->status = std::move(status[i]);
            group[i]->analyzed = std::move(analyzed[i]);
          }
        }
        for (Item* item : group)
          item->story = Story();  // the analysed copy is all the writer needs
        std::lock_guard<std::mutex> lock(mu);
        for (Item* item : group) item->done = true;
        group.clear();
        writer_cv.notify_one();
      }
    });
  }
  std::vector<Item*> checks;
  for (uint64_t write_seq = 0;; ++write_seq) {
    std::unique_ptr<Item> item;
    for (;;) {
      {
        std::unique_lock<std::mutex> lock(mu);
        for (Item* c : checks) {
          if (c->unchanged) {
            c->done = true;
          } else {
            todo.push_back(c);
            worker_cv.notify_one();
          }
        }
        checks.clear();
        checking = 0;
        if (reader_done) worker_cv.notify_all();
        writer_cv.wait(lock, [&] {
          auto it = in_flight.find(write_seq);
          return !to_check.empty() || (it != in_flight.end() && it->second->done) ||
                 (reader_done && write_seq == read_seq);
        });
        if (to_check.empty()) {
          auto it = in_flight.find(write_seq);
          if (it == in_flight.end()) break;  // read and written everything
          item = std::move(it->second);
          in_flight.erase(it);
          in_flight_bytes -= item->bytes;
          reader_cv.notify_one();
          break;
        }
        // Stories just read: looked up before they go to the analysers.
        // Neither the reader nor the analysers touch them meanwhile.
        checks.assign(to_check.begin(), to_check.end());
        to_check.clear();
        checking = checks.size();
      }
      for (Item* c : checks) {
        StoreResult unused;
        bool unchanged = false;
        if (!stop && !store_->FindUnchanged(c->story, c->key, &unused, &unchanged).ok())
          unchanged = false;  // the analysed story decides
        c->unchanged = stop || unchanged;
      }
    }
    if (!item) break;
    if (item->is_error) {
      if (!run.stopped()) run.Reject(item->error);
    } else if (item->huge) {
      run.WriteHuge(&item->story);
    } else if (item->unchanged) {
      if (!run.WriteUnchanged(item->bytes, item->story, item->key)) {
        // An earlier story changed the store since the look-up.
        AnalyzedStory analyzed;
        const Status s = Analyze(item->story, item->key, &analyzed);
        run.Write(item->bytes, s, analyzed);
      }
    } else {
      run.Write(item->bytes, item->status, item->analyzed);
    }
    item.reset();
    if (run.stopped()) stop = true;
    {
      std::lock_guard<std::mutex> lock(mu);
      written = write_seq + 1;
      reader_cv.notify_all();
    }
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    quit = true;
    reader_cv.notify_all();
    worker_cv.notify_all();
  }
  reader.join();
  for (std::thread& t : workers) t.join();
  run.Finish();
}

void Ingester::IngestPaths(const std::vector<std::string>& paths, const ReadOptions& options,
                           bool strict, IngestSummary* summary, const ErrorFn& on_error,
                           const ProgressFn& on_progress) {
  const StoryReader reader(options);
  Ingest(
      [&](const StoryReader::StoryFn& on_story,
          const std::function<void(const std::string&)>& on_read_error) {
        for (const std::string& path : paths) {
          Status s = reader.Read(path, on_story,
                                 [&](const Status& error) { on_read_error(error.message()); });
          if (!s.ok()) on_read_error(s.message());
        }
      },
      strict, summary, on_error, on_progress);
}

}  // namespace wirefacts
