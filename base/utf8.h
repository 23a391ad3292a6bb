// UTF-8 helpers shared by every stage: validation and byte <-> code point
// offset conversion. All internal spans are byte offsets into UTF-8 text;
// everything a user sees (JSON, the database) is in code points, as
// DESIGN.md specifies.
#ifndef WIREFACTS_BASE_UTF8_H_
#define WIREFACTS_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wirefacts {

// Returns true when `s` is well-formed UTF-8 (no overlongs, no surrogates,
// nothing above U+10FFFF). On failure, `*bad_offset` (if given) is the byte
// offset of the first invalid sequence.
bool IsValidUtf8(std::string_view s, size_t* bad_offset = nullptr);

// Number of code points in valid UTF-8 `s`.
size_t CodepointCount(std::string_view s);

// Appends the UTF-8 encoding of code point `cp` (at most U+10FFFF) to `out`.
// No check: callers decide what to do with NUL, surrogates and the like.
void AppendUtf8(char32_t cp, std::string* out);

// Maps byte offsets of one UTF-8 text to code point offsets in O(1) after an
// O(n) build. The text must outlive nothing: the index copies what it needs.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);

  // Code point offset of byte offset `byte` (0 <= byte <= text size). A byte
  // inside a multi-byte sequence maps to the code point that contains it.
  size_t ToCodepoint(size_t byte) const;

 private:
  // Code point offset at each 64-byte block start, then scanned forward.
  std::vector<uint32_t> block_cp_;
  size_t total_ = 0;
  bool ascii_ = false;  // every byte < 0x80: code point offsets are byte offsets
  std::string_view text_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_BASE_UTF8_H_
