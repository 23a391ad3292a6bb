// Span scoring for the evaluation program: aligns gold and system spans of one
// document and accumulates the measures every suite prints.
//
// Conventions (the TempEval-3 ones, used for every suite):
//  - Spans are [start, end) code points of the document text.
//  - Exact (strict) match: the same start and end. A suite may give a span
//    an `alt` extent that also counts as exact (see Span::alt_*).
//  - Overlap (relaxed) match: the spans share at least one code point.
//  - Precision counts system spans that match some gold span; recall counts
//    gold spans matched by some system span; F1 is their harmonic mean.
//  - Values and types are judged on a one-to-one alignment of overlapping
//    spans (greatest overlap first, exact matches before others). Value
//    accuracy = correct values / aligned pairs; value F1 = relaxed F1 x value
//    accuracy (TempEval-3, UzZaman et al. 2013).
#ifndef WIREFACTS_EVAL_SPAN_SCORING_H_
#define WIREFACTS_EVAL_SPAN_SCORING_H_

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wirefacts {

struct Span {
  size_t start = 0, end = 0;
  // A second extent that counts as an exact match too (a suite quirk scored
  // fairly: Recognizers-Text leaves "more than" out of its spans, so a system
  // span with the qualifier counts as exact when the rest is). Unused when
  // alt_end == 0.
  size_t alt_start = 0, alt_end = 0;
  std::string label;  // printed in miss lists: the text and value
};

// Precision, recall and F1 from match counts; 0 where a denominator is 0.
struct Prf {
  double precision = 0, recall = 0, f1 = 0;
};
Prf ComputePrf(int system_matched, int system, int gold_matched, int gold);

struct SpanCounts {
  int gold = 0, system = 0;
  int gold_exact = 0, system_exact = 0;
  int gold_overlap = 0, system_overlap = 0;
  int aligned = 0;        // one-to-one overlapping pairs
  int value_correct = 0;  // of the aligned pairs
  int type_correct = 0;   // of the aligned pairs (when the suite has types)

  Prf Exact() const { return ComputePrf(system_exact, system, gold_exact, gold); }
  Prf Overlap() const { return ComputePrf(system_overlap, system, gold_overlap, gold); }
  double ValueAccuracy() const { return aligned ? double(value_correct) / aligned : 0; }
  double TypeAccuracy() const { return aligned ? double(type_correct) / aligned : 0; }
  double ValueF1() const { return Overlap().f1 * ValueAccuracy(); }
};

// A bar of an issue's acceptance list: `measure` is one of "exact_f1",
// "overlap_f1", "value_accuracy", "value_f1", "type_accuracy" and the other
// names of Measure().
struct Bar {
  std::string measure;
  double minimum = 0;
};

struct SuiteReport {
  std::string name;   // "money/recognizers-text"
  std::string notes;  // how the suite's quirks are scored, one paragraph
  bool has_values = true;
  bool has_types = false;
  SpanCounts counts;
  std::vector<Bar> bars;
  // Extra measures a suite computes itself (link precision...), printed
  // after the span measures and usable in bars.
  std::vector<std::pair<std::string, double>> extra;
  std::vector<std::string> misses;        // gold with no overlapping system span
  std::vector<std::string> false_alarms;  // system with no overlapping gold span
  std::vector<std::string> wrong_values;  // aligned, value (or type) wrong
  std::vector<std::string> inexact;       // aligned by overlap only

  // The value of a measure by name; -1 when unknown.
  double Measure(const std::string& name) const;
  // True when every bar is met.
  bool MeetsBars() const;
};

// Scores one document: aligns `gold` and `system`, adds to `report->counts`,
// and appends lines naming `doc` to the miss lists. `same_value(g, s)` and
// `same_type(g, s)` judge an aligned pair (indices into gold and system);
// pass nullptr when the suite has no values or types.
void ScoreDocument(const std::string& doc, const std::vector<Span>& gold,
                   const std::vector<Span>& system,
                   const std::function<bool(size_t, size_t)>& same_value,
                   const std::function<bool(size_t, size_t)>& same_type, SuiteReport* report);

// Prints the measures, the bars and up to `max_listed` items of each list.
void PrintReport(const SuiteReport& report, int max_listed, std::ostream& out);
nlohmann::json ReportJson(const SuiteReport& report, int max_listed);

}  // namespace wirefacts

#endif  // WIREFACTS_EVAL_SPAN_SCORING_H_
