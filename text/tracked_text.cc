#include "text/tracked_text.h"

#include <algorithm>

namespace wirefacts {

TrackedText TrackedText::FromInput(std::string_view input) {
  TrackedText t;
  t.text.assign(input);
  t.src.resize(input.size() + 1);
  for (size_t i = 0; i <= input.size(); ++i) t.src[i] = static_cast<uint32_t>(i);
  return t;
}

void TrackedText::Reset(size_t n) {
  text.clear();
  src.clear();
  text.reserve(n);
  src.reserve(n + 1);
}

void TrackedText::AppendCopy(const TrackedText& in, size_t pos, size_t n) {
  text.append(in.text, pos, n);
  src.insert(src.end(), in.src.begin() + pos, in.src.begin() + pos + n);
}

void TrackedText::AppendReplacement(const TrackedText& in, size_t pos, size_t n,
                                    std::string_view repl) {
  text.append(repl);
  for (size_t k = 0; k < repl.size(); ++k) {
    size_t from = n == 0 ? pos : pos + std::min(k, n - 1);
    src.push_back(in.src[from]);
  }
}

void TrackedText::AppendMapped(std::string_view s, uint32_t source) {
  text.append(s);
  src.insert(src.end(), s.size(), source);
}

void TrackedText::Finish(const TrackedText& in, size_t pos) { src.push_back(in.src[pos]); }

OffsetMap TrackedText::ToOffsetMap() const {
  OffsetMap map;
  if (src.empty()) {
    map.Add(0, 0);
    return map;
  }
  map.Add(0, src[0]);
  for (size_t i = 1; i < src.size(); ++i) {
    if (src[i] != src[i - 1] + 1) map.Add(i, src[i]);
  }
  return map;
}

}  // namespace wirefacts
