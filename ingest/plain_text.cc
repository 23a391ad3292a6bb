#include "ingest/plain_text.h"

#include "base/utf8.h"

namespace wirefacts {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool IsBlank(std::string_view s) { return Trim(s).empty(); }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

bool LooksLikeHeadline(std::string_view line) {
  line = Trim(line);
  if (line.empty() || CodepointCount(line) > kMaxHeadlineCodepoints) return false;
  bool letter = false;
  for (unsigned char c : line) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) {
      letter = true;
      break;
    }
  }
  if (!letter) return false;
  const char last = line.back();
  if (last == '.' || last == '!' || last == '?' || last == '"') return false;
  if (EndsWith(line, "\xE2\x80\x9D")) return false;  // U+201D
  return true;
}

PlainTextParts SplitPlainText(std::string_view text) {
  PlainTextParts parts;
  // Find the first non-blank line.
  size_t pos = 0;
  std::string_view line;
  size_t next = std::string_view::npos;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    line = text.substr(pos, end - pos);
    next = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!IsBlank(line)) break;
    pos = next;
    line = {};
  }
  if (line.empty() || !LooksLikeHeadline(line)) {
    parts.body = std::string(text);
    return parts;
  }
  // Skip the blank lines after the headline.
  size_t body_start = next;
  while (body_start < text.size()) {
    size_t nl = text.find('\n', body_start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (!IsBlank(text.substr(body_start, end - body_start))) break;
    body_start = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  if (body_start >= text.size()) {  // nothing follows: all body
    parts.body = std::string(text);
    return parts;
  }
  parts.headline = std::string(Trim(line));
  parts.body = std::string(text.substr(body_start));
  return parts;
}

}  // namespace wirefacts
