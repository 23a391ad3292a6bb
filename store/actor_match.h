// Actor matching across stories: the keys and name tests the store uses to
// merge one story's actors into the actors already stored.
//
// Two actors of the same kind are the same actor when they share an alias
// (compared by AliasKey). For people, a one-token name is also the same as a
// fuller name ending in that token ("Trump" ~ "Donald Trump"), and a shared
// one-token alias is only trusted when the full names do not contradict it
// ("Steve Mnuchin" ~ "Steven Mnuchin", but not "Ivanka Trump" ~ "Donald Trump").
#ifndef WIREFACTS_STORE_ACTOR_MATCH_H_
#define WIREFACTS_STORE_ACTOR_MATCH_H_

#include <string>
#include <string_view>
#include <vector>

namespace wirefacts {

// Case-folded (Unicode), trimmed, inner white space collapsed to one space:
// the form aliases are compared in ("  Donald   TRUMP " -> "donald trump").
std::string AliasKey(std::string_view alias);

// `key` (an AliasKey) with each hyphen between two other characters read as a
// space ("kim jong-un" -> "kim jong un", "coca-cola" -> "coca cola"), or ""
// when it has none: the store files it as a second key of the alias, so the
// hyphenated and spaced spellings of one name find each other.
std::string SpacedKey(std::string_view key);

// The white-space separated tokens of a name.
std::vector<std::string> NameTokens(std::string_view name);

// AliasKey of the last token of `name` ("Donald Trump" -> "trump"), a
// generational suffix aside ("John Smith Jr." -> "smith"); "" when the name
// is empty.
std::string SurnameKey(std::string_view name);

// True when two person names may name the same person: either has one token
// equal to the other's last token, or both have several tokens, the same
// last token, and first tokens where one is a prefix of the other
// ("Steve"/"Steven", "Don"/"Donald"). Case-insensitive; a generational
// suffix ("Jr", "Sr", "III") is not the last token.
bool PersonNamesCompatible(std::string_view a, std::string_view b);

// The fuller of two forms of one name: more tokens wins, then more
// characters, then `current` (so a tie keeps the stored name); two spellings
// of one name (the same SpacedKey: "Kim Jong-un", "Kim Jong Un") keep
// `current`.
const std::string& FullerName(const std::string& current, const std::string& candidate);

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_ACTOR_MATCH_H_
