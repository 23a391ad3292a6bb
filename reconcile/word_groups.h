// WordGroups: named groups of head words (reconcile/rules/measures.tsv,
// events.tsv) and the lower-case word tokenizer they are matched with.
#ifndef WIREFACTS_RECONCILE_WORD_GROUPS_H_
#define WIREFACTS_RECONCILE_WORD_GROUPS_H_

#include <string>
#include <string_view>
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

  // The group whose entry matches at words[i] ("" when none). `*length` is the
  // number of words the entry spans.
  const std::string& GroupAt(const std::vector<Word>& words, size_t i, size_t* length) const;

 private:
  struct Entry {
    std::vector<std::string> words;  // last may end in '*'
    std::string group;
  };
  std::vector<Entry> entries_;
  std::string none_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_WORD_GROUPS_H_
