#include "base/utf8.h"

#include <bit>
#include <cstring>

namespace wirefacts {
namespace {

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// The UTF-8 continuation bytes (10xxxxxx) among the 8 bytes of `w`.
int Continuations(uint64_t w) { return std::popcount(w & ~(w << 1) & kHighBits); }

// Code points starting in s[0, n): the bytes that are not continuations.
size_t CountCodepoints(const char* s, size_t n) {
  size_t count = 0, i = 0;
  for (; i + 8 <= n; i += 8) count += 8 - Continuations(Load8(s + i));
  for (; i < n; ++i) count += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return count;
}

}  // namespace

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time (most text).
    if (i + 8 <= n && (Load8(s.data() + i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    if (i + len > n) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        if (bad_offset) *bad_offset = i;
        return false;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    const bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      if (bad_offset) *bad_offset = i;
      return false;
    }
    i += len;
  }
  return true;
}

size_t CodepointCount(std::string_view s) { return CountCodepoints(s.data(), s.size()); }

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  const size_t n = text.size();
  block_cp_.reserve(n / 64 + 1);
  uint32_t cp = 0;
  uint64_t any_high = 0;
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    block_cp_.push_back(cp);
    // Continuation bytes counted per byte lane (at most 8 a lane), then
    // summed across the lanes.
    uint64_t lanes = 0;
    for (size_t k = 0; k < 64; k += 8) {
      const uint64_t w = Load8(text.data() + i + k);
      any_high |= w;
      lanes += (w & ~(w << 1) & kHighBits) >> 7;
    }
    cp += 64 - static_cast<uint32_t>((lanes * 0x0101010101010101ULL) >> 56);
  }
  if (i < n) {
    block_cp_.push_back(cp);
    for (; i < n; ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      any_high |= c;
      cp += (c & 0xC0) != 0x80;
    }
  }
  total_ = cp;
  ascii_ = (any_high & kHighBits) == 0;
}

size_t CodepointIndex::ToCodepoint(size_t byte) const {
  if (byte > text_.size()) byte = text_.size();
  if (ascii_) return byte;  // one byte, one code point
  const size_t block = byte / 64;
  if (block >= block_cp_.size()) {  // byte == size on a block boundary
    return total_;
  }
  size_t cp = block_cp_[block] + CountCodepoints(text_.data() + block * 64, byte - block * 64);
  // A byte inside a sequence belongs to the code point already counted.
  if (byte < text_.size() && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80 && cp > 0)
    --cp;
  return cp;
}

}  // namespace wirefacts
