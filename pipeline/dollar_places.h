// DollarPlaces: which dollar a bare "$" means in a story, from the story's
// place or source (pipeline/rules/dollar_places.tsv). A Toronto dateline
// makes "$5 million" Canadian dollars; a story with no known place or source
// keeps the money extractor's assumption (USD).
#ifndef WIREFACTS_PIPELINE_DOLLAR_PLACES_H_
#define WIREFACTS_PIPELINE_DOLLAR_PLACES_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "model/story.h"

namespace wirefacts {

// The place of a dateline at the start of `body`: a run of capitals (with
// spaces, '.', '\'' and '-') ended by ',' or " (" or " -"/" —":
// "TORONTO, March 3 (Reuters) -" -> "TORONTO", "SYDNEY (AP) --" -> "SYDNEY",
// "HONG KONG, Jan 2 -" -> "HONG KONG". "" when the body opens otherwise.
std::string DatelinePlace(std::string_view body);

class DollarPlaces {
 public:
  // Reads pipeline/rules/dollar_places.tsv.
  static Status Create(const RuleFiles& rules, std::unique_ptr<DollarPlaces>* out);

  // The ISO 4217 code a bare dollar means in `story` (its `located` place
  // up to the first comma, else the dateline of `body`, else its source),
  // or "" when the rules know neither. `body` is the normalised body.
  std::string CurrencyFor(const Story& story, std::string_view body) const;

  // Rewrites every money claim whose currency is an assumed USD to
  // `currency` (currency_assumed stays true). "US$", "C$" and explicit codes
  // are not assumed and never change. Nothing happens when `currency` is "".
  static void Apply(const std::string& currency, std::vector<Claim>* claims);

 private:
  std::unordered_map<std::string, std::string> places_;   // folded name -> code
  std::unordered_map<std::string, std::string> sources_;  // folded name -> code
};

}  // namespace wirefacts

#endif  // WIREFACTS_PIPELINE_DOLLAR_PLACES_H_
