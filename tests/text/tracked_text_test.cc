#include "text/tracked_text.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

TEST_CASE("TrackedText builds an OffsetMap with anchors at edits", "[offsets]") {
  const std::string in = "ab\r\ncd  XYZ ef";
  TrackedText a = TrackedText::FromInput(in), b;
  b.Reset(in.size());
  b.AppendCopy(a, 0, 2);               // "ab"
  b.AppendReplacement(a, 2, 2, "\n");  // "\r\n" -> "\n"
  b.AppendCopy(a, 4, 2);               // "cd"
  b.AppendReplacement(a, 6, 5, " ");   // "  XYZ" -> " "
  b.AppendCopy(a, 11, 3);              // " ef"
  b.Finish(a, in.size());
  REQUIRE(b.text == "ab\ncd  ef");
  const OffsetMap m = b.ToOffsetMap();
  const size_t want[] = {0, 1, 2, 4, 5, 6, 11, 12, 13, 14};
  for (size_t i = 0; i <= b.text.size(); ++i) {
    INFO(i);
    CHECK(m.ToSource(i) == want[i]);
  }
}

TEST_CASE("TrackedText replacement longer than its region stays inside it", "[offsets]") {
  TrackedText a = TrackedText::FromInput("x†y"), b;
  b.Reset(8);
  b.AppendCopy(a, 0, 1);
  b.AppendReplacement(a, 1, 3, "” ");  // 4 bytes for 3
  b.AppendCopy(a, 4, 1);
  b.Finish(a, 5);
  const OffsetMap m = b.ToOffsetMap();
  for (size_t i = 1; i <= 4; ++i) {
    CHECK(m.ToSource(i) >= 1);
    CHECK(m.ToSource(i) <= 3);
  }
  CHECK(m.ToSource(5) == 4);
  CHECK(m.ToSource(6) == 5);
}

TEST_CASE("TrackedText anchors every edit, wherever it falls in a long text", "[offsets]") {
  // The map is built a block of bytes at a time: edits at and around block
  // edges, none, or several close together. Each edit replaces the 2 bytes
  // at an offset with 1, or (negative offset) inserts 3 bytes there.
  struct Case {
    size_t length;
    std::vector<long> edits;  // increasing |offset|
  };
  const Case cases[] = {
      {0, {}},          {1, {}},          {15, {}},         {16, {}},           {17, {}},
      {100, {}},        {40, {0}},        {40, {14}},       {40, {15}},         {40, {16}},
      {40, {17}},       {40, {31, 33}},   {40, {38}},       {70, {-16, 32}},    {70, {-1, -2}},
      {70, {5, 8, 11}}, {70, {-47, -48}}, {33, {-15, -31}}, {200, {-100, 150}},
  };
  for (const Case& c : cases) {
    std::string in(c.length, 'x');
    for (size_t i = 0; i < in.size(); ++i) in[i] = static_cast<char>('a' + i % 26);
    TrackedText a = TrackedText::FromInput(in), b;
    REQUIRE(a.src.size() == in.size() + 1);
    for (size_t i = 0; i < a.src.size(); ++i) REQUIRE(a.src[i] == i);
    b.Reset(in.size() + 8);
    size_t pos = 0;
    for (long e : c.edits) {
      const size_t at = static_cast<size_t>(e < 0 ? -e : e);
      b.AppendCopy(a, pos, at - pos);
      if (e < 0) {
        b.AppendReplacement(a, at, 0, "+++");
        pos = at;
      } else {
        b.AppendReplacement(a, at, 2, "-");
        pos = at + 2;
      }
    }
    b.AppendCopy(a, pos, in.size() - pos);
    b.Finish(a, in.size());
    const OffsetMap m = b.ToOffsetMap();
    for (size_t i = 0; i < b.src.size(); ++i) {
      INFO(c.length << " bytes, output offset " << i);
      CHECK(m.ToSource(i) == b.src[i]);
    }
  }
}

}  // namespace
}  // namespace wirefacts
