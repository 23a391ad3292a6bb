// The tolerances the reconciler uses, in one place, with their reasons.
#ifndef WIREFACTS_RECONCILE_TOLERANCES_H_
#define WIREFACTS_RECONCILE_TOLERANCES_H_

namespace wirefacts {
namespace tolerance {

// Two stated figures agree ("corroborate") when they differ by no more than
// half the coarser one's last stated digit ("$323 billion" vs "$323.4
// billion") -- the rounding a reporter may apply -- plus this relative slack
// for floating point error only ("109 billion" and "108 billion" disagree).
inline constexpr double kRelativeSlack = 1e-9;

// Rounding never stretches further than this fraction of the figure: "$1
// trillion" rounds a figure near $1 trillion, not $1.4 trillion, even though
// its last stated digit is the trillions. So "more than $1 trillion" vs "more
// than $1.2 trillion" conflict, while "$1.2 trillion" vs "$1.23 trillion" agree.
inline constexpr double kRoundingCap = 0.05;

// "about", "roughly", "some" widen a figure to +/- this fraction of it:
// "about $200 billion" holds $198.7 billion (a refinement) but not $230
// billion (a conflict).
inline constexpr double kApproxRelative = 0.10;

// Two figures more than this factor apart are taken for two different
// quantities that share a head word ("debt": the interest due vs the whole
// foreign debt), not for two reports of one quantity that disagree. Reported
// figures for one quantity that conflict are rarely twice the other.
inline constexpr double kMaxConflictRatio = 2.0;

// A date refines another only when the wider one spans at most this many
// days: "Jan. 30 and 31" usefully narrows "the end of January"; nothing is
// learnt from a day lying inside "this year".
inline constexpr long kMaxRefinedDateSpanDays = 31;

// Sentences whose word trigrams overlap by at least this share (of the
// shorter sentence) are copies of one text: their figures repeat one source
// and corroborate nothing independently.
inline constexpr double kNearDuplicateShare = 0.5;

// A conflict between figures that do not both say which period they are
// about needs their stories to be this close in time (days between the
// publication dates): two reports of one figure, days apart, describe the
// same state of affairs; months apart, "Brazil's debt" or "the stake" has
// usually changed, and the pair are two measurements, not a discrepancy.
inline constexpr long kUndatedConflictDays = 7;

// Two near-duplicate sentences (kNearDuplicateShare) that each have at
// least this many words of three letters or more the other lacks (numbers
// aside) are one template filled in for two things ("transferred 21.0 mln
// dlrs in credit guarantees previously earmarked for sales of U.S. corn
// ... poultry meat" vs "... hatching eggs ... protein concentrates"), not
// two reports of one figure: "rose to 7.1 billion dlrs last year" vs "rose
// to 7.3 billion dlrs in 1986" differ by two words.
inline constexpr size_t kTemplateContentWords = 3;

}  // namespace tolerance
}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_TOLERANCES_H_
