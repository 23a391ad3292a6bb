#include "ingest/json_parse.h"

#include <nlohmann/json.hpp>
#include <string>

namespace wirefacts {

bool JsonDepthWithin(std::string_view text, size_t max_depth) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (++depth > max_depth) return false;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
  return true;
}

Status ParseJson(std::string_view text, bool single_line, nlohmann::json* value) {
  if (!JsonDepthWithin(text, kMaxJsonDepth)) return Status::InvalidInput("JSON nested too deeply");
  try {
    *value = nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::exception& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    std::string msg = e.what();
    const size_t bracket = msg.find("] ");
    if (msg.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
      msg.erase(0, bracket + 2);
    }
    if (msg.rfind("parse error at ", 0) == 0) msg.erase(0, 15);
    if (single_line && msg.rfind("line 1, ", 0) == 0) msg.erase(0, 8);
    if (msg.rfind("parse error: ", 0) == 0) msg.erase(0, 13);
    return Status::InvalidInput("malformed JSON: " + msg);
  }
  return Status::OK();
}

}  // namespace wirefacts
