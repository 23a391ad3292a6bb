// Tokens for actor recognition: words (letters and digits, with internal
// apostrophes as in "O'Brien" and dotted abbreviations as in "U.S." or
// "D.C."), possessive "'s" split off ("China's" -> "China", "'s"), and every
// other non-space character as a one-character token ("-", "&", ".", ",").
// Each token remembers whether white space came before it, so a span of
// tokens has a canonical key: the tokens' texts joined by one space where the
// text had white space, with the curly apostrophe folded to "'"
// ("Standard & Poor’s" -> "Standard & Poor's", "U.S.-China" stays as is).
#ifndef WIREFACTS_EXTRACTORS_ACTOR_TOKENS_H_
#define WIREFACTS_EXTRACTORS_ACTOR_TOKENS_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/normalizer.h"

namespace wirefacts {

struct ActorToken {
  size_t begin = 0, end = 0;      // bytes of the text
  std::string norm;               // the token, "’" folded to "'"
  bool word = false;              // starts with a letter or digit
  bool cap = false;               // starts with an upper-case letter
  bool upper = false;             // a word of 2+ letters, all upper case
  bool space_before = true;       // white space (or the text start) before it
  bool sentence_initial = false;  // the first word of its sentence
  int sentence = 0;               // index of its sentence
};

// Tokenises `text`. `sentences` (may be null or empty: then every line is a
// sentence) sets ActorToken::sentence and sentence_initial.
std::vector<ActorToken> TokenizeForActors(std::string_view text,
                                          const std::vector<Sentence>* sentences);

// The key of tokens [b, e) (see above).
std::string TokenKey(const std::vector<ActorToken>& tokens, size_t b, size_t e);

// The key of a name as written in a rule file ("Standard & Poor's").
std::string NameKey(std::string_view name);

// ASCII lower-casing of a key, for case-insensitive tables.
std::string LowerAscii(std::string_view s);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ACTOR_TOKENS_H_
