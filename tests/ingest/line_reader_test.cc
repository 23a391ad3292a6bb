#include "ingest/line_reader.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

struct Line {
  std::string text;
  uint64_t number, offset;
  bool newline, too_long;
};

std::vector<Line> ReadAll(const std::string& input, size_t max) {
  std::istringstream in(input);
  LineReader reader(in, max);
  std::vector<Line> lines;
  std::string line;
  bool too_long = false;
  while (reader.Next(&line, &too_long)) {
    lines.push_back(
        {line, reader.line_number(), reader.line_offset(), reader.had_newline(), too_long});
  }
  return lines;
}

TEST_CASE("LineReader splits lines with numbers and byte offsets", "[ingest][line_reader]") {
  auto lines = ReadAll("ab\n\ncd\r\nlast", 100);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0].text == "ab");
  CHECK(lines[0].offset == 0);
  CHECK(lines[1].text == "");
  CHECK(lines[1].offset == 3);
  CHECK(lines[2].text == "cd\r");
  CHECK(lines[2].number == 3);
  CHECK(lines[2].offset == 4);
  CHECK(lines[3].text == "last");
  CHECK(lines[3].offset == 8);
  CHECK_FALSE(lines[3].newline);
  CHECK(lines[2].newline);

  CHECK(ReadAll("", 100).empty());
  CHECK(ReadAll("x\n", 100).size() == 1);
}

TEST_CASE("LineReader handles lines longer than its chunk and over the limit",
          "[ingest][line_reader]") {
  const std::string big(200000, 'x');  // three 64 KiB chunks
  auto lines = ReadAll(big + "\nshort\n" + big, 300000);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].text == big);
  CHECK(lines[1].text == "short");
  CHECK(lines[1].offset == 200001);
  CHECK(lines[2].text == big);

  lines = ReadAll(big + "\nshort\n", 1000);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].too_long);
  CHECK(lines[0].text.empty());
  CHECK_FALSE(lines[1].too_long);
  CHECK(lines[1].text == "short");
  CHECK(lines[1].number == 2);
  CHECK(lines[1].offset == 200001);
}

}  // namespace
}  // namespace wirefacts
