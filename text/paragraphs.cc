#include "text/paragraphs.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace wirefacts {
namespace {

struct Line {
  size_t begin = 0;       // first content byte (after leading white space)
  size_t end = 0;         // past the last content byte (before trailing white space)
  size_t length = 0;      // code points, indentation included
  size_t first_word = 0;  // code points of the first word
  bool indented = false;
  bool blank() const { return begin == end; }
};

// White space trimmed from line ends: ASCII blanks and NBSP; returns its
// byte length at s[i] (0 if none).
inline size_t SpaceAt(std::string_view s, size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
  if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

inline size_t SpaceBefore(std::string_view s, size_t e) {
  const char c = s[e - 1];
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
  if (c == '\xA0' && e >= 2 && s[e - 2] == '\xC2') return 2;
  return 0;
}

inline size_t CodepointsIn(std::string_view s) { return CodepointCount(s); }

// The last code point of s[b, e) (e > b), decoded.
char32_t LastChar(std::string_view s, size_t b, size_t e) {
  size_t i = e - 1;
  while (i > b && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  UChar32 c;
  int32_t off = static_cast<int32_t>(i - b);
  U8_NEXT_UNSAFE(reinterpret_cast<const uint8_t*>(s.data() + b), off, c);
  return static_cast<char32_t>(c);
}

char32_t FirstChar(std::string_view s, size_t b) {
  UChar32 c;
  int32_t off = 0;
  U8_NEXT_UNSAFE(reinterpret_cast<const uint8_t*>(s.data() + b), off, c);
  return static_cast<char32_t>(c);
}

// Ends a sentence or a self-contained line.
bool EndsClosed(char32_t c) {
  switch (c) {
    case '.':
    case '!':
    case '?':
    case ':':
    case ';':
    case '"':
    case ')':
    case ']':
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x00BB:  // »
    case 0x2026:  // …
      return true;
    default:
      return false;
  }
}

bool EndsSentence(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == '"' || c == 0x201D || c == 0x2026;
}

std::vector<Line> SplitLines(std::string_view s) {
  std::vector<Line> lines;
  size_t pos = 0;
  // The next "\n" and "\r" at or after pos (npos: none), each found again
  // only once passed: one memchr-speed pass over the text for each.
  size_t next_nl = s.find('\n'), next_cr = s.find('\r');
  while (pos <= s.size()) {
    if (next_nl != std::string_view::npos && next_nl < pos) next_nl = s.find('\n', pos);
    if (next_cr != std::string_view::npos && next_cr < pos) next_cr = s.find('\r', pos);
    const size_t e = std::min({next_nl, next_cr, s.size()});
    Line line;
    size_t b = pos;
    size_t columns = 0;
    bool tab = false;
    while (b < e) {
      const size_t n = SpaceAt(s, b);
      if (n == 0) break;
      tab |= s[b] == '\t';
      ++columns;
      b += n;
    }
    size_t ce = e;
    while (ce > b) {
      const size_t n = SpaceBefore(s, ce);
      if (n == 0) break;
      ce -= n;
    }
    line.begin = b;
    line.end = ce;
    line.indented = b < ce && (columns >= 2 || tab);
    if (b < ce) {
      std::string_view content = s.substr(b, ce - b);
      line.length = columns + CodepointsIn(content);
      size_t w = content.find(' ');
      line.first_word = CodepointsIn(content.substr(0, w));
    }
    lines.push_back(line);
    if (e == s.size()) break;
    pos = e + 1;
    if (s[e] == '\r' && pos < s.size() && s[pos] == '\n') ++pos;
    if (pos == s.size()) break;  // a final line end adds no empty line
  }
  return lines;
}

// Decides whether the whole text is hard-wrapped; `width` gets the typical
// wrap width.
bool LooksHardWrapped(std::string_view s, const std::vector<Line>& lines, size_t* width) {
  size_t nonblank = 0, over = 0, candidates = 0, long_enough = 0, open_end = 0;
  std::vector<size_t> lengths;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (l.blank()) continue;
    ++nonblank;
    if (l.length > 100) ++over;
    if (i + 1 < lines.size() && !lines[i + 1].blank() && !lines[i + 1].indented) {
      ++candidates;
      // The first line is often short: a dateline or headline was cut off.
      if (nonblank == 1) continue;
      lengths.push_back(l.length);
      if (l.length >= 35) ++long_enough;
      if (!EndsSentence(LastChar(s, l.begin, l.end))) ++open_end;
    }
  }
  const size_t n = lengths.size();
  if (candidates < 2 || n == 0 || over * 20 > nonblank) return false;
  if (long_enough * 10 < n * 6 || open_end * 10 < n * 4) return false;
  std::sort(lengths.begin(), lengths.end());
  *width = lengths[n * 9 / 10];
  return true;
}

// True when paragraphs are marked by indentation (1980s wire copy): several
// indented lines and no long lines, so a line that is not indented continues
// the paragraph above it.
bool IndentMarksParagraphs(const std::vector<Line>& lines) {
  size_t nonblank = 0, indented = 0, over = 0;
  for (const Line& l : lines) {
    if (l.blank()) continue;
    ++nonblank;
    indented += l.indented;
    over += l.length > 100;
  }
  return indented >= 2 && over * 20 <= nonblank;
}

}  // namespace

LayoutStats LayOutParagraphs(const TrackedText& in, TrackedText* out) {
  const std::string_view s = in.text;
  LayoutStats stats;
  out->Reset(s.size());
  const std::vector<Line> lines = SplitLines(s);
  size_t width = 0;
  const bool by_indent = IndentMarksParagraphs(lines);
  stats.hard_wrapped = by_indent || LooksHardWrapped(s, lines, &width);
  const Line* prev = nullptr;   // last line of the open paragraph
  const Line* first = nullptr;  // first non-blank line of the text
  bool prev_blank = true;
  for (const Line& cur : lines) {
    if (cur.blank()) {
      prev_blank = true;
      continue;
    }
    bool join = false;
    if (prev != nullptr && !prev_blank && !cur.indented) {
      const char32_t last = LastChar(s, prev->begin, prev->end);
      if (by_indent) {
        join = true;
      } else if (stats.hard_wrapped) {
        const bool short_last = prev != first && EndsSentence(last) &&
                                (prev->length + 1 + cur.first_word) * 4 < width * 3;
        join = !short_last;
      } else {
        join = !EndsClosed(last) && u_islower(static_cast<UChar32>(FirstChar(s, cur.begin)));
      }
    }
    if (prev != nullptr) {
      out->AppendMapped(join ? " " : "\n", in.src[prev->end]);
      if (join) ++stats.joined;
    }
    if (!join) ++stats.paragraphs;
    out->AppendCopy(in, cur.begin, cur.end - cur.begin);
    prev = &cur;
    if (first == nullptr) first = &cur;
    prev_blank = false;
  }
  out->Finish(prev != nullptr ? in.src[prev->end] : in.src[s.size()]);
  return stats;
}

}  // namespace wirefacts
