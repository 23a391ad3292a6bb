// Reconciler: decides how claims of different stories relate (DESIGN.md,
// "Relations"): corroborates, refines, conflicts -- or nothing. Pure logic:
// no database; stored claims arrive through a CandidateSource.
//
// Two claims are about the same quantity when:
//  - money/percent: same kind, currency (or points vs percent), per-unit,
//    measure group with its qualifiers ("price:spot") and aspect (level,
//    change, forecast, prior, portion), at least one shared actor that is
//    not only a benchmark ("over comparable Treasuries") or the bank
//    arranging an issue ("via Drexel"), not each about an
//    actor the other never names (two buyers of one seller's goods), not
//    with different counterparts ("surplus with the U.S." vs "with the
//    EC", or vs a sentence that names the U.S. only for another figure;
//    for `bilateral` measures also vs no counterpart: the whole surplus),
//    and compatible times (unknown, or overlapping periods);
//  - date/duration: same kind, a shared event group in their clauses and a
//    shared person in their sentences; a date is never "now"/"currently"
//    (TimeML PRESENT_REF, PAST_REF, FUTURE_REF: no day to check).
// Values are then compared (reconcile/value_comparison.h). A refinement (one
// money/percent figure inside the other's interval: "up to 500 mln dlrs" and
// "300 mln dlrs") needs, unless the two share a subject actor, that neither
// is about an organisation the other's sentence never names, nor a rival
// party's or another company's own figure (as below). A disagreement is
// called a conflict only with more evidence that it is one quantity: both
// figures name a shared actor in their own clauses (ClaimActor role
// "subject"); unless both are dated, their stories are at most
// tolerance::kUndatedConflictDays apart; neither is about an organisation
// or country the other's sentence never names; neither is a portion of a larger amount
// (two portions of one debt are usually two portions), nor an undated
// earlier value ("from 3.9 billion"); and they are not one outlet's sentence
// template filled in with two figures (or any two near-duplicate sentences
// about different things, tolerance::kTemplateContentWords); neither sentence states the other's
// number (an update, "increased to 65 mln from the original 60 mln", or a
// part of it); forecasts only when attributed to one forecaster on one day
// or to two unnamed sources (relaying one plan); a surplus and a deficit
// only between named counterparts; a share ("pct of GDP") and a plain rate
// never (unless the measure is flagged `of_implied`); market quotes
// (measures flagged `quote`) and running figures (a period not over when
// reported) only on one day; periods of one grain (a month's figure is not
// a quarter's). Precision matters more than
// recall: when unsure, no relation.
#ifndef WIREFACTS_RECONCILE_RECONCILER_H_
#define WIREFACTS_RECONCILE_RECONCILER_H_

#include <memory>
#include <optional>
#include <set>
#include <string>
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
  // One bilateral balance from both ends: each figure's subject is the
  // other's counterpart and one says surplus where the other says deficit
  // ("Canada's deficit with Japan" vs "Japan's surplus with Canada").
  bool MirroredBalance(const Claim& a, const Claim& b) const;

  std::unique_ptr<MeasureAnnotator> annotator_;
  // Measure groups flagged `bilateral` in reconcile/rules/measures.tsv.
  std::set<std::string> bilateral_;
  // Measure groups flagged `quote`, `of_implied`.
  std::set<std::string> quote_, moment_, by_party_, of_implied_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_RECONCILER_H_
