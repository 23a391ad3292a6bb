// Output formats of the listing commands (DESIGN.md: `--format json` one JSON
// array, `ndjson` one object a line, `table` for people, `csv` for
// spreadsheets). Rows are the JSON shapes of model/claim_json.h; a table or
// CSV shows the columns given, each read from a row by a function.
#ifndef WIREFACTS_CLI_OUTPUT_H_
#define WIREFACTS_CLI_OUTPUT_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wirefacts {

enum class OutputFormat { kTable, kJson, kNdjson, kCsv };
bool ParseOutputFormat(const std::string& name, OutputFormat* format);

struct Column {
  std::string header;
  std::function<std::string(const nlohmann::json& row)> cell;
  size_t max_width = 40;  // table only: longer cells are cut with "…"
};

void PrintRows(std::ostream& out, OutputFormat format, const std::vector<nlohmann::json>& rows,
               const std::vector<Column>& columns);

// A JSON value as a short cell: strings bare, null empty, arrays joined with
// "; ", numbers in %g style.
std::string CellText(const nlohmann::json& value);

}  // namespace wirefacts

#endif  // WIREFACTS_CLI_OUTPUT_H_
