#include "pipeline/analyzer.h"

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "base/iso_date.h"
#include "base/utf8.h"

#include "extractors/actor_extractor.h"
#include "extractors/attribution_extractor.h"
#include "extractors/money_extractor.h"
#include "extractors/percent_extractor.h"
#include "extractors/temporal_scanner.h"
#include "pipeline/claim_builder.h"
#include "pipeline/dollar_places.h"

namespace wirefacts {
namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Adds the CPU time since the last Lap() to one stage of AnalyzeTimes; does
// nothing without one.
class StageClock {
 public:
  explicit StageClock(AnalyzeTimes* times) : times_(times), last_(times ? ThreadCpuSeconds() : 0) {}
  void Lap(double AnalyzeTimes::*stage) {
    if (times_ == nullptr) return;
    const double now = ThreadCpuSeconds();
    times_->*stage += now - last_;
    last_ = now;
  }

 private:
  AnalyzeTimes* times_;
  double last_;
};

}  // namespace

Status ParsePublished(const std::string& text, std::chrono::sys_days* day, int* minutes) {
  if (text.empty()) return Status::InvalidInput("no publication date");
  if (!IsIsoDateTime(text))
    return Status::InvalidInput("unparseable publication date '" + text + "'");
  int y = 0, m = 0, d = 0, hh = -1, mm = -1;
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &m, &d, &consumed) != 3 || consumed != 10)
    return Status::InvalidInput("unparseable publication date '" + text + "'");
  if (text.size() > 10) {
    if ((text[10] != 'T' && text[10] != ' ') ||
        std::sscanf(text.c_str() + 11, "%2d:%2d", &hh, &mm) != 2 || hh > 23 || mm > 59 || hh < 0 ||
        mm < 0)
      return Status::InvalidInput("unparseable publication date '" + text + "'");
  }
  const std::chrono::year_month_day ymd{std::chrono::year{y},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok())
    return Status::InvalidInput("publication date '" + text + "' is not a calendar date");
  *day = std::chrono::sys_days{ymd};
  *minutes = hh >= 0 ? hh * 60 + mm : -1;
  return Status::OK();
}

struct Analyzer::Impl {
  std::unique_ptr<Normalizer> normalizer;
  std::unique_ptr<MoneyExtractor> money;
  std::unique_ptr<PercentExtractor> percent;
  // DateExtractor and DurationExtractor each run this same scan and keep
  // their own kinds; the analyzer scans once and splits the kinds itself.
  std::unique_ptr<TemporalScanner> temporal;
  std::unique_ptr<ActorExtractor> actors;
  std::unique_ptr<AttributionExtractor> attribution;
  std::unique_ptr<ClaimBuilder> builder;
  std::unique_ptr<DollarPlaces> dollars;
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Analyzer::~Analyzer() = default;

Status Analyzer::Create(const RuleFiles& rules, std::unique_ptr<Analyzer>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(Normalizer::Create(rules, &impl->normalizer));
  WF_RETURN_IF_ERROR(MoneyExtractor::Create(rules, &impl->money));
  WF_RETURN_IF_ERROR(PercentExtractor::Create(rules, &impl->percent));
  WF_RETURN_IF_ERROR(TemporalScanner::Create(rules, &impl->temporal));
  WF_RETURN_IF_ERROR(ActorExtractor::Create(rules, &impl->actors));
  WF_RETURN_IF_ERROR(AttributionExtractor::Create(rules, &impl->attribution));
  WF_RETURN_IF_ERROR(ClaimBuilder::Create(rules, &impl->builder));
  WF_RETURN_IF_ERROR(DollarPlaces::Create(rules, &impl->dollars));
  out->reset(new Analyzer(std::move(impl)));
  return Status::OK();
}

std::string Analyzer::InputKey(std::string_view body) const {
  return impl_->normalizer->InputKey(body);
}

namespace {

// Where the segment that starts at `a` of `body` ends: within `limit` bytes,
// after the last paragraph break ("\n\n", "\n\r\n") of the second half of
// the window, else after its last line end, else after its last sentence
// end (". "), else after its last space, else at a code point boundary.
size_t SegmentEnd(std::string_view body, size_t a, size_t limit) {
  if (body.size() - a <= limit) return body.size();
  const std::string_view window = body.substr(a, limit);
  const size_t half = limit / 2;
  auto after_last = [&](std::string_view what) -> size_t {
    const size_t at = window.rfind(what);
    return at == std::string_view::npos || at < half ? 0 : at + what.size();
  };
  size_t cut = std::max(after_last("\n\n"), after_last("\n\r\n"));
  if (cut == 0) cut = after_last("\n");
  if (cut == 0) cut = after_last(". ");
  if (cut == 0) cut = after_last(" ");
  if (cut == 0) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(window[cut]) & 0xC0) == 0x80) --cut;
    if (cut == 0) cut = limit;  // not UTF-8; Normalize rejects it
  }
  return a + cut;
}

