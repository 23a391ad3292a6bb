// Analyzer: runs one story through normalise -> extract -> resolve -> claims
// (DESIGN.md, "Pipeline"), without touching a database. This is what both
// `wirefacts extract` and `wirefacts ingest` call.
//
// Claims come out with: code point offsets (body and input), their sentence,
// the time they refer to (the nearest date in the figure's clause, else one
// carried over from a sentence that opens with an anaphor such as "At that
// meeting"), the canonical actors of their sentence, and the sentence's
// attribution. Date and duration figures are claims too. An assumed dollar
// ("$5 million") is the currency of the story's place or source when
// pipeline/rules/dollar_places.tsv knows it (a Toronto dateline: CAD), still
// marked currency_assumed; otherwise USD.
#ifndef WIREFACTS_PIPELINE_ANALYZER_H_
#define WIREFACTS_PIPELINE_ANALYZER_H_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "model/story.h"
#include "text/normalizer.h"

namespace wirefacts {

struct AnalyzedStory {
  Story story;                // metadata; story.body is the normalised body
  NormalizedText normalized;  // text, sentences, offset map
  std::vector<Claim> claims;  // text order
  std::vector<Mention> mentions;
  std::vector<Actor> actors;
  std::vector<std::string> relays;  // outlets the story relays as a whole
};

// CPU seconds (of the calling thread) spent in each stage of Analyze,
// accumulated over calls. For benchmarks/: measuring costs a clock read per
// stage, so Analyze only measures when given one.
struct AnalyzeTimes {
  double normalize = 0;    // UTF-8 checks, mojibake, NFC, paragraphs, boilerplate, sentences
  double money = 0;        // MoneyExtractor
  double percent = 0;      // PercentExtractor
  double temporal = 0;     // TemporalScanner: dates, sets, durations (one scan)
  double actors = 0;       // ActorExtractor: gazetteer, names, aliases
  double attribution = 0;  // AttributionExtractor and credit lines
  double claims = 0;       // ClaimBuilder, dollar places, story fields
  double Total() const {
    return normalize + money + percent + temporal + actors + attribution + claims;
  }
};

// Parses an ISO 8601 date or date-time ("2019-01-18", "2019-01-18T10:00:00Z",
// "1987-02-26T15:01:01Z") into a day and minutes after midnight (-1 when no
// time is given). InvalidInput when it is not one.
Status ParsePublished(const std::string& text, std::chrono::sys_days* day, int* minutes);

class Analyzer {
 public:
  // Loads every rule set once; an Analyzer is immutable and thread-safe.
  static Status Create(const RuleFiles& rules, std::unique_ptr<Analyzer>* out);
  ~Analyzer();

  // InvalidInput when the body is not valid UTF-8, is empty after
  // normalisation, or `story.published` is missing or unparseable. The
  // message does not name the file: the caller adds story.origin.
  // `times`, when given, accumulates the CPU time of each stage.
  Status Analyze(const Story& story, AnalyzedStory* out, AnalyzeTimes* times = nullptr) const;

 private:
  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_PIPELINE_ANALYZER_H_
