// TrackedText: a UTF-8 text that remembers, for each of its bytes, the byte
// offset of the input it came from. The normaliser's stages each read one
// TrackedText and write the next; the last one becomes the OffsetMap.
//
// `src` has text.size() + 1 entries: src[i] is the input offset of text[i],
// and src[text.size()] is the input offset just past the last byte (so the
// exclusive end of a span maps exactly). Bytes a stage copies keep their
// source; bytes a stage writes in place of a region map into that region.
#ifndef WIREFACTS_TEXT_TRACKED_TEXT_H_
#define WIREFACTS_TEXT_TRACKED_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/offset_map.h"

namespace wirefacts {

struct TrackedText {
  std::string text;
  std::vector<uint32_t> src;  // text.size() + 1 entries

  // The identity: every byte maps to itself. `input` must be < 4 GiB.
  static TrackedText FromInput(std::string_view input);

  // Empties both, reserving room for about `n` bytes.
  void Reset(size_t n);

  // Appends in.text[pos, pos + n) with its sources.
  void AppendCopy(const TrackedText& in, size_t pos, size_t n);

  // Appends `repl` in place of in.text[pos, pos + n) (n may be 0): its k-th
  // byte maps to the source of in.text[pos + min(k, n - 1)].
  void AppendReplacement(const TrackedText& in, size_t pos, size_t n, std::string_view repl);

  // Appends `s` mapped entirely to the source offset `source`.
  void AppendMapped(std::string_view s, uint32_t source);

  // Writes the end sentinel: the source of in.text[pos] (pos may be the end).
  void Finish(const TrackedText& in, size_t pos);
  void Finish(uint32_t source) { src.push_back(source); }

  // The compact form: an anchor wherever the text stops advancing in step
  // with its source.
  OffsetMap ToOffsetMap() const;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_TRACKED_TEXT_H_
