#include "cli/output.h"

#include <algorithm>
#include <cstdio>

#include "base/utf8.h"

namespace wirefacts {
namespace {

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Cuts `s` to at most `width` code points, ending in "…" when cut.
std::string Fit(const std::string& s, size_t width) {
  if (CodepointCount(s) <= width) return s;
  size_t cps = 0, i = 0;
  while (i < s.size() && cps + 1 < width) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++cps;
  }
  return s.substr(0, i) + "…";
}

}  // namespace

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  if (name == "table")
    *format = OutputFormat::kTable;
  else if (name == "json")
    *format = OutputFormat::kJson;
  else if (name == "ndjson")
    *format = OutputFormat::kNdjson;
  else if (name == "csv")
    *format = OutputFormat::kCsv;
  else
    return false;
  return true;
}

std::string CellText(const nlohmann::json& v) {
  if (v.is_null()) return "";
  if (v.is_string()) return v.get<std::string>();
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (v.is_number()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%g", v.get<double>());
    return buf;
  }
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) {
      if (!out.empty()) out += "; ";
      out += CellText(item);
    }
    return out;
  }
  return v.dump();
}

void PrintRows(std::ostream& out, OutputFormat format, const std::vector<nlohmann::json>& rows,
               const std::vector<Column>& columns) {
  switch (format) {
    case OutputFormat::kJson: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& r : rows) array.push_back(r);
      out << array.dump(2) << "\n";
      return;
    }
    case OutputFormat::kNdjson:
      for (const auto& r : rows) out << r.dump() << "\n";
      return;
    case OutputFormat::kCsv: {
      for (size_t i = 0; i < columns.size(); ++i)
        out << (i ? "," : "") << CsvField(columns[i].header);
      out << "\n";
      for (const auto& r : rows) {
        for (size_t i = 0; i < columns.size(); ++i)
          out << (i ? "," : "") << CsvField(columns[i].cell(r));
        out << "\n";
      }
      return;
    }
    case OutputFormat::kTable: {
      std::vector<std::vector<std::string>> cells;
      std::vector<size_t> widths;
      for (const Column& c : columns) widths.push_back(CodepointCount(c.header));
      for (const auto& r : rows) {
        std::vector<std::string> line;
        for (size_t i = 0; i < columns.size(); ++i) {
          std::string cell = Fit(columns[i].cell(r), columns[i].max_width);
          std::replace(cell.begin(), cell.end(), '\n', ' ');
          widths[i] = std::max(widths[i], CodepointCount(cell));
          line.push_back(std::move(cell));
        }
        cells.push_back(std::move(line));
      }
      auto print_line = [&](const std::vector<std::string>& line) {
        for (size_t i = 0; i < line.size(); ++i) {
          out << line[i];
          if (i + 1 < line.size()) out << std::string(widths[i] - CodepointCount(line[i]) + 2, ' ');
        }
        out << "\n";
      };
      std::vector<std::string> header;
      for (const Column& c : columns) header.push_back(c.header);
      print_line(header);
      for (const auto& line : cells) print_line(line);
      out << "(" << rows.size() << (rows.size() == 1 ? " row" : " rows") << ")\n";
      return;
    }
  }
}

}  // namespace wirefacts
