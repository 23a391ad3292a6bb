#include "cli/output.h"

#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

std::vector<Column> Columns() {
  return {{"id", [](const nlohmann::json& r) { return CellText(r["id"]); }},
          {"text", [](const nlohmann::json& r) { return CellText(r["text"]); }, 12}};
}

std::string Written(OutputFormat format, const std::vector<nlohmann::json>& rows) {
  std::ostringstream out;
  RowWriter writer(out, format, Columns());
  for (const auto& r : rows) writer.Add(r);
  writer.Finish();
  return out.str();
}

TEST_CASE("RowWriter writes JSON and NDJSON row by row as one dump would", "[cli]") {
  const std::vector<std::vector<nlohmann::json>> cases = {
      {},
      {{{"id", 1}, {"text", "a\nb \"quoted\""}}},
      {{{"id", 1}, {"text", "$1 trillion"}, {"actors", {"China", "United States"}}},
       {{"id", 2}, {"text", ""}, {"actors", nlohmann::json::array()}, {"time", nullptr}},
       {{"id", 3}, {"nested", {{"a", {{"b", {1, 2}}}}}}}},
  };
  for (const auto& rows : cases) {
    INFO(rows.size() << " rows");
    nlohmann::json array = nlohmann::json::array();
    std::string lines;
    for (const auto& r : rows) {
      array.push_back(r);
      lines += r.dump() + "\n";
    }
    CHECK(Written(OutputFormat::kJson, rows) == array.dump(2) + "\n");
    CHECK(Written(OutputFormat::kNdjson, rows) == lines);
  }
}

TEST_CASE("RowWriter streams a long string member in pieces as one dump would", "[cli]") {
  const std::string body = "Line one \"quoted\"\nLine two \xe2\x82\xac 5\ttab\\end";
  const nlohmann::json row = {{"id", 4}, {"headline", "A story"}, {"uri", "u:4"}};
  nlohmann::json whole = row;
  whole["body"] = body;
  for (OutputFormat format : {OutputFormat::kJson, OutputFormat::kNdjson}) {
    std::ostringstream out;
    RowWriter writer(out, format, Columns());
    writer.Add(row);
    // In pieces of 3 bytes, each cut where a character ends.
    REQUIRE(writer
                .AddWithStreamedString(
                    row, "body",
                    [&](const RowWriter::Emit& emit) {
                      size_t at = 0;
                      while (at < body.size()) {
                        size_t n = std::min<size_t>(3, body.size() - at);
                        while (at + n < body.size() &&
                               (static_cast<unsigned char>(body[at + n]) & 0xC0) == 0x80)
                          ++n;
                        Status s = emit(std::string_view(body).substr(at, n));
                        if (!s.ok()) return s;
                        at += n;
                      }
                      return Status::OK();
                    })
                .ok());
    writer.Finish();
    nlohmann::json array = {row, whole};
    CHECK(out.str() == (format == OutputFormat::kJson ? array.dump(2) + "\n"
                                                      : row.dump() + "\n" + whole.dump() + "\n"));
  }
}

TEST_CASE("RowWriter quotes CSV fields and sizes a table on its first rows", "[cli]") {
  const std::vector<nlohmann::json> rows = {{{"id", 7}, {"text", "a, \"b\""}},
                                            {{"id", 12}, {"text", "a long cell text"}}};
  CHECK(Written(OutputFormat::kCsv, rows) == "id,text\n7,\"a, \"\"b\"\"\"\n12,a long cell text\n");
  CHECK(Written(OutputFormat::kTable, rows) ==
        "id  text\n7   a, \"b\"\n12  a long cell…\n(2 rows)\n");

  // Past the sample, a wider cell is not cut to the column: it shifts its line.
  std::vector<nlohmann::json> many(RowWriter::kTableSample, {{"id", 1}, {"text", "x"}});
  many.push_back({{"id", 123456}, {"text", "y"}});
  const std::string table = Written(OutputFormat::kTable, many);
  CHECK(table.find("\n1   x\n") != std::string::npos);
  CHECK(table.find("\n123456  y\n") != std::string::npos);
  CHECK(table.ends_with("(1001 rows)\n"));
}

}  // namespace
}  // namespace wirefacts
