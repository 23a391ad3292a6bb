// Recognition rules added for issue 6: teams named by their city in results,
// organisations learned from descriptors ("automaker X"), currency prefixes
// ("US$"), and the names and given names mined from CoNLL-2003 training data.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "base/rule_files.h"
#include "extractors/actor_extractor.h"

namespace wirefacts {
namespace {

const ActorExtractor& Extractor() {
  static std::unique_ptr<ActorExtractor> ex = [] {
    std::unique_ptr<ActorExtractor> e;
    Status s = ActorExtractor::Create(RuleFiles(), &e);
    if (!s.ok()) FAIL(s.ToString());
    return e;
  }();
  return *ex;
}

// "surface=kind" for every mention, in order.
std::vector<std::string> Describe(const std::string& text) {
  DocumentView doc;
  doc.text = text;
  ActorResult r;
  Extractor().Extract(doc, &r);
  std::vector<std::string> out;
  for (const Mention& m : r.mentions)
    out.push_back(m.text + "=" + std::string(ActorKindName(m.kind)));
  return out;
}

struct Case {
  const char* text;
  std::vector<std::string> present;  // "surface=kind" that must be found
  std::vector<std::string> absent;   // "surface=kind" that must not be
};

TEST_CASE("actor recognition: teams, learned organisations, currency prefixes") {
  const Case kCases[] = {
      // A city followed by a score is its team.
      {"Results: Leeds 2 Southampton 0 , Newcastle 1 Chelsea 1 .",
       {"Leeds=organization", "Southampton=organization", "Newcastle=organization"},
       {"Leeds=place"}},
      // ... but not a city followed by a count of something, or a dateline.
      {"In Atlanta 25 people were hurt on Monday.", {"Atlanta=place"}, {"Atlanta=organization"}},
      {"LONDON 1996-08-30\nShares rose.", {"LONDON=place"}, {"LONDON=organization"}},
      // A descriptor makes an unknown name an organisation, everywhere in the
      // story.
      {"Shares of automaker Zentrova fell. Zentrova said sales dropped.",
       {"Zentrova=organization"},
       {}},
      {"The budget airline, Skyquill, ordered jets on Tuesday.", {"Skyquill=organization"}, {}},
      // "US$" is a currency sign, not a mention of the country.
      {"The contract is worth US$ 40 billion to the United States.",
       {"United States=country"},
       {"US=country"}},
      // Mined organisation names; a mined name that is a common word needs more.
      {"Analysts said Gazprom raised prices on Wednesday.",
       {"Gazprom=organization"},
       {"Wednesday=organization"}},
      // Mined given names start a person name.
      {"On Sunday Dmitry Kolbanov finished second.", {"Dmitry Kolbanov=person"}, {}},
  };
  for (const Case& c : kCases) {
    std::vector<std::string> got = Describe(c.text);
    INFO(c.text);
    for (const std::string& want : c.present) {
      INFO("want " << want);
      CHECK(std::find(got.begin(), got.end(), want) != got.end());
    }
    for (const std::string& bad : c.absent) {
      INFO("unwanted " << bad);
      CHECK(std::find(got.begin(), got.end(), bad) == got.end());
    }
  }
}

}  // namespace
}  // namespace wirefacts
