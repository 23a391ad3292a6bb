// MeasureAnnotator: decides what a claim measures, so the reconciler compares
// only like with like (DESIGN.md, "same quantity").
//
//  - measure (money, percent): the group (reconcile/rules/measures.tsv) of
//    the head word nearest the figure in its own clause, else in its
//    sentence; "" when the sentence names none (such a claim is never
//    related: precision over recall).
//    Qualifiers just before that head word (reconcile/rules/qualifiers.tsv)
//    join it: "spot market prices" -> "price:spot".
//  - aspect: "change" when change cues (reconcile/rules/change_cues.tsv)
//    stand right before or after the figure ("raise imports by $X", "$X in
//    additional commitments"), else "level"; "forecast level" / "forecast
//    change" when the clause says it is expected, planned or estimated;
//    "prior" for the earlier value a figure is compared with ("from $4
//    billion"); "portion" for a money figure that is part of a larger one
//    ("68 billion dlrs of its 108 billion dlr debt") or one item of a list
//    of parts ("the deal includes ... and 522 mln dlrs worth of stock") --
//    reconcile/rules/aspects.tsv.
//    A small amount after another currency's name in its clause ("the
//    dollar fell to 144.60 yen") is that currency's price: measure
//    "exchange_rate:<code>" (reconcile/rules/currency_names.tsv).
//    Head words after an infinitive following the figure ("three mln dlrs
//    to offset the loss") say what the money is for and are passed over.
//  - events (date, duration): the event groups (reconcile/rules/events.tsv)
//    of the first event word on each side of the date in its clause, within
//    eight words not counting capitalised ones ("tariffs were the main
//    topic when he arrived for talks with Reagan on Wednesday": talks, not
//    tariffs; "last week's earthquake" after "talks": none).
#ifndef WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_
#define WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_

#include <memory>
#include <set>
#include <string>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "reconcile/word_groups.h"

namespace wirefacts {

class MeasureAnnotator {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<MeasureAnnotator>* out);

  // Sets claim->measure, aspect and events from claim->sentence and the
  // figure's position in it (claim->begin - claim->sentence_begin).
  void Annotate(Claim* claim) const;

  // Which side of a balance the figure's head word takes: "surplus"
  // ("surplus", "in favour"), "deficit" ("deficit", "shortfall"), or ""
  // (neutral: "imbalance", "trade gap", or not a balance) --
  // reconcile/rules/aspects.tsv groups side_surplus and side_deficit.
  std::string Side(const Claim& claim) const;

  // Which way a change goes: "up" when the figure's clause, up to the word
  // right after the figure, has words of reconcile/rules/change_cues.tsv's
  // `up` row only ("raising its price by 0.50 cent", "a 5 pct increase"),
  // "down" for its `down` row only ("lowering its price by 0.50 cent"), ""
  // when it has neither or both.
  std::string Direction(const Claim& claim) const;

  // For a stake stated as "<Company>, 95 pct owned by <Parent>": the
  // capitalised words of the clause before the figure's (the company
  // held), "" when the figure is not followed by an `owned_by` word
  // (reconcile/rules/aspects.tsv) or no clause precedes it.
  std::string OwnedCompany(const Claim& claim) const;

 private:
  // The index of the measure's head word in `words` and its group; SIZE_MAX
  // and "" when the sentence names none.
  size_t FindHead(const Claim& claim, const std::vector<Word>& words, size_t fb, size_t fe,
                  size_t cb, size_t ce, std::string* group) const;

  // The start of an infinitive after the figure ("... dlrs to offset the
  // loss"), whose words say what the money is for; SIZE_MAX when none.
  size_t PurposeStart(const std::string& s, const std::vector<Word>& words, size_t fe) const;

  // For an exchange rate ("the dollar fell to 144.60 yen"): the index of the
  // other currency named before the figure in its clause (from `cb`) and
  // its code; SIZE_MAX when the figure is no small money amount
  // (tolerance::kMaxExchangeRate) or its clause names no other currency.
  size_t PricedCurrency(const Claim& claim, const std::vector<Word>& words, size_t fb, size_t cb,
                        std::string* code) const;

  WordGroups measures_;
  WordGroups currencies_;  // reconcile/rules/currency_names.tsv: ISO code -> names
  WordGroups events_;
  WordGroups qualifiers_;
  WordGroups aspect_words_;  // groups "forecast", "prior", "portion", "determiner"
  std::set<std::string> filler_, before_, after_, up_, down_;
  std::set<std::string> stock_;         // measure groups a figure can be a portion of
  std::set<std::string> percent_only_;  // measure groups money figures never take
  std::set<std::string> quote_;         // measure groups of market quotes
  std::set<std::string> before_only_;   // qualifiers that count only before the head
};

}  // namespace wirefacts

#endif  // WIREFACTS_RECONCILE_MEASURE_ANNOTATOR_H_
