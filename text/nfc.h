// NFC: Unicode canonical composition (ICU's Normalizer2), keeping track of
// where each byte came from.
#ifndef WIREFACTS_TEXT_NFC_H_
#define WIREFACTS_TEXT_NFC_H_

#include "base/status.h"
#include "text/tracked_text.h"

namespace wirefacts {

// Writes `in` in NFC to `out` (which must not be `in`). Text already in NFC
// (nearly all news) is copied after a quick check. Each changed region maps
// to its start in `in`. Thread-safe.
Status ToNfc(const TrackedText& in, TrackedText* out);

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_NFC_H_