void ShiftClaim(size_t bytes, size_t cps, size_t input_cps, int sentences, Claim* c) {
  c->begin += bytes;
  c->end += bytes;
  c->start += cps;
  c->stop += cps;
  c->source_start += input_cps;
  c->source_end += input_cps;
  c->sentence_index += sentences;
  c->sentence_begin += bytes;
}

void ShiftMention(size_t bytes, size_t cps, size_t input_cps, Mention* m) {
  m->begin += bytes;
  m->end += bytes;
  m->start += cps;
  m->stop += cps;
  m->source_start += input_cps;
  m->source_end += input_cps;
}

}  // namespace

// One piece of a body (all of it, or one segment) on its way through the
// stages: `input` is the piece as given; `part->normalized` and the offsets
// of `part->claims` and `part->mentions` are the piece's own, and
// `part->relays` holds the relays of the piece's lead. The intermediate
// results live here between stages.
struct Analyzer::Piece {
  const Story* story = nullptr;
  std::string_view input;
  std::chrono::sys_days day{};
  int minutes = -1;
  AnalyzedStory* part = nullptr;
  Status status;
  bool live = false;  // normalised to some text: the extraction stages run
  DocumentView doc;
  std::vector<Extraction> figures;
  ActorResult actors;
  AttributionResult attributions;
};

// What the segments of one body share as they are finished in turn.
struct Analyzer::SegmentState {
  std::vector<std::string> relays;
  std::string currency;
  bool currency_known = false;
  size_t text_bytes = 0, text_cps = 0, input_cps = 0;
  int sentences = 0;
  bool any = false;  // a segment was handed over
};

void Analyzer::RunStages(std::vector<Piece>* pieces, AnalyzeTimes* times) const {
  StageClock clock(times);
  for (Piece& p : *pieces) {
    p.status = impl_->normalizer->Normalize(p.input, &p.part->normalized);
    const NormalizedText& nt = p.part->normalized;
    p.live = p.status.ok() && nt.text.find_first_not_of(" \n\t") != std::string::npos;
    if (!p.live) continue;
    p.doc.text = nt.text;
    p.doc.sentences = &nt.sentences;
    p.doc.published = p.day;
    p.doc.published_minutes = p.minutes;
    p.doc.source = p.story->source;
  }
  clock.Lap(&AnalyzeTimes::normalize);
  for (Piece& p : *pieces)
    if (p.live) impl_->money->Extract(p.doc, &p.figures);
  clock.Lap(&AnalyzeTimes::money);
  for (Piece& p : *pieces)
    if (p.live) impl_->percent->Extract(p.doc, &p.figures);
  clock.Lap(&AnalyzeTimes::percent);
  {
    std::vector<const DocumentView*> docs;
    std::vector<Piece*> live;
    for (Piece& p : *pieces)
      if (p.live) {
        docs.push_back(&p.doc);
        live.push_back(&p);
      }
    std::vector<std::vector<Extraction>> temporal;
    impl_->temporal->ScanBatch(docs, &temporal);
    for (size_t k = 0; k < live.size(); ++k) {
      // The figures of DurationExtractor, then those of DateExtractor.
      std::vector<Extraction>& figures = live[k]->figures;
      for (Extraction& e : temporal[k])
        if (e.kind == ClaimKind::kDuration) figures.push_back(e);
      for (Extraction& e : temporal[k])
        if (e.kind == ClaimKind::kDate || e.kind == ClaimKind::kSet)
          figures.push_back(std::move(e));
    }
  }
  clock.Lap(&AnalyzeTimes::temporal);
  for (Piece& p : *pieces)
    if (p.live) impl_->actors->Extract(p.doc, &p.actors);
  clock.Lap(&AnalyzeTimes::actors);
  for (Piece& p : *pieces)
    if (p.live) impl_->attribution->Extract(p.doc, p.actors, &p.attributions);
  clock.Lap(&AnalyzeTimes::attribution);
  for (Piece& p : *pieces) {
    if (!p.live) continue;
    AnalyzedStory* part = p.part;
    part->mentions = p.actors.mentions;
    impl_->builder->Build(part->normalized, p.input, std::move(p.figures), p.actors, p.attributions,
                          &part->claims, &part->mentions);
    part->actors = std::move(p.actors.actors);
    part->relays = std::move(p.attributions.relays);
    p.figures.clear();
    p.attributions = AttributionResult();
  }
  clock.Lap(&AnalyzeTimes::claims);
}

