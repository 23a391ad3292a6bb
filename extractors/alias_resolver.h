// Within-story resolution of person names to canonical people:
//  - full names with the same surname and compatible given names merge
//    ("Steve Mnuchin" + "Steven Mnuchin" -> "Steven Mnuchin": the longest
//    given-name variant seen; "George W. Bush" + "George Bush" -> the longer);
//  - a one-word name ("Mnuchin", "President Trump") joins the full name whose
//    surname it is, or whose first word it is when that word is not a given
//    name (Chinese order: "Xi" -> "Xi Jinping"); with several candidates the
//    nearest one named before it wins, else the first named after it;
//  - a one-word name within a typo of a full name's surname joins it
//    ("Mnuchn"), unless both spellings are written twice or more in the
//    story: then they are two names ("Reagan" beside "Donald Regan");
//  - a one-word name with no full name stays a person of that one word.
// Titles: a person keeps the longest title seen.
#ifndef WIREFACTS_EXTRACTORS_ALIAS_RESOLVER_H_
#define WIREFACTS_EXTRACTORS_ALIAS_RESOLVER_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "extractors/person_names.h"

namespace wirefacts {

struct PersonCandidate {
  std::vector<std::string> words;  // name words as written ("Steve", "Mnuchin")
  std::string title;               // "" when none
  size_t pos = 0;                  // byte offset in the story
};

struct PersonCluster {
  std::vector<std::string> words;  // canonical name words
  std::string name;                // words joined by spaces
  std::string title;
};

class AliasResolver {
 public:
  explicit AliasResolver(const NameLexicon* lexicon) : lexicon_(lexicon) {}

  // Resolves `cands`; (*cluster_of)[i] is the cluster of cands[i].
  // `word_counts` (may be null) says how often each word is written in the
  // story; without it a word is counted among the one-word `cands`.
  void Resolve(const std::vector<PersonCandidate>& cands, std::vector<int>* cluster_of,
               std::vector<PersonCluster>* clusters,
               const std::unordered_map<std::string, int>* word_counts = nullptr) const;

  // The cluster a bare word at byte `pos` refers to (a surname or Chinese-
  // order first word of a resolved multi-word person, or a one-word person),
  // or -1. `cands`/`cluster_of` as returned by Resolve, for positions.
  int LookupWord(const std::string& word, size_t pos, const std::vector<PersonCandidate>& cands,
                 const std::vector<int>& cluster_of,
                 const std::vector<PersonCluster>& clusters) const;

 private:
  bool KeyWord(const PersonCluster& c, const std::string& word) const;
  const NameLexicon* lexicon_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ALIAS_RESOLVER_H_
