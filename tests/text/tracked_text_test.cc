#include "text/tracked_text.h"

#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace wirefacts
