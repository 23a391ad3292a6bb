// RuleGate: which of many RE2 rules match somewhere in a text, so only those
// run their own capturing scan. The rules go into RE2::Sets of a few each
// rather than one set of all: the DFA of one set of every temporal rule
// builds far more states before its cache is warm (the first 1,000 Reuters
// stories: 2.7 G instructions in TemporalScanner::Scan with one set, 1.2 G
// with sets of 16), which a short run (a CLI call, a test) pays in full;
// warm, both cost about the same. The answer is the same as one set's.
#ifndef WIREFACTS_EXTRACTORS_RULE_GATE_H_
#define WIREFACTS_EXTRACTORS_RULE_GATE_H_

#include <re2/set.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace wirefacts {

class RuleGate {
 public:
  // `patterns`: each rule's pattern (default RE2 options), the rule index
  // being its position; at most `per_set` to a set. Null when a set cannot
  // be built.
  static std::unique_ptr<RuleGate> Build(const std::vector<std::string>& patterns, size_t per_set);

  // Sets (*active)[i] to 1 for every rule i that matches somewhere in `text`
  // (or whose set ran out of DFA memory), 0 for the others. Thread-safe.
  void Match(std::string_view text, std::vector<char>* active) const;

  // Match of each of `texts` into (*active)[i], set by set across the texts
  // (one set's automaton stays in the CPU caches for them all). Thread-safe.
  void MatchAll(const std::vector<std::string_view>& texts,
                std::vector<std::vector<char>>* active) const;

 private:
  RuleGate() = default;
  std::vector<std::unique_ptr<RE2::Set>> sets_;
  std::vector<size_t> first_;  // rule index of each set's first pattern
  size_t rules_ = 0;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_RULE_GATE_H_
