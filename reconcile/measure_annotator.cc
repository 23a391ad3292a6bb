#include "reconcile/measure_annotator.h"

#include <algorithm>

#include "text/clauses.h"

namespace wirefacts {
namespace {

std::set<std::string> SplitBar(const std::string& list) {
  std::set<std::string> out;
  size_t pos = 0;
  while (pos <= list.size()) {
    size_t bar = list.find('|', pos);
    if (bar == std::string::npos) bar = list.size();
    if (bar > pos) out.insert(list.substr(pos, bar - pos));
    pos = bar + 1;
  }
  return out;
}

}  // namespace

Status MeasureAnnotator::Create(const RuleFiles& rules, std::unique_ptr<MeasureAnnotator>* out) {
  auto a = std::make_unique<MeasureAnnotator>();
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/measures.tsv", &a->measures_));
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/events.tsv", &a->events_));
  std::vector<RuleRecord> cues;
  WF_RETURN_IF_ERROR(rules.ReadRecords("reconcile/rules/change_cues.tsv", &cues));
  for (const RuleRecord& r : cues) {
    if (r.fields.size() < 2) continue;
    std::set<std::string> words = SplitBar(r.fields[1]);
    if (r.fields[0] == "filler") a->filler_.insert(words.begin(), words.end());
    if (r.fields[0] == "before") a->before_.insert(words.begin(), words.end());
    if (r.fields[0] == "after") a->after_.insert(words.begin(), words.end());
  }
  *out = std::move(a);
  return Status::OK();
}

void MeasureAnnotator::Annotate(Claim* claim) const {
  const std::string& s = claim->sentence;
  const size_t fb =
      std::min(claim->begin - std::min(claim->begin, claim->sentence_begin), s.size());
  const size_t fe = std::min(fb + (claim->end - claim->begin), s.size());
  const std::vector<Word> words = Tokenize(s);
  const std::vector<size_t> breaks = ClauseBreaks(s, 0, s.size());
  const auto [cb, ce] = ClauseOf(breaks, 0, s.size(), fb);

  const bool is_time = claim->kind == ClaimKind::kDate || claim->kind == ClaimKind::kDuration ||
                       claim->kind == ClaimKind::kSet;
  claim->measure.clear();
  claim->events.clear();
  claim->aspect = "level";
  if (is_time) {
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].begin < cb || words[i].end > ce) continue;
      if (words[i].begin >= fb && words[i].end <= fe) continue;  // the date itself
      const std::string& g = events_.GroupAt(words, i, nullptr);
      if (!g.empty() &&
          std::find(claim->events.begin(), claim->events.end(), g) == claim->events.end())
        claim->events.push_back(g);
    }
    return;
  }

  // Measure: nearest group word, in the clause first, then the sentence.
  for (int pass = 0; pass < 2 && claim->measure.empty(); ++pass) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].begin >= fb && words[i].end <= fe) continue;  // the figure
      if (pass == 0 && (words[i].begin < cb || words[i].end > ce)) continue;
      size_t len = 0;
      const std::string& g = measures_.GroupAt(words, i, &len);
      if (g.empty()) continue;
      const size_t d = words[i].begin >= fe ? words[i].begin - fe : fb - words[i].end;
      if (d < best) {
        best = d;
        claim->measure = g;
      }
    }
  }

  // Aspect: the first non-filler word either side of the figure.
  for (size_t i = words.size(); i-- > 0;) {
    if (words[i].end > fb) continue;
    if (filler_.count(words[i].text)) continue;
    if (before_.count(words[i].text)) claim->aspect = "change";
    break;
  }
  for (size_t i = 0; i < words.size() && claim->aspect == "level"; ++i) {
    if (words[i].begin < fe) continue;
    if (filler_.count(words[i].text)) continue;
    if (after_.count(words[i].text)) claim->aspect = "change";
    break;
  }
}

}  // namespace wirefacts
