// Sentence splitting: ICU's sentence BreakIterator (en_US) with abbreviation
// suppression driven by text/rules/abbreviations.tsv and
// text/rules/sentence_starters.tsv.
//
// ICU already keeps "the U.S. economy" together (a lower-case word follows);
// it breaks before any capitalised word, so "Mr. Smith", "U.S. Treasury",
// "Jan. 9" style breaks are removed here:
//  - after a `title` abbreviation (Mr., Sen., Gen.): never a break;
//  - after a `number` abbreviation (No., Vol.): no break before a digit;
//  - after an `any` abbreviation (U.S., Jan., Inc.), a single initial ("J.")
//    or a dotted acronym ("N.A.T.O."): no break unless the next word is a
//    sentence starter ("The", "It", "But" ...).
// A "\n" (paragraph end) always ends a sentence.
#ifndef WIREFACTS_TEXT_SENTENCE_SPLITTER_H_
#define WIREFACTS_TEXT_SENTENCE_SPLITTER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "text/sentence.h"

namespace wirefacts {

class SentenceSplitter {
 public:
  static constexpr std::string_view kAbbreviationFile = "text/rules/abbreviations.tsv";
  static constexpr std::string_view kStarterFile = "text/rules/sentence_starters.tsv";

  // Loads both rule files and ICU's sentence rules.
  static Status Create(const RuleFiles& rules, std::unique_ptr<SentenceSplitter>* out);
  // The same from rule-file texts.
  static Status FromText(std::string_view abbreviations, std::string_view starters,
                         std::unique_ptr<SentenceSplitter>* out);
  ~SentenceSplitter();

  // Appends the sentences of `text` (valid UTF-8, "\n"-separated paragraphs)
  // to `out`, in order, trimmed, none empty, none crossing a "\n".
  // Thread-safe.
  Status Split(std::string_view text, std::vector<Sentence>* out) const;

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_SENTENCE_SPLITTER_H_
