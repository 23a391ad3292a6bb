// NFC: Unicode canonical composition (ICU's Normalizer2), keeping track of
// where each byte came from.
#ifndef WIREFACTS_TEXT_NFC_H_
#define WIREFACTS_TEXT_NFC_H_

#include <string_view>

#include "base/status.h"
#include "text/tracked_text.h"

namespace wirefacts {

// Writes `in` in NFC to `out` (which must not be `in`). Text already in NFC
// (nearly all news) is copied after a quick check. Each changed region maps
// to its start in `in`. Thread-safe.
Status ToNfc(const TrackedText& in, TrackedText* out);

// Whether `text` is in NFC already (then ToNfc would copy it unchanged):
// ASCII text is, other text is asked of ICU's quick check. False when ICU
// cannot tell. Thread-safe.
bool IsNfc(std::string_view text);

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_NFC_H_
