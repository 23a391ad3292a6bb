#include "store/reissue.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_set>
#include <vector>

namespace wirefacts {
namespace {

constexpr char kMarkersFile[] = "store/rules/reissue_markers.tsv";

bool IsSeparator(char c) { return c == '-' || c == ':' || c == ' '; }

uint64_t Fnv(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) out.push_back(Fnv(word));
    word.clear();
  };
  for (char ch : text) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::unordered_set<uint64_t> Shingles(std::string_view text) {
  const std::vector<uint64_t> w = WordHashes(text);
  std::unordered_set<uint64_t> out;
  if (w.size() < 3) {
    out.insert(w.begin(), w.end());
    return out;
  }
  for (size_t i = 0; i + 2 < w.size(); ++i) {
    out.insert((w[i] * 31 + w[i + 1]) * 1000003ULL ^ w[i + 2]);
  }
  return out;
}

}  // namespace

Status ReissueMarkers::Load(const RuleFiles& rules, ReissueMarkers* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kMarkersFile, &records));
  out->markers_.clear();
  for (const RuleRecord& r : records) {
    const std::string& m = r.fields.empty() ? std::string() : r.fields[0];
    if (m.empty() || std::any_of(m.begin(), m.end(), [](char c) {
          return IsSeparator(c) || std::isspace(static_cast<unsigned char>(c));
        }))
      return Status::InvalidInput(std::string(kMarkersFile) + ":" + std::to_string(r.line) +
                                  ": a marker is one word with no '-' or ':'");
    out->markers_.push_back(m);
  }
  return Status::OK();
}

bool ReissueMarkers::IsReissueHeadline(std::string_view headline, std::string* rest) const {
  while (!headline.empty() && headline.front() == ' ') headline.remove_prefix(1);
  for (std::string_view m : markers_) {
    if (headline.substr(0, m.size()) != m || headline.size() == m.size()) continue;
    std::string_view after = headline.substr(m.size());
    if (!IsSeparator(after.front())) continue;
    while (!after.empty() && IsSeparator(after.front())) after.remove_prefix(1);
    if (after.empty()) return false;
    if (rest) *rest = std::string(after);
    return true;
  }
  return false;
}

double BodySimilarity(std::string_view a, std::string_view b) {
  const std::unordered_set<uint64_t> sa = Shingles(a), sb = Shingles(b);
  if (sa.empty() && sb.empty()) return 1.0;
  if (sa.empty() || sb.empty()) return 0.0;
  const auto& small = sa.size() < sb.size() ? sa : sb;
  const auto& large = sa.size() < sb.size() ? sb : sa;
  size_t common = 0;
  for (uint64_t h : small) common += large.count(h);
  return static_cast<double>(common) / static_cast<double>(sa.size() + sb.size() - common);
}

}  // namespace wirefacts
