// NameLexicon: what the person-name patterns need to know about words,
// read from extractors/rules/actor_name_stopwords.tsv (words that are not
// names), actor_first_names.tsv and actor_mined_first_names.tsv (given
// names, never people; the latter mined from CoNLL-2003 training data;
// "compound" rows of the stop-word file are hyphen compounds) and
// actor_nicknames.tsv (given-name variants: Steve = Steven).
#ifndef WIREFACTS_EXTRACTORS_PERSON_NAMES_H_
#define WIREFACTS_EXTRACTORS_PERSON_NAMES_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/actor_key_table.h"

namespace wirefacts {

enum class NameStop { kNone, kFunction, kPronoun, kMonth, kWeekday, kCommon, kParticle };

class NameLexicon {
 public:
  Status Load(const RuleFiles& rules);

  // The stop-word category of `word` (case-sensitive), kNone when none.
  NameStop Stop(std::string_view word) const;

  // True when `word` is a listed given name.
  bool IsFirstName(std::string_view word) const;

  // True when `word` makes a hyphen compound, not a hyphenated name: a
  // lower-case word after the hyphen ("led" in "Saudi-led") or a
  // capitalised prefix before it ("Ex" in "Ex-chief").
  bool IsCompoundWord(std::string_view word) const;

  // Stop(word) and IsFirstName(word) in one lookup.
  struct WordInfo {
    NameStop stop = NameStop::kNone;
    bool first = false;     // IsFirstName
    bool compound = false;  // IsCompoundWord
  };
  WordInfo Classify(std::string_view word) const;

  // True when two given names may name the same person: equal, or variants
  // in one nickname group ("Steve"/"Steven", "Bob"/"Robert"), or one is the
  // other's initial ("J."/"James").
  bool SameFirstName(std::string_view a, std::string_view b) const;

 private:
  // Every listed word, looked up by string_view (no key string built).
  KeyTable<WordInfo> words_;
  std::unordered_map<std::string, std::vector<int>> groups_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_PERSON_NAMES_H_
