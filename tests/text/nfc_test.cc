#include "text/nfc.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("ToNfc composes and tracks offsets", "[nfc]") {
  const std::string in = "Cafe\xCC\x81 and Zu\xCC\x88rich";  // e + U+0301, u + U+0308
  TrackedText a = TrackedText::FromInput(in), b;
  REQUIRE(ToNfc(a, &b).ok());
  CHECK(b.text == "Café and Zürich");
  REQUIRE(b.src.size() == b.text.size() + 1);
  const OffsetMap m = b.ToOffsetMap();
  // " and " follows the composed é (2 bytes, 3 in the input).
  const size_t and_out = b.text.find(" and");
  CHECK(m.ToSource(and_out) == in.find(" and"));
  CHECK(m.ToSource(b.text.size()) == in.size());
}

TEST_CASE("ToNfc copies text that is already NFC", "[nfc]") {
  TrackedText a = TrackedText::FromInput("plain — text ’"), b;
  REQUIRE(ToNfc(a, &b).ok());
  CHECK(b.text == a.text);
  CHECK(b.src == a.src);
}

}  // namespace
}  // namespace wirefacts
