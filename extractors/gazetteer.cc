#include "extractors/gazetteer.h"

#include <algorithm>

namespace wirefacts {
namespace {

bool AllUpperWords(const std::vector<ActorToken>& t, size_t b, size_t e) {
  bool any = false;
  for (size_t i = b; i < e; ++i) {
    if (!t[i].word) continue;
    if (!t[i].upper) return false;
    any = true;
  }
  return any;
}

// The key of names_of_: "canonical<TAB>kind", built in `buf`.
std::string_view NamesKey(std::string_view canonical, ActorKind kind, std::string* buf) {
  buf->assign(canonical);
  *buf += '\t';
  *buf += std::to_string(static_cast<int>(kind));
  return *buf;
}

}  // namespace

const std::vector<std::string>& Gazetteer::NamesOf(const std::string& canonical,
                                                   ActorKind kind) const {
  static const std::vector<std::string> kNone;
  thread_local std::string key;
  const std::vector<std::string>* names = names_of_.Find(NamesKey(canonical, kind, &key));
  return names == nullptr ? kNone : *names;
}

void Gazetteer::Add(std::string_view name, const GazetteerEntry& e, bool typo_target) {
  std::string key = NameKey(name);
  if (key.empty()) return;
  auto& list = map_[key];
  for (const GazetteerEntry& x : list)
    if (x.canonical == e.canonical && x.form == e.form && x.short_form == e.short_form) return;
  // A name already taken by another actor keeps its first owner, except that
  // short forms may be shared (resolved by which actor the story named).
  if (!list.empty() && !e.short_form && !list.front().short_form) return;
  list.push_back(e);
  lower_map_[LowerAscii(key)].push_back(e);
  if (e.form != MentionForm::kDemonym && !e.short_form) {
    std::string buf;
    std::vector<std::string>& names = names_of_[NamesKey(e.canonical, e.kind, &buf)];
    if (std::find(names.begin(), names.end(), key) == names.end()) names.push_back(key);
  }
  std::vector<ActorToken> toks = TokenizeForActors(key, nullptr);
  size_t& most = first_tokens_[toks.front().norm];
  most = std::max(most, toks.size());
  size_t& lower_most = lower_first_tokens_[LowerAscii(toks.front().norm)];
  lower_most = std::max(lower_most, toks.size());
  if (typo_target && e.form != MentionForm::kDemonym && !e.short_form) {
    bool acronym = toks.size() == 1 && (toks[0].upper || toks[0].norm.size() < 4);
    if (!acronym) {
      by_letter_[static_cast<unsigned char>(key[0])].push_back({key, e.canonical, e.kind});
    }
  }
}

Status Gazetteer::LoadFile(const RuleFiles& rules, std::string_view file, ActorKind kind) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(file, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.empty() || r.fields[0].empty())
      return Status::InvalidInput(std::string(file) + ":" + std::to_string(r.line) +
                                  ": missing canonical name");
    const std::string& canonical = r.fields[0];
    auto field = [&](size_t i) -> std::string {
      return i < r.fields.size() ? r.fields[i] : std::string();
    };
    std::vector<std::string> aliases, demonyms, shorts;
    std::string type;
    if (kind == ActorKind::kCountry) {
      aliases = SplitRuleList(field(2));
      demonyms = SplitRuleList(field(3));
      type = "country";
    } else if (kind == ActorKind::kPlace) {
      type = field(1);
      aliases = SplitRuleList(field(3));
    } else {
      type = field(1);
      aliases = SplitRuleList(field(2));
      shorts = SplitRuleList(field(3));
    }
    GazetteerEntry e;
    e.canonical = canonical;
    e.kind = kind;
    e.type = type;
    auto add_with_article = [&](const std::string& name, MentionForm form, bool short_form) {
      GazetteerEntry x = e;
      x.form = form;
      x.short_form = short_form;
      Add(name, x, !short_form);
      std::string_view rest;
      if (name.rfind("The ", 0) == 0 || name.rfind("the ", 0) == 0) {
        rest = std::string_view(name).substr(4);
        std::string other = (name[0] == 'T' ? "the " : "The ") + std::string(rest);
        Add(other, x, false);
        // "The Wall Street Journal" also as "Wall Street Journal"; a
        // one-word remainder ("The Economist" -> "Economist") is too common.
        if (name[0] == 'T' && !short_form && rest.find(' ') != std::string_view::npos) {
          GazetteerEntry y = x;
          y.form = MentionForm::kAlias;
          Add(rest, y, true);
        }
      }
    };
    add_with_article(canonical, MentionForm::kName, false);
    for (const std::string& a : aliases) add_with_article(a, MentionForm::kAlias, false);
    for (const std::string& d : demonyms) add_with_article(d, MentionForm::kDemonym, false);
    for (const std::string& s : shorts) add_with_article(s, MentionForm::kAlias, true);
  }
  return Status::OK();
}

