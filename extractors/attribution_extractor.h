// AttributionExtractor: finds, per sentence, whom the sentence credits
// ("X said", "said X", "according to X", "X told Y", "X reported, citing Y",
// "people familiar with the matter"), and which outlets the story relays as a
// whole ("Bloomberg reported on Friday, citing ..." in the lead).
//
// It reads the story's actor mentions so that speakers are canonical actors
// ("Mnuchin said" -> "Steven Mnuchin"; "he said" -> the last person named,
// or the one unnamed person credited since ("a company spokesman"); "it
// said" and "the company said" -> the organisation the story last credited,
// the subject of wire copy, else the outlet the lead relays, else the
// organisation the lead opens with; "they said" -> the nearest group of
// people named or credited, never an organisation nor one person).
// Two sources of one cue are both credited, written "<first> and <second>"
// ("Jane Doe and John Roe said", "Acme Corp and its bankers said"; see
// CreditsActor in model/claim.h).
// A name no actor list knows that opens a clause right before "said",
// "says", "told", "noted", "stated" or "announced" is the source as written
// ("Construction fell three pct, Dodge said": "Dodge"), or the organisation
// of the story whose name holds it ("Hardie said": James Hardie Industries
// Ltd); never a determiner,
// a pronoun, a month or a word the cue may follow as an adjective ("Total
// estimated output"). "the central bank", "the federal agency": the
// organisation whose name holds the words, else as written ("the
// Duluth-based company": the organisation the story last credited); "the
// report said": the organisation the story last credited.
// Unnamed sources are canonicalised as "people familiar with <X>" when the
// text says familiar with / briefed on, otherwise kept as written
// ("officials", "a Republican senator"); "one of the people" refers back to
// the story's earlier unnamed source. A group an outlet polled is the source,
// not the outlet ("economists polled by Reuters said", "according to a
// Reuters survey of 20 economists" -> "20 economists").
#ifndef WIREFACTS_EXTRACTORS_ATTRIBUTION_EXTRACTOR_H_
#define WIREFACTS_EXTRACTORS_ATTRIBUTION_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/actor_extractor.h"
#include "extractors/extraction.h"
#include "model/claim.h"

namespace wirefacts {

struct SentenceAttribution {
  int sentence = 0;  // index into DocumentView::sentences
  // Bytes of DocumentView::text: the attribution phrase ("Treasury Secretary
  // Steve Mnuchin said", "according to the Journal"). For quoted speech that
  // inherits its speaker, the phrase of the sentence it inherits from.
  size_t begin = 0, end = 0;
  Attribution attribution;
};

struct AttributionResult {
  // At most one per sentence: the attribution that governs the sentence's
  // figures. Quoted speech continuing a named speaker's quote inherits it.
  std::vector<SentenceAttribution> sentences;
  // Outlets this story relays as a whole (canonical names), e.g. a Reuters
  // story whose lead (first two sentences) says "Bloomberg reported". The
  // story's own outlet (DocumentView::source, or its dateline "(Reuters) -")
  // is never a relay.
  std::vector<std::string> relays;
};

class AttributionExtractor {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<AttributionExtractor>* out);
  ~AttributionExtractor();

  // Thread-safe. Also appends the outlets named by the credit lines of
  // doc.text (see CreditRelays) to out->relays.
  void Extract(const DocumentView& doc, const ActorResult& actors, AttributionResult* out) const;

  // Appends to `relays` (canonical names, no duplicates) the outlets the
  // credit lines of `text` say the story relays as a whole: "(Bloomberg) --"
  // under another outlet's `own` name, "By Jane Doe, Associated Press",
  // "Reporting by Bloomberg News", "This story was first published by X",
  // a closing "-- Bloomberg" (rules: extractors/rules/attribution_credits.tsv).
  // `text` is a story body, as given or normalised (the normaliser drops
  // credit lines such as "Reporting by ..." as boilerplate, so callers pass
  // the input too). Only the first 4 and last 8 non-empty lines are read.
  // `own` is the story's outlet ("" when unknown); it is never a relay.
  // Thread-safe.
  void CreditRelays(std::string_view text, std::string_view own,
                    std::vector<std::string>* relays) const;

  // The one name relays use for an outlet ("AP" -> "Associated Press",
  // "Bloomberg News" -> "Bloomberg"); other names are returned unchanged.
  std::string CanonicalOutlet(std::string_view name) const;

 private:
  struct Impl;
  explicit AttributionExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ATTRIBUTION_EXTRACTOR_H_
