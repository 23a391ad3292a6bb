// TitleTable: person titles of extractors/rules/actor_titles.tsv ("Vice
// Premier", "Treasury Secretary", "chief economist", "Mr."), matched
// case-insensitively at a token, with optional capitalised portfolio words
// before titles that take them ("Commerce Secretary", "Foreign Minister").
#ifndef WIREFACTS_EXTRACTORS_ACTOR_TITLES_H_
#define WIREFACTS_EXTRACTORS_ACTOR_TITLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/actor_key_table.h"
#include "extractors/actor_tokens.h"

namespace wirefacts {

enum class TitleClass { kOffice, kRole, kHonorific };

struct TitleMatch {
  size_t len = 0;  // tokens, portfolio words included
  TitleClass cls = TitleClass::kOffice;
};

class TitleTable {
 public:
  Status Load(const RuleFiles& rules);

  // The longest title starting at token i (not past `end`), or len 0.
  // Portfolio words must be capitalised words; `is_name_word` lets the
  // caller refuse a word (a country, a stop word) as a portfolio word.
  template <typename Pred>
  TitleMatch Match(const std::vector<ActorToken>& t, size_t i, size_t end,
                   Pred is_portfolio_word) const {
    TitleMatch best = Exact(t, i, end);
    for (size_t k = 1; k <= 2 && i + k < end; ++k) {
      if (!t[i + k - 1].word || !t[i + k - 1].cap || !is_portfolio_word(i + k - 1)) break;
      TitleMatch m = Exact(t, i + k, end);
      if (m.len > 0 && portfolio_.count(Key(t, i + k, i + k + m.len)) && m.len + k > best.len) {
        best = m;
        best.len += k;
      }
    }
    return best;
  }

  // The longest listed title at token i, without portfolio words.
  TitleMatch Exact(const std::vector<ActorToken>& t, size_t i, size_t end) const;

  // The most tokens a Match can span (the longest title and two portfolio
  // words).
  size_t MaxSpan() const { return max_tokens_ + 2; }

 private:
  // Whether a title can start with the token `norm` (its lower-case form is
  // a first token of a title).
  bool MayStart(std::string_view norm) const;
  static std::string Key(const std::vector<ActorToken>& t, size_t b, size_t e);
  KeyTable<TitleClass> titles_;  // lower-case keys
  KeySet portfolio_;
  KeySet capital_only_;  // titles that need a capital on their first word
  KeySet first_tokens_;
  size_t max_tokens_ = 1;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ACTOR_TITLES_H_
