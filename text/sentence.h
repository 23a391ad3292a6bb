// Sentence: a byte range of a normalised text.
#ifndef WIREFACTS_TEXT_SENTENCE_H_
#define WIREFACTS_TEXT_SENTENCE_H_

#include <cstddef>

namespace wirefacts {

// A sentence: byte range [begin, end) of NormalizedText::text, without
// leading or trailing white space.
struct Sentence {
  size_t begin = 0;
  size_t end = 0;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_SENTENCE_H_
