// DateExtractor: finds date figures with RE2 rules read from
// extractors/rules/ and parses their values. See extractors/README.md for the
// rule files and the value conventions.
#ifndef WIREFACTS_EXTRACTORS_DATE_EXTRACTOR_H_
#define WIREFACTS_EXTRACTORS_DATE_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"

namespace wirefacts {

class DateExtractor {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<DateExtractor>* out);
  ~DateExtractor();

  // Appends the figures found in `doc` to `out`, in text order, without
  // overlaps. Thread-safe.
  void Extract(const DocumentView& doc, std::vector<Extraction>* out) const;

 private:
  struct Impl;
  explicit DateExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_DATE_EXTRACTOR_H_
