// Plain-text stories: splitting off the headline (DESIGN.md, "Command line":
// "its first line is taken as the headline when it looks like one").
//
// The first non-blank line is the headline when all of these hold:
//   - it is at most kMaxHeadlineCodepoints (120) code points long once
//     trimmed (wire headlines run 40-100; a longer first line is a paragraph);
//   - it holds at least one letter (ASCII or any non-ASCII character), so
//     rules such as "-----" or "12345" are not headlines;
//   - it does not end with sentence-ending punctuation: . ! ? " or the
//     closing quotation mark U+201D (an opening sentence of a story ends
//     with one of these, a headline does not);
//   - more text follows it (a one-line file is all body).
// Otherwise there is no headline and the whole text is the body.
//   "China offers a path to end U.S. trade deficit, sources say\nChina has..."
//     -> headline "China offers a path to end U.S. trade deficit, sources say"
//   "(Reuters) - China has offered ... the matter.\nBy raising ..."
//     -> no headline (the line ends with '.')
#ifndef WIREFACTS_INGEST_PLAIN_TEXT_H_
#define WIREFACTS_INGEST_PLAIN_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace wirefacts {

inline constexpr size_t kMaxHeadlineCodepoints = 120;

struct PlainTextParts {
  std::string headline;  // trimmed; "" when the text has none
  std::string body;      // the text after the headline line and the blank
                         // lines that follow it (verbatim otherwise); the
                         // whole text when there is no headline
};

// True when `line` (one line, no newline) looks like a headline by the rules
// above, apart from "more text follows it".
bool LooksLikeHeadline(std::string_view line);

// Splits valid UTF-8 `text` into headline and body.
PlainTextParts SplitPlainText(std::string_view text);

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_PLAIN_TEXT_H_
