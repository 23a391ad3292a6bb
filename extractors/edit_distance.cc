#include "extractors/edit_distance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace wirefacts {

int DamerauLevenshtein(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Three rows: two back (for transpositions), previous, current; in one
  // buffer per thread (typo matching calls this for hundreds of names).
  thread_local std::vector<int> rows;
  rows.assign(3 * static_cast<size_t>(m + 1), 0);
  int* prev2 = rows.data();
  int* prev = prev2 + (m + 1);
  int* cur = prev + (m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, prev2[j - 2] + 1);
      cur[j] = d;
      row_min = std::min(row_min, d);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return std::min(prev[m], limit + 1);
}

int TypoThreshold(size_t length) {
  if (length < 4) return 0;
  if (length < 10) return 1;
  return 2;
}

}  // namespace wirefacts
