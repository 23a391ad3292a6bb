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
// foreign debt), not for two reports of one quantity that disagree -- except
// a story's new version, whose correction may change a figure by anything.
inline constexpr double kMaxConflictRatio = 2.0;

// Between two stories (not versions of one), a tighter factor for reported
// figures (not forecasts): reports of one fact that disagree differ by a
// rounding, an update or a slip, rarely by half ("$109 billion" vs "$110
// billion"); reported figures further apart are more often two quantities
// (one customer order of the Fed against another on the same day; a unit's
// turnover against the group's revenue). A plan under negotiation is
// another matter: sources put "more than $40 billion" and "about $25
// billion" on one proposal.
inline constexpr double kMaxReportedConflictRatio = 1.5;

// An approximate range this wide (high / low) is an order of magnitude, not
// a figure: "multi-billion dollar" is [2e9, 1e12), "hundreds of millions"
// [1e8, 1e9). Such figures are related to nothing.
inline constexpr double kVagueRatio = 5.0;

// A money figure below this, with another currency named before it in its
// clause, is an exchange rate ("the dollar fell to 144.60 yen", "1,350
// lire"), not an amount: amounts that small are rarely news beside another
// currency's name.
inline constexpr double kMaxExchangeRate = 100000;

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

// Two undated near-duplicate sentences that each state at least this many
// numbers (besides the figure) the other lacks are one periodic report for
// two periods ("rose 1.25 billion dlrs to 224.09 billion dlrs in week ended
// March 4" vs "fell three mln dlrs to 224.08 billion dlrs in week ended
// March 11"), not two reports of one figure; a copy that changed one figure
// differs in that figure alone.
inline constexpr size_t kTemplateOtherNumbers = 2;

}  // namespace tolerance
}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_TOLERANCES_H_
