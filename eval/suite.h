// What every evaluation suite shares: where the data is, the analyzer that
// runs the pipeline over a case, and reading JSONL files.
//
// A suite reads its file from `<shared>/eval/...`, runs the same Analyzer
// that `wirefacts extract` runs (normalise, extract, resolve) over each case
// as one story, and scores the claims or mentions against the gold spans in
// the input's code points (Claim::source_start / source_end).
#ifndef WIREFACTS_EVAL_SUITE_H_
#define WIREFACTS_EVAL_SUITE_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"
#include "eval/span_scoring.h"
#include "pipeline/analyzer.h"

namespace wirefacts {

struct EvalContext {
  std::string shared_dir;  // the folder holding eval/ (../shared)
  const Analyzer* analyzer = nullptr;
};

// Calls `fn(line_number, object)` for each non-empty line of a JSONL file.
// NotFound when the file is missing; InvalidInput naming the line when a
// line is not JSON. A non-OK status from `fn` stops the read.
Status ForEachJsonLine(const std::string& path,
                       const std::function<Status(int, const nlohmann::json&)>& fn);

// Runs the pipeline over `text` as a story published at `published` (an ISO
// date or date-time; a fixed date when the case has none).
Status AnalyzeText(const EvalContext& ctx, std::string_view text, const std::string& published,
                   AnalyzedStory* out);

// `text[start, end)` in code points, for labels.
std::string CodepointSlice(std::string_view text, size_t start, size_t end);

// MEANTIME annotates values, times and (fully) entities only in the first six
// lines of an article's text: headline, dateline and the first four
// sentences. Returns the code point offset where that part ends, so suites
// score system output only where the corpus annotates.
size_t MeantimeAnnotatedEnd(std::string_view text);

// A JSON field as a string ("" when null or absent).
std::string JsonString(const nlohmann::json& j, const char* key);

// Suites. Each appends one report per corpus it reads; a missing data file is
// an error (the caller prints it and goes on with the other suites).
Status EvalMoneySuites(const EvalContext& ctx, std::vector<SuiteReport>* reports);
Status EvalDateSuites(const EvalContext& ctx, std::vector<SuiteReport>* reports);
Status EvalActorSuites(const EvalContext& ctx, std::vector<SuiteReport>* reports);

}  // namespace wirefacts

#endif  // WIREFACTS_EVAL_SUITE_H_
