#include "extractors/actor_titles.h"

#include <algorithm>

namespace wirefacts {

std::string TitleTable::Key(const std::vector<ActorToken>& t, size_t b, size_t e) {
  return LowerAscii(TokenKey(t, b, e));
}

Status TitleTable::Load(const RuleFiles& rules) {
  const char* kFile = "extractors/rules/actor_titles.tsv";
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kFile, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2 || r.fields[0].empty())
      return Status::InvalidInput(std::string(kFile) + ":" + std::to_string(r.line) +
                                  ": expected title<TAB>class");
    TitleClass cls;
    if (r.fields[1] == "office")
      cls = TitleClass::kOffice;
    else if (r.fields[1] == "role")
      cls = TitleClass::kRole;
    else if (r.fields[1] == "honorific")
      cls = TitleClass::kHonorific;
    else
      return Status::InvalidInput(std::string(kFile) + ":" + std::to_string(r.line) +
                                  ": unknown class \"" + r.fields[1] + "\"");
    bool portfolio = r.fields.size() > 2 && r.fields[2] == "yes";
    std::vector<std::string> forms = {r.fields[0]};
    // "Sen." also as "Sen".
    if (r.fields[0].size() > 1 && r.fields[0].back() == '.')
      forms.push_back(r.fields[0].substr(0, r.fields[0].size() - 1));
    for (const std::string& f : forms) {
      std::vector<ActorToken> t = TokenizeForActors(f, nullptr);
      if (t.empty()) continue;
      std::string key = Key(t, 0, t.size());
      titles_.emplace(key, cls);
      if (portfolio) portfolio_.insert(key);
      first_tokens_.insert(LowerAscii(t[0].norm));
      max_tokens_ = std::max(max_tokens_, t.size());
    }
  }
  return Status::OK();
}

TitleMatch TitleTable::Exact(const std::vector<ActorToken>& t, size_t i, size_t end) const {
  TitleMatch m;
  if (i >= end || !t[i].word || !first_tokens_.count(LowerAscii(t[i].norm))) return m;
  for (size_t e = std::min(end, i + max_tokens_); e > i; --e) {
    auto it = titles_.find(Key(t, i, e));
    if (it != titles_.end()) {
      m.len = e - i;
      m.cls = it->second;
      return m;
    }
  }
  return m;
}

}  // namespace wirefacts
