// MeasureAnnotator: decides what a claim measures, so the reconciler compares
// only like with like (DESIGN.md, "same quantity").
//
//  - measure (money, percent): the group (reconcile/rules/measures.tsv) of
//    the head word nearest the figure in its own clause, else in its
//    sentence; "" when the sentence names none (such a claim is never
//    related: precision over recall).
//  - aspect: "change" when change cues (reconcile/rules/change_cues.tsv)
//    stand right before or after the figure ("raise imports by $X", "$X in
//    additional commitments"), else "level".
//  - events (date, duration): every event group (reconcile/rules/events.tsv)
//    named in the claim's clause.
#ifndef WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_
#define WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_

#include <memory>
#include <set>
#include <string>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "reconcile/word_groups.h"

namespace wirefacts {

class MeasureAnnotator {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<MeasureAnnotator>* out);

  // Sets claim->measure, aspect and events from claim->sentence and the
  // figure's position in it (claim->begin - claim->sentence_begin).
  void Annotate(Claim* claim) const;

 private:
  WordGroups measures_;
  WordGroups events_;
  std::set<std::string> filler_, before_, after_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_
