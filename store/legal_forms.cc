#include "store/legal_forms.h"

#include <vector>

#include "store/actor_match.h"

namespace wirefacts {
namespace {

constexpr char kFormsFile[] = "store/rules/legal_forms.tsv";

}  // namespace

Status LegalForms::Load(const RuleFiles& rules, LegalForms* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kFormsFile, &records));
  out->forms_.clear();
  for (const RuleRecord& r : records) {
    const std::string& form = r.fields.empty() ? std::string() : r.fields[0];
    const std::string key = AliasKey(form);
    if (key.empty() || key.find(' ') != std::string::npos)
      return Status::InvalidInput(std::string(kFormsFile) + ":" + std::to_string(r.line) +
                                  ": a legal form is one word");
    out->forms_.insert(key);
  }
  return Status::OK();
}

bool LegalForms::OnlyLegalForms(std::string_view rest) const {
  int words = 0;
  while (!rest.empty()) {
    const size_t space = rest.find(' ');
    const std::string_view word = rest.substr(0, space);
    if (word.empty() || ++words > kMaxWords || forms_.find(word) == forms_.end()) return false;
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
  }
  return words > 0;
}

std::string LegalForms::WithoutLegalForms(std::string_view key, std::string* last) const {
  std::string_view rest = key;
  std::string_view last_form;
  for (int words = 0; words < kMaxWords; ++words) {
    const size_t space = rest.rfind(' ');
    if (space == std::string_view::npos) break;  // the name itself is never stripped
    const std::string_view word = rest.substr(space + 1);
    if (forms_.find(word) == forms_.end()) break;
    if (last_form.empty()) last_form = word;
    rest = rest.substr(0, space);
  }
  if (last_form.empty()) return "";
  if (last) {
    *last = std::string(last_form);
    if (!last->empty() && last->back() == '.') last->pop_back();
  }
  return std::string(rest);
}

}  // namespace wirefacts
