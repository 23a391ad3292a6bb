// Reissues: wire services re-send a story under a new id with a headline
// marker -- "CORRECTED-Acme profit rises", "REPEAT-...", "RPT-...",
// "REFILE-..." -- and a body that is a near copy of the first one. The store
// treats such a story as a new version of the earlier one (same outlet) so
// its changed figures are reconciled as corrections.
//
// The markers are wire protocol, not language: a fixed list here.
#ifndef WIREFACTS_STORE_REISSUE_H_
#define WIREFACTS_STORE_REISSUE_H_

#include <string>
#include <string_view>

namespace wirefacts {

// True when `headline` starts with a reissue marker (CORRECTED, CORRECTION,
// REPEAT, RPT, REFILE; upper case, as wires send them) followed by '-', ':'
// or a space, e.g. "CORRECTED-", "CORRECTED - ", "REPEAT ". *rest (may be
// null) is the headline after the marker and its separator.
bool IsReissueHeadline(std::string_view headline, std::string* rest = nullptr);

// Word-trigram Jaccard similarity of two bodies in [0, 1] (case-folded
// ASCII letters and digits; a body of fewer than three words compares by
// its words). Linear in the bodies' lengths.
double BodySimilarity(std::string_view a, std::string_view b);

// A body at least this similar to an earlier story's is its reissue.
inline constexpr double kReissueSimilarity = 0.6;

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_REISSUE_H_
