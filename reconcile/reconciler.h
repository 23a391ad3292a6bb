// Reconciler: decides how claims of different stories relate (DESIGN.md,
// "Relations"): corroborates, refines, conflicts -- or nothing. Pure logic:
// no database; stored claims arrive through a CandidateSource.
//
// Two claims are about the same quantity when:
//  - money/percent: same kind, currency (or points vs percent), per-unit,
//    measure group and aspect (level vs change), at least one shared actor,
//    not each about an actor the other never names (two buyers of one
//    seller's goods), and compatible times (unknown, or overlapping periods);
//  - date/duration: same kind, a shared event group in their clauses and a
//    shared person or organisation in their sentences.
// Values are then compared (reconcile/value_comparison.h). A disagreement is
// called a conflict only with more evidence that it is one quantity: both
// figures name a shared actor in their own clauses (ClaimActor role
// "subject"); unless both are dated, their stories are at most
// tolerance::kUndatedConflictDays apart; and they are not one outlet's
// sentence template filled in with two figures. Precision matters more than
// recall: when unsure, no relation.
#ifndef WIREFACTS_RECONCILE_RECONCILER_H_
#define WIREFACTS_RECONCILE_RECONCILER_H_

#include <memory>
#include <optional>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "reconcile/candidate_source.h"
#include "reconcile/measure_annotator.h"

namespace wirefacts {

class Reconciler {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<Reconciler>* out);

  // Sets measure, aspect and events: call on every claim before it is
  // stored, so the store can block candidates by measure.
  void Annotate(Claim* claim) const { annotator_->Annotate(claim); }

  // The relation between a stored claim and a new one, if any. Both must be
  // annotated. Claims of the same story are never related.
  std::optional<Relation> Compare(const Claim& stored, const Claim& fresh) const;

  // Relations between each of `fresh` and its candidates.
  Status Reconcile(const std::vector<Claim>& fresh, CandidateSource* candidates,
                   std::vector<Relation>* out) const;

 private:
  std::unique_ptr<MeasureAnnotator> annotator_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_RECONCILER_H_
