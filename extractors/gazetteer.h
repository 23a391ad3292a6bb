// Gazetteer: the known countries (with aliases and demonyms), places and
// organisations (with aliases and story-scoped short forms) of
// extractors/rules/actor_{countries,places,organizations}.tsv, and the
// organisation and place names mined from CoNLL-2003 training data
// (actor_mined_names.tsv; a curated entry wins), looked up by token key in
// hash maps (longest match first).
#ifndef WIREFACTS_EXTRACTORS_GAZETTEER_H_
#define WIREFACTS_EXTRACTORS_GAZETTEER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/actor_key_table.h"
#include "extractors/actor_tokens.h"
#include "model/claim.h"

namespace wirefacts {

struct GazetteerEntry {
  std::string canonical;  // "United States"
  ActorKind kind = ActorKind::kCountry;
  MentionForm form = MentionForm::kName;  // name | alias | demonym
  bool short_form = false;                // valid only after the actor appeared in the story
  std::string type;                       // the row's type column ("outlet", "city", ...)
};

// A known name for typo matching: a canonical name or alias (no demonyms,
// no short forms, no acronyms).
struct GazetteerName {
  std::string key;
  std::string canonical;
  ActorKind kind = ActorKind::kCountry;
};

class Gazetteer {
 public:
  // Reads the three files; InvalidInput naming file and line on a bad row.
  Status Load(const RuleFiles& rules);

  // Entries whose key equals tokens [i, i+n) for the largest n (within
  // [i, end)), or an empty list; `*len` is n. Also matches an all-upper
  // span against names case-insensitively ("JAPAN", headlines).
  const std::vector<GazetteerEntry>* LongestMatch(const std::vector<ActorToken>& tokens, size_t i,
                                                  size_t end, size_t* len) const;

  // Entries of an exact key, or nullptr.
  const std::vector<GazetteerEntry>* Find(std::string_view key) const;

  // Known names starting with byte `first` (for typo matching).
  const std::vector<GazetteerName>& NamesStartingWith(char first) const;

  // Every name and alias the rule files give an actor ("Wall Street
  // Journal", "WSJ" for "The Wall Street Journal"), canonical first; no
  // demonyms or story-scoped short forms. Empty for an unknown actor.
  const std::vector<std::string>& NamesOf(const std::string& canonical, ActorKind kind) const;

  size_t size() const { return map_.size(); }

 private:
  void Add(std::string_view name, const GazetteerEntry& e, bool typo_target);
  Status LoadFile(const RuleFiles& rules, std::string_view file, ActorKind kind);
  // name<TAB>ORG|LOC<TAB>count rows (tools/mine_conll_names.py).
  Status LoadMined(const RuleFiles& rules, std::string_view file);

  // Keys are looked up as string_views: LongestMatch into one buffer per
  // call instead of building a string per candidate length.
  KeyTable<std::vector<GazetteerEntry>> map_;
  KeyTable<std::vector<GazetteerEntry>> lower_map_;
  // First token of every key of map_ (lower_map_) -> the most tokens of a
  // key starting with it: LongestMatch tries no longer span.
  KeyTable<size_t> first_tokens_;
  KeyTable<size_t> lower_first_tokens_;
  std::vector<GazetteerName> by_letter_[256];
  KeyTable<std::vector<std::string>> names_of_;  // NamesKey(canonical, kind)
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_GAZETTEER_H_
