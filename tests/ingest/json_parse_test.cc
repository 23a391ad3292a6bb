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

TEST_CASE("ParseJson decodes strings over 1 MiB as nlohmann does", "[ingest][json]") {
  std::string big;
  while (big.size() < (size_t{1} << 20) + 100)
    big += R"(Line one\nsaid \"quoted\" caf\u00e9 \ud83d\ude00 a\/b \\ \t tab. Caf)"
           "\xC3\xA9"
           " ";
  struct Case {
    std::string text;
    bool ok;
  } cases[] = {
      {R"({"uri": "u", "body_text": ")" + big + R"(", "n": [1, {"x": "y"}]})", true},
      {R"({"body_text": ")" + big + R"(", "headline": "h"})", true},
      {R"([{"body_text": ")" + big + R"("}])", true},                // not a top-level member
      {R"({"a": ")" + big + R"(", "a": "again"})", true},            // duplicate key: last wins
      {R"({"body_text": ")" + big + R"(\x"})", false},               // bad escape
      {R"({"body_text": ")" + big + R"(\ud800"})", false},           // lone surrogate
      {R"({"body_text": ")" + big + R"(",})", false},                // malformed after it
      {R"({"a": ")" + big + R"(", "b": "x)" + big + R"("})", true},  // two of them
      {R"({"a": "\u00e9)" + big + R"(\ud83d\ude00"})", true},        // escapes at both ends
  };
  for (const Case& c : cases) {
    nlohmann::json got;
    const Status s = ParseJson(c.text, false, &got);
    CHECK(s.ok() == c.ok);
    if (c.ok) CHECK(got == nlohmann::json::parse(c.text));
    // The consuming form (a huge string decoded in place, in the text's own
    // bytes) gives the same value or the same error, from any offset.
    std::string owned = "pre" + c.text;
    nlohmann::json consumed;
    const Status s2 = ParseJson(&owned, 3, false, &consumed);
    CHECK(s2.ok() == c.ok);
    if (c.ok) CHECK(consumed == got);
    if (!c.ok) CHECK(s2.message() == s.message());
  }
}

}  // namespace
}  // namespace wirefacts
