#include "text/offset_map.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("OffsetMap::Append shifts a later piece's anchors", "[text]") {
  // Piece 1: output [0, 10) from input [0, 12) (two bytes dropped at 4).
  OffsetMap first;
  first.Add(0, 0);
  first.Add(4, 6);
  // Piece 2: output [0, 5) from input [0, 5), with an edit at 2 -> 3.
  OffsetMap second;
  second.Add(2, 3);
  OffsetMap joined;
  joined.Append(first, 0, 0);
  joined.Append(second, 11, 12);  // one joiner byte at output 10
  struct Case {
    size_t out, in;
  };
  const Case cases[] = {{0, 0}, {3, 3}, {4, 6}, {9, 11}, {11, 12}, {12, 13}, {13, 15}, {15, 17}};
  for (const Case& c : cases) {
    INFO("out " << c.out);
    CHECK(joined.ToSource(c.out) == c.in);
  }
  // An empty map is the identity from where its piece starts.
  OffsetMap identity;
  OffsetMap shifted;
  shifted.Append(identity, 5, 20);
  CHECK(shifted.ToSource(7) == 22);
}

}  // namespace
}  // namespace wirefacts
