// NumberParser: numbers written in digits or words, shared by the figure
// extractors (money, percent).
//
// Pattern() is an RE2 fragment (no capturing groups; compile it inside a
// case-insensitive pattern) matching:
//   - digits with thousands commas and decimals: "1,234.5", "323", ".5",
//     also Indian lakh grouping "12,34,567.89"
//   - fractions and mixed fractions: "1/2", "17-1/2", "3 1/4"
//   - words (extractors/rules/numbers_words.tsv): "twenty-five",
//     "a hundred", "two thousand five hundred", "one and a half",
//     "half a billion", "three quarters" (a fraction right after a count
//     multiplies it: 0.75; after "and" it adds: "one and a half" 1.5)
// PartPattern() (only with `parts`; else a fragment that never matches) is
// a fragment like Pattern() for an ordinal naming a part after an article
// or a count: "a tenth", "two-tenths", "one third" (type `part` in the words
// file). Pattern() matches no part: a bare "third" or "tenth" is an ordinal
// ("the third quarter"), and Parse() rejects a part after anything else.
// Parse() reads text matched by Pattern() into a value and its resolution:
// the size of one unit in the last stated digit ("1.4" -> 0.1, "323" -> 1,
// "twenty" -> 10, "25" -> 1, "1/2" -> 0.5).
#ifndef WIREFACTS_EXTRACTORS_NUMBER_PARSER_H_
#define WIREFACTS_EXTRACTORS_NUMBER_PARSER_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/rule_files.h"
#include "base/status.h"

namespace wirefacts {

struct ParsedNumber {
  double value = 0;
  double resolution = 0;
  bool words = false;  // written (at least partly) in words
  bool part = false;   // holds an ordinal part ("a tenth", "two-thirds")
};

class NumberParser {
 public:
  // Reads extractors/rules/numbers_words.tsv; words of type `part` are
  // left out unless `parts`.
  static Status Create(const RuleFiles& rules, std::unique_ptr<NumberParser>* out,
                       bool parts = false);
  ~NumberParser();

  // The RE2 fragments described above.
  const std::string& Pattern() const;
  const std::string& PartPattern() const;

  // Parses a whole number text (as matched by Pattern()); false when it is
  // not a well-formed number ("five and seven", "", "a").
  bool Parse(std::string_view text, ParsedNumber* out) const;

 private:
  struct Impl;
  explicit NumberParser(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_NUMBER_PARSER_H_
