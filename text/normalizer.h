// Normalizer: turns a story body as given into the text every later stage
// reads (DESIGN.md, "normalise").
//
// Contract of Normalize():
//  - input must be valid UTF-8; otherwise InvalidInput naming the byte offset
//    (the caller adds the file name). NUL bytes are InvalidInput too.
//  - mis-decoded text (UTF-8 read as Windows-1252: "â€™", "â€", a lone "†"
//    where a closing quote belongs) is repaired;
//  - the result is NFC; line ends are "\n"; hard-wrapped paragraphs (1980s
//    wire copy) are unwrapped so a sentence is never cut by a line break;
//  - boilerplate lines (newsletter promos, "More to Read" and what follows
//    it, related-story links ending in "»") are dropped (rules in
//    text/rules/boilerplate.tsv);
//  - sentences are found with ICU's BreakIterator, never breaking after
//    abbreviations such as "U.S.", "Jan.", "Mr." (text/rules/abbreviations.tsv);
//    a paragraph (line) end is always a sentence end;
//  - `map` takes any byte offset of `text` back to the input.
#ifndef WIREFACTS_TEXT_NORMALIZER_H_
#define WIREFACTS_TEXT_NORMALIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "text/offset_map.h"
#include "text/sentence.h"  // Sentence: byte range of NormalizedText::text

namespace wirefacts {

struct NormalizedText {
  std::string text;                 // NFC UTF-8, boilerplate removed
  std::vector<Sentence> sentences;  // in order, non-overlapping
  OffsetMap map;                    // text byte offset -> input byte offset
  int dropped_lines = 0;            // boilerplate lines removed
  int repaired = 0;                 // mojibake sequences repaired
};

class Normalizer {
 public:
  // Loads the boilerplate and abbreviation rules.
  static Status Create(const RuleFiles& rules, std::unique_ptr<Normalizer>* out);
  ~Normalizer();

  // Thread-safe: may be called concurrently on one Normalizer.
  Status Normalize(std::string_view input, NormalizedText* out) const;

  // A key of `input` under this normaliser's rules: the byte length and a
  // 64-bit hash of the input, and a hash of the rule files Normalize reads
  // ("1234:89abcdef01234567:0123456789abcdef"). Two inputs with the same key
  // normalise to the same text (barring a hash collision); a change of the
  // rules changes every key. The store files a story under it so that the
  // same input ingested again is recognised before any analysis.
  std::string InputKey(std::string_view input) const;

 private:
  struct Impl;
  explicit Normalizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_NORMALIZER_H_
