#include "ingest/json_parse.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace wirefacts {
namespace {

TEST_CASE("ParseJson parses, and limits nesting to 64 levels", "[ingest][json]") {
  nlohmann::json value;
  REQUIRE(ParseJson(R"({"a": [1, {"b": "]]]}}}"}]})", true, &value).ok());
  CHECK(value["a"][1]["b"] == "]]]}}}");

  const std::string ok_depth = std::string(64, '[') + std::string(64, ']');
  CHECK(ParseJson(ok_depth, true, &value).ok());
  const std::string too_deep = std::string(65, '[') + std::string(65, ']');
  Status s = ParseJson(too_deep, true, &value);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message() == "JSON nested too deeply");
  // Brackets inside strings (with escaped quotes) do not count.
  const std::string in_string = "\"\\\"" + std::string(100, '[') + "\"";
  CHECK(JsonDepthWithin(in_string, 1));
}

TEST_CASE("ParseJson reports a short message", "[ingest][json]") {
  nlohmann::json value;
  Status s = ParseJson(R"({"a": 1,,})", true, &value);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("malformed JSON: column 9: syntax error", 0) == 0);
  CHECK(s.message().find("json.exception") == std::string::npos);

  s = ParseJson("{\n\"a\": 1,\n}", false, &value);
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().rfind("malformed JSON: line 3, column 1:", 0) == 0);

  s = ParseJson("{} {}", false, &value);  // two values are not one
  CHECK_FALSE(s.ok());
}

}  // namespace
}  // namespace wirefacts