bool Analyzer::FinishSegment(const Story& story, std::string_view body, size_t b, SegmentState* st,
                             AnalyzedStory* part, AnalyzeTimes* times) const {
  StageClock clock(times);
  const bool empty = part->normalized.text.find_first_not_of(" \n\t") == std::string::npos;
  if (!st->currency_known && !empty) {
    st->relays = std::move(part->relays);
    // Credit lines the normaliser drops as boilerplate ("Reporting by ...").
    impl_->attribution->CreditRelays(body, story.source, &st->relays);
    clock.Lap(&AnalyzeTimes::attribution);
    st->currency = impl_->dollars->CurrencyFor(story, part->normalized.text);
    st->currency_known = true;
  }
  if (empty) return false;
  // A bare "$" is the dollar of the story's place or source when known.
  DollarPlaces::Apply(st->currency, &part->claims);
  const size_t shift = st->any ? st->text_bytes + 1 : 0;  // a "\n" joins segments
  const size_t cp_shift = st->any ? st->text_cps + 1 : 0;
  for (Claim& c : part->claims) {
    ShiftClaim(shift, cp_shift, st->input_cps, st->sentences, &c);
    c.story.uri = story.uri;
    c.story.source = story.source;
    c.story.published = story.published;
    c.story.headline = story.headline;
    c.story.relays = st->relays;
  }
  for (Mention& m : part->mentions) ShiftMention(shift, cp_shift, st->input_cps, &m);
  part->relays = st->relays;
  st->text_bytes = shift + part->normalized.text.size();
  st->text_cps = cp_shift + (b < body.size() ? CodepointCount(part->normalized.text) : 0);
  st->sentences += static_cast<int>(part->normalized.sentences.size());
  part->story.body = std::move(part->normalized.text);
  part->normalized.text.clear();
  clock.Lap(&AnalyzeTimes::claims);
  st->any = true;
  return true;
}

namespace {

// The story's fields but its body, which becomes the normalised body.
void CopyMetadata(const Story& story, AnalyzedStory* out) {
  out->story.id = story.id;
  out->story.uri = story.uri;
  out->story.source = story.source;
  out->story.headline = story.headline;
  out->story.published = story.published;
  out->story.version = story.version;
  out->story.pubstatus = story.pubstatus;
  out->story.located = story.located;
  out->story.origin = story.origin;
}

// The first (usually only) segment of a story is the analysed story.
void TakeFirstSegment(AnalyzedStory& part, AnalyzedStory* out) {
  out->story.body = std::move(part.story.body);
  out->normalized = std::move(part.normalized);
  out->claims = std::move(part.claims);
  out->mentions = std::move(part.mentions);
  out->actors = std::move(part.actors);
  out->relays = std::move(part.relays);
}

}  // namespace

Status Analyzer::Analyze(const Story& story, AnalyzedStory* out, AnalyzeTimes* times,
                         size_t segment_bytes) const {
  *out = AnalyzedStory();
  CopyMetadata(story, out);
  std::string& text = out->story.body;
  NormalizedText& nt = out->normalized;
  bool first = true;
  // Actors of later segments join those of earlier ones by kind and name.
  auto actor_key = [](const Actor& a) {
    return std::to_string(static_cast<int>(a.kind)) + '\t' + a.name;
  };
  std::unordered_map<std::string, size_t> actor_index;
  return AnalyzeSegments(
      story,
      [&](AnalyzedStory& part) -> Status {
        if (first) {
          // One segment (the usual case): the part is the story.
          first = false;
          TakeFirstSegment(part, out);
          return Status::OK();
        }
        // Later segments: claims and mentions come in story coordinates;
        // sentences, text and map are the segment's own.
        const size_t shift = text.size() + 1;
        text += '\n';
        text += part.story.body;
        nt.map.Append(part.normalized.map, shift, part.input_begin);
        for (const Sentence& x : part.normalized.sentences)
          nt.sentences.push_back({x.begin + shift, x.end + shift});
        nt.dropped_lines += part.normalized.dropped_lines;
        nt.repaired += part.normalized.repaired;
        for (Claim& c : part.claims) out->claims.push_back(std::move(c));
        for (Mention& m : part.mentions) out->mentions.push_back(std::move(m));
        if (actor_index.empty())
          for (size_t i = 0; i < out->actors.size(); ++i)
            actor_index.emplace(actor_key(out->actors[i]), i);
        for (Actor& a : part.actors) {
          auto [it, fresh] = actor_index.emplace(actor_key(a), out->actors.size());
          if (fresh) {
            out->actors.push_back(std::move(a));
            continue;
          }
          Actor& same = out->actors[it->second];
          same.mentions += a.mentions;
          if (same.title.empty()) same.title = a.title;
          for (std::string& alias : a.aliases)
            if (std::find(same.aliases.begin(), same.aliases.end(), alias) == same.aliases.end())
              same.aliases.push_back(std::move(alias));
          for (std::string& alias : a.local_aliases)
            if (std::find(same.local_aliases.begin(), same.local_aliases.end(), alias) ==
                same.local_aliases.end())
              same.local_aliases.push_back(std::move(alias));
        }
        return Status::OK();
      },
      times, segment_bytes);
}

