// OffsetMap: maps byte offsets in normalised text back to byte offsets in the
// input it was made from, so spans found in normalised text can be shown in
// (and evaluated against) the original.
//
// Built as a list of anchors: each edit the normaliser makes (a repaired
// sequence, a dropped line, an NFC change, a joined line) adds an anchor
// (output offset, input offset). Between anchors the two texts advance in
// step. Offsets inside a replaced region map to the region's start.
#ifndef WIREFACTS_TEXT_OFFSET_MAP_H_
#define WIREFACTS_TEXT_OFFSET_MAP_H_

#include <cstddef>
#include <vector>

namespace wirefacts {

class OffsetMap {
 public:
  // Records that output offset `out` corresponds to input offset `in`.
  // Calls must come in non-decreasing `out` order.
  void Add(size_t out, size_t in);

  // Appends the anchors of `other`, a map of a later piece of the output
  // made from a later piece of the input, shifted by where those pieces
  // start (`out_shift` >= every output offset recorded so far).
  void Append(const OffsetMap& other, size_t out_shift, size_t in_shift);

  // The input byte offset for output byte offset `out`.
  size_t ToSource(size_t out) const;

  bool empty() const { return anchors_.empty(); }

 private:
  struct Anchor {
    size_t out;
    size_t in;
  };
  std::vector<Anchor> anchors_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_OFFSET_MAP_H_
