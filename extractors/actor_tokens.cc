#include "extractors/actor_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace wirefacts {
namespace {

struct Cp {
  UChar32 c = 0;
  size_t next = 0;
};

Cp Decode(std::string_view t, size_t i) {
  Cp r;
  int32_t pos = static_cast<int32_t>(i);
  U8_NEXT(t.data(), pos, static_cast<int32_t>(t.size()), r.c);
  r.next = static_cast<size_t>(pos);
  return r;
}

// ICU's properties, answered without a call for ASCII (most of the text).
bool IsAsciiAlpha(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlpha(UChar32 c) { return c < 0x80 ? IsAsciiAlpha(c) : u_isalpha(c); }
bool IsUpper(UChar32 c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(c); }
bool IsWordChar(UChar32 c) {
  if (c < 0x80) return IsAsciiAlpha(c) || (c >= '0' && c <= '9');
  return u_isalpha(c) || u_isdigit(c);
}
// White_Space (ASCII: TAB..CR and the space), NBSP, and a malformed byte.
bool IsSpaceCp(UChar32 c) {
  if (c < 0) return true;
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
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
    ActorToken tok;
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
               !out.empty() && out.back().end == i && out.back().word) {
      tok.end = cp.next + 1;  // possessive 's
    } else {
      tok.end = cp.next;
    }
    tok.norm.assign(text.substr(tok.begin, tok.end - tok.begin));
    if (tok.norm.find('\xE2') != std::string::npos) {
      for (size_t p = tok.norm.find("\xE2\x80\x99"); p != std::string::npos;
           p = tok.norm.find("\xE2\x80\x99", p))
        tok.norm.replace(p, 3, "'");
    }
    out.push_back(std::move(tok));
    i = out.back().end;
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
