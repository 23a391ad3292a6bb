#include "text/tracked_text.h"

#include <algorithm>

namespace wirefacts {
namespace {

// Bytes handled together by the loops over `src` below.
constexpr size_t kBlock = 16;

}  // namespace

TrackedText TrackedText::FromInput(std::string_view input) {
  TrackedText t;
  t.text.assign(input);
  t.src.resize(input.size() + 1);
  // In blocks of a fixed length (vectorised), then the rest.
  uint32_t* src = t.src.data();
  const size_t n = t.src.size();
  size_t i = 0;
  for (; i + kBlock <= n; i += kBlock)
    for (size_t k = 0; k < kBlock; ++k) src[i + k] = static_cast<uint32_t>(i + k);
  for (; i < n; ++i) src[i] = static_cast<uint32_t>(i);
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
  // Most of a text advances in step with its source: a block of kBlock
  // bytes with no anchor (every step +1, told by one OR of the steps, which
  // vectorises) is skipped whole; a block with one is checked byte by byte.
  const uint32_t* s = src.data();
  const size_t n = src.size();
  for (size_t i = 1; i < n;) {
    if (i + kBlock <= n) {
      uint32_t off_step = 0;
      for (size_t k = 0; k < kBlock; ++k) off_step |= s[i + k] - s[i + k - 1] - 1;
      if (off_step == 0) {
        i += kBlock;
        continue;
      }
    }
    for (const size_t stop = std::min(n, i + kBlock); i < stop; ++i)
      if (s[i] != s[i - 1] + 1) map.Add(i, s[i]);
  }
  return map;
}

}  // namespace wirefacts
