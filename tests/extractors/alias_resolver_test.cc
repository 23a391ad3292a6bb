#include "extractors/alias_resolver.h"

#include <catch2/catch.hpp>

#include "base/rule_files.h"

namespace wirefacts {
namespace {

const NameLexicon& Lexicon() {
  static NameLexicon* lex = [] {
    auto* l = new NameLexicon();
    Status s = l->Load(RuleFiles());
    if (!s.ok()) FAIL(s.ToString());
    return l;
  }();
  return *lex;
}

struct Case {
  const char* what;
  std::vector<PersonCandidate> cands;
  std::vector<std::string> want;  // canonical name per candidate
};

TEST_CASE("alias resolution of person names", "[alias_resolver]") {
  std::vector<Case> cases = {
      {"nickname pair merges to the longer given name",
       {{{"Steve", "Mnuchin"}, "Treasury Secretary", 10},
        {{"Steven", "Mnuchin"}, "Treasury Secretary", 50}},
       {"Steven Mnuchin", "Steven Mnuchin"}},
      {"surname links to the full name, before or after it",
       {{{"Trump"}, "President", 5}, {{"Donald", "Trump"}, "", 40}, {{"Trump"}, "", 90}},
       {"Donald Trump", "Donald Trump", "Donald Trump"}},
      {"a bare surname with no full name stays a person of one word",
       {{{"Trump"}, "President", 5}, {{"Trump"}, "", 30}},
       {"Trump", "Trump"}},
      {"Chinese order: the family name comes first",
       {{{"Xi", "Jinping"}, "President", 5}, {{"Xi"}, "", 30}},
       {"Xi Jinping", "Xi Jinping"}},
      {"different given names with one surname stay apart; nearest earlier wins",
       {{{"Bill", "Clinton"}, "", 5}, {{"Hillary", "Clinton"}, "", 30}, {{"Clinton"}, "", 60}},
       {"Bill Clinton", "Hillary Clinton", "Hillary Clinton"}},
      {"Bob and Robert are one person",
       {{{"Bob", "Lighthizer"}, "", 5}, {{"Robert", "Lighthizer"}, "", 30}},
       {"Robert Lighthizer", "Robert Lighthizer"}},
      {"a typo of a surname joins the full name",
       {{{"Steven", "Mnuchin"}, "", 5}, {{"Mnuchn"}, "", 30}},
       {"Steven Mnuchin", "Steven Mnuchin"}},
      {"a middle initial: the fuller form wins",
       {{{"George", "Bush"}, "", 5}, {{"George", "W.", "Bush"}, "", 30}},
       {"George W. Bush", "George W. Bush"}},
      {"hyphenated and spaced spellings are one name, spelled as first seen",
       {{{"Kim", "Jong-un"}, "", 5}, {{"Kim", "Jong", "Un"}, "", 30}},
       {"Kim Jong-un", "Kim Jong-un"}},
      {"the spaced spelling first",
       {{{"Jean", "Claude", "Juncker"}, "", 5}, {{"Jean-Claude", "Juncker"}, "", 30}},
       {"Jean Claude Juncker", "Jean Claude Juncker"}},
      {"a hyphenated surname is no other person's surname",
       {{{"Anna", "Smith-Jones"}, "", 5}, {{"Mark", "Jones"}, "", 30}},
       {"Anna Smith-Jones", "Mark Jones"}},
  };
  AliasResolver resolver(&Lexicon());
  for (const Case& c : cases) {
    INFO(c.what);
    std::vector<int> of;
    std::vector<PersonCluster> clusters;
    resolver.Resolve(c.cands, &of, &clusters);
    REQUIRE(of.size() == c.cands.size());
    for (size_t i = 0; i < of.size(); ++i) CHECK(clusters[of[i]].name == c.want[i]);
  }
}

TEST_CASE("titles: the longest seen is kept", "[alias_resolver]") {
  AliasResolver resolver(&Lexicon());
  std::vector<PersonCandidate> cands = {{{"Tom", "Orlik"}, "", 5},
                                        {{"Orlik"}, "chief economist, Bloomberg Economics", 40},
                                        {{"Orlik"}, "economist", 80}};
  std::vector<int> of;
  std::vector<PersonCluster> clusters;
  resolver.Resolve(cands, &of, &clusters);
  REQUIRE(clusters.size() == 1);
  CHECK(clusters[0].title == "chief economist, Bloomberg Economics");
}

TEST_CASE("given names: nickname groups and initials", "[alias_resolver]") {
  const NameLexicon& lex = Lexicon();
  CHECK(lex.SameFirstName("Steve", "Steven"));
  CHECK(lex.SameFirstName("Bill", "William"));
  CHECK(lex.SameFirstName("J.", "James"));
  CHECK_FALSE(lex.SameFirstName("Bill", "Hillary"));
  CHECK(lex.IsFirstName("Michael"));
  CHECK_FALSE(lex.IsFirstName("Wang"));  // a family name, first in Chinese order
  CHECK(lex.Stop("May") == NameStop::kMonth);
  CHECK(lex.Stop("He") == NameStop::kPronoun);
  CHECK(lex.Stop("The") == NameStop::kFunction);
  CHECK(lex.Stop("Mnuchin") == NameStop::kNone);
}

}  // namespace
}  // namespace wirefacts
