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

  // Appends to `out` the stored, current (not superseded) claims of *other*
  // stories than claim.story.id that could be about the same quantity as
  // `claim`:
  //  - money/percent: same kind, same unit (currency; points vs percent)
  //    and same non-empty measure;
  //  - date/duration/set: same kind and at least one shared actor of kind
  //    person or organization.
  // Returned claims are complete (sentence, actors, attribution, story with
  // source and relays). The reconciler applies the finer tests.
  // When claim.story.id replaced an older version of the same story, the
  // old version's claims that pass the same blocking are returned too, with
  // `superseded` true and the same story uri: DESIGN.md reconciles a changed
  // figure of a new version as a correction (conflicts); an unchanged one
  // is best left unrelated.
  virtual Status FindCandidates(const Claim& claim, std::vector<Claim>* out) = 0;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_CANDIDATE_SOURCE_H_