Status Gazetteer::Load(const RuleFiles& rules) {
  WF_RETURN_IF_ERROR(LoadFile(rules, "extractors/rules/actor_countries.tsv", ActorKind::kCountry));
  WF_RETURN_IF_ERROR(LoadFile(rules, "extractors/rules/actor_places.tsv", ActorKind::kPlace));
  WF_RETURN_IF_ERROR(
      LoadFile(rules, "extractors/rules/actor_organizations.tsv", ActorKind::kOrganization));
  return LoadMined(rules, "extractors/rules/actor_mined_names.tsv");
}

Status Gazetteer::LoadMined(const RuleFiles& rules, std::string_view file) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(file, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2 || r.fields[0].empty() ||
        (r.fields[1] != "ORG" && r.fields[1] != "LOC"))
      return Status::InvalidInput(std::string(file) + ":" + std::to_string(r.line) +
                                  ": expected name<TAB>ORG|LOC");
    GazetteerEntry e;
    e.canonical = r.fields[0];
    e.kind = r.fields[1] == "ORG" ? ActorKind::kOrganization : ActorKind::kPlace;
    e.type = "mined";
    // Loaded last: a name the curated files know (even as a story-scoped
    // short form, "the Journal") keeps its meaning there.
    std::string key = NameKey(e.canonical);
    if (map_.count(key) || map_.count("the " + key) || map_.count("The " + key)) continue;
    Add(e.canonical, e, /*typo_target=*/false);
  }
  return Status::OK();
}

const std::vector<GazetteerEntry>* Gazetteer::LongestMatch(const std::vector<ActorToken>& tokens,
                                                           size_t i, size_t end,
                                                           size_t* len) const {
  *len = 0;
  if (i >= end) return nullptr;
  size_t exact_most = 0, upper_most = 0;
  if (const size_t* most = first_tokens_.Find(tokens[i].norm)) exact_most = *most;
  if (tokens[i].upper) {
    if (const size_t* most = lower_first_tokens_.Find(LowerAscii(tokens[i].norm)))
      upper_most = *most;
  }
  if (exact_most == 0 && upper_most == 0) return nullptr;
  const size_t last = std::min(end, i + std::max(exact_most, upper_most));
  // The key of [i, last) once; the key of [i, e) is its prefix of ends[e-i-1]
  // bytes (TokenKey's joining).
  thread_local std::string key;
  thread_local std::string lower;
  thread_local std::vector<size_t> ends;
  key.clear();
  ends.clear();
  for (size_t k = i; k < last; ++k) {
    if (k > i && tokens[k].space_before) key.push_back(' ');
    key += tokens[k].norm;
    ends.push_back(key.size());
  }
  if (upper_most > 0) lower = LowerAscii(key);
  for (size_t e = last; e > i; --e) {
    if (tokens[e - 1].norm == "-" || tokens[e - 1].norm == "&") continue;
    const size_t n = e - i;
    const size_t bytes = ends[n - 1];
    if (n <= exact_most) {
      if (const auto* entries = map_.Find(std::string_view(key).substr(0, bytes))) {
        *len = n;
        return entries;
      }
    }
    if (n <= upper_most && AllUpperWords(tokens, i, e)) {
      const auto* entries = lower_map_.Find(std::string_view(lower).substr(0, bytes));
      // Only multi-letter names: "US" in capitals stays "US" above.
      if (entries != nullptr && bytes > 3) {
        *len = n;
        return entries;
      }
    }
  }
  return nullptr;
}

const std::vector<GazetteerEntry>* Gazetteer::Find(std::string_view key) const {
  return map_.Find(key);
}

const std::vector<GazetteerName>& Gazetteer::NamesStartingWith(char first) const {
  return by_letter_[static_cast<unsigned char>(first)];
}

}  // namespace wirefacts
