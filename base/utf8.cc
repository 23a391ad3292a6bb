#include "base/utf8.h"

namespace wirefacts {

bool IsValidUtf8(std::string_view s, size_t* bad_offset) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
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

size_t CodepointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

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
  block_cp_.reserve(text.size() / 64 + 1);
  uint32_t cp = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) block_cp_.push_back(cp);
    cp += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  total_ = cp;
}

size_t CodepointIndex::ToCodepoint(size_t byte) const {
  if (byte > text_.size()) byte = text_.size();
  const size_t block = byte / 64;
  size_t cp = block < block_cp_.size() ? block_cp_[block] : 0;
  size_t i = block * 64;
  if (block >= block_cp_.size()) {  // byte == size on a block boundary
    return total_;
  }
  for (; i < byte; ++i) cp += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  // A byte inside a sequence belongs to the code point already counted.
  if (byte < text_.size() && (static_cast<unsigned char>(text_[byte]) & 0xC0) == 0x80 && cp > 0)
    --cp;
  return cp;
}

}  // namespace wirefacts
