#include "base/rule_files.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace wirefacts {

RuleFiles RuleFiles::FromEnvironment() {
  const char* dir = std::getenv("WIREFACTS_RULES");
  return RuleFiles(dir ? std::string(dir) : std::string());
}

Status RuleFiles::Read(std::string_view name, std::string* contents) const {
  contents->clear();
  bool found = false;
  if (const std::string_view* embedded = FindEmbeddedFile(name)) {
    contents->assign(*embedded);
    found = true;
  }
  if (!overlay_dir_.empty()) {
    std::string path = overlay_dir_ + "/" + std::string(name);
    std::ifstream in(path, std::ios::binary);
    if (in) {
      std::ostringstream buf;
      buf << in.rdbuf();
      if (!contents->empty() && contents->back() != '\n') contents->push_back('\n');
      contents->append(buf.str());
      found = true;
    }
  }
  if (!found) return Status::NotFound(std::string(name) + ": no such rule file");
  return Status::OK();
}

Status RuleFiles::ReadRecords(std::string_view name, std::vector<RuleRecord>* records) const {
  std::string text;
  WF_RETURN_IF_ERROR(Read(name, &text));
  *records = ParseRuleText(text);
  return Status::OK();
}

namespace {
std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
  return std::string(s.substr(b, e - b));
}
}  // namespace

std::vector<std::string> SplitRuleList(std::string_view field) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= field.size()) {
    size_t e = field.find('|', b);
    if (e == std::string_view::npos) e = field.size();
    std::string_view item = field.substr(b, e - b);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    if (!item.empty()) out.emplace_back(item);
    b = e + 1;
  }
  return out;
}

std::vector<RuleRecord> ParseRuleText(std::string_view text) {
  std::vector<RuleRecord> out;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    std::string trimmed = Trim(line);
    if (!trimmed.empty() && trimmed[0] != '#') {
      RuleRecord rec;
      rec.line = line_no;
      size_t f = 0;
      while (true) {
        size_t tab = line.find('\t', f);
        if (tab == std::string_view::npos) {
          rec.fields.push_back(Trim(line.substr(f)));
          break;
        }
        rec.fields.push_back(Trim(line.substr(f, tab - f)));
        f = tab + 1;
      }
      out.push_back(std::move(rec));
    }
    if (nl == text.size()) break;
  }
  return out;
}

}  // namespace wirefacts
