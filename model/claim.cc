#include "model/claim.h"

#include <array>
#include <utility>

namespace wirefacts {
namespace {

template <typename E, size_t N>
bool ParseName(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name,
               E* out) {
  for (const auto& [value, text] : table) {
    if (text == name) {
      *out = value;
      return true;
    }
  }
  return false;
}

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, text] : table)
    if (v == value) return text;
  return "";
}

constexpr std::array<std::pair<ClaimKind, std::string_view>, 5> kClaimKinds{{
    {ClaimKind::kMoney, "money"},
    {ClaimKind::kPercent, "percent"},
    {ClaimKind::kDate, "date"},
    {ClaimKind::kDuration, "duration"},
    {ClaimKind::kSet, "set"},
}};
constexpr std::array<std::pair<ActorKind, std::string_view>, 4> kActorKinds{{
    {ActorKind::kPerson, "person"},
    {ActorKind::kOrganization, "organization"},
    {ActorKind::kCountry, "country"},
    {ActorKind::kPlace, "place"},
}};
constexpr std::array<std::pair<MentionForm, std::string_view>, 5> kForms{{
    {MentionForm::kName, "name"},
    {MentionForm::kAlias, "alias"},
    {MentionForm::kDemonym, "demonym"},
    {MentionForm::kTitle, "title"},
    {MentionForm::kPronoun, "pronoun"},
}};
constexpr std::array<std::pair<RelationKind, std::string_view>, 3> kRelationKinds{{
    {RelationKind::kCorroborates, "corroborates"},
    {RelationKind::kRefines, "refines"},
    {RelationKind::kConflicts, "conflicts"},
}};

}  // namespace

bool CreditsActor(const Attribution& a, std::string_view name) {
  constexpr std::string_view kAnd = " and ";
  const std::string_view who = a.said_by;
  if (name.empty() || who.size() < name.size()) return false;
  if (who == name) return true;
  if (who.size() < name.size() + kAnd.size()) return false;
  const bool first =
      who.substr(0, name.size()) == name && who.substr(name.size(), kAnd.size()) == kAnd;
  const bool second = who.substr(who.size() - name.size()) == name &&
                      who.substr(who.size() - name.size() - kAnd.size(), kAnd.size()) == kAnd;
  return first || second;
}

std::string_view ClaimKindName(ClaimKind kind) { return NameOf(kClaimKinds, kind); }
bool ParseClaimKind(std::string_view name, ClaimKind* kind) {
  return ParseName(kClaimKinds, name, kind);
}
std::string_view ActorKindName(ActorKind kind) { return NameOf(kActorKinds, kind); }
bool ParseActorKind(std::string_view name, ActorKind* kind) {
  return ParseName(kActorKinds, name, kind);
}
std::string_view MentionFormName(MentionForm form) { return NameOf(kForms, form); }
std::string_view RelationKindName(RelationKind kind) { return NameOf(kRelationKinds, kind); }
bool ParseRelationKind(std::string_view name, RelationKind* kind) {
  return ParseName(kRelationKinds, name, kind);
}

}  // namespace wirefacts