Status Analyzer::AnalyzeSegments(const Story& story,
                                 const std::function<Status(AnalyzedStory&)>& sink,
                                 AnalyzeTimes* times, size_t segment_bytes) const {
  return AnalyzeSegments(story, story.body, sink, times, segment_bytes);
}

Status Analyzer::AnalyzeSegments(const Story& story, std::string_view body,
                                 const std::function<Status(AnalyzedStory&)>& sink,
                                 AnalyzeTimes* times, size_t segment_bytes) const {
  std::chrono::sys_days day;
  int minutes = -1;
  WF_RETURN_IF_ERROR(ParsePublished(story.published, &day, &minutes));
  if (segment_bytes == 0) segment_bytes = kSegmentBytes;
  if (body.size() > segment_bytes) {
    // What Normalize checks first, on the whole body, so that the message
    // names the byte of the story.
    if (const void* nul = std::memchr(body.data(), '\0', body.size())) {
      const size_t at = static_cast<const char*>(nul) - body.data();
      return Status::InvalidInput("NUL byte at " + std::to_string(at) + " (binary file?)");
    }
    size_t bad = 0;
    if (!IsValidUtf8(body, &bad))
      return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad));
  }

  // Story-level context every segment shares: the relays of the lead (the
  // first segment's) and of the credit lines (the whole body), the dollar
  // of the story's place (the first segment's dateline).
  SegmentState st;
  for (size_t a = 0; a < body.size();) {
    const size_t b = SegmentEnd(body, a, segment_bytes);
    const std::string_view input = body.substr(a, b - a);
    AnalyzedStory part;
    part.input_begin = a;
    std::vector<Piece> piece(1);
    piece[0].story = &story;
    piece[0].input = input;
    piece[0].day = day;
    piece[0].minutes = minutes;
    piece[0].part = &part;
    RunStages(&piece, times);
    WF_RETURN_IF_ERROR(piece[0].status);
    piece.clear();
    if (FinishSegment(story, body, b, &st, &part, times)) WF_RETURN_IF_ERROR(sink(part));
    if (b < body.size()) st.input_cps += CodepointCount(input);
    a = b;
  }
  if (!st.any) return Status::InvalidInput("empty story");
  return Status::OK();
}

void Analyzer::AnalyzeBatch(const std::vector<const Story*>& stories,
                            std::vector<AnalyzedStory>* out, std::vector<Status>* status,
                            AnalyzeTimes* times, size_t segment_bytes) const {
  if (segment_bytes == 0) segment_bytes = kSegmentBytes;
  out->clear();
  out->resize(stories.size());
  status->assign(stories.size(), Status::OK());
  std::vector<Piece> pieces;
  std::vector<size_t> owner;  // the story of each piece
  pieces.reserve(stories.size());
  std::vector<AnalyzedStory> parts(stories.size());
  for (size_t i = 0; i < stories.size(); ++i) {
    const Story& story = *stories[i];
    if (story.body.size() > segment_bytes) {
      (*status)[i] = Analyze(story, &(*out)[i], times, segment_bytes);
      continue;
    }
    CopyMetadata(story, &(*out)[i]);
    Piece p;
    (*status)[i] = ParsePublished(story.published, &p.day, &p.minutes);
    if (!(*status)[i].ok()) continue;
    p.story = &story;
    p.input = story.body;
    p.part = &parts[i];
    pieces.push_back(std::move(p));
    owner.push_back(i);
  }
  RunStages(&pieces, times);
  for (size_t k = 0; k < pieces.size(); ++k) {
    const size_t i = owner[k];
    const Story& story = *stories[i];
    if (!pieces[k].status.ok()) {
      (*status)[i] = pieces[k].status;
      continue;
    }
    SegmentState st;
    if (!FinishSegment(story, story.body, story.body.size(), &st, &parts[i], times)) {
      (*status)[i] = Status::InvalidInput("empty story");
      continue;
    }
    TakeFirstSegment(parts[i], &(*out)[i]);
  }
}

}  // namespace wirefacts
