#include "ingest/line_reader.h"

namespace wirefacts {

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  if (!in_.good()) return false;
  char buf[64 * 1024];
  uint64_t length = 0;  // bytes of the line, kept or not
  bool any = false;
  while (true) {
    in_.getline(buf, sizeof buf);
    const size_t got = static_cast<size_t>(in_.gcount());
    if (in_.bad()) return false;
    if (in_.eof()) {  // end of stream: `got` bytes, no newline
      length += got;
      if (!*too_long) line->append(buf, got);
      any = any || got > 0;
      had_newline_ = false;
      break;
    }
    if (!in_.fail()) {  // found '\n'; gcount counts it
      length += got - 1;
      if (!*too_long) line->append(buf, got - 1);
      any = true;
      had_newline_ = true;
      break;
    }
    // The buffer filled before a newline: keep going.
    in_.clear();
    length += got;
    any = true;
    if (!*too_long) {
      line->append(buf, got);
      if (line->size() > max_) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      }
    }
  }
  if (!any) return false;
  if (line->size() > max_) {
    *too_long = true;
    line->clear();
  }
  ++line_number_;
  line_offset_ = next_offset_;
  next_offset_ += length + (had_newline_ ? 1 : 0);
  return true;
}

}  // namespace wirefacts
