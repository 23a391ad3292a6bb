#include "ingest/ninjs.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

namespace wirefacts {
namespace {

using nlohmann::json;

TEST_CASE("StoryFromNinjs maps the ninjs fields", "[ingest][ninjs]") {
  const json object = json::parse(R"({
    "uri": "urn:x:1", "versioncreated": "2019-01-18T10:00:00Z",
    "firstcreated": "2019-01-17", "headline": "H", "body_text": "Body.",
    "body_html": "<p>ignored</p>", "version": 2, "pubstatus": "canceled",
    "located": "BEIJING", "copyrightholder": "Wire", "provider": "Other",
    "unknown": {"nested": [1, 2]}})");
  Story s;
  REQUIRE(StoryFromNinjs(object, NinjsDefaults{"urn:d", "2000-01-01", "Default"}, &s).ok());
  CHECK(s.uri == "urn:x:1");
  CHECK(s.published == "2019-01-18T10:00:00Z");
  CHECK(s.headline == "H");
  CHECK(s.body == "Body.");
  CHECK(s.version == "2");
  CHECK(s.pubstatus == "canceled");
  CHECK(s.located == "BEIJING");
  CHECK(s.source == "Wire");
}

TEST_CASE("StoryFromNinjs moves the body out of an object it may consume", "[ingest][ninjs]") {
  struct Case {
    const char* json_text;
    bool ok;
    const char* body;
  };
  const Case cases[] = {
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": "Body."})", true, "Body."},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": "", "body_html": "<p>x</p>"})",
       false, ""},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_html": "<p>Html.</p>"})", true,
       "Html."},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": 5})", false, ""},
  };
  for (const Case& c : cases) {
    INFO(c.json_text);
    const json original = json::parse(c.json_text);
    Story copied, moved;
    const Status a = StoryFromNinjs(original, NinjsDefaults{}, &copied);
    json consumed = original;
    const Status b = StoryFromNinjs(std::move(consumed), NinjsDefaults{}, &moved);
    CHECK(a.ok() == c.ok);
    CHECK(b.ok() == c.ok);
    CHECK(a.message() == b.message());
    if (!c.ok) continue;
    CHECK(copied.body.find(c.body) != std::string::npos);
    CHECK(moved.body == copied.body);
    CHECK(moved.uri == copied.uri);
    CHECK(moved.published == copied.published);
  }
}

TEST_CASE("StoryFromNinjs falls back field by field", "[ingest][ninjs]") {
  struct Case {
    const char* json_text;
    NinjsDefaults defaults;
    const char* published;  // expected, or "" when an error is expected
    const char* body;
    const char* source;
    const char* version;
    const char* error;  // message fragment when the mapping must fail
  };
  const Case cases[] = {
      {R"({"uri": "u", "firstcreated": "2019-01-17", "description_text": "D", "version": "1.5",
           "provider": {"name": "P"}})",
       {},
       "2019-01-17",
       "D",
       "P",
       "1.5",
       ""},
      {R"({"uri": "u", "versioncreated": null, "body_text": "B", "provider": "Q", "located": null})",
       {"", "2019-01-18", "S"},
       "2019-01-18",
       "B",
       "Q",
       "",
       ""},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": "B"})",
       {"", "", "S"},
       "2019-01-18",
       "B",
       "S",
       "",
       ""},
      {R"({"versioncreated": "2019-01-18", "body_text": "B"})",
       {"urn:default", "", ""},
       "2019-01-18",
       "B",
       "",
       "",
       ""},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_html": "<b>x</b> &lt;y&gt;"})",
       {},
       "2019-01-18",
       "x <y>",
       "",
       "",
       ""},
      {R"({"versioncreated": "2019-01-18", "body_text": "B"})", {}, "", "", "", "", "no uri"},
      {R"({"uri": "u", "body_text": "B"})",
       {},
       "",
       "",
       "",
       "",
       "no publication date (versioncreated)"},
      {R"({"uri": "u", "versioncreated": "Jan 18", "body_text": "B"})",
       {"", "2019-01-18", ""},
       "",
       "",
       "",
       "",
       "unparseable publication date 'Jan 18'"},
      {R"({"uri": "u", "versioncreated": 20190118, "body_text": "B"})",
       {},
       "",
       "",
       "",
       "",
       "unparseable publication date '20190118'"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "headline": "H"})",
       {},
       "",
       "",
       "",
       "",
       "no body_text"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": " \n "})",
       {},
       "",
       "",
       "",
       "",
       "empty story"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": ["B"]})",
       {},
       "",
       "",
       "",
       "",
       "'body_text' must be a string"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": "B", "version": [2]})",
       {},
       "",
       "",
       "",
       "",
       "'version' must be a string or number"},
      {R"([1])", {}, "", "", "", "", "not a ninjs object"},
  };
  for (const Case& c : cases) {
    INFO(c.json_text);
    Story s;
    Status status = StoryFromNinjs(json::parse(c.json_text), c.defaults, &s);
    if (*c.error) {
      REQUIRE_FALSE(status.ok());
      CHECK(status.code() == Status::Code::kInvalidInput);
      CHECK(status.message() == c.error);
      continue;
    }
    REQUIRE(status.ok());
    CHECK(s.published == c.published);
    CHECK(s.body == c.body);
    CHECK(s.source == c.source);
    CHECK(s.version == c.version);
    CHECK(s.pubstatus == "usable");
  }
}

TEST_CASE("CrudeHtmlToText drops tags and decodes entities", "[ingest][ninjs]") {
  struct Case {
    const char* html;
    const char* text;
  };
  const Case cases[] = {
      {"<p>One &amp; two.</p><p>Three</p>", "One & two.\nThree\n"},
      {"a<br/>b<BR>c", "a\nb\nc"},
      {"<div class=\"x\">In</div>", "In\n"},
      {"x<script type='t'>if (a < b) {}</script>y", "xy"},
      {"x<style>p{}</style>y<!-- note -->z", "xyz"},
      {"&#8220;q&#x201D; &nbsp;&unknown; &", "\xE2\x80\x9Cq\xE2\x80\x9D \xC2\xA0&unknown; &"},
      {"broken <tag", "broken "},
  };
  for (const Case& c : cases) {
    INFO(c.html);
    CHECK(CrudeHtmlToText(c.html) == c.text);
  }
}

TEST_CASE("a canceled story needs no body, other statuses do", "[ingest][ninjs]") {
  struct Case {
    const char* json_text;
    bool ok;
    const char* pubstatus;
  };
  const Case cases[] = {
      {R"({"uri": "u", "versioncreated": "2019-01-18", "pubstatus": "canceled"})", true,
       "canceled"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "pubstatus": "cancelled",
           "body_text": " "})",
       true, "canceled"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "pubstatus": "canceled",
           "body_text": "Withdrawn story."})",
       true, "canceled"},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "pubstatus": "withheld"})", false, ""},
      {R"({"uri": "u", "versioncreated": "2019-01-18", "pubstatus": "usable"})", false, ""},
      {R"({"versioncreated": "2019-01-18", "pubstatus": "canceled"})", false, ""},  // no uri
  };
  for (const Case& c : cases) {
    INFO(c.json_text);
    Story s;
    Status st = StoryFromNinjs(json::parse(c.json_text), NinjsDefaults{}, &s);
    CHECK(st.ok() == c.ok);
    if (c.ok) CHECK(s.pubstatus == c.pubstatus);
  }
  CHECK(IsCanceledStatus("canceled"));
  CHECK_FALSE(IsCanceledStatus("usable"));
}

}  // namespace
}  // namespace wirefacts
