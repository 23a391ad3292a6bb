// Analyzer: runs one story through normalise -> extract -> resolve -> claims
// (DESIGN.md, "Pipeline"), without touching a database. This is what both
// `wirefacts extract` and `wirefacts ingest` call.
//
// Claims come out with: code point offsets (body and input), their sentence,
// the time they refer to (the nearest date in the figure's clause, else one
// carried over from a sentence that opens with an anaphor such as "At that
// meeting"), the canonical actors of their sentence, and the sentence's
// attribution. Date and duration figures are claims too. An assumed dollar
// ("$5 million") is the currency of the story's place or source when
// pipeline/rules/dollar_places.tsv knows it (a Toronto dateline: CAD), still
// marked currency_assumed; otherwise USD.
#ifndef WIREFACTS_PIPELINE_ANALYZER_H_
#define WIREFACTS_PIPELINE_ANALYZER_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "model/claim.h"
#include "model/story.h"
#include "text/normalizer.h"

namespace wirefacts {

struct AnalyzedStory {
  Story story;  // metadata; story.body is the normalised body
  // Sentences and offset map of story.body; `normalized.text` is left empty
  // (story.body holds it: one copy of a body, not two).
  NormalizedText normalized;
  std::vector<Claim> claims;  // text order
  std::vector<Mention> mentions;
  std::vector<Actor> actors;
  std::vector<std::string> relays;  // outlets the story relays as a whole
  // Analyzer::AnalyzeSegments: where the segment starts in the input body.
  size_t input_begin = 0;
  // Analyzer::InputKey of the input body, when the caller sets it (the
  // ingester does; Analyze leaves it empty): the store files the story under
  // it (ClaimStore::FindUnchanged).
  std::string input_key;
};

// CPU seconds (of the calling thread) spent in each stage of Analyze,
// accumulated over calls. For benchmarks/: measuring costs a clock read per
// stage, so Analyze only measures when given one.
struct AnalyzeTimes {
  double normalize = 0;    // UTF-8 checks, mojibake, NFC, paragraphs, boilerplate, sentences
  double money = 0;        // MoneyExtractor
  double percent = 0;      // PercentExtractor
  double temporal = 0;     // TemporalScanner: dates, sets, durations (one scan)
  double actors = 0;       // ActorExtractor: gazetteer, names, aliases
  double attribution = 0;  // AttributionExtractor and credit lines
  double claims = 0;       // ClaimBuilder, dollar places, story fields
  double Total() const {
    return normalize + money + percent + temporal + actors + attribution + claims;
  }
};

// Parses an ISO 8601 date or date-time ("2019-01-18", "2019-01-18T10:00:00Z",
// "1987-02-26T15:01:01Z") into a day and minutes after midnight (-1 when no
// time is given). InvalidInput when it is not one.
Status ParsePublished(const std::string& text, std::chrono::sys_days* day, int* minutes);

class Analyzer {
 public:
  // Loads every rule set once; an Analyzer is immutable and thread-safe.
  static Status Create(const RuleFiles& rules, std::unique_ptr<Analyzer>* out);
  ~Analyzer();

  // InvalidInput when the body is not valid UTF-8, is empty after
  // normalisation, or `story.published` is missing or unparseable. The
  // message does not name the file: the caller adds story.origin.
  // `times`, when given, accumulates the CPU time of each stage. A body over
  // `segment_bytes` (0: kSegmentBytes) is analysed by AnalyzeSegments and
  // the parts joined.
  Status Analyze(const Story& story, AnalyzedStory* out, AnalyzeTimes* times = nullptr,
                 size_t segment_bytes = 0) const;

  // Normalizer::InputKey of `body`: equal keys normalise to the same text,
  // hence the same stored body.
  std::string InputKey(std::string_view body) const;

  // Bodies longer than this are analysed in segments (AnalyzeSegments).
  static constexpr size_t kSegmentBytes = size_t{1} << 20;

  // Bounded-memory analysis. A body of at most `segment_bytes` (0:
  // kSegmentBytes) is one segment and comes out exactly as Analyze gives it.
  // A longer one is cut, in the input, into segments of at most
  // `segment_bytes`: after a paragraph break (blank line) in the second half
  // of the window, else a line end, else a sentence end (". "), else a space.
  // Each segment is normalised and analysed on its own with the story's
  // context (publication date and time, source; the relays of the lead and
  // of the credit lines of the whole body; the dollar of the story's place
  // from the first segment's dateline) and handed to `sink` in order, then
  // freed: peak memory is the input plus one segment's work, whatever the
  // body's size. The segments' texts joined by "\n" are the normalised
  // body; in each part handed over, story.body is the segment's normalised
  // text (other story fields are empty), claims and mentions carry story
  // coordinates (bytes and code points of the joined body, code points of
  // the input, sentence indexes of the story), while normalized.sentences
  // and normalized.map are the segment's own, input_begin says where the
  // segment starts in the input, and actors are the segment's (the same
  // actor may come again in a later segment). Analyze joins the parts.
  //
  // What can differ from analysing the body whole: nothing crosses a cut --
  // an alias, short form, pronoun or anaphor ("the company", "he", "at that
  // meeting") in one segment does not resolve to an actor or date named only
  // in an earlier one; paragraph layout (hard-wrapped or not) and boilerplate
  // ("More to Read" drops the rest of its segment, not of the story) are
  // judged per segment; the dateline's outlet counts as the story's own only
  // in the first segment. Errors are Analyze's; a segment that is empty after
  // normalisation is skipped.
  Status AnalyzeSegments(const Story& story, const std::function<Status(AnalyzedStory&)>& sink,
                         AnalyzeTimes* times = nullptr, size_t segment_bytes = 0) const;
  // The same with `body` read in place of story.body (which is not read): a
  // body kept apart from the story, such as a mapped spool (base/spool.h).
  Status AnalyzeSegments(const Story& story, std::string_view body,
                         const std::function<Status(AnalyzedStory&)>& sink,
                         AnalyzeTimes* times = nullptr, size_t segment_bytes = 0) const;

  // Analyze over several stories at once: (*out)[i] and (*status)[i] are
  // what Analyze(*stories[i], ...) gives, the same claims byte for byte and
  // the same errors. The stories go through each stage together (every body
  // normalised, then every body's money figures, ...): a stage's compiled
  // rules and tables stay in the CPU caches across the batch rather than
  // being evicted by the other stages between one story and the next.
  // Bodies over `segment_bytes` (0: kSegmentBytes) go through Analyze on
  // their own. The batch's intermediate results are held at once: batches
  // of tens of stories, not thousands.
  void AnalyzeBatch(const std::vector<const Story*>& stories, std::vector<AnalyzedStory>* out,
                    std::vector<Status>* status, AnalyzeTimes* times = nullptr,
                    size_t segment_bytes = 0) const;

 private:
  struct Piece;
  struct SegmentState;
  // Runs every stage over `pieces`, stage by stage; a piece whose
  // normalisation fails keeps the error in its status.
  void RunStages(std::vector<Piece>* pieces, AnalyzeTimes* times) const;
  // Finishes a segment ending at input byte `b` of `body`: story context,
  // story coordinates, the normalised text moved to part->story.body. False
  // when the segment is empty after normalisation (nothing to hand over).
  bool FinishSegment(const Story& story, std::string_view body, size_t b, SegmentState* st,
                     AnalyzedStory* part, AnalyzeTimes* times) const;

  struct Impl;
  explicit Analyzer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_PIPELINE_ANALYZER_H_
