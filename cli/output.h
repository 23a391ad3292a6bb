// Output formats of the listing commands (DESIGN.md: `--format json` one JSON
// array, `ndjson` one object a line, `table` for people, `csv` for
// spreadsheets). Rows are the JSON shapes of model/claim_json.h; a table or
// CSV shows the columns given, each read from a row by a function.
#ifndef WIREFACTS_CLI_OUTPUT_H_
#define WIREFACTS_CLI_OUTPUT_H_

#include <functional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"

namespace wirefacts {

enum class OutputFormat { kTable, kJson, kNdjson, kCsv };
bool ParseOutputFormat(const std::string& name, OutputFormat* format);

struct Column {
  std::string header;
  std::function<std::string(const nlohmann::json& row)> cell;
  size_t max_width = 40;  // table only: longer cells are cut with "…"
};

// Writes rows one at a time, so a listing of any size is never held whole:
// `json` opens the array with the first row and closes it in Finish (the
// same text as one array dumped with an indent of 2), `ndjson` and `csv`
// write each row as it comes, and `table` sizes its columns on the first
// kTableSample rows (held until then); a later, wider cell shifts the rest
// of its line rather than lose characters.
// Finish must be called once, after the last row.
class RowWriter {
 public:
  static constexpr size_t kTableSample = 1000;
  RowWriter(std::ostream& out, OutputFormat format, std::vector<Column> columns);
  void Add(const nlohmann::json& row);
  // Add() of `row` with one more string member, `key`, whose value `pieces`
  // writes in pieces of whole UTF-8 (a story's body of any size, never held
  // whole) through the function it is given; the member sits where the
  // object's key order puts it. JSON and NDJSON only (a table or CSV has no
  // column for it: the row is added without it). An error of `pieces`
  // leaves the row cut short and is returned.
  using Emit = std::function<Status(std::string_view)>;
  Status AddWithStreamedString(const nlohmann::json& row, const std::string& key,
                               const std::function<Status(const Emit&)>& pieces);
  void Finish();

 private:
  void PrintLine(const std::vector<std::string>& line);
  void FlushTable();

  std::ostream& out_;
  OutputFormat format_;
  std::vector<Column> columns_;
  size_t rows_ = 0;
  bool sized_ = false;  // table: widths fixed, rows printed as they come
  std::vector<size_t> widths_;
  std::vector<std::vector<std::string>> held_;
};

// All of `rows` through a RowWriter.
void PrintRows(std::ostream& out, OutputFormat format, const std::vector<nlohmann::json>& rows,
               const std::vector<Column>& columns);

// A JSON value as a short cell: strings bare, null empty, arrays joined with
// "; ", numbers in %g style.
std::string CellText(const nlohmann::json& value);

}  // namespace wirefacts

#endif  // WIREFACTS_CLI_OUTPUT_H_
