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
    bool capital = r.fields.size() > 3 && r.fields[3] == "capital";
    std::vector<std::string> forms = {r.fields[0]};
    // "Sen." also as "Sen".
    if (r.fields[0].size() > 1 && r.fields[0].back() == '.')
      forms.push_back(r.fields[0].substr(0, r.fields[0].size() - 1));
    for (const std::string& f : forms) {
      std::vector<ActorToken> t = TokenizeForActors(f, nullptr);
      if (t.empty()) continue;
      std::string key = Key(t, 0, t.size());
      if (titles_.count(key) == 0) titles_[key] = cls;  // the first row wins
      if (portfolio) portfolio_.insert(key);
      if (capital) capital_only_.insert(key);
      first_tokens_.insert(LowerAscii(t[0].norm));
      max_tokens_ = std::max(max_tokens_, t.size());
    }
  }
  return Status::OK();
}

bool TitleTable::MayStart(std::string_view norm) const {
  // Lower-cased into a buffer on the stack: most tokens start no title and
  // are turned away by first_tokens_ (its first-two-bytes bitmap, mostly)
  // without a key string being built.
  char buf[64];
  if (norm.size() > sizeof buf) return first_tokens_.count(LowerAscii(norm)) > 0;
  for (size_t k = 0; k < norm.size(); ++k) {
    const char c = norm[k];
    buf[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return first_tokens_.count(std::string_view(buf, norm.size())) > 0;
}

TitleMatch TitleTable::Exact(const std::vector<ActorToken>& t, size_t i, size_t end) const {
  TitleMatch m;
  if (i >= end || !t[i].word || !MayStart(t[i].norm)) return m;
  // Key(t, i, e) for every e at once: the key of the longest span, the
  // shorter ones its prefixes (TokenKey's joining; lower-casing is per byte).
  thread_local std::string key;
  thread_local std::vector<size_t> ends;
  auto append_lower = [&](std::string_view s) {
    for (char c : s) key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    ends.push_back(key.size());
  };
  key.clear();
  ends.clear();
  append_lower(t[i].norm);
  const size_t last = std::min(end, i + max_tokens_);
  for (size_t k = i + 1; k < last; ++k) {
    if (t[k].space_before) key.push_back(' ');
    append_lower(t[k].norm);
  }
  for (size_t e = last; e > i; --e) {
    const std::string_view k = std::string_view(key).substr(0, ends[e - i - 1]);
    if (const TitleClass* cls = titles_.Find(k)) {
      if (!t[i].cap && capital_only_.count(k)) continue;
      m.len = e - i;
      m.cls = *cls;
      return m;
    }
  }
  return m;
}

}  // namespace wirefacts
