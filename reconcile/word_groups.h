// WordGroups: named groups of head words (reconcile/rules/measures.tsv,
// events.tsv) and the lower-case word tokenizer they are matched with.
#ifndef WIREFACTS_RECONCILE_WORD_GROUPS_H_
#define WIREFACTS_RECONCILE_WORD_GROUPS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"

namespace wirefacts {

// A lower-cased ASCII word (letters and digits, inner apostrophes dropped)
// with its byte span in the text it came from.
struct Word {
  std::string text;
  size_t begin = 0;
  size_t end = 0;
};

std::vector<Word> Tokenize(std::string_view text);

class WordGroups {
 public:
  // Loads `name` (group <TAB> a|b|c* ...).
  static Status Load(const RuleFiles& rules, std::string_view name, WordGroups* out);

  // The group whose entry matches at words[i] ("" when none): the longest
  // matching entry, the first in file order among equally long ones.
  // `*length` is the number of words the entry spans.
  const std::string& GroupAt(const std::vector<Word>& words, size_t i, size_t* length) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // any may end in '*' (a prefix)
    std::string group;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;
  // Considers entries_[e] for words[i..]: updates *best and *best_index.
  void Try(uint32_t e, const std::vector<Word>& words, size_t i, const Entry** best,
           uint32_t* best_index) const;

  std::vector<Entry> entries_;
  // Entries by their first word (indices into entries_, ascending): an
  // exact word, or the stem of a first word "stem*" (a prefix of the word).
  Index by_first_word_;
  Index by_first_stem_;
  std::vector<size_t> stem_lengths_;  // of by_first_stem_'s keys, ascending, distinct
  std::string none_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_WORD_GROUPS_H_
