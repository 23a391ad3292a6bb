// CandidateSource: how the reconciler reaches stored claims. The store
// implements it with index-backed queries (blocking by kind, unit, measure and
// actors), so reconciling a story never scans every claim.
#ifndef WIREFACTS_RECONCILE_CANDIDATE_SOURCE_H_
#define WIREFACTS_RECONCILE_CANDIDATE_SOURCE_H_

#include <vector>

#include "base/status.h"
#include "model/claim.h"

namespace wirefacts {

class CandidateSource {
 public:
  virtual ~CandidateSource() = default;

  // Appends to `out` stored, current (not superseded) claims of *other*
  // stories than claim.story.id that could be about the same quantity as
  // `claim` (a superset of what the reconciler relates):
  //  - money/percent: same kind, unit (currency; points vs percent), non-empty
  //    measure and aspect, a value within a small factor of the claim's, and
  //    a shared actor that is not a place;
  //  - date/duration/set: same kind and a shared person.
  // Implementations may bound the search to recent claims so that its cost
  // does not grow with the database. Returned claims are complete (sentence,
  // actors, attribution, story with source and relays).
  // When claim.story.id replaced an older version of the same story, the
  // old version's claims that pass the same blocking are returned too, with
  // `superseded` true and the same story uri: DESIGN.md reconciles a changed
  // figure of a new version as a correction (conflicts); an unchanged one
  // is best left unrelated.
  virtual Status FindCandidates(const Claim& claim, std::vector<Claim>* out) = 0;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_CANDIDATE_SOURCE_H_
