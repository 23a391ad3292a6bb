// DurationExtractor: finds duration figures with RE2 rules read from
// extractors/rules/ and parses their values. See extractors/README.md for the
// rule files and the value conventions.
#ifndef WIREFACTS_EXTRACTORS_DURATION_EXTRACTOR_H_
#define WIREFACTS_EXTRACTORS_DURATION_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"

namespace wirefacts {

class DurationExtractor {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<DurationExtractor>* out);
  ~DurationExtractor();

  // Appends the figures found in `doc` to `out`, in text order, without
  // overlaps. value.timex is the TIMEX3 duration ("P2Y"); a duration counted
  // from the DCT ("the last two years", "the next 3 days", "within 9
  // months") also has value.start/end, the inclusive days it covers.
  // Thread-safe.
  void Extract(const DocumentView& doc, std::vector<Extraction>* out) const;

 private:
  struct Impl;
  explicit DurationExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_DURATION_EXTRACTOR_H_
