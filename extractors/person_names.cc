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
        {"common", NameStop::kCommon},     {"particle", NameStop::kParticle}};
    if (r.fields[1] == "compound") {
      compound_.insert(r.fields[0]);
      continue;
    }
    auto it = kCats.find(r.fields[1]);
    if (it == kCats.end())
      return Status::InvalidInput(std::string(kStop) + ":" + std::to_string(r.line) +
                                  ": unknown category \"" + r.fields[1] + "\"");
    stop_.emplace(r.fields[0], it->second);
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_first_names.tsv", &records));
  for (const RuleRecord& r : records)
    if (!r.fields.empty() && !r.fields[0].empty()) first_.insert(r.fields[0]);
  WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_mined_first_names.tsv", &records));
  for (const RuleRecord& r : records)
    if (!r.fields.empty() && !r.fields[0].empty() && !stop_.count(r.fields[0]))
      first_.insert(r.fields[0]);
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
        first_.insert(s.substr(b, e - b));
      }
      b = e + 1;
    }
    ++group;
  }
  return Status::OK();
}

NameStop NameLexicon::Stop(std::string_view word) const {
  auto it = stop_.find(std::string(word));
  return it == stop_.end() ? NameStop::kNone : it->second;
}

bool NameLexicon::IsFirstName(std::string_view word) const {
  return first_.count(std::string(word)) > 0;
}

bool NameLexicon::IsCompoundWord(std::string_view word) const {
  return compound_.count(std::string(word)) > 0;
}

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
