#include "reconcile/reconciler.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "reconcile/independence.h"
#include "reconcile/tolerances.h"
#include "reconcile/value_comparison.h"

namespace wirefacts {
namespace {

bool SameStory(const Claim& a, const Claim& b) {
  if (a.story.id != 0 && b.story.id != 0) return a.story.id == b.story.id;
  return a.story.uri == b.story.uri && a.story.source == b.story.source;
}

// Two versions of one story: same uri and outlet, different stored rows.
bool OtherVersion(const Claim& a, const Claim& b) {
  return a.story.id != b.story.id && a.story.uri == b.story.uri && a.story.source == b.story.source;
}

// Canonical actors two claims share; with `kind`, only actors of that kind.
std::vector<std::string> SharedActors(const Claim& a, const Claim& b,
                                      std::optional<ActorKind> kind = std::nullopt) {
  std::vector<std::string> out;
  for (const ClaimActor& x : a.actors) {
    if (kind && x.kind != *kind) continue;
    for (const ClaimActor& y : b.actors) {
      if (x.name == y.name && std::find(out.begin(), out.end(), x.name) == out.end())
        out.push_back(x.name);
    }
  }
  return out;
}

// The organisations a figure is about: those named in its sentence that are
// not vouching for it (the speaker, the cited source, the story's own outlet
// or the outlets it relays). "Net profit rose 12 pct, Acme said" is about
// Acme; "..., one of the people told Bloomberg" is not about Bloomberg.
std::vector<std::string> SubjectOrganizations(const Claim& c) {
  std::vector<std::string> out;
  for (const ClaimActor& a : c.actors) {
    if (a.kind != ActorKind::kOrganization || a.role == "speaker") continue;
    if (c.attribution &&
        (a.name == c.attribution->said_by || a.name == c.attribution->cited_source))
      continue;
    if (a.name == c.story.source ||
        std::find(c.story.relays.begin(), c.story.relays.end(), a.name) != c.story.relays.end())
      continue;
    out.push_back(a.name);
  }
  return out;
}

// Actors both figures are about: named in each figure's own clause (role
// "subject"), places left out (they say where, not whose).
std::vector<std::string> SharedSubjects(const Claim& a, const Claim& b) {
  std::vector<std::string> out;
  for (const ClaimActor& x : a.actors) {
    if (x.role != "subject" || x.kind == ActorKind::kPlace) continue;
    for (const ClaimActor& y : b.actors)
      if (y.role == "subject" && y.name == x.name &&
          std::find(out.begin(), out.end(), x.name) == out.end())
        out.push_back(x.name);
  }
  return out;
}

// True when `a` has a subject (non-place) actor that `b`'s sentence never
// names.
bool HasForeignSubject(const Claim& a, const Claim& b) {
  for (const ClaimActor& x : a.actors) {
    if (x.role != "subject" || x.kind == ActorKind::kPlace) continue;
    if (std::none_of(b.actors.begin(), b.actors.end(),
                     [&](const ClaimActor& y) { return y.name == x.name; }))
      return true;
  }
  return false;
}

// Days from ISO date `start` to `end` (first 10 characters); a large number
// when either does not parse.
long DaysBetween(const std::string& start, const std::string& end) {
  auto parse = [](const std::string& s, std::chrono::sys_days* d) {
    int y, m, dd;
    if (s.size() < 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &dd) != 3) return false;
    const std::chrono::year_month_day ymd{std::chrono::year{y},
                                          std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(dd)}};
    if (!ymd.ok()) return false;
    *d = std::chrono::sys_days{ymd};
    return true;
  };
  std::chrono::sys_days a, b;
  if (!parse(start, &a) || !parse(end, &b)) return 1L << 30;
  return (b - a).count();
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// "more than $1.2 trillion (Steven Mnuchin via Reuters, 2019-01-18)"
std::string Cite(const Claim& c) {
  std::string who;
  if (c.attribution && !c.attribution->said_by.empty()) who = c.attribution->said_by;
  std::string outlet = c.story.source.empty() ? c.story.uri : c.story.source;
  std::string out = c.text + " (";
  if (!who.empty() && who != outlet) out += who + " via ";
  out += outlet + ", " + c.story.published.substr(0, 10);
  if (c.time && !c.time->timex.empty()) out += ", about " + c.time->timex;
  return out + ")";
}

}  // namespace

