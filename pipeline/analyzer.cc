#include "pipeline/analyzer.h"

#include <cstdio>

#include "base/iso_date.h"

#include "extractors/actor_extractor.h"
#include "extractors/attribution_extractor.h"
#include "extractors/date_extractor.h"
#include "extractors/duration_extractor.h"
#include "extractors/money_extractor.h"
#include "extractors/percent_extractor.h"
#include "pipeline/claim_builder.h"
#include "pipeline/dollar_places.h"

namespace wirefacts {

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
  std::unique_ptr<DateExtractor> date;
  std::unique_ptr<DurationExtractor> duration;
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
  WF_RETURN_IF_ERROR(DateExtractor::Create(rules, &impl->date));
  WF_RETURN_IF_ERROR(DurationExtractor::Create(rules, &impl->duration));
  WF_RETURN_IF_ERROR(ActorExtractor::Create(rules, &impl->actors));
  WF_RETURN_IF_ERROR(AttributionExtractor::Create(rules, &impl->attribution));
  WF_RETURN_IF_ERROR(ClaimBuilder::Create(rules, &impl->builder));
  WF_RETURN_IF_ERROR(DollarPlaces::Create(rules, &impl->dollars));
  out->reset(new Analyzer(std::move(impl)));
  return Status::OK();
}

Status Analyzer::Analyze(const Story& story, AnalyzedStory* out) const {
  *out = AnalyzedStory();
  std::chrono::sys_days day;
  int minutes = -1;
  WF_RETURN_IF_ERROR(ParsePublished(story.published, &day, &minutes));
  WF_RETURN_IF_ERROR(impl_->normalizer->Normalize(story.body, &out->normalized));
  const NormalizedText& nt = out->normalized;
  if (nt.text.find_first_not_of(" \n\t") == std::string::npos)
    return Status::InvalidInput("empty story");

  DocumentView doc;
  doc.text = nt.text;
  doc.sentences = &nt.sentences;
  doc.published = day;
  doc.published_minutes = minutes;
  doc.source = story.source;

  std::vector<Extraction> figures;
  impl_->money->Extract(doc, &figures);
  impl_->percent->Extract(doc, &figures);
  impl_->duration->Extract(doc, &figures);
  impl_->date->Extract(doc, &figures);

  ActorResult actors;
  impl_->actors->Extract(doc, &actors);
  AttributionResult attributions;
  impl_->attribution->Extract(doc, actors, &attributions);
  // Credit lines the normaliser drops as boilerplate ("Reporting by ...").
  impl_->attribution->CreditRelays(story.body, story.source, &attributions.relays);

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
  return Status::OK();
}

}  // namespace wirefacts
