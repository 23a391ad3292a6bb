#include "eval/suite.h"

#include <fstream>

#include "base/utf8.h"

namespace wirefacts {

Status ForEachJsonLine(const std::string& path,
                       const std::function<Status(int, const nlohmann::json&)>& fn) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded())
      return Status::InvalidInput(path + ":" + std::to_string(n) + ": not JSON");
    WF_RETURN_IF_ERROR(fn(n, j));
  }
  return Status::OK();
}

Status AnalyzeText(const EvalContext& ctx, std::string_view text, const std::string& published,
                   AnalyzedStory* out) {
  Story story;
  story.uri = "eval";
  story.published = published;
  story.body = std::string(text);
  return ctx.analyzer->Analyze(story, out);
}

std::string CodepointSlice(std::string_view text, size_t start, size_t end) {
  size_t cp = 0, i = 0, b = std::string_view::npos, e = text.size();
  while (i <= text.size()) {
    if (cp == start && b == std::string_view::npos) b = i;
    if (cp == end) {
      e = i;
      break;
    }
    if (i == text.size()) break;
    unsigned char c = text[i];
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++cp;
  }
  if (b == std::string_view::npos || e < b) return "";
  return std::string(text.substr(b, e - b));
}

size_t MeantimeAnnotatedEnd(std::string_view text) {
  constexpr int kAnnotatedLines = 6;
  size_t cp = 0;
  int lines = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c & 0xC0) != 0x80) ++cp;
    if (c == '\n' && ++lines == kAnnotatedLines) return cp;
  }
  return cp;
}

std::string JsonString(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

}  // namespace wirefacts
