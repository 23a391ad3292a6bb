// ParseJson: nlohmann's parser behind a Status, with a nesting limit.
//
// Before parsing, a linear pre-scan counts the nesting of [ and { outside
// strings; deeper than kMaxJsonDepth (64) is refused with "JSON nested too
// deeply", so hostile input can neither exhaust the stack nor build a huge
// tree. No ninjs story nests more than a handful of levels.
// Errors (Status::InvalidInput, no origin; the caller adds it):
//   "JSON nested too deeply"
//   "malformed JSON: line 3, column 5: syntax error while parsing object ..."
//   (with `single_line`, the "line 1, " part is left out).
// The text must be valid UTF-8 (checked by the caller, who knows the offset).
// Memory: strings are moved, not copied, out of the parser; and a string
// over 1 MiB that is a member of a top-level object (a huge body_text) is
// decoded apart from nlohmann's lexer, which would hold it twice more (and,
// given the text's own string, in place: see the second form). When
// the rest of such a text is malformed, the column of an error after the
// string on its line is counted as if the string were empty.
#ifndef WIREFACTS_INGEST_JSON_PARSE_H_
#define WIREFACTS_INGEST_JSON_PARSE_H_

#include <cstddef>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "base/status.h"

namespace wirefacts {

inline constexpr size_t kMaxJsonDepth = 64;

// Parses `text` as exactly one JSON value into *value.
Status ParseJson(std::string_view text, bool single_line, nlohmann::json* value);

// The same for the text of *text from byte `from` on, which it may consume:
// a huge string (see above) is decoded in place, into *text's own bytes,
// which then become that string's value (the text is held once, not twice).
// *text is left unspecified (empty or a fragment); the caller discards it.
Status ParseJson(std::string* text, size_t from, bool single_line, nlohmann::json* value);

// True when `text`'s [ { nesting, outside strings, never exceeds `max_depth`.
bool JsonDepthWithin(std::string_view text, size_t max_depth);

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_JSON_PARSE_H_
