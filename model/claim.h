// The claim model: the plain structs every stage shares (DESIGN.md, "Claim
// model"). No behaviour beyond naming; JSON lives in model/claim_json.h.
//
// Offsets: inside the pipeline, spans are *byte* offsets into the story's
// normalised UTF-8 body (`begin`/`end`). What users see (`start`/`end`,
// `source_start`/`source_end`) is in *code points*, filled in by the pipeline
// when a claim is built.
#ifndef WIREFACTS_MODEL_CLAIM_H_
#define WIREFACTS_MODEL_CLAIM_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wirefacts {

enum class ClaimKind { kMoney, kPercent, kDate, kDuration, kSet };

// "money", "percent", "date", "duration", "set".
std::string_view ClaimKindName(ClaimKind kind);
// Inverse of ClaimKindName; false when `name` is not a kind.
bool ParseClaimKind(std::string_view name, ClaimKind* kind);

// A figure's value. One flat struct for every kind so that the store and the
// reconciler handle values uniformly; which fields are meaningful depends on
// the kind:
//   money:    low, high, approx, currency, currency_assumed, per, resolution
//   percent:  low, high, approx, points, of, resolution
//   date:     start, end, grain, timex, mod
//   duration: timex (ISO 8601 / TIMEX3, e.g. "P6Y"), approx, mod
//   set:      timex (e.g. "P1Y")
struct Value {
  // Interval bounds; nullopt is an open bound ("more than $1 trillion" has
  // low = 1e12 and no high). An exact figure has low == high.
  std::optional<double> low;
  std::optional<double> high;
  // "about", "roughly", "some": the figure is a rounded estimate.
  bool approx = false;
  // The size of one unit in the last digit the text states ("$323 billion"
  // -> 1e9, "$1.2 trillion" -> 1e11, "1.4%" -> 0.1). Used as the rounding
  // tolerance when figures are compared. 0 when unknown.
  double resolution = 0;

  std::string currency;           // money: ISO 4217 code ("USD")
  bool currency_assumed = false;  // money: "$" read as USD without evidence
  std::string per;                // money: per-unit figures ("share", "barrel")
  bool points = false;            // percent: percentage points, not percent
  std::string of;                 // percent: what it is a percentage of

  // date: inclusive ISO 8601 bounds ("2018-01-01", "2018-12-31"), the grain
  // ("day", "week", "month", "quarter", "year", "decade", "time"), the
  // TIMEX3 value ("2018", "2019-W04", "2019-01-18T10:00", "PAST_REF").
  std::string start;
  std::string end;
  std::string grain;
  std::string timex;
  std::string mod;  // TIMEX3 mod: "START", "END", "APPROX", "MORE_THAN"...
};

enum class ActorKind { kPerson, kOrganization, kCountry, kPlace };
std::string_view ActorKindName(ActorKind kind);  // "person", "organization"...
bool ParseActorKind(std::string_view name, ActorKind* kind);

enum class MentionForm { kName, kAlias, kDemonym, kTitle, kPronoun };
std::string_view MentionFormName(MentionForm form);  // "name", "alias"...

// An actor mention in the normalised body, resolved to its canonical actor
// within the story.
struct Mention {
  size_t begin = 0, end = 0;  // bytes in the normalised body
  std::string text;
  std::string actor;  // canonical name
  ActorKind kind = ActorKind::kOrganization;
  MentionForm form = MentionForm::kName;
  // Filled by the pipeline: code point offsets in body and input.
  size_t start = 0, stop = 0, source_start = 0, source_end = 0;
};

// A canonical actor as seen in one story (the store merges them across
// stories by alias).
struct Actor {
  std::string name;  // canonical: the fullest form ("Steven Mnuchin")
  ActorKind kind = ActorKind::kOrganization;
  std::string title;                 // "Treasury Secretary", "" if none
  std::vector<std::string> aliases;  // every surface form, name included
  // The aliases that name the actor only within its story: short forms
  // valid after the full name ("the Journal", "the Bank") and misspellings
  // read as a name the story spells otherwise ("Mnuchn"). The store files
  // them for look-ups but never matches another story's actor by them (a
  // wrong guess, or "the Bank" of another story, would merge two actors).
  std::vector<std::string> local_aliases;
  int mentions = 0;
  int64_t id = 0;  // set by the store
};

