#include "ingest/ingester.h"

#include <chrono>

namespace wirefacts {
namespace {

bool IsBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

}  // namespace

Rejection SplitRejection(const std::string& line) {
  const size_t colon = line.find(": ");
  if (colon == std::string::npos || colon == 0) return {"", line};
  return {line.substr(0, colon), line.substr(colon + 2)};
}

Status Ingester::IngestStory(const Story& story, StoreResult* result) {
  AnalyzedStory analyzed;
  Status s;
  if (story.pubstatus == "canceled" && IsBlank(story.body)) {
    analyzed.story = story;  // a bare cancellation: nothing to analyse
  } else {
    s = analyzer_->Analyze(story, &analyzed);
    if (!s.ok()) return s.WithContext(story.origin.empty() ? story.uri : story.origin);
  }
  for (Claim& c : analyzed.claims) reconciler_->Annotate(&c);
  const Reconciler* reconciler = reconciler_;
  s = store_->StoreStory(
      analyzed,
      [reconciler](const std::vector<Claim>& fresh, CandidateSource* candidates,
                   std::vector<Relation>* relations) {
        return reconciler->Reconcile(fresh, candidates, relations);
      },
      result);
  if (!s.ok()) return s.WithContext(story.origin.empty() ? story.uri : story.origin);
  return Status::OK();
}

void Ingester::IngestPaths(const std::vector<std::string>& paths, const ReadOptions& options,
                           bool strict, IngestSummary* summary, const ErrorFn& on_error,
                           const ProgressFn& on_progress) {
  const auto t0 = std::chrono::steady_clock::now();
  bool stop = false;
  auto progress = [&] {
    if (!on_progress) return;
    summary->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    on_progress(*summary);
  };
  auto reject = [&](const std::string& line) {
    ++summary->rejected;
    summary->errors.push_back(line);
    summary->rejections.push_back(SplitRejection(line));
    if (on_error) on_error(line);
    if (strict) stop = true;
    progress();
  };
  StoryReader reader(options);
  for (const std::string& path : paths) {
    if (stop) break;
    Status s = reader.Read(
        path,
        [&](Story&& story) {
          if (stop) return;
          summary->bytes += static_cast<int64_t>(story.body.size());
          StoreResult result;
          Status st = IngestStory(story, &result);
          if (!st.ok()) {
            reject(st.message());
            return;
          }
          switch (result.outcome) {
            case StoreOutcome::kStored:
              ++summary->stored;
              break;
            case StoreOutcome::kUnchanged:
              ++summary->unchanged;
              break;
            case StoreOutcome::kSuperseded:
              ++summary->superseded;
              break;
            case StoreOutcome::kRetracted:
              ++summary->retracted;
              break;
          }
          if (!result.reissue_of.empty() && result.outcome != StoreOutcome::kUnchanged)
            ++summary->reissues;
          summary->claims += result.claims;
          summary->relations += result.relations;
          progress();
        },
        [&](const Status& error) {
          if (!stop) reject(error.message());
        });
    if (!s.ok()) reject(s.message());
  }
  summary->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace wirefacts
