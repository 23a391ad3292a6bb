#include "reconcile/word_groups.h"

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
  return Status::OK();
}

const std::string& WordGroups::GroupAt(const std::vector<Word>& words, size_t i,
                                       size_t* length) const {
  const std::string* best = &none_;
  size_t best_len = 0;
  for (const Entry& e : entries_) {
    if (i + e.words.size() > words.size() || e.words.size() <= best_len) continue;
    bool match = true;
    for (size_t k = 0; k < e.words.size() && match; ++k) {
      const std::string& pat = e.words[k];
      const std::string& w = words[i + k].text;
      if (!pat.empty() && pat.back() == '*') {
        match =
            w.compare(0, pat.size() - 1, pat, 0, pat.size() - 1) == 0 && w.size() >= pat.size() - 1;
      } else {
        match = w == pat;
      }
    }
    if (match) {
      best = &e.group;
      best_len = e.words.size();
    }
  }
  if (length) *length = best_len;
  return *best;
}

}  // namespace wirefacts
