#include "extractors/gazetteer.h"

#include <set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <catch2/catch.hpp>

#include "base/rule_files.h"
#include "extractors/actor_tokens.h"

namespace wirefacts {
namespace {

const Gazetteer& Gaz() {
  static Gazetteer* g = [] {
    auto* x = new Gazetteer();
    Status s = x->Load(RuleFiles());
    if (!s.ok()) FAIL(s.ToString());
    return x;
  }();
  return *g;
}

TEST_CASE("gazetteer: longest match by token key", "[gazetteer]") {
  struct Case {
    const char* text;
    size_t len;             // tokens matched at token 0
    const char* canonical;  // "" when no match
    ActorKind kind;
    MentionForm form;
  } cases[] = {
      {"U.S. officials", 1, "United States", ActorKind::kCountry, MentionForm::kAlias},
      {"United States of America", 4, "United States", ActorKind::kCountry, MentionForm::kAlias},
      {"Chinese goods", 1, "China", ActorKind::kCountry, MentionForm::kDemonym},
      {"North Korean missiles", 2, "North Korea", ActorKind::kCountry, MentionForm::kDemonym},
      {"Buenos Aires talks", 2, "Buenos Aires", ActorKind::kPlace, MentionForm::kName},
      {"The Wall Street Journal reported", 4, "The Wall Street Journal", ActorKind::kOrganization,
       MentionForm::kName},
      {"Wall Street Journal reported", 3, "The Wall Street Journal", ActorKind::kOrganization,
       MentionForm::kAlias},
      {"Wall Street rallied", 2, "Wall Street", ActorKind::kPlace, MentionForm::kName},
      {"Standard & Poor’s 500", 4, "Standard & Poor's", ActorKind::kOrganization,
       MentionForm::kName},
      {"JAPAN BEAT CHINA", 1, "Japan", ActorKind::kCountry, MentionForm::kName},
      {"Orlik said", 0, "", ActorKind::kPerson, MentionForm::kName},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<ActorToken> t = TokenizeForActors(c.text, nullptr);
    size_t len = 0;
    const std::vector<GazetteerEntry>* e = Gaz().LongestMatch(t, 0, t.size(), &len);
    CHECK(len == c.len);
    if (c.len == 0) {
      CHECK(e == nullptr);
      continue;
    }
    REQUIRE(e != nullptr);
    CHECK(e->front().canonical == c.canonical);
    CHECK(e->front().kind == c.kind);
    CHECK(e->front().form == c.form);
  }
}

TEST_CASE("gazetteer: short forms are marked", "[gazetteer]") {
  const std::vector<GazetteerEntry>* e = Gaz().Find("the Journal");
  REQUIRE(e != nullptr);
  CHECK(e->front().short_form);
  CHECK(e->front().canonical == "The Wall Street Journal");
}

TEST_CASE("gazetteer: typo targets exclude demonyms and acronyms", "[gazetteer]") {
  std::set<std::string> keys;
  for (const GazetteerName& n : Gaz().NamesStartingWith('B')) keys.insert(n.key);
  CHECK(keys.count("Beijing") == 1);
  CHECK(keys.count("Buenos Aires") == 1);
  CHECK(keys.count("Brazilian") == 0);
  std::set<std::string> u;
  for (const GazetteerName& n : Gaz().NamesStartingWith('U')) u.insert(n.key);
  CHECK(u.count("U.S.") == 0);
}

// Cross-check: every ISO code of the countries file that ICU knows has ICU's
// English display name among the row's canonical name and aliases, except
// for a few where news usage differs on purpose.
TEST_CASE("countries agree with ICU display names", "[gazetteer]") {
  std::vector<RuleRecord> rows;
  REQUIRE(RuleFiles().ReadRecords("extractors/rules/actor_countries.tsv", &rows).ok());
  CHECK(rows.size() >= 195);
  int checked = 0, agree = 0;
  std::vector<std::string> disagree;
  for (const RuleRecord& r : rows) {
    REQUIRE(r.fields.size() >= 2);
    icu::Locale loc("", r.fields[1].c_str());
    icu::UnicodeString name;
    loc.getDisplayCountry(icu::Locale::getEnglish(), name);
    std::string icu_name;
    name.toUTF8String(icu_name);
    if (icu_name.empty() || icu_name == r.fields[1]) continue;
    ++checked;
    std::string all = "|" + r.fields[0] + "|" + (r.fields.size() > 2 ? r.fields[2] : "") + "|";
    if (all.find("|" + icu_name + "|") != std::string::npos)
      ++agree;
    else
      disagree.push_back(r.fields[0] + " / ICU " + icu_name);
  }
  std::string list;
  for (const std::string& d : disagree) list += d + "; ";
  INFO(list);
  CHECK(checked >= 190);
  CHECK(agree >= checked * 8 / 10);
}

}  // namespace
}  // namespace wirefacts
