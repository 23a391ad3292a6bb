#include "extractors/duration_extractor.h"

#include "extractors/temporal_scanner.h"

namespace wirefacts {

struct DurationExtractor::Impl {
  std::unique_ptr<TemporalScanner> scanner;
};

DurationExtractor::DurationExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DurationExtractor::~DurationExtractor() = default;

Status DurationExtractor::Create(const RuleFiles& rules, std::unique_ptr<DurationExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(TemporalScanner::Create(rules, &impl->scanner));
  out->reset(new DurationExtractor(std::move(impl)));
  return Status::OK();
}

void DurationExtractor::Extract(const DocumentView& doc, std::vector<Extraction>* out) const {
  // One scan finds dates, sets and durations together, so a span is never
  // claimed by both extractors; this face keeps its own kinds.
  std::vector<Extraction> all;
  impl_->scanner->Scan(doc, &all);
  for (Extraction& e : all) {
    if (e.kind == ClaimKind::kDuration) out->push_back(std::move(e));
  }
}

}  // namespace wirefacts
