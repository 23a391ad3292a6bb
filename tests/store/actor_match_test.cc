#include "store/actor_match.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("AliasKey folds case and collapses white space", "[store]") {
  struct Case {
    const char* in;
    const char* key;
  } cases[] = {
      {"Donald Trump", "donald trump"},
      {"  Donald   TRUMP ", "donald trump"},
      {"U.S.", "u.s."},
      {"ÉLYSÉE Palace", "élysée palace"},
      {"Straße", "strasse"},  // full Unicode case folding
      {"", ""},
      {"   ", ""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(AliasKey(c.in) == c.key);
  }
}

TEST_CASE("SpacedKey reads inner hyphens as spaces", "[store]") {
  struct Case {
    const char* key;
    const char* spaced;
  } cases[] = {
      {"kim jong-un", "kim jong un"},
      {"coca-cola", "coca cola"},
      {"jean-claude van damme", "jean claude van damme"},
      {"al-qaeda", "al qaeda"},
      {"donald trump", ""},  // no hyphen: no second key
      {"-x", ""},            // a hyphen at an end is kept
      {"x-", ""},
      {"a - b", ""},  // a dash between words is no name hyphen
      {"a--b", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.key);
    CHECK(SpacedKey(c.key) == c.spaced);
  }
}

TEST_CASE("SurnameKey is the folded last token", "[store]") {
  CHECK(SurnameKey("Donald Trump") == "trump");
  CHECK(SurnameKey("Trump") == "trump");
  CHECK(SurnameKey("Liu He") == "he");
  CHECK(SurnameKey("") == "");
  CHECK(SurnameKey("Clifford F. Stritch Jr.") == "stritch");  // a suffix is no surname
  CHECK(SurnameKey("John Smith, Sr") == "smith");
  CHECK(SurnameKey("Louis XIV") == "xiv");
  CHECK(SurnameKey("Jr.") == "jr.");  // nothing else: kept
}

TEST_CASE("PersonNamesCompatible", "[store]") {
  struct Case {
    const char* a;
    const char* b;
    bool same;
  } cases[] = {
      {"Trump", "Donald Trump", true},
      {"Donald Trump", "trump", true},
      {"Steve Mnuchin", "Steven Mnuchin", true},
      {"Don Smith", "Donald Smith", true},
      {"J. Smith", "John Smith", true},
      {"Donald Trump", "Ivanka Trump", false},
      {"Donald Trump", "Donald Tusk", false},
      {"Trump", "Tusk", false},
      {"", "Trump", false},
      {"Clifford F. Stritch Jr.", "Clifford Stritch", true},
      {"Clifford F. Stritch Jr.", "Clifford L. Alexander Jr", false},  // "Jr" is no surname
      {"Stritch Jr", "Clifford Stritch", true},
  };
  for (const Case& c : cases) {
    INFO(c.a << " / " << c.b);
    CHECK(PersonNamesCompatible(c.a, c.b) == c.same);
    CHECK(PersonNamesCompatible(c.b, c.a) == c.same);
  }
}

TEST_CASE("FullerName prefers more tokens, then more characters", "[store]") {
  std::string trump = "Trump", donald = "Donald Trump", steve = "Steve Mnuchin",
              steven = "Steven Mnuchin";
  CHECK(FullerName(trump, donald) == "Donald Trump");
  CHECK(FullerName(donald, trump) == "Donald Trump");
  CHECK(FullerName(steve, steven) == "Steven Mnuchin");
  CHECK(&FullerName(donald, donald) == &donald);  // a tie keeps the stored name
  std::string hyphen = "Kim Jong-un", spaced = "Kim Jong Un";
  CHECK(&FullerName(hyphen, spaced) == &hyphen);  // one spelling: the stored one stays
  CHECK(&FullerName(spaced, hyphen) == &spaced);
}

}  // namespace
}  // namespace wirefacts
