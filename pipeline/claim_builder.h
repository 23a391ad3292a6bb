// ClaimBuilder: turns one story's extractions into claims (DESIGN.md, "Claim
// model"). It decides, for each figure:
//  - its sentence and code point offsets (in the body and in the input);
//  - the time it refers to: the nearest date in the figure's own clause
//    (clauses end at , ; : — – and parentheses) with no other figure in
//    between, else -- when the sentence opens with an anaphor such as "At
//    that meeting" (pipeline/rules/time_anaphors.tsv) -- the last date of the
//    previous sentence, else -- when the sentence opens with a time clause
//    such as "In 1986," (pipeline/rules/time_openings.tsv) and the figure's
//    clause follows it, not as a comparison ("from $7 million") nor after
//    a verb of saying -- that clause's date. A date right after a verb of saying ("said on
//    Monday", pipeline/rules/speech_verbs.tsv) dates the saying and is
//    never a figure's time;
//  - the canonical actors named in its sentence, with their role: "subject"
//    when named in the figure's own clause, "benchmark" or "counterpart"
//    when named there only as what the figure is compared with or traded
//    with (pipeline/rules/actor_roles.tsv), "speaker" when credited with it,
//    "" otherwise. A country named inside a money figure ("13.6 billion
//    U.S. dlrs") is its currency, not an actor of the sentence;
//  - the sentence's attribution.
// Overlapping extractions are resolved first: money > percent > duration >
// date > set, then the longer span.
#ifndef WIREFACTS_PIPELINE_CLAIM_BUILDER_H_
#define WIREFACTS_PIPELINE_CLAIM_BUILDER_H_

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/actor_extractor.h"
#include "extractors/attribution_extractor.h"
#include "extractors/extraction.h"
#include "model/claim.h"
#include "text/normalizer.h"

namespace wirefacts {

class ClaimBuilder {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<ClaimBuilder>* out);

  // `input` is the body as given (for source offsets); `figures` may overlap
  // and be in any order. Fills `claims` (text order) and the code point
  // offsets of `mentions`.
  void Build(const NormalizedText& text, std::string_view input, std::vector<Extraction> figures,
             const ActorResult& actors, const AttributionResult& attributions,
             std::vector<Claim>* claims, std::vector<Mention>* mentions) const;

  // Exposed for tests: drops overlapping extractions by the priority above
  // and returns the rest in text order.
  static std::vector<Extraction> ResolveOverlaps(std::vector<Extraction> figures);

 private:
  // True when the date at [begin, ...) follows a verb of saying.
  bool DatesSaying(std::string_view text, size_t begin) const;

  // True when `date` is what a figure before it is compared with: it follows
  // a word of time_comparisons.tsv ("rose 5 pct over the same period last
  // year"), and is neither a span nor, after "from", a day or the start of a
  // span ("from February 1", "from 1981 to 1985").
  bool ComparisonBase(std::string_view text, const Extraction& date) const;

  // The date of the sentence's opening time clause for `figure`, whose
  // clause starts at `clause_first`, or null (see the header comment).
  const Extraction* OpeningTimeOf(std::string_view text, const Sentence& sentence,
                                  const std::vector<size_t>& breaks, size_t clause_first,
                                  const Extraction& figure,
                                  const std::vector<const Extraction*>& dates,
                                  const std::vector<Extraction>& figures) const;

  // True when the name at [begin, end) is the bank arranging an issue: one
  // of the `intermediary_before` phrases of actor_roles.tsv right before it
  // ("via Drexel", not "via Drexel securities"), or an `intermediary_after`
  // one right after it ("First Boston gave the issue"), in its sentence.
  bool Intermediary(std::string_view text, size_t begin, size_t end) const;

  // The role of mention [begin, end) in the clause of `figure` (both in
  // one clause): "benchmark", "counterpart" or "subject".
  std::string RoleInClause(std::string_view text, const Extraction& figure, size_t begin,
                           size_t end) const;

  std::vector<std::string> anaphors_;       // lower-case sentence openings
  std::vector<std::string> speech_verbs_;   // lower case
  std::vector<std::string> time_openings_;  // lower case
  std::set<std::string> comparison_words_;  // time_comparisons.tsv
  std::vector<std::string> introductory_;   // lower-case first words
  // pipeline/rules/actor_roles.tsv
  std::set<std::string> benchmark_, counterpart_, skip_, reset_;
  // Phrases (lower-case words) before and after an intermediary's name.
  std::vector<std::vector<std::string>> intermediary_before_, intermediary_after_;
  size_t window_ = 6;
};

}  // namespace wirefacts

#endif  // WIREFACTS_PIPELINE_CLAIM_BUILDER_H_
