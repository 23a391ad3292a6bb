// Boilerplate: site furniture mixed into story bodies (newsletter promos,
// related-story links, "More to Read" sections, copyright lines), found by
// the line rules of text/rules/boilerplate.tsv.
//
// A rule is an RE2 pattern matched against a whole paragraph (one line of
// the laid-out text, trimmed), case-insensitively; its action is
//   line  drop the paragraph;
//   rest  drop the paragraph and every paragraph after it (a terminal
//         section such as "More to Read"). Only when it starts in the second
//         half of the text; earlier it drops its own line only, so an odd
//         match near the top never eats a story.
// Paragraphs longer than kMaxBoilerplateBytes are never boilerplate.
#ifndef WIREFACTS_TEXT_BOILERPLATE_H_
#define WIREFACTS_TEXT_BOILERPLATE_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "text/tracked_text.h"

namespace re2 {
class RE2;
}  // namespace re2

namespace wirefacts {

inline constexpr size_t kMaxBoilerplateBytes = 600;

enum class BoilerplateAction { kKeep, kDropLine, kDropRest };

class BoilerplateFilter {
 public:
  static constexpr std::string_view kRuleFile = "text/rules/boilerplate.tsv";

  // Compiles the rules of kRuleFile. InvalidInput names the file and line of
  // a bad action or pattern.
  static Status Create(const RuleFiles& rules, std::unique_ptr<BoilerplateFilter>* out);
  // The same from rule-file text (for tests and callers with their own rules).
  static Status FromText(std::string_view rule_text, std::unique_ptr<BoilerplateFilter>* out);
  ~BoilerplateFilter();

  // What a rule says about one paragraph (without its "\n").
  BoilerplateAction Classify(std::string_view paragraph) const;

  // Writes `in` ("\n"-separated paragraphs) without its boilerplate to `out`
  // (which must not be `in`); returns the number of paragraphs dropped.
  int Filter(const TrackedText& in, TrackedText* out) const;

 private:
  class RuleSet;
  struct Rules;
  explicit BoilerplateFilter(std::unique_ptr<Rules> rules);
  std::unique_ptr<Rules> rules_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TEXT_BOILERPLATE_H_
