// Damerau-Levenshtein distance (optimal string alignment: insertions,
// deletions, substitutions and transpositions of adjacent characters, each
// costing 1) for typo matching of actor names ("Bejing" -> "Beijing").
#ifndef WIREFACTS_EXTRACTORS_EDIT_DISTANCE_H_
#define WIREFACTS_EXTRACTORS_EDIT_DISTANCE_H_

#include <string_view>

namespace wirefacts {

// Distance between `a` and `b`, compared byte by byte (names are compared
// as written; non-ASCII letters count per byte). Returns `limit + 1` as soon
// as the distance is known to exceed `limit` (limit >= 0), so callers that
// only need "within k" stay fast.
int DamerauLevenshtein(std::string_view a, std::string_view b, int limit);

// The largest distance at which a name of `length` letters still counts as
// a typo of a known name: 1 up to 9 letters, 2 from 10 letters on, 0 below 4
// letters (too short to tell a typo from another word).
int TypoThreshold(size_t length);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_EDIT_DISTANCE_H_
