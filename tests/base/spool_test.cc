#include "base/spool.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

TEST_CASE("Spool gives back what was appended, mapped or not", "[base][spool]") {
  std::string big;
  for (int i = 0; big.size() < (size_t{3} << 20); ++i) big += "line " + std::to_string(i) + "\n";
  struct Case {
    const char* name;
    std::vector<std::string> parts;
  } cases[] = {
      {"nothing", {}},
      {"one empty part", {""}},
      {"small parts", {"a", "", "bc\n", "d"}},
      {"several MB", {big, "\n", big}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Spool spool;
    REQUIRE(spool.Open().ok());
    std::string want;
    for (const std::string& p : c.parts) {
      REQUIRE(spool.Append(p).ok());
      want += p;
    }
    CHECK(spool.size() == want.size());
    std::string_view text;
    REQUIRE(spool.Map(&text).ok());
    CHECK(text == want);
    CHECK_FALSE(spool.Append("late").ok());  // no Append after Map
    // Read again and again while its pages are handed back: same bytes.
    size_t reads = 0;
    const Status s = spool.WhileReleasing([&] {
      for (int k = 0; k < 3; ++k) {
        if (text != want) return Status::InvalidInput("changed");
        ++reads;
      }
      return Status::InvalidInput("the function's own status");
    });
    CHECK(reads == 3);
    CHECK(s.message() == "the function's own status");
    CHECK(text == want);
  }
}

TEST_CASE("Spool refuses use before Open", "[base][spool]") {
  Spool spool;
  CHECK_FALSE(spool.Append("x").ok());
  std::string_view text;
  CHECK_FALSE(spool.Map(&text).ok());
  CHECK(spool.WhileReleasing([] { return Status::OK(); }).ok());
}

}  // namespace
}  // namespace wirefacts
