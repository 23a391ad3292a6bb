// LineReader: splits a std::istream into '\n'-terminated lines in bounded
// memory, for NDJSON streams (DESIGN.md: "read line by line, never whole").
//
// A line longer than `max_line_bytes` is not kept: Next() still consumes it
// to its end and reports it with `too_long` set and an empty `line`, so one
// huge line costs no memory and reading goes on with the next line.
// Lines keep a trailing '\r' (JSON treats it as white space).
#ifndef WIREFACTS_INGEST_LINE_READER_H_
#define WIREFACTS_INGEST_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

namespace wirefacts {

class LineReader {
 public:
  LineReader(std::istream& in, size_t max_line_bytes) : in_(in), max_(max_line_bytes) {}

  // Reads the next line into *line (without its '\n'). Returns false at the
  // end of the stream (nothing left, not even an unterminated last line).
  bool Next(std::string* line, bool* too_long);

  // For the line last returned: its 1-based number, the byte offset of its
  // first byte in the stream, and whether a '\n' ended it (false only for an
  // unterminated last line).
  uint64_t line_number() const { return line_number_; }
  uint64_t line_offset() const { return line_offset_; }
  bool had_newline() const { return had_newline_; }

 private:
  std::istream& in_;
  size_t max_;
  uint64_t line_number_ = 0;
  uint64_t line_offset_ = 0;
  uint64_t next_offset_ = 0;
  bool had_newline_ = false;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_LINE_READER_H_
