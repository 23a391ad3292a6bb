#include "base/iso_date.h"

#include <catch2/catch.hpp>
#include <string>

namespace wirefacts {
namespace {

TEST_CASE("IsIsoDateTime accepts ISO dates and date-times, checks ranges", "[ingest][iso_date]") {
  struct Case {
    const char* input;
    bool valid;
  };
  const Case cases[] = {
      {"2019-01-18", true},
      {"2019-01-18T10:00", true},
      {"2019-01-18T10:00:59", true},
      {"2019-01-18T10:00:00Z", true},
      {"2019-01-18T10:00:00.123Z", true},
      {"2019-01-18T10:00:00+01:00", true},
      {"2019-01-18T10:00-0530", true},
      {"1987-02-26T15:01:01Z", true},
      {"2020-02-29", true},   // leap year
      {"2000-02-29", true},   // divisible by 400
      {"1900-02-29", false},  // divisible by 100
      {"2019-02-29", false},
      {"2019-02-30T10:00:00Z", false},
      {"2019-04-31", false},
      {"2019-13-01", false},
      {"2019-00-10", false},
      {"2019-01-00", false},
      {"2019-01-18T24:00", false},
      {"2019-01-18T10:60", false},
      {"2019-01-18T10", false},
      {"2019-01-18T10:00:00.", false},
      {"2019-01-18T10:00:00+1", false},
      {"2019-01-18 10:00", false},
      {"2019-01-18T10:00:00z", false},
      {"2019-01-18Z", false},
      {"18 Jan 2019", false},
      {"2019-1-18", false},
      {"", false},
      {"2019-01-18T10:00:00Zjunk", false},
  };
  for (const Case& c : cases) {
    INFO(c.input);
    CHECK(IsIsoDateTime(c.input) == c.valid);
  }
}

}  // namespace
}  // namespace wirefacts
