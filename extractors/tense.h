// TenseDetector: a rule-based guess of whether the clause around a temporal
// expression speaks of the past or the future, used to resolve
// underspecified dates ("Friday", "Dec. 1", "in May") against the DCT.
//
// Cues come from extractors/rules/temporal_tense.tsv (RE2, compiled once at
// Create). For an expression at [begin, end) of a sentence, the cue nearest
// the expression wins; strong cues beat weak ones; a cue inside a longer cue
// is ignored, and so are cues inside the expression itself and cues after it
// behind "saying", "that", "which" or "who" (a reported or relative clause).
// Cues in a relative aside before the expression (", which will report next
// week,") are the aside's: the cues between it and the expression win.
// A cue may be scoped to count only before the expression or only right
// before it, and may carry no tense ("effective": the nearest occurrence).
#ifndef WIREFACTS_EXTRACTORS_TENSE_H_
#define WIREFACTS_EXTRACTORS_TENSE_H_

#include <memory>
#include <string_view>

#include "base/rule_files.h"
#include "base/status.h"

namespace wirefacts {

enum class Tense { kUnknown, kPast, kFuture };

class TenseDetector {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<TenseDetector>* out);
  ~TenseDetector();

  // `sentence` is the text around the expression; [begin, end) are byte
  // offsets of the expression inside it. When `strength` is given it is set
  // to the winning cue's strength (2 strong, 1 weak, 0 when no cue).
  // kUnknown with a strength above 0: a cue of no tense won ("effective
  // Feb. 1"), and the date is the nearest occurrence. Thread-safe.
  Tense At(std::string_view sentence, size_t begin, size_t end, int* strength = nullptr) const;

 private:
  struct Impl;
  explicit TenseDetector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_TENSE_H_
