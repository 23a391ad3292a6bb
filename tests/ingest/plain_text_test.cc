#include "ingest/plain_text.h"

#include <catch2/catch.hpp>
#include <string>

namespace wirefacts {
namespace {

TEST_CASE("SplitPlainText takes the first line as headline only when it looks like one",
          "[ingest][plain_text]") {
  struct Case {
    std::string text;
    std::string headline;
    std::string body;
  };
  const std::string long_line(121, 'a');
  const Case cases[] = {
      {"Mill output rises\nThe mill said so.\n", "Mill output rises", "The mill said so.\n"},
      // Blank lines around the headline are not part of the body.
      {"\n  Mill output rises  \r\n\n\nThe mill said so.", "Mill output rises",
       "The mill said so."},
      // Sentence-ending punctuation: a first sentence, not a headline.
      {"The mill said so.\nMore text.", "", "The mill said so.\nMore text."},
      {"Is the mill closing?\nMore text.", "", "Is the mill closing?\nMore text."},
      {"Mill closes!\nMore text.", "", "Mill closes!\nMore text."},
      {"He said \"no\"\nMore text.", "", "He said \"no\"\nMore text."},
      {"He said \xE2\x80\x9Cno\xE2\x80\x9D\nMore text.", "",
       "He said \xE2\x80\x9Cno\xE2\x80\x9D\nMore text."},
      // Too long.
      {long_line + "\nMore text.", "", long_line + "\nMore text."},
      // Nothing follows the line.
      {"Only one line\n\n", "", "Only one line\n\n"},
      // No letter.
      {"-----\nMore text.", "", "-----\nMore text."},
      // Non-ASCII headline.
      {"Zoll\xC3\xA4nderung in Kraft\nText.", "Zoll\xC3\xA4nderung in Kraft", "Text."},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    PlainTextParts parts = SplitPlainText(c.text);
    CHECK(parts.headline == c.headline);
    CHECK(parts.body == c.body);
  }
}

TEST_CASE("LooksLikeHeadline counts code points, not bytes", "[ingest][plain_text]") {
  std::string accented;
  for (int i = 0; i < 120; ++i) accented += "\xC3\xA9";  // 120 code points, 240 bytes
  CHECK(LooksLikeHeadline(accented));
  CHECK_FALSE(LooksLikeHeadline(accented + "x"));
  CHECK_FALSE(LooksLikeHeadline("   "));
}

}  // namespace
}  // namespace wirefacts
