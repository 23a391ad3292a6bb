#include "text/mojibake.h"

#include <cctype>
#include <cstring>

#include "base/utf8.h"

namespace wirefacts {
namespace {

// Decodes the code point at s[i] (valid UTF-8) and its length.
inline char32_t Decode(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n && i + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  *len = n;
  return cp;
}

// The Windows-1252 byte that decodes to `cp`, or -1. Bytes that Windows-1252
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are accepted as the C1
// control of the same value, as Latin-1 decoders produce them.
int Cp1252Byte(char32_t cp) {
  if (cp < 0x80) return static_cast<int>(cp);
  if (cp <= 0xFF) return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC:
      return 0x80;
    case 0x201A:
      return 0x82;
    case 0x0192:
      return 0x83;
    case 0x201E:
      return 0x84;
    case 0x2026:
      return 0x85;
    case 0x2020:
      return 0x86;
    case 0x2021:
      return 0x87;
    case 0x02C6:
      return 0x88;
    case 0x2030:
      return 0x89;
    case 0x0160:
      return 0x8A;
    case 0x2039:
      return 0x8B;
    case 0x0152:
      return 0x8C;
    case 0x017D:
      return 0x8E;
    case 0x2018:
      return 0x91;
    case 0x2019:
      return 0x92;
    case 0x201C:
      return 0x93;
    case 0x201D:
      return 0x94;
    case 0x2022:
      return 0x95;
    case 0x2013:
      return 0x96;
    case 0x2014:
      return 0x97;
    case 0x02DC:
      return 0x98;
    case 0x2122:
      return 0x99;
    case 0x0161:
      return 0x9A;
    case 0x203A:
      return 0x9B;
    case 0x0153:
      return 0x9C;
    case 0x017E:
      return 0x9E;
    case 0x0178:
      return 0x9F;
    default:
      return -1;
  }
}

inline bool IsContinuation(int b) { return b >= 0x80 && b <= 0xBF; }

constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";  // ”
constexpr std::string_view kLeftDoubleQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kDagger = "\xE2\x80\xA0";            // †

}  // namespace

bool MayHaveMojibake(std::string_view text) {
  // Lead bytes 0xC2..0xF4 read as Windows-1252 are U+00C2..U+00F4, all
  // encoded as C3 xx.
  return std::memchr(text.data(), 0xC3, text.size()) != nullptr;
}

int RepairMojibake(const TrackedText& in, TrackedText* out) {
  const std::string_view s = in.text;
  out->Reset(s.size());
  int repaired = 0;
  size_t copied = 0;  // in.text[copied, i) is still to be copied
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) != 0xC3) {
      ++i;
      continue;
    }
    size_t len0;
    const char32_t cp0 = Decode(s, i, &len0);
    const int lead = Cp1252Byte(cp0);
    int need = lead >= 0xC2 && lead <= 0xDF   ? 2
               : lead >= 0xE0 && lead <= 0xEF ? 3
               : lead >= 0xF0 && lead <= 0xF4 ? 4
                                              : 0;
    if (need == 0) {
      i += len0;
      continue;
    }
    char bytes[4];
    bytes[0] = static_cast<char>(lead);
    int have = 1;
    size_t j = i + len0;
    while (have < need && j < s.size()) {
      size_t len;
      const int b = Cp1252Byte(Decode(s, j, &len));
      if (!IsContinuation(b)) break;
      bytes[have++] = static_cast<char>(b);
      j += len;
    }
    std::string_view repl;
    if (have == need && IsValidUtf8(std::string_view(bytes, need))) {
      repl = std::string_view(bytes, need);
    } else if (lead == 0xE2 && have == 2 && static_cast<unsigned char>(bytes[1]) == 0x80) {
      repl = kRightDoubleQuote;  // "â€" whose third byte (0x9D) was lost
    } else if (lead == 0xC2 && have == 1 && j < s.size() && s[j] == ' ') {
      repl = "";  // "Â" + space: an NBSP mangled; keep the space only
    } else {
      i += len0;
      continue;
    }
    out->AppendCopy(in, copied, i - copied);
    out->AppendReplacement(in, i, j - i, repl);
    ++repaired;
    i = copied = j;
  }
  out->AppendCopy(in, copied, s.size() - copied);
  out->Finish(in, s.size());
  return repaired;
}

int RepairQuoteDaggers(const TrackedText& in, TrackedText* out) {
  const std::string_view s = in.text;
  if (s.find(kDagger) == std::string_view::npos) {
    *out = in;
    return 0;
  }
  out->Reset(s.size() + 16);
  int repaired = 0;
  int open = 0;
  size_t copied = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\n') {
      open = 0;
      continue;
    }
    if (c != '\xE2' || i + 2 >= s.size() || s[i + 1] != '\x80') continue;
    const std::string_view three = s.substr(i, 3);
    if (three == kLeftDoubleQuote) {
      ++open;
    } else if (three == kRightDoubleQuote) {
      if (open > 0) --open;
    } else if (three == kDagger && open > 0 && i > 0) {
      const char prev = s[i - 1];
      const bool after_word = prev != ' ' && prev != '\t' && prev != '\n';
      const size_t n = i + 3;
      const bool glued = n < s.size() && (static_cast<unsigned char>(s[n]) >= 0x80 ||
                                          std::isalnum(static_cast<unsigned char>(s[n])));
      const bool before_break = n == s.size() || s[n] == ' ' || s[n] == '\n' || s[n] == '\t' ||
                                (s[n] != '\0' && std::strchr(".,;:!?)]", s[n]) != nullptr) ||
                                s.substr(n, 3) == "\xE2\x80\x94" ||
                                s.substr(n, 3) == "\xE2\x80\x93";  // — –
      if (after_word && (before_break || glued)) {
        out->AppendCopy(in, copied, i - copied);
        out->AppendReplacement(in, i, 3, glued ? "\xE2\x80\x9D " : kRightDoubleQuote);
        copied = i + 3;
        --open;
        ++repaired;
      }
    }
    i += 2;
  }
  out->AppendCopy(in, copied, s.size() - copied);
  out->Finish(in, s.size());
  return repaired;
}

}  // namespace wirefacts
