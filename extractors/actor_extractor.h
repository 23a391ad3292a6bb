// ActorExtractor: finds actor mentions (people with titles, organisations,
// countries and demonyms, places) and resolves them, within one story, to
// canonical actors: "Mnuchin" after "Steven Mnuchin", "Steve Mnuchin" and
// "Steven Mnuchin" (nickname pairs), typos of known names ("Buones Aires",
// "Bejing") by edit distance against the gazetteers, "the Journal" after "The
// Wall Street Journal".
//
// Rules and gazetteers are data in extractors/rules/ (titles, countries and
// demonyms, places, organisations, nicknames, name stop words). Person names
// are recognised by pattern (title + capitalised name, "Mr./Ms.", name before
// "said"), never from a list of people.
#ifndef WIREFACTS_EXTRACTORS_ACTOR_EXTRACTOR_H_
#define WIREFACTS_EXTRACTORS_ACTOR_EXTRACTOR_H_

#include <memory>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"
#include "model/claim.h"

namespace wirefacts {

struct ActorResult {
  std::vector<Mention> mentions;  // text order; begin/end/text/actor/kind/form
  std::vector<Actor> actors;      // canonical actors of the story, with
                                  // aliases, title and mention counts
};

class ActorExtractor {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<ActorExtractor>* out);
  ~ActorExtractor();

  // Thread-safe.
  void Extract(const DocumentView& doc, ActorResult* out) const;

 private:
  struct Impl;
  explicit ActorExtractor(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_ACTOR_EXTRACTOR_H_
