#include "extractors/extraction.h"

#include <algorithm>

namespace wirefacts {

int SentenceAt(const std::vector<Sentence>& sentences, size_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<int>(std::distance(sentences.begin(), it) - 1);
}

}  // namespace wirefacts
