#include "extractors/rule_gate.h"

#include <algorithm>

namespace wirefacts {

std::unique_ptr<RuleGate> RuleGate::Build(const std::vector<std::string>& patterns,
                                          size_t per_set) {
  std::unique_ptr<RuleGate> gate(new RuleGate());
  gate->rules_ = patterns.size();
  per_set = std::max<size_t>(per_set, 1);
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(16 << 20);  // per set; a set of 16 temporal rules uses a few MB
  for (size_t first = 0; first < patterns.size(); first += per_set) {
    auto set = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    for (size_t i = first; i < std::min(patterns.size(), first + per_set); ++i)
      if (set->Add(patterns[i], nullptr) < 0) return nullptr;
    if (!set->Compile()) return nullptr;
    gate->sets_.push_back(std::move(set));
    gate->first_.push_back(first);
  }
  return gate;
}

void RuleGate::Match(std::string_view text, std::vector<char>* active) const {
  std::vector<std::vector<char>> all;
  MatchAll({text}, &all);
  active->swap(all[0]);
}

void RuleGate::MatchAll(const std::vector<std::string_view>& texts,
                        std::vector<std::vector<char>>* active) const {
  active->resize(texts.size());
  for (std::vector<char>& a : *active) a.assign(rules_, 0);
  std::vector<int> hits;
  for (size_t s = 0; s < sets_.size(); ++s) {
    const size_t end = s + 1 < first_.size() ? first_[s + 1] : rules_;
    for (size_t t = 0; t < texts.size(); ++t) {
      std::vector<char>& a = (*active)[t];
      hits.clear();
      RE2::Set::ErrorInfo err;
      if (sets_[s]->Match(texts[t], &hits, &err)) {
        for (int h : hits) a[first_[s] + h] = 1;
      } else if (err.kind != RE2::Set::kNoError) {
        std::fill(a.begin() + first_[s], a.begin() + end, 1);
      }
    }
  }
}

}  // namespace wirefacts
