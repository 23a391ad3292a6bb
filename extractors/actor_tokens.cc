#include "extractors/actor_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace wirefacts {
namespace {

struct Cp {
  UChar32 c = 0;
  size_t next = 0;
};

// ASCII classes, by byte: most of a text is ASCII, answered by a table
// with the same answers as the functions below.
enum : uint8_t { kSpace = 1, kWord = 2, kAlpha = 4, kUpper = 8 };
struct AsciiClasses {
  uint8_t c[128] = {};
  constexpr AsciiClasses() {
    for (int i = 0; i < 128; ++i) {
      const bool upper = i >= 'A' && i <= 'Z';
      const bool alpha = upper || (i >= 'a' && i <= 'z');
      const bool digit = i >= '0' && i <= '9';
      c[i] = static_cast<uint8_t>((i == ' ' || (i >= '\t' && i <= '\r') ? kSpace : 0) |
                                  (alpha || digit ? kWord : 0) | (alpha ? kAlpha : 0) |
                                  (upper ? kUpper : 0));
    }
  }
};
constexpr AsciiClasses kAscii;

inline Cp Decode(std::string_view t, size_t i) {
  const unsigned char b = static_cast<unsigned char>(t[i]);
  if (b < 0x80) return {static_cast<UChar32>(b), i + 1};
  Cp r;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(t.data(), pos, static_cast<int32_t>(t.size()), r.c);
  r.next = static_cast<size_t>(pos);
  return r;
}

// ICU's properties, answered without a call for ASCII (most of the text).
inline bool IsAlpha(UChar32 c) {
  return c < 0x80 ? c >= 0 && (kAscii.c[c] & kAlpha) : u_isalpha(c);
}
inline bool IsUpper(UChar32 c) {
  return c < 0x80 ? c >= 0 && (kAscii.c[c] & kUpper) : u_isupper(c);
}
inline bool IsWordChar(UChar32 c) {
  if (c < 0x80) return c >= 0 && (kAscii.c[c] & kWord);
  return u_isalpha(c) || u_isdigit(c);
}
// White_Space (ASCII: TAB..CR and the space), NBSP, and a malformed byte.
inline bool IsSpaceCp(UChar32 c) {
  if (c < 0) return true;
  if (c < 0x80) return kAscii.c[c] & kSpace;
  return u_isUWhiteSpace(c) || c == 0xA0;
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }

}  // namespace

std::vector<ActorToken> TokenizeForActors(std::string_view text,
                                          const std::vector<Sentence>* sentences) {
  std::vector<ActorToken> out;
  out.reserve(text.size() / 4 + 8);
  size_t i = 0;
  bool space = true;
  while (i < text.size()) {
    Cp cp = Decode(text, i);
    if (IsSpaceCp(cp.c)) {
      space = true;
      i = cp.next;
      continue;
    }
    // The possessive test below asks about the token before this one.
    const bool after_word = !out.empty() && out.back().end == i && out.back().word;
    ActorToken& tok = out.emplace_back();
    tok.begin = i;
    tok.space_before = space;
    space = false;
    if (IsWordChar(cp.c)) {
      tok.word = true;
      tok.cap = IsUpper(cp.c) || (cp.c >= 0x80 && u_istitle(cp.c));
      size_t j = cp.next;
      int letters = IsAlpha(cp.c) ? 1 : 0, uppers = IsUpper(cp.c) ? 1 : 0;
      while (j < text.size()) {
        Cp n = Decode(text, j);
        if (IsWordChar(n.c)) {
          letters += IsAlpha(n.c) ? 1 : 0;
          uppers += IsUpper(n.c) ? 1 : 0;
          j = n.next;
          continue;
        }
        if (IsApostrophe(n.c) && n.next < text.size()) {
          Cp a = Decode(text, n.next);
          if (!IsWordChar(a.c)) break;
          // Possessive "'s" (followed by a non-word) is a token of its own.
          if ((a.c == 's' || a.c == 'S') &&
              (a.next >= text.size() || !IsWordChar(Decode(text, a.next).c)))
            break;
          j = n.next;
          continue;
        }
        break;
      }
      // Dotted abbreviations: single letters each followed by '.' ("U.S.").
      if (j - i == 1 && j + 1 < text.size() && text[j] == '.') {
        size_t k = j;
        while (k + 1 < text.size() && text[k] == '.') {
          Cp n = Decode(text, k + 1);
          if (!IsWordChar(n.c) || n.next >= text.size() || text[n.next] != '.') break;
          k = n.next;
          letters++;
          uppers += IsUpper(n.c) ? 1 : 0;
        }
        if (k > j) j = k + 1;  // include the final '.'
      }
      tok.end = j;
      tok.upper = letters >= 2 && uppers == letters;
    } else if (IsApostrophe(cp.c) && cp.next < text.size() &&
               (text[cp.next] == 's' || text[cp.next] == 'S') &&
               (cp.next + 1 >= text.size() || !IsWordChar(Decode(text, cp.next + 1).c)) &&
               after_word) {
      tok.end = cp.next + 1;  // possessive 's
    } else {
      tok.end = cp.next;
    }
    tok.norm.append(text.data() + tok.begin, tok.end - tok.begin);
    if (tok.norm.find('\xE2') != std::string::npos) {
      // Every "’" to "'", left to right, in place.
      std::string& n = tok.norm;
      size_t w = 0;
      for (size_t r = 0; r < n.size();) {
        if (n.compare(r, 3, "\xE2\x80\x99") == 0) {
          n[w++] = '\'';
          r += 3;
        } else {
          n[w++] = n[r++];
        }
      }
      n.resize(w);
    }
    i = tok.end;
  }
  // Sentences.
  std::vector<Sentence> lines;
  if (sentences == nullptr || sentences->empty()) {
    size_t b = 0;
    while (b <= text.size()) {
      size_t e = text.find('\n', b);
      if (e == std::string_view::npos) e = text.size();
      lines.push_back({b, e});
      b = e + 1;
    }
    sentences = &lines;
  }
  size_t s = 0;
  int last_sentence = -1;
  for (ActorToken& t : out) {
    while (s + 1 < sentences->size() && (*sentences)[s + 1].begin <= t.begin) ++s;
    t.sentence = static_cast<int>(s);
    if (t.word && t.sentence != last_sentence) {
      t.sentence_initial = true;
      last_sentence = t.sentence;
    }
  }
  return out;
}

std::string TokenKey(const std::vector<ActorToken>& tokens, size_t b, size_t e) {
  std::string key;
  for (size_t i = b; i < e; ++i) {
    if (i > b && tokens[i].space_before) key.push_back(' ');
    key += tokens[i].norm;
  }
  return key;
}

std::string NameKey(std::string_view name) {
  std::vector<ActorToken> t = TokenizeForActors(name, nullptr);
  return TokenKey(t, 0, t.size());
}

std::string LowerAscii(std::string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

}  // namespace wirefacts
