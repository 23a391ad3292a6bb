#include "reconcile/word_groups.h"

#include <algorithm>
#include <cctype>

namespace wirefacts {

std::vector<Word> Tokenize(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = text[i];
    if (!std::isalnum(c)) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    while (i < text.size()) {
      const unsigned char d = text[i];
      if (std::isalnum(d)) {
        w.text.push_back(static_cast<char>(std::tolower(d)));
        ++i;
      } else if (d == '\'' && i + 1 < text.size() &&
                 std::isalpha(static_cast<unsigned char>(text[i + 1]))) {
        ++i;  // "didn't" -> "didnt"
      } else {
        break;
      }
    }
    w.end = i;
    words.push_back(std::move(w));
  }
  return words;
}

Status WordGroups::Load(const RuleFiles& rules, std::string_view name, WordGroups* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(name, &records));
  out->entries_.clear();
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2)
      return Status::InvalidInput(std::string(name) + ":" + std::to_string(r.line) +
                                  ": expected <group> TAB <words>");
    std::string_view list = r.fields[1];
    size_t pos = 0;
    while (pos <= list.size()) {
      size_t bar = list.find('|', pos);
      if (bar == std::string_view::npos) bar = list.size();
      std::string_view item = list.substr(pos, bar - pos);
      pos = bar + 1;
      if (item.empty()) continue;
      Entry e;
      e.group = r.fields[0];
      size_t s = 0;
      while (s < item.size()) {
        size_t sp = item.find(' ', s);
        if (sp == std::string_view::npos) sp = item.size();
        if (sp > s) e.words.emplace_back(item.substr(s, sp - s));
        s = sp + 1;
      }
      out->entries_.push_back(std::move(e));
    }
  }
  out->by_first_word_.clear();
  out->by_first_stem_.clear();
  out->stem_lengths_.clear();
  for (size_t e = 0; e < out->entries_.size(); ++e) {
    const std::vector<std::string>& w = out->entries_[e].words;
    if (w.empty()) continue;  // matches nothing
    const std::string& first = w.front();
    if (first.back() == '*') {
      std::string stem = first.substr(0, first.size() - 1);
      out->stem_lengths_.push_back(stem.size());
      out->by_first_stem_[stem].push_back(static_cast<uint32_t>(e));
    } else {
      out->by_first_word_[first].push_back(static_cast<uint32_t>(e));
    }
  }
  std::sort(out->stem_lengths_.begin(), out->stem_lengths_.end());
  out->stem_lengths_.erase(std::unique(out->stem_lengths_.begin(), out->stem_lengths_.end()),
                           out->stem_lengths_.end());
  return Status::OK();
}

void WordGroups::Try(uint32_t index, const std::vector<Word>& words, size_t i, const Entry** best,
                     uint32_t* best_index) const {
  const Entry& e = entries_[index];
  const size_t best_len = *best ? (*best)->words.size() : 0;
  if (i + e.words.size() > words.size() || e.words.size() < best_len) return;
  if (e.words.size() == best_len && index > *best_index) return;  // the earlier one wins
  for (size_t k = 0; k < e.words.size(); ++k) {
    const std::string& pat = e.words[k];
    const std::string& w = words[i + k].text;
    if (pat.back() == '*') {
      if (w.size() < pat.size() - 1 || w.compare(0, pat.size() - 1, pat, 0, pat.size() - 1) != 0)
        return;
    } else if (w != pat) {
      return;
    }
  }
  *best = &e;
  *best_index = index;
}

const std::string& WordGroups::GroupAt(const std::vector<Word>& words, size_t i,
                                       size_t* length) const {
  const Entry* best = nullptr;
  uint32_t best_index = 0;
  if (i < words.size()) {
    const std::string& w = words[i].text;
    if (auto it = by_first_word_.find(w); it != by_first_word_.end())
      for (uint32_t e : it->second) Try(e, words, i, &best, &best_index);
    for (size_t n : stem_lengths_) {
      if (n > w.size()) break;
      auto it = by_first_stem_.find(std::string_view(w).substr(0, n));
      if (it == by_first_stem_.end()) continue;
      for (uint32_t e : it->second) Try(e, words, i, &best, &best_index);
    }
  }
  if (length) *length = best ? best->words.size() : 0;
  return best ? best->group : none_;
}

}  // namespace wirefacts
