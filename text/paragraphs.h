// Paragraph layout: line ends, trailing spaces and hard-wrapped lines.
//
// Input lines end in "\n", "\r\n" or "\r". The output holds one paragraph a
// line, each trimmed of leading and trailing white space, separated by a
// single "\n" (no blank lines, no trailing "\n").
//
// Which line breaks are wraps inside a paragraph (joined with one space):
//  - a blank line or an indented line (two or more leading spaces, or a tab)
//    always starts a new paragraph (1980s wire copy indents paragraphs);
//  - when indentation marks paragraphs (two or more indented lines, almost
//    no line over 100 characters), every other line break is a wrap;
//  - when the text as a whole is hard-wrapped (almost no line over 100
//    characters, most lines that run on into a next line are 35+ characters
//    and many do not end in sentence punctuation), every other line break
//    is a wrap, unless the line ends in sentence punctuation well short of
//    the wrap width (a paragraph's last line);
//  - otherwise (modern text: one paragraph a line) a break is a wrap only
//    when the line does not end in . ! ? : ; quote or bracket and the next
//    line starts with a lower-case letter.
#ifndef WIREFACTS_TEXT_PARAGRAPHS_H_
#define WIREFACTS_TEXT_PARAGRAPHS_H_

#include "text/tracked_text.h"

namespace wirefacts {

struct LayoutStats {
  bool hard_wrapped = false;  // the text was judged hard-wrapped
  int joined = 0;             // line breaks turned into spaces
  int paragraphs = 0;         // paragraphs written
};

// Writes `in` laid out as paragraphs to `out` (which must not be `in`).
LayoutStats LayOutParagraphs(const TrackedText& in, TrackedText* out);

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_PARAGRAPHS_H_
