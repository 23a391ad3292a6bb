// Clause boundaries inside a sentence: the punctuation that separates
// clauses and asides in news prose (, ; : ( ) — – and a spaced hyphen). A
// comma between digits ("1,200") is not a boundary. Used to tie a figure to
// the date and head words of its own clause.
#ifndef WIREFACTS_TEXT_CLAUSES_H_
#define WIREFACTS_TEXT_CLAUSES_H_

#include <string_view>
#include <utility>
#include <vector>

namespace wirefacts {

// Byte offsets of the boundaries inside [begin, end) of `text`, ascending.
std::vector<size_t> ClauseBreaks(std::string_view text, size_t begin, size_t end);

// The clause [first, last) of [begin, end) that holds byte `pos`, given the
// breaks from ClauseBreaks.
std::pair<size_t, size_t> ClauseOf(const std::vector<size_t>& breaks, size_t begin, size_t end,
                                   size_t pos);

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_CLAUSES_H_
