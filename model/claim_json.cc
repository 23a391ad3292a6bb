#include "model/claim_json.h"

namespace wirefacts {
namespace {

nlohmann::json Bound(const std::optional<double>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

nlohmann::json OrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

nlohmann::json ValueToJson(ClaimKind kind, const Value& v) {
  nlohmann::json j = nlohmann::json::object();
  switch (kind) {
    case ClaimKind::kMoney:
      j["low"] = Bound(v.low);
      j["high"] = Bound(v.high);
      j["currency"] = OrNull(v.currency);
      j["approx"] = v.approx;
      if (v.currency_assumed) j["currency_assumed"] = true;
      if (!v.per.empty()) j["per"] = v.per;
      break;
    case ClaimKind::kPercent:
      j["low"] = Bound(v.low);
      j["high"] = Bound(v.high);
      j["approx"] = v.approx;
      if (v.points) j["points"] = true;
      if (!v.of.empty()) j["of"] = v.of;
      break;
    case ClaimKind::kDate:
      j["start"] = OrNull(v.start);
      j["end"] = OrNull(v.end);
      j["grain"] = OrNull(v.grain);
      j["timex"] = OrNull(v.timex);
      if (!v.mod.empty()) j["mod"] = v.mod;
      break;
    case ClaimKind::kDuration:
      j["iso"] = OrNull(v.timex);
      if (v.approx) j["approx"] = true;
      if (!v.mod.empty()) j["mod"] = v.mod;
      break;
    case ClaimKind::kSet:
      j["timex"] = OrNull(v.timex);
      break;
  }
  return j;
}

nlohmann::json TimeToJson(const Value& t) {
  return {{"start", OrNull(t.start)},
          {"end", OrNull(t.end)},
          {"grain", OrNull(t.grain)},
          {"timex", OrNull(t.timex)}};
}

nlohmann::json ClaimToJson(const Claim& c) {
  nlohmann::json actors = nlohmann::json::array();
  for (const ClaimActor& a : c.actors) actors.push_back(a.name);
  nlohmann::json attribution = nullptr;
  if (c.attribution) {
    attribution = {{"said_by", OrNull(c.attribution->said_by)},
                   {"cue", OrNull(c.attribution->cue)},
                   {"cited_source", OrNull(c.attribution->cited_source)}};
  }
  nlohmann::json j = {
      {"id", c.id},
      {"kind", ClaimKindName(c.kind)},
      {"text", c.text},
      {"start", c.start},
      {"end", c.stop},
      {"source_start", c.source_start},
      {"source_end", c.source_end},
      {"sentence", c.sentence},
      {"value", ValueToJson(c.kind, c.value)},
      {"time", c.time ? TimeToJson(*c.time) : nlohmann::json(nullptr)},
      {"actors", actors},
      {"attribution", attribution},
      {"story",
       {{"id", c.story.id},
        {"uri", c.story.uri},
        {"source", OrNull(c.story.source)},
        {"published", c.story.published},
        {"headline", OrNull(c.story.headline)}}},
  };
  if (!c.measure.empty()) j["measure"] = c.measure;
  if (c.superseded) j["superseded"] = true;
  if (c.retracted) j["retracted"] = true;
  return j;
}

nlohmann::json MentionToJson(const Mention& m) {
  return {{"text", m.text},
          {"start", m.start},
          {"end", m.stop},
          {"source_start", m.source_start},
          {"source_end", m.source_end},
          {"actor", m.actor},
          {"kind", ActorKindName(m.kind)},
          {"form", MentionFormName(m.form)}};
}

nlohmann::json ActorToJson(const Actor& a) {
  return {{"id", a.id},
          {"name", a.name},
          {"kind", ActorKindName(a.kind)},
          {"title", OrNull(a.title)},
          {"aliases", a.aliases},
          {"mentions", a.mentions}};
}

nlohmann::json StoryToJson(const Story& s, bool with_body) {
  nlohmann::json j = {{"id", s.id},
                      {"uri", s.uri},
                      {"source", OrNull(s.source)},
                      {"headline", OrNull(s.headline)},
                      {"published", s.published},
                      {"version", OrNull(s.version)}};
  if (with_body) j["body"] = s.body;
  return j;
}

nlohmann::json RelationToJson(const Relation& r) {
  nlohmann::json j = {{"id", r.id},
                      {"kind", RelationKindName(r.kind)},
                      {"a", ClaimToJson(r.a)},
                      {"b", ClaimToJson(r.b)},
                      {"reason", r.reason},
                      {"reason_code", r.reason_code},
                      {"independent", r.independent},
                      {"score", r.score}};
  auto story = [](const StoryRef& s) -> nlohmann::json {
    if (s.uri.empty()) return nullptr;
    return {{"id", s.id},
            {"uri", s.uri},
            {"source", OrNull(s.source)},
            {"published", s.published},
            {"headline", OrNull(s.headline)}};
  };
  j["first_reported"] = {{"a", story(r.a_first)}, {"b", story(r.b_first)}};
  return j;
}

}  // namespace wirefacts
