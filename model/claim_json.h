// JSON forms of the claim model, exactly the shapes of DESIGN.md ("JSON
// shapes"). Shared by the CLI and anything that exports claims.
#ifndef WIREFACTS_MODEL_CLAIM_JSON_H_
#define WIREFACTS_MODEL_CLAIM_JSON_H_

#include <nlohmann/json.hpp>

#include "model/claim.h"
#include "model/story.h"

namespace wirefacts {

// value: money {low, high, currency, approx, ...}; percent {low, high,
// approx, ...}; date {start, end, grain, timex}; duration {iso}; set {timex}.
nlohmann::json ValueToJson(ClaimKind kind, const Value& value);
nlohmann::json TimeToJson(const Value& time);  // {start, end, grain, timex}
nlohmann::json ClaimToJson(const Claim& claim);
nlohmann::json MentionToJson(const Mention& mention);
nlohmann::json ActorToJson(const Actor& actor);
// `with_body` = false leaves the (long) body out, for listings.
nlohmann::json StoryToJson(const Story& story, bool with_body);
nlohmann::json RelationToJson(const Relation& relation);

}  // namespace wirefacts

#endif  // WIREFACTS_MODEL_CLAIM_JSON_H_
