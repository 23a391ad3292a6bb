#include "text/clauses.h"

#include <array>
#include <cctype>

namespace wirefacts {

std::vector<size_t> ClauseBreaks(std::string_view text, size_t begin, size_t end) {
  std::vector<size_t> breaks;
  auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
  // The bytes that can make a break; the others are skipped by one lookup.
  static constexpr auto kMay = [] {
    std::array<bool, 256> may{};
    for (char c : {',', ';', ':', '(', ')', '-', '\xe2'}) may[static_cast<unsigned char>(c)] = true;
    return may;
  }();
  for (size_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (!kMay[static_cast<unsigned char>(c)]) continue;
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
      if ((c == ',' || c == ':') && i > begin && i + 1 < end && digit(i - 1) && digit(i + 1))
        continue;  // 1,200 and 10:30
      breaks.push_back(i);
    } else if (c == '\xe2' && i + 2 < end && text[i + 1] == '\x80' &&
               (text[i + 2] == '\x94' || text[i + 2] == '\x93')) {  // em or en dash
      breaks.push_back(i);
    } else if (c == '-' && i > begin && i + 1 < end && text[i - 1] == ' ' && text[i + 1] == ' ') {
      breaks.push_back(i);
    }
  }
  return breaks;
}

std::pair<size_t, size_t> ClauseOf(const std::vector<size_t>& breaks, size_t begin, size_t end,
                                   size_t pos) {
  size_t first = begin, last = end;
  for (size_t b : breaks) {
    if (b < pos) {
      first = b;
    } else {
      last = b;
      break;
    }
  }
  return {first, last};
}

}  // namespace wirefacts