Status Reconciler::Create(const RuleFiles& rules, std::unique_ptr<Reconciler>* out) {
  auto r = std::make_unique<Reconciler>();
  WF_RETURN_IF_ERROR(MeasureAnnotator::Create(rules, &r->annotator_));
  *out = std::move(r);
  return Status::OK();
}

std::optional<Relation> Reconciler::Compare(const Claim& a, const Claim& b) const {
  if (a.kind != b.kind || SameStory(a, b)) return std::nullopt;

  // Two sentences that both state both figures ("50 pct of the seats while
  // holding 35 pct of the debt"): each figure corresponds to its twin in the
  // other sentence, not to the other figure.
  if (a.text != b.text && a.sentence.find(b.text) != std::string::npos &&
      b.sentence.find(a.text) != std::string::npos)
    return std::nullopt;

  ValueComparison cmp;
  std::string quantity;
  std::vector<std::string> shared;
  switch (a.kind) {
    case ClaimKind::kMoney:
    case ClaimKind::kPercent: {
      if (a.measure.empty() || a.measure != b.measure || a.aspect != b.aspect) return std::nullopt;
      if (a.kind == ClaimKind::kMoney &&
          (a.value.currency != b.value.currency || a.value.per != b.value.per))
        return std::nullopt;
      if (a.kind == ClaimKind::kPercent && a.value.points != b.value.points) return std::nullopt;
      // "25 percent tariff" and "25 percent stake" are percentages of
      // different things.
      if (a.kind == ClaimKind::kPercent && !a.value.of.empty() && !b.value.of.empty() &&
          a.value.of != b.value.of)
        return std::nullopt;
      // Whom the figure is about: places say where, not whose ("New York
      // investment firms"), so a shared place alone is not enough.
      shared = SharedActors(a, b);
      std::erase_if(shared, [&](const std::string& name) {
        return std::any_of(a.actors.begin(), a.actors.end(), [&](const ClaimActor& x) {
          return x.name == name && x.kind == ActorKind::kPlace;
        });
      });
      if (shared.empty() || !TimesCompatible(a.time, b.time)) return std::nullopt;
      // Each figure is about someone the other's sentence never names
      // ("South Korea would buy $40 billion of Canadian energy" vs "Japan
      // would buy $40 billion of Canadian energy"): a shared counterpart
      // does not make them one quantity.
      if (HasForeignSubject(a, b) && HasForeignSubject(b, a)) return std::nullopt;
      // Figures about organisations relate only when one of them is shared:
      // two companies' profits are two quantities.
      const std::vector<std::string> orgs_a = SubjectOrganizations(a);
      const std::vector<std::string> orgs_b = SubjectOrganizations(b);
      if (!orgs_a.empty() || !orgs_b.empty()) {
        const bool common = std::any_of(orgs_a.begin(), orgs_a.end(), [&](const std::string& o) {
          return std::find(orgs_b.begin(), orgs_b.end(), o) != orgs_b.end();
        });
        if (!common) return std::nullopt;
      }
      cmp = CompareAmounts(a.value, b.value);
      // A conflict needs more than a shared country and head word: the
      // period (one side dated) or a shared organisation must pin it down,
      // or the two are more likely different quantities ("Brazil's debt").
      if (cmp.relation == ValueRelation::kDisagree && !a.time && !b.time && orgs_a.empty() &&
          !OtherVersion(a, b))
        return std::nullopt;
      if (cmp.relation == ValueRelation::kDisagree && !OtherVersion(a, b)) {
        // Unless both say which period they are about, only figures
        // reported days apart are two reports of one state of affairs.
        const bool both_dated =
            a.time && b.time && !a.time->start.empty() && !b.time->start.empty();
        if (!both_dated && std::labs(DaysBetween(a.story.published, b.story.published)) >
                               tolerance::kUndatedConflictDays)
          return std::nullopt;
        // A disagreement is only worth a fact-checker's time when both
        // figures are about one actor in their own clauses: "its 108 billion
        // dlr foreign debt" in a clause about Brazil vs "the 77 billion dlr
        // package for Mexico" in a sentence that also names Brazil.
        if (SharedSubjects(a, b).empty()) return std::nullopt;
        // One outlet's house template filled in twice ("The notes have a
        // 7-1/2 pct coupon and were priced at ..."): two instruments or two
        // companies, not two reports of one figure.
        if (!a.story.source.empty() && a.story.source == b.story.source &&
            SentenceOverlap(a.sentence, b.sentence) >= tolerance::kNearDuplicateShare)
          return std::nullopt;
      }
      quantity = a.measure + (a.aspect == "change" ? " (change)" : "");
      break;
    }
    case ClaimKind::kDate:
    case ClaimKind::kDuration: {
      std::vector<std::string> events;
      for (const std::string& e : a.events)
        if (std::find(b.events.begin(), b.events.end(), e) != b.events.end()) events.push_back(e);
      // When something happens is checkable only for one event of named
      // people: organisations meet and talk again and again.
      shared = SharedActors(a, b, ActorKind::kPerson);
      if (events.empty() || shared.empty()) return std::nullopt;
      cmp = a.kind == ClaimKind::kDate ? CompareDates(a.value, b.value)
                                       : CompareDurations(a.value, b.value);
      // Two different dates for "a meeting" are more often two meetings than
      // a disagreement; and "this year" holds every day of it, which tells a
      // fact-checker nothing. Keep agreement and close refinements only.
      if (cmp.relation == ValueRelation::kDisagree) return std::nullopt;
      if (a.kind == ClaimKind::kDate && (cmp.relation == ValueRelation::kARefinesB ||
                                         cmp.relation == ValueRelation::kBRefinesA)) {
        const Value& wide = cmp.relation == ValueRelation::kARefinesB ? b.value : a.value;
        if (DaysBetween(wide.start, wide.end) > tolerance::kMaxRefinedDateSpanDays)
          return std::nullopt;
      }
      quantity = "when: " + Join(events, "/");
      break;
    }
    case ClaimKind::kSet:
      return std::nullopt;
  }

  // A new version of a story: only a figure it changed in the same sentence
  // is worth a fact-checker's attention (a correction); figures it kept are
  // the same report, not corroboration.
  if (OtherVersion(a, b)) {
    if (cmp.relation != ValueRelation::kDisagree ||
        SentenceOverlap(a.sentence, b.sentence) < tolerance::kNearDuplicateShare)
      return std::nullopt;
    Relation r;
    r.kind = RelationKind::kConflicts;
    r.reason_code = "correction";
    r.score = 0.9;
    r.a = a;
    r.b = b;
    r.independent = false;
    r.reason = "correction: a new version of the story changed the figure: " + Cite(a) +
               " became " + Cite(b) + ": " + cmp.gap;
    return r;
  }

  Relation r;
  switch (cmp.relation) {
    case ValueRelation::kNone:
      return std::nullopt;
    case ValueRelation::kAgree:
      r.kind = RelationKind::kCorroborates;
      r.reason_code = "agree";
      r.score = 0.9;
      break;
    case ValueRelation::kARefinesB:
    case ValueRelation::kBRefinesA:
      r.kind = RelationKind::kRefines;
      r.reason_code = "inside";
      r.score = 0.8;
      break;
    case ValueRelation::kDisagree:
      r.kind = RelationKind::kConflicts;
      r.reason_code = "values_differ";
      r.score = 0.7;
      break;
  }
  // Less sure when only one side says which period it is about.
  if (a.time.has_value() != b.time.has_value()) r.score -= 0.1;

  r.a = a;
  r.b = b;
  const IndependenceVerdict iv = JudgeIndependence(a, b);
  r.independent = iv.independent;
  r.reason = std::string(RelationKindName(r.kind)) + ": same quantity: " + quantity + " (" +
             Join(shared, ", ") + "); " + Cite(a) + " vs " + Cite(b) + ": " + cmp.gap;
  if (!iv.independent) r.reason += "; not independent: " + iv.why;
  return r;
}

Status Reconciler::Reconcile(const std::vector<Claim>& fresh, CandidateSource* candidates,
                             std::vector<Relation>* out) const {
  std::vector<Claim> found;
  for (const Claim& claim : fresh) {
    found.clear();
    WF_RETURN_IF_ERROR(candidates->FindCandidates(claim, &found));
    for (const Claim& stored : found) {
      if (std::optional<Relation> r = Compare(stored, claim)) out->push_back(std::move(*r));
    }
  }
  return Status::OK();
}

}  // namespace wirefacts
