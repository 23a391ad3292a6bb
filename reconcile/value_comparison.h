// How two values of the same quantity relate (DESIGN.md, "Relations"),
// before any question of whether they are the same quantity.
#ifndef WIREFACTS_RECONCILE_VALUE_COMPARISON_H_
#define WIREFACTS_RECONCILE_VALUE_COMPARISON_H_

#include <string>

#include "model/claim.h"

namespace wirefacts {

enum class ValueRelation {
  kNone,       // overlapping without either containing the other: unsure
  kAgree,      // equal within rounding -> corroborates
  kARefinesB,  // a lies inside b and is more precise -> refines
  kBRefinesA,  // b lies inside a and is more precise -> refines
  kDisagree,   // apart beyond rounding -> conflicts
};

struct ValueComparison {
  ValueRelation relation = ValueRelation::kNone;
  std::string gap;   // for people: "20% apart", "equal", "inside"
  double ratio = 1;  // kDisagree: the larger stated value over the smaller
};

// Money and percent values: intervals with open bounds, rounding resolution
// and "about" (see reconcile/tolerances.h). Same-shape figures ("more than
// $1 trillion" vs "more than $1.2 trillion") compare their stated bounds;
// an order of magnitude (tolerance::kVagueRatio) relates to nothing;
// a precise figure inside a vaguer one refines it; disjoint ones disagree.
ValueComparison CompareAmounts(const Value& a, const Value& b);

// Date values: inclusive ISO intervals. Equal -> agree; one inside the other
// and narrower -> refines; disjoint -> disagree; partial overlap -> none.
// On one day, clock times count: two different times disagree, a time
// refines its day.
ValueComparison CompareDates(const Value& a, const Value& b);

// Durations: equal ISO values agree, others disagree.
ValueComparison CompareDurations(const Value& a, const Value& b);

// True when two time references (a claim's `time`) can be about the same
// period: either is unknown, or their intervals overlap.
bool TimesCompatible(const std::optional<Value>& a, const std::optional<Value>& b);

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_VALUE_COMPARISON_H_
