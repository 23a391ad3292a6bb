#include "text/mojibake.h"

#include <catch2/catch.hpp>

#include <string>

namespace wirefacts {
namespace {

std::string Repair(const std::string& in, int* count = nullptr) {
  TrackedText a = TrackedText::FromInput(in), b;
  int n = RepairMojibake(a, &b);
  if (count) *count = n;
  REQUIRE(b.src.size() == b.text.size() + 1);
  return b.text;
}

TEST_CASE("RepairMojibake undoes UTF-8 read as Windows-1252", "[mojibake]") {
  struct Case {
    const char* in;
    const char* want;
    int repaired;
  };
  const Case cases[] = {
      {"the worldâ€™s largest", "the world’s largest", 1},
      {"â€œQuoteâ€\xC2\x9D he said", "“Quote” he said", 2},  // 0x9D kept as U+009D
      {"surplus â€” which", "surplus — which", 1},
      {"1987â€“88", "1987–88", 1},
      {"cafÃ© au lait", "café au lait", 1},
      {"Ã‰cole", "École", 1},
      {"costÂ£5", "cost£5", 1},
      {"priceÂ\xC2\xA0"
       "10",
       "price\xC2\xA0"
       "10",
       1},                                             // "Â" + NBSP -> NBSP
      {"10Â km", "10 km", 1},                          // NBSP's second byte lost
      {"the costs.â€\nNext", "the costs.”\nNext", 1},  // truncated closing quote
      {"emoji ðŸ˜€ here", "emoji 😀 here", 1},          // four-byte sequence
      // Legitimate text is left alone.
      {"São Paulo, Zürich, Ångström", "São Paulo, Zürich, Ångström", 0},
      {"Ã alone and Ã© together", "Ã alone and é together", 1},
      {"plain ASCII text.", "plain ASCII text.", 0},
      {"über€ is fine", "über€ is fine", 0},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    int n = -1;
    CHECK(Repair(c.in, &n) == c.want);
    CHECK(n == c.repaired);
  }
}

TEST_CASE("RepairMojibake keeps offsets of untouched bytes", "[mojibake]") {
  const std::string in = "abc â€™ def";
  TrackedText a = TrackedText::FromInput(in), b;
  RepairMojibake(a, &b);
  REQUIRE(b.text == "abc ’ def");
  CHECK(b.src[0] == 0);
  CHECK(b.src[4] == 4);      // the repaired quote maps to its sequence
  CHECK(b.src[7] == 4 + 8);  // " def" follows the 8-byte sequence
  CHECK(b.src[b.text.size()] == in.size());
  OffsetMap m = b.ToOffsetMap();
  CHECK(m.ToSource(8) == 13);  // "def"
}

TEST_CASE("MayHaveMojibake is a cheap pre-check", "[mojibake]") {
  CHECK(MayHaveMojibake("worldâ€™s"));
  CHECK(MayHaveMojibake("Ã©"));
  CHECK_FALSE(MayHaveMojibake("world’s plain"));
}

TEST_CASE("RepairQuoteDaggers fixes daggers standing for closing quotes", "[mojibake]") {
  struct Case {
    const char* in;
    const char* want;
    int repaired;
  };
  const Case cases[] = {
      {"China “significantly†increase purchases", "China “significantly” increase purchases", 1},
      {"“with other countries,†he said.", "“with other countries,” he said.", 1},
      {"“a gambit,† Orlik said.", "“a gambit,” Orlik said.", 1},
      {"“Done.†", "“Done.”", 1},
      // Footnote daggers and daggers without an open quote stay.
      {"Smith† died in 1990.", "Smith† died in 1990.", 0},
      {"“Quoted” then †note", "“Quoted” then †note", 0},
      {"“Open quote on line one\nline two†x", "“Open quote on line one\nline two†x", 0},
      {"† Denotes an estimate.", "† Denotes an estimate.", 0},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    TrackedText a = TrackedText::FromInput(c.in), b;
    CHECK(RepairQuoteDaggers(a, &b) == c.repaired);
    CHECK(b.text == c.want);
    CHECK(b.src.size() == b.text.size() + 1);
  }
}

}  // namespace
}  // namespace wirefacts
