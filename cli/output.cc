#include "cli/output.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <iomanip>
#include <memory>
#include <sstream>
#include <streambuf>

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

// A streambuf that writes `indent` spaces at the start of every line it
// passes on to `sink` (the first one included).
class IndentingBuf : public std::streambuf {
 public:
  IndentingBuf(std::streambuf* sink, int indent) : sink_(sink), indent_(indent) {}

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    if (at_line_start_)
      for (int i = 0; i < indent_; ++i)
        if (traits_type::eq_int_type(sink_->sputc(' '), traits_type::eof()))
          return traits_type::eof();
    at_line_start_ = traits_type::to_char_type(ch) == '\n';
    return sink_->sputc(traits_type::to_char_type(ch));
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize done = 0;
    while (done < n) {
      if (at_line_start_) {
        for (int i = 0; i < indent_; ++i)
          if (traits_type::eq_int_type(sink_->sputc(' '), traits_type::eof())) return done;
        at_line_start_ = false;
      }
      const char* nl = static_cast<const char*>(std::memchr(s + done, '\n', n - done));
      const std::streamsize len = nl ? nl - (s + done) + 1 : n - done;
      const std::streamsize put = sink_->sputn(s + done, len);
      done += put;
      if (put < len) return done;
      at_line_start_ = nl != nullptr;
    }
    return done;
  }
  int sync() override { return sink_->pubsync(); }

 private:
  std::streambuf* sink_;
  int indent_;
  bool at_line_start_ = true;
};

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

RowWriter::RowWriter(std::ostream& out, OutputFormat format, std::vector<Column> columns)
    : out_(out), format_(format), columns_(std::move(columns)) {
  for (const Column& c : columns_) widths_.push_back(CodepointCount(c.header));
  if (format_ == OutputFormat::kCsv) {
    for (size_t i = 0; i < columns_.size(); ++i)
      out_ << (i ? "," : "") << CsvField(columns_[i].header);
    out_ << "\n";
  }
}

void RowWriter::Add(const nlohmann::json& row) {
  switch (format_) {
    case OutputFormat::kJson: {
      out_ << (rows_ == 0 ? "[\n" : ",\n");
      // The row at an indent of 2 inside the array: written through a
      // buffer that indents every line, not built as one string (a story's
      // body can be 100 MB).
      IndentingBuf indented(out_.rdbuf(), 2);
      std::ostream o(&indented);
      o << std::setw(2) << row;
      break;
    }
    case OutputFormat::kNdjson:
      out_ << row << "\n";
      break;
    case OutputFormat::kCsv:
      for (size_t i = 0; i < columns_.size(); ++i)
        out_ << (i ? "," : "") << CsvField(columns_[i].cell(row));
      out_ << "\n";
      break;
    case OutputFormat::kTable: {
      std::vector<std::string> line;
      for (size_t i = 0; i < columns_.size(); ++i) {
        std::string cell = Fit(columns_[i].cell(row), columns_[i].max_width);
        std::replace(cell.begin(), cell.end(), '\n', ' ');
        if (!sized_) widths_[i] = std::max(widths_[i], CodepointCount(cell));
        line.push_back(std::move(cell));
      }
      if (sized_) {
        PrintLine(line);
      } else {
        held_.push_back(std::move(line));
        if (held_.size() >= kTableSample) FlushTable();
      }
      break;
    }
  }
  ++rows_;
}

Status RowWriter::AddWithStreamedString(const nlohmann::json& row, const std::string& key,
                                        const std::function<Status(const Emit&)>& pieces) {
  if (format_ != OutputFormat::kJson && format_ != OutputFormat::kNdjson) {
    Add(row);
    return Status::OK();
  }
  // The row is printed with a marker for the value, and the value's pieces,
  // escaped one by one (JSON escapes each character on its own, so the
  // pieces' escapes join into the whole's), go where the marker stands.
  static const std::string kMarker = "\x01wirefacts-streamed-value\x01";
  nlohmann::json marked = row;
  marked[key] = kMarker;
  const std::string quoted_marker = nlohmann::json(kMarker).dump();
  std::ostringstream text;
  if (format_ == OutputFormat::kJson)
    text << std::setw(2) << marked;
  else
    text << marked;
  const std::string printed = text.str();
  const size_t at = printed.find(quoted_marker);
  std::ostream* o = &out_;
  std::unique_ptr<IndentingBuf> indented;
  std::unique_ptr<std::ostream> indented_out;
  if (format_ == OutputFormat::kJson) {
    out_ << (rows_ == 0 ? "[\n" : ",\n");
    indented = std::make_unique<IndentingBuf>(out_.rdbuf(), 2);
    indented_out = std::make_unique<std::ostream>(indented.get());
    o = indented_out.get();
  }
  ++rows_;
  *o << std::string_view(printed).substr(0, at) << '"';
  Status s = pieces([&](std::string_view piece) {
    const std::string escaped = nlohmann::json(std::string(piece)).dump();
    o->write(escaped.data() + 1, static_cast<std::streamsize>(escaped.size() - 2));
    return Status::OK();
  });
  if (!s.ok()) return s;
  *o << '"' << std::string_view(printed).substr(at + quoted_marker.size());
  if (format_ == OutputFormat::kNdjson) out_ << "\n";
  return Status::OK();
}

void RowWriter::PrintLine(const std::vector<std::string>& line) {
  for (size_t i = 0; i < line.size(); ++i) {
    out_ << line[i];
    // A cell wider than its column (a row after the sample) pushes the
    // rest of its line right rather than lose characters.
    if (i + 1 < line.size())
      out_ << std::string(widths_[i] - std::min(widths_[i], CodepointCount(line[i])) + 2, ' ');
  }
  out_ << "\n";
}

void RowWriter::FlushTable() {
  std::vector<std::string> header;
  for (const Column& c : columns_) header.push_back(c.header);
  PrintLine(header);
  for (const auto& line : held_) PrintLine(line);
  held_.clear();
  held_.shrink_to_fit();
  sized_ = true;
}

void RowWriter::Finish() {
  switch (format_) {
    case OutputFormat::kJson:
      out_ << (rows_ == 0 ? "[]\n" : "\n]\n");
      break;
    case OutputFormat::kNdjson:
    case OutputFormat::kCsv:
      break;
    case OutputFormat::kTable:
      if (!sized_) FlushTable();
      out_ << "(" << rows_ << (rows_ == 1 ? " row" : " rows") << ")\n";
      break;
  }
}

void PrintRows(std::ostream& out, OutputFormat format, const std::vector<nlohmann::json>& rows,
               const std::vector<Column>& columns) {
  RowWriter writer(out, format, columns);
  for (const auto& r : rows) writer.Add(r);
  writer.Finish();
}

}  // namespace wirefacts
