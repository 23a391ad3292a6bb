// Mojibake repair: undoes UTF-8 text that was once decoded as Windows-1252
// (or Latin-1) and encoded again, e.g. "â€™" -> "’", "â€œ" -> "“",
// "Ã©" -> "é".
//
// The general rule: a run of characters that all belong to the Windows-1252
// table is mapped back to its bytes; when those bytes form one well-formed
// multi-byte UTF-8 sequence, the run is replaced by the character they encode.
// Legitimate English text practically never contains such runs (a lead-byte
// letter like "Ã" followed by one to three characters from the 0x80-0xBF
// range), so the rule is safe to apply to every story.
//
// Truncated forms, where a byte undefined in Windows-1252 was lost:
//  - "â€" not followed by a continuation: the lost byte is almost always
//    0x9D, i.e. a closing double quote "”" (E2 80 9D);
//  - "Â" followed by an ASCII space: an NBSP (C2 A0) whose second byte became
//    a space; the "Â" is dropped.
// RepairQuoteDaggers handles a different mis-decoding, a closing double
// quote that came out as a dagger "†".
#ifndef WIREFACTS_TEXT_MOJIBAKE_H_
#define WIREFACTS_TEXT_MOJIBAKE_H_

#include <string>
#include <string_view>

#include "text/tracked_text.h"

namespace wirefacts {

// Writes `in` with mojibake sequences repaired to `out` (which must not be
// `in`); returns the number of sequences repaired. `in` must be valid UTF-8;
// `out` is valid UTF-8.
int RepairMojibake(const TrackedText& in, TrackedText* out);

// True when `text` may hold a sequence RepairMojibake repairs (a cheap
// pre-check: every such sequence starts with a U+00C0..U+00FF letter).
bool MayHaveMojibake(std::string_view text);

// Writes `in` to `out` (which must not be `in`) with each dagger "†"
// (U+2020) that stands where a closing double quote belongs replaced: the
// dagger follows a non-space character while a "“" opened earlier in the same
// paragraph ("\n"-separated) is still open, and
//  - precedes a space, punctuation or the paragraph end: "”";
//  - precedes a letter or digit ("significantly†increase"): "” ", since the
//    mis-decoding swallowed the space after the quote.
// A dagger at word start (a footnote mark) or without an open quote is left
// alone. Returns the number replaced.
int RepairQuoteDaggers(const TrackedText& in, TrackedText* out);

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_MOJIBAKE_H_
