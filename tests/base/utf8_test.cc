#include "base/utf8.h"

#include <catch2/catch.hpp>
#include <string>

namespace wirefacts {
namespace {

TEST_CASE("IsValidUtf8 accepts well-formed and rejects malformed text", "[utf8]") {
  struct Case {
    std::string input;
    bool valid;
    size_t bad;
  };
  const Case cases[] = {
      {"plain ascii", true, 0},
      {"caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d", true, 0},
      {"\xf0\x9f\x98\x80 emoji", true, 0},
      {"bad \xff byte", false, 4},
      {"truncated \xe2\x80", false, 10},
      {"overlong \xc0\xaf", false, 9},
      {"surrogate \xed\xa0\x80", false, 10},
      {"too high \xf4\x90\x80\x80", false, 9},
      {"sixteen ascii by\xff", false, 16},  // after whole 8-byte words of ASCII
      {"eight ok \xc3\xa9 then sixteen more \xe2\x80", false, 30},
  };
  for (const Case& c : cases) {
    size_t bad = 0;
    INFO(c.input);
    CHECK(IsValidUtf8(c.input, &bad) == c.valid);
    if (!c.valid) CHECK(bad == c.bad);
  }
}

TEST_CASE("CodepointIndex maps bytes to code points", "[utf8]") {
  std::string text =
      "a\xe2\x80\x94"
      "b";                                          // a, em dash (3 bytes), b
  for (int i = 0; i < 40; ++i) text += "\xc3\xa9";  // past one 64-byte block
  CodepointIndex index(text);
  CHECK(index.ToCodepoint(0) == 0);
  CHECK(index.ToCodepoint(1) == 1);
  CHECK(index.ToCodepoint(2) == 1);  // inside the dash
  CHECK(index.ToCodepoint(4) == 2);
  CHECK(index.ToCodepoint(5) == 3);
  CHECK(index.ToCodepoint(5 + 2 * 39) == 3 + 39);
  CHECK(index.ToCodepoint(text.size()) == CodepointCount(text));
  CHECK(CodepointCount(text) == 43);
}

TEST_CASE("CodepointIndex agrees with counting byte by byte", "[utf8]") {
  // ASCII only (code points are bytes), and multi-byte characters around
  // and across the 64-byte blocks and 8-byte words the index counts by.
  std::string ascii, mixed, wide;
  for (int i = 0; i < 150; ++i) ascii += static_cast<char>('a' + i % 26);
  for (int i = 0; i < 60; ++i)
    mixed += i % 7 == 0 ? "\xe2\x80\x94" : (i % 5 == 0 ? "\xc3\xa9" : "x");
  for (int i = 0; i < 40; ++i) wide += i % 3 == 0 ? "\xf0\x9f\x93\x88" : "y";
  for (const std::string* text : {&ascii, &mixed, &wide}) {
    CodepointIndex index(*text);
    size_t cp = 0;
    for (size_t b = 0; b <= text->size(); ++b) {
      // The code point holding byte b: a continuation byte belongs to the
      // one before it.
      const bool continuation =
          b < text->size() && (static_cast<unsigned char>((*text)[b]) & 0xC0) == 0x80;
      INFO("byte " << b);
      CHECK(index.ToCodepoint(b) == (continuation ? cp - 1 : cp));
      if (b < text->size() && !continuation) ++cp;
    }
    CHECK(CodepointCount(*text) == cp);
  }
}

}  // namespace
}  // namespace wirefacts
