#include "text/offset_map.h"

#include <algorithm>

namespace wirefacts {

void OffsetMap::Add(size_t out, size_t in) {
  if (!anchors_.empty() && anchors_.back().out == out) {
    anchors_.back().in = in;  // the later anchor at one offset wins
    return;
  }
  anchors_.push_back({out, in});
}

void OffsetMap::Append(const OffsetMap& other, size_t out_shift, size_t in_shift) {
  // An empty map is the identity: one anchor at its start says so.
  if (other.anchors_.empty() || other.anchors_.front().out != 0) Add(out_shift, in_shift);
  for (const Anchor& a : other.anchors_) Add(a.out + out_shift, a.in + in_shift);
}

size_t OffsetMap::ToSource(size_t out) const {
  if (anchors_.empty()) return out;
  auto it = std::upper_bound(anchors_.begin(), anchors_.end(), out,
                             [](size_t o, const Anchor& a) { return o < a.out; });
  if (it == anchors_.begin()) return out;
  const Anchor& a = *(it - 1);
  size_t in = a.in + (out - a.out);
  // Inside a region that shrank, stay before the next anchor's input offset.
  if (it != anchors_.end() && in > it->in) in = it->in;
  return in;
}

}  // namespace wirefacts
