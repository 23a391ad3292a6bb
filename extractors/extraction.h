// What extractors return, and the document view they read.
//
// Every extractor is constructed once from RuleFiles (rules are data, compiled
// to RE2 at Create time, never per story), is immutable afterwards, and is
// safe to call from several threads. Extractors return spans with values and
// never touch the database.
#ifndef WIREFACTS_EXTRACTORS_EXTRACTION_H_
#define WIREFACTS_EXTRACTORS_EXTRACTION_H_

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "model/claim.h"
#include "text/normalizer.h"

namespace wirefacts {

// The document an extractor reads: normalised text with its sentences, and
// the publication time that relative dates resolve against.
struct DocumentView {
  std::string_view text;
  const std::vector<Sentence>* sentences = nullptr;
  std::chrono::sys_days published{};  // the document creation date
  int published_minutes = -1;         // minutes after midnight, -1 unknown
  // The story's own outlet ("Reuters"), "" when unknown. Attribution never
  // counts it as a relayed source ("two people told Reuters" in a Reuters
  // story credits the people).
  std::string_view source;
};

// One figure found in the text: [begin, end) are bytes of DocumentView::text.
struct Extraction {
  ClaimKind kind = ClaimKind::kMoney;
  size_t begin = 0;
  size_t end = 0;
  Value value;
  std::string rule;  // the rule that fired, for debugging and evaluation
};

// Index of the sentence containing byte `pos` (the last sentence starting at
// or before it); 0 when there are none.
int SentenceAt(const std::vector<Sentence>& sentences, size_t pos);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_EXTRACTION_H_
