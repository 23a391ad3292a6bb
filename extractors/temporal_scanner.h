// TemporalScanner: the one scanner behind DateExtractor and
// DurationExtractor. It runs every rule of extractors/rules/date_patterns.tsv
// and duration_patterns.tsv (macros from temporal_lexicon.tsv), reads each
// match into a value resolved against the DCT (temporal_resolver.h, with the
// clause's tense from tense.h), and keeps the longest non-overlapping
// matches, date rules winning ties. Because dates, sets and durations compete
// in one pass, the two extractors never claim the same span ("two weeks ago"
// is a date, never also the duration "two weeks").
//
// Internal to extractors/: callers use DateExtractor / DurationExtractor.
#ifndef WIREFACTS_EXTRACTORS_TEMPORAL_SCANNER_H_
#define WIREFACTS_EXTRACTORS_TEMPORAL_SCANNER_H_

#include <memory>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"

namespace wirefacts {

class TemporalScanner {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<TemporalScanner>* out);
  ~TemporalScanner();

  // Every temporal expression of `doc` (kinds kDate, kSet, kDuration), in
  // text order, without overlaps. Thread-safe.
  void Scan(const DocumentView& doc, std::vector<Extraction>* out) const;

  // Scan of each of `docs` into (*outs)[i] (resized to docs.size(); each
  // appended to as Scan does), rule by rule across the documents so that a
  // rule's automaton is built and cached once for them all: faster than a
  // Scan per document when called with tens of them. Same output.
  void ScanBatch(const std::vector<const DocumentView*>& docs,
                 std::vector<std::vector<Extraction>>* outs) const;

 private:
  struct Impl;
  explicit TemporalScanner(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_TEMPORAL_SCANNER_H_
