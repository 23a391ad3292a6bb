#include "pipeline/analyzer.h"

#include <time.h>

#include <cstdio>

#include "base/iso_date.h"

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

Status Analyzer::Analyze(const Story& story, AnalyzedStory* out, AnalyzeTimes* times) const {
  StageClock clock(times);
  *out = AnalyzedStory();
  std::chrono::sys_days day;
  int minutes = -1;
  WF_RETURN_IF_ERROR(ParsePublished(story.published, &day, &minutes));
  WF_RETURN_IF_ERROR(impl_->normalizer->Normalize(story.body, &out->normalized));
  const NormalizedText& nt = out->normalized;
  if (nt.text.find_first_not_of(" \n\t") == std::string::npos)
    return Status::InvalidInput("empty story");
  clock.Lap(&AnalyzeTimes::normalize);

  DocumentView doc;
  doc.text = nt.text;
  doc.sentences = &nt.sentences;
  doc.published = day;
  doc.published_minutes = minutes;
  doc.source = story.source;

  std::vector<Extraction> figures;
  impl_->money->Extract(doc, &figures);
  clock.Lap(&AnalyzeTimes::money);
  impl_->percent->Extract(doc, &figures);
  clock.Lap(&AnalyzeTimes::percent);
  {
    // The figures of DurationExtractor, then those of DateExtractor.
    std::vector<Extraction> temporal;
    impl_->temporal->Scan(doc, &temporal);
    for (Extraction& e : temporal)
      if (e.kind == ClaimKind::kDuration) figures.push_back(e);
    for (Extraction& e : temporal)
      if (e.kind == ClaimKind::kDate || e.kind == ClaimKind::kSet) figures.push_back(std::move(e));
  }
  clock.Lap(&AnalyzeTimes::temporal);

  ActorResult actors;
  impl_->actors->Extract(doc, &actors);
  clock.Lap(&AnalyzeTimes::actors);
  AttributionResult attributions;
  impl_->attribution->Extract(doc, actors, &attributions);
  // Credit lines the normaliser drops as boilerplate ("Reporting by ...").
  impl_->attribution->CreditRelays(story.body, story.source, &attributions.relays);
  clock.Lap(&AnalyzeTimes::attribution);

  out->story = story;
  out->story.body = nt.text;
  out->mentions = actors.mentions;
  impl_->builder->Build(nt, story.body, std::move(figures), actors, attributions, &out->claims,
                        &out->mentions);
  // A bare "$" is the dollar of the story's place or source when known.
  DollarPlaces::Apply(impl_->dollars->CurrencyFor(story, nt.text), &out->claims);
  out->actors = std::move(actors.actors);
  out->relays = std::move(attributions.relays);
  for (Claim& c : out->claims) {
    c.story.uri = story.uri;
    c.story.source = story.source;
    c.story.published = story.published;
    c.story.headline = story.headline;
    c.story.relays = out->relays;
  }
  clock.Lap(&AnalyzeTimes::claims);
  return Status::OK();
}

}  // namespace wirefacts
