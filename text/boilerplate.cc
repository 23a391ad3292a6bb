#include "text/boilerplate.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <string>

namespace wirefacts {

struct BoilerplateFilter::Rules {
  Rules(const RE2::Options& options)
      : line(options, RE2::ANCHOR_BOTH), rest(options, RE2::ANCHOR_BOTH) {}
  RE2::Set line;
  RE2::Set rest;
  int line_count = 0;
  int rest_count = 0;
};

BoilerplateFilter::BoilerplateFilter(std::unique_ptr<Rules> rules) : rules_(std::move(rules)) {}
BoilerplateFilter::~BoilerplateFilter() = default;

Status BoilerplateFilter::Create(const RuleFiles& rules, std::unique_ptr<BoilerplateFilter>* out) {
  std::string text;
  WF_RETURN_IF_ERROR(rules.Read(kRuleFile, &text));
  return FromText(text, out).WithContext(kRuleFile);
}

Status BoilerplateFilter::FromText(std::string_view rule_text,
                                   std::unique_ptr<BoilerplateFilter>* out) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  auto r = std::make_unique<Rules>(options);
  for (const RuleRecord& rec : ParseRuleText(rule_text)) {
    const std::string where = "line " + std::to_string(rec.line);
    if (rec.fields.size() < 2 || rec.fields[1].empty()) {
      return Status::InvalidInput(where + ": expected ACTION<TAB>PATTERN");
    }
    const std::string& action = rec.fields[0];
    RE2::Set* set = nullptr;
    if (action == "line") {
      set = &r->line;
      ++r->line_count;
    } else if (action == "rest") {
      set = &r->rest;
      ++r->rest_count;
    } else {
      return Status::InvalidInput(where + ": action must be 'line' or 'rest', not '" + action +
                                  "'");
    }
    std::string error;
    if (set->Add(rec.fields[1], &error) < 0) {
      return Status::InvalidInput(where + ": bad pattern: " + error);
    }
  }
  if (r->line_count > 0 && !r->line.Compile()) {
    return Status::InvalidInput("line rules do not compile (too large)");
  }
  if (r->rest_count > 0 && !r->rest.Compile()) {
    return Status::InvalidInput("rest rules do not compile (too large)");
  }
  out->reset(new BoilerplateFilter(std::move(r)));
  return Status::OK();
}

BoilerplateAction BoilerplateFilter::Classify(std::string_view paragraph) const {
  if (paragraph.empty() || paragraph.size() > kMaxBoilerplateBytes) {
    return BoilerplateAction::kKeep;
  }
  if (rules_->rest_count > 0 && rules_->rest.Match(paragraph, nullptr)) {
    return BoilerplateAction::kDropRest;
  }
  if (rules_->line_count > 0 && rules_->line.Match(paragraph, nullptr)) {
    return BoilerplateAction::kDropLine;
  }
  return BoilerplateAction::kKeep;
}

int BoilerplateFilter::Filter(const TrackedText& in, TrackedText* out) const {
  const std::string_view s = in.text;
  out->Reset(s.size());
  int dropped = 0;
  bool first = true;
  size_t kept_end = 0;  // past the last paragraph kept
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    const BoilerplateAction action = Classify(s.substr(pos, nl - pos));
    if (action == BoilerplateAction::kDropRest && pos * 2 >= s.size()) {
      for (size_t p = pos; p < s.size(); p = s.find('\n', p) + 1) {
        ++dropped;
        if (s.find('\n', p) == std::string_view::npos) break;
      }
      break;
    }
    if (action != BoilerplateAction::kKeep) {
      ++dropped;
    } else {
      if (!first) out->AppendMapped("\n", in.src[kept_end]);
      out->AppendCopy(in, pos, nl - pos);
      kept_end = nl;
      first = false;
    }
    pos = nl + 1;
  }
  // The end maps past the last paragraph kept.
  out->Finish(in.src[kept_end]);
  return dropped;
}

}  // namespace wirefacts
