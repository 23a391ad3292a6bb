// Whether two claims are independent evidence (DESIGN.md: "a story that
// relays Bloomberg does not independently corroborate Bloomberg").
//
// Two claims are NOT independent when:
//  - their stories come from the same outlet;
//  - one story's outlet is an outlet the other relays, or both relay one
//    outlet (a claim relays its story's relayed outlets unless its sentence
//    credits a named person; "X told Bloomberg"/"Bloomberg reported" add
//    Bloomberg);
//  - their sentences are near-copies of one text (word trigram overlap of at
//    least tolerance::kNearDuplicateShare of the shorter sentence): one story
//    rewrote the other or both rewrote a common source.
#ifndef WIREFACTS_RECONCILE_INDEPENDENCE_H_
#define WIREFACTS_RECONCILE_INDEPENDENCE_H_

#include <string>
#include <vector>

#include "model/claim.h"

namespace wirefacts {

struct IndependenceVerdict {
  bool independent = true;
  std::string why;  // for people, when not independent
};

IndependenceVerdict JudgeIndependence(const Claim& a, const Claim& b);

// The outlets a claim's figure comes through (see above). Exposed for tests.
std::vector<std::string> RelayedOutlets(const Claim& claim);

// Share of the shorter sentence's word trigrams found in the other, in [0, 1].
double SentenceOverlap(const std::string& a, const std::string& b);

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_INDEPENDENCE_H_
