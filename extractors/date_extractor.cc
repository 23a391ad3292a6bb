#include "extractors/date_extractor.h"

#include "extractors/temporal_scanner.h"

namespace wirefacts {

struct DateExtractor::Impl {
  std::unique_ptr<TemporalScanner> scanner;
};

DateExtractor::DateExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DateExtractor::~DateExtractor() = default;

Status DateExtractor::Create(const RuleFiles& rules, std::unique_ptr<DateExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(TemporalScanner::Create(rules, &impl->scanner));
  out->reset(new DateExtractor(std::move(impl)));
  return Status::OK();
}

void DateExtractor::Extract(const DocumentView& doc, std::vector<Extraction>* out) const {
  // One scan finds dates, sets and durations together, so a span is never
  // claimed by both extractors; this face keeps its own kinds.
  std::vector<Extraction> all;
  impl_->scanner->Scan(doc, &all);
  for (Extraction& e : all) {
    if (e.kind == ClaimKind::kDate || e.kind == ClaimKind::kSet) out->push_back(std::move(e));
  }
}

}  // namespace wirefacts
