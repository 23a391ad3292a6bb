#include "extractors/actor_tokens.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

std::vector<std::string> Norms(const std::vector<ActorToken>& t) {
  std::vector<std::string> out;
  for (const ActorToken& x : t) out.push_back(x.norm);
  return out;
}

TEST_CASE("actor tokens: words, abbreviations, possessives", "[actor_tokens]") {
  struct Case {
    const char* text;
    std::vector<std::string> tokens;
    const char* key;  // TokenKey of all tokens
  } cases[] = {
      {"U.S.-China talks", {"U.S.", "-", "China", "talks"}, "U.S.-China talks"},
      {"China’s exports", {"China", "'s", "exports"}, "China's exports"},
      {"Standard & Poor’s 500", {"Standard", "&", "Poor", "'s", "500"}, "Standard & Poor's 500"},
      {"Sen. O'Brien", {"Sen", ".", "O'Brien"}, "Sen. O'Brien"},
      {"George W. Bush", {"George", "W", ".", "Bush"}, "George W. Bush"},
      {"Washington,  D.C.", {"Washington", ",", "D.C."}, "Washington, D.C."},
      {"weren't public", {"weren't", "public"}, "weren't public"},
      {"São Paulo", {"São", "Paulo"}, "São Paulo"},
      // Apostrophe names stay one word, straight or curly; "Mc"/"Mac" names
      // are ordinary words; a possessive after them splits off.
      {"Michael O'Leary", {"Michael", "O'Leary"}, "Michael O'Leary"},
      {"Michael O’Leary’s plan", {"Michael", "O'Leary", "'s", "plan"}, "Michael O'Leary's plan"},
      {"Gina D'Amato", {"Gina", "D'Amato"}, "Gina D'Amato"},
      {"Ewan McAllister and Fiona MacLeod",
       {"Ewan", "McAllister", "and", "Fiona", "MacLeod"},
       "Ewan McAllister and Fiona MacLeod"},
      // Hyphens are tokens of their own, joined on both sides (the name
      // patterns rebuild "Min-jun"); the key keeps them joined.
      {"Min-jun Seo", {"Min", "-", "jun", "Seo"}, "Min-jun Seo"},
      {"Kim Jong-un", {"Kim", "Jong", "-", "un"}, "Kim Jong-un"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    std::vector<ActorToken> t = TokenizeForActors(c.text, nullptr);
    CHECK(Norms(t) == c.tokens);
    CHECK(TokenKey(t, 0, t.size()) == c.key);
    for (const ActorToken& x : t) CHECK(x.end > x.begin);
  }
}

TEST_CASE("actor tokens: case flags and sentences", "[actor_tokens]") {
  std::string text = "NEW YORK rallied.\nThe Fed said so.";
  std::vector<ActorToken> t = TokenizeForActors(text, nullptr);
  REQUIRE(t.size() == 9);
  CHECK(t[0].upper);
  CHECK(t[0].cap);
  CHECK(t[0].sentence_initial);
  CHECK_FALSE(t[1].sentence_initial);
  CHECK_FALSE(t[2].cap);
  CHECK(t[4].norm == "The");
  CHECK(t[4].sentence == 1);
  CHECK(t[4].sentence_initial);
  CHECK_FALSE(t[5].upper);  // "Fed"
  // Explicit sentences override lines.
  std::vector<Sentence> one = {{0, text.size()}};
  std::vector<ActorToken> u = TokenizeForActors(text, &one);
  CHECK_FALSE(u[4].sentence_initial);
  CHECK(NameKey("Côte d’Ivoire") == "Côte d'Ivoire");
  CHECK(LowerAscii("U.S. Trade") == "u.s. trade");
}

}  // namespace
}  // namespace wirefacts