// Who a sentence credits for a figure.
struct Attribution {
  std::string said_by;       // canonical actor, or an unnamed source
                             // ("people familiar with the matter")
  std::string cue;           // "said", "according to", "reported", "told"
  std::string cited_source;  // whom said_by cites or relays ("" if none)
};

// Whether `a` credits the actor named `name`: said_by is that name, or joins
// it with another source ("Jane Doe and John Roe", "Acme Corp and its
// bankers": two speakers of one cue are written "<first> and <second>").
bool CreditsActor(const Attribution& a, std::string_view name);

struct ClaimActor {
  std::string name;  // canonical
  ActorKind kind = ActorKind::kOrganization;
  // "speaker", "subject", "benchmark" (what the figure is measured against:
  // "over comparable Treasury securities"), "intermediary" (the bank
  // arranging an issue: "via Drexel"), "counterpart" (the other side of the
  // figure: "surplus with the U.S.", "imports from Canada"), or "" when
  // unknown (pipeline/rules/actor_roles.tsv).
  std::string role;
};

// The story a claim comes from, as shown with the claim.
struct StoryRef {
  int64_t id = 0;
  std::string uri;
  std::string source;
  std::string published;
  std::string headline;
  std::vector<std::string> relays;  // outlets the story relays ("Bloomberg")
};

struct Claim {
  int64_t id = 0;
  ClaimKind kind = ClaimKind::kMoney;
  std::string text;  // the figure as written

  size_t begin = 0, end = 0;                // bytes in the normalised body (internal)
  size_t start = 0, stop = 0;               // code points in the normalised body
  size_t source_start = 0, source_end = 0;  // code points in the input

  int sentence_index = 0;
  std::string sentence;
  size_t sentence_begin = 0;  // bytes: where the sentence starts in the body

  Value value;
  std::optional<Value> time;  // a date value: the period the figure is about
  std::vector<ClaimActor> actors;
  std::optional<Attribution> attribution;

  // What the figure measures, for the reconciler: the measure group
  // ("imports", "surplus", "tariffs"... from reconcile/rules) or "" when
  // none is found, and whether the figure is a level or a change.
  std::string measure;
  // "level" | "change" | "forecast level" | "forecast change" | "prior"
  // (an earlier value compared with) | "portion" (part of a larger amount)
  // | "revised" (a revision of an earlier report) | "name" (a coupon naming
  // a security); reconcile/rules/aspects.tsv.
  std::string aspect;
  std::vector<std::string> events;  // date/duration: event groups next to it in its clause

  StoryRef story;
  bool superseded = false;
  bool retracted = false;  // its story was canceled by the outlet (stored claims only)
};

enum class RelationKind { kCorroborates, kRefines, kConflicts };
std::string_view RelationKindName(RelationKind kind);
bool ParseRelationKind(std::string_view name, RelationKind* kind);

struct Relation {
  int64_t id = 0;
  RelationKind kind = RelationKind::kCorroborates;
  Claim a;                  // the earlier-stored claim
  Claim b;                  // the newly stored claim
  std::string reason_code;  // "same_value", "within_rounding", "inside", "values_differ"...
  std::string reason;       // one sentence for people
  bool independent = true;  // false when one source relays the other, or
                            // both repeat one text
  double score = 0;         // confidence in [0, 1]
  // Where each figure first appeared: the earliest-published story among
  // the claim and the stored claims that corroborate it (filled by
  // ClaimStore::ListRelations; empty uri when unknown).
  StoryRef a_first, b_first;
};

}  // namespace wirefacts

#endif  // WIREFACTS_MODEL_CLAIM_H_
