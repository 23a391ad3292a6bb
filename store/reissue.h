// Reissues: wire services re-send a story under a new id with a headline
// marker -- "CORRECTED-Acme profit rises", "REPEAT-...", "RPT-...",
// "REFILE-..." -- and a body that is a near copy of the first one. The store
// treats such a story as a new version of the earlier one (same outlet) so
// its changed figures are reconciled as corrections.
//
// The markers are data (store/rules/reissue_markers.tsv), so a newsroom adds
// its own wire's in an overlay file of the same name.
#ifndef WIREFACTS_STORE_REISSUE_H_
#define WIREFACTS_STORE_REISSUE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"

namespace wirefacts {

class ReissueMarkers {
 public:
  // The markers of store/rules/reissue_markers.tsv (embedded, plus the
  // overlay's). InvalidInput names the file and line of a marker that is
  // empty or holds a separator ('-', ':' or white space).
  static Status Load(const RuleFiles& rules, ReissueMarkers* out);

  // True when `headline` (leading spaces skipped) starts with a marker,
  // matched case-sensitively, followed by '-', ':' or a space and then some
  // text, e.g. "CORRECTED-", "CORRECTED - ", "REPEAT ". *rest (may be null)
  // is the headline after the marker and its separators.
  bool IsReissueHeadline(std::string_view headline, std::string* rest = nullptr) const;

 private:
  std::vector<std::string> markers_;
};

// Word-trigram Jaccard similarity of two bodies in [0, 1] (case-folded
// ASCII letters and digits; a body of fewer than three words compares by
// its words). Linear in the bodies' lengths.
double BodySimilarity(std::string_view a, std::string_view b);

// A body at least this similar to an earlier story's is its reissue.
inline constexpr double kReissueSimilarity = 0.6;

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_REISSUE_H_
