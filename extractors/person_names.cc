#include "extractors/person_names.h"

namespace wirefacts {

Status NameLexicon::Load(const RuleFiles& rules) {
  std::vector<RuleRecord> records;
  const char* kStop = "extractors/rules/actor_name_stopwords.tsv";
  WF_RETURN_IF_ERROR(rules.ReadRecords(kStop, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2 || r.fields[0].empty())
      return Status::InvalidInput(std::string(kStop) + ":" + std::to_string(r.line) +
                                  ": expected word<TAB>category");
    static const std::unordered_map<std::string, NameStop> kCats = {
        {"function", NameStop::kFunction}, {"pronoun", NameStop::kPronoun},
        {"month", NameStop::kMonth},       {"weekday", NameStop::kWeekday},
        {"common", NameStop::kCommon},     {"particle", NameStop::kParticle},
        {"group", NameStop::kCommon}};
    if (r.fields[1] == "compound") {
      words_[r.fields[0]].compound = true;
      continue;
    }
    auto it = kCats.find(r.fields[1]);
    if (it == kCats.end())
      return Status::InvalidInput(std::string(kStop) + ":" + std::to_string(r.line) +
                                  ": unknown category \"" + r.fields[1] + "\"");
    WordInfo& info = words_[r.fields[0]];
    if (info.stop == NameStop::kNone) info.stop = it->second;  // the first row wins
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_first_names.tsv", &records));
  for (const RuleRecord& r : records)
    if (!r.fields.empty() && !r.fields[0].empty()) words_[r.fields[0]].first = true;
  WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_mined_first_names.tsv", &records));
  for (const RuleRecord& r : records) {
    if (r.fields.empty() || r.fields[0].empty()) continue;
    const WordInfo* info = words_.Find(r.fields[0]);
    if (info == nullptr || info->stop == NameStop::kNone) words_[r.fields[0]].first = true;
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_nicknames.tsv", &records));
  int group = 0;
  for (const RuleRecord& r : records) {
    if (r.fields.empty()) continue;
    const std::string& s = r.fields[0];
    size_t b = 0;
    while (b <= s.size()) {
      size_t e = s.find('|', b);
      if (e == std::string::npos) e = s.size();
      if (e > b) {
        groups_[s.substr(b, e - b)].push_back(group);
        words_[s.substr(b, e - b)].first = true;
      }
      b = e + 1;
    }
    ++group;
  }
  return Status::OK();
}

NameLexicon::WordInfo NameLexicon::Classify(std::string_view word) const {
  const WordInfo* info = words_.Find(word);
  return info == nullptr ? WordInfo() : *info;
}

NameStop NameLexicon::Stop(std::string_view word) const { return Classify(word).stop; }

bool NameLexicon::IsFirstName(std::string_view word) const { return Classify(word).first; }

bool NameLexicon::IsCompoundWord(std::string_view word) const { return Classify(word).compound; }

bool NameLexicon::SameFirstName(std::string_view a, std::string_view b) const {
  if (a == b) return true;
  auto initial = [](std::string_view x) {
    return (x.size() == 1) || (x.size() == 2 && x[1] == '.');
  };
  if ((initial(a) || initial(b)) && !a.empty() && !b.empty() && a[0] == b[0]) return true;
  auto ia = groups_.find(std::string(a));
  auto ib = groups_.find(std::string(b));
  if (ia == groups_.end() || ib == groups_.end()) return false;
  for (int g : ia->second)
    for (int h : ib->second)
      if (g == h) return true;
  return false;
}

}  // namespace wirefacts
