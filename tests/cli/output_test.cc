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
