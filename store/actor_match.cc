#include "store/actor_match.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>

namespace wirefacts {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::vector<std::string> NameTokens(std::string_view name) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && IsSpace(name[i])) ++i;
    size_t j = i;
    while (j < name.size() && !IsSpace(name[j])) ++j;
    if (j > i) tokens.emplace_back(name.substr(i, j - i));
    i = j;
  }
  return tokens;
}

std::string AliasKey(std::string_view alias) {
  std::string joined;
  bool ascii = true;
  size_t i = 0;
  for (;;) {
    while (i < alias.size() && IsSpace(alias[i])) ++i;
    if (i == alias.size()) break;
    size_t j = i;
    for (; j < alias.size() && !IsSpace(alias[j]); ++j)
      if (static_cast<unsigned char>(alias[j]) >= 0x80) ascii = false;
    if (!joined.empty()) joined += ' ';
    joined.append(alias.substr(i, j - i));
    i = j;
  }
  if (ascii) {
    // Case folding of ASCII is lower-casing.
    for (char& c : joined)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return joined;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(joined);
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string SpacedKey(std::string_view key) {
  auto part = [](char c) { return c != ' ' && c != '-'; };
  std::string out(key);
  bool changed = false;
  for (size_t i = 1; i + 1 < key.size(); ++i) {
    if (key[i] == '-' && part(key[i - 1]) && part(key[i + 1])) {
      out[i] = ' ';
      changed = true;
    }
  }
  return changed ? out : std::string();
}

namespace {

// `tokens` (a person's name) without a generational suffix after the
// surname ("Clifford F. Stritch Jr." -> "Clifford F. Stritch"): "Jr" is
// nobody's surname. A name that is nothing else stays whole.
std::vector<std::string> WithoutSuffix(std::vector<std::string> tokens) {
  static constexpr std::string_view kSuffixes[] = {"jr", "sr", "ii", "iii", "iv"};
  auto bare = [](std::string t) {
    while (!t.empty() && (t.back() == '.' || t.back() == ',')) t.pop_back();
    return AliasKey(t);
  };
  if (tokens.size() >= 2 && std::find(std::begin(kSuffixes), std::end(kSuffixes),
                                      bare(tokens.back())) != std::end(kSuffixes)) {
    tokens.pop_back();
    while (!tokens.back().empty() && tokens.back().back() == ',') tokens.back().pop_back();
  }
  return tokens;
}

}  // namespace

std::string SurnameKey(std::string_view name) {
  std::vector<std::string> tokens = WithoutSuffix(NameTokens(name));
  return tokens.empty() ? "" : AliasKey(tokens.back());
}

bool PersonNamesCompatible(std::string_view a, std::string_view b) {
  std::vector<std::string> ta = WithoutSuffix(NameTokens(AliasKey(a)));
  std::vector<std::string> tb = WithoutSuffix(NameTokens(AliasKey(b)));
  if (ta.empty() || tb.empty()) return false;
  if (ta.back() != tb.back()) return false;
  if (ta.size() == 1 || tb.size() == 1) return true;
  const std::string& fa = ta.front();
  const std::string& fb = tb.front();
  const std::string& shorter = fa.size() <= fb.size() ? fa : fb;
  const std::string& longer = fa.size() <= fb.size() ? fb : fa;
  // "J." ~ "John": an initial matches a name starting with it.
  std::string_view s = shorter;
  if (s.size() == 2 && s[1] == '.') s = s.substr(0, 1);
  return longer.compare(0, s.size(), s) == 0;
}

const std::string& FullerName(const std::string& current, const std::string& candidate) {
  auto spaced = [](std::string key) {
    std::string s = SpacedKey(key);
    return s.empty() ? key : s;
  };
  // "Kim Jong Un" is no fuller than "Kim Jong-un": one spelling, kept as stored.
  if (spaced(AliasKey(current)) == spaced(AliasKey(candidate))) return current;
  size_t nc = NameTokens(current).size();
  size_t nn = NameTokens(candidate).size();
  if (nn != nc) return nn > nc ? candidate : current;
  return candidate.size() > current.size() ? candidate : current;
}

}  // namespace wirefacts
