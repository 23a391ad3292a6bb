#include "extractors/edit_distance.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <utility>
#include <vector>

namespace wirefacts {

namespace {

// Optimal-string-alignment distance of `a` and `b` is at most 1.
bool WithinOne(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  size_t p = 0;  // common prefix
  while (p < b.size() && a[p] == b[p]) ++p;
  if (a.size() == b.size()) {
    if (p == a.size()) return true;  // equal
    // One substitution at p, or a swap of p and p + 1; the rest equal.
    if (a.substr(p + 1) == b.substr(p + 1)) return true;
    return p + 1 < a.size() && a[p] == b[p + 1] && a[p + 1] == b[p] &&
           a.substr(p + 2) == b.substr(p + 2);
  }
  // One byte more in `a`: deleting its first differing byte must do.
  return a.substr(p + 1) == b.substr(p);
}

}  // namespace

int DamerauLevenshtein(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  // Limit 1 (typo matching of names under 10 letters, nearly every call):
  // the distance is 0, 1 (one substitution, insertion, deletion or swap of
  // neighbours) or more, told apart in one pass -- the same answer as the
  // table below, without it.
  if (limit == 1) return WithinOne(a, b) ? (a == b ? 0 : 1) : 2;
  // Three rows: two back (for transpositions), previous, current; on the
  // stack for names of up to kStackLength bytes (nearly all), else in one
  // buffer per thread (typo matching calls this for hundreds of names).
  constexpr int kStackLength = 63;
  int stack_rows[3 * (kStackLength + 1)];
  int* buffer = stack_rows;
  if (m > kStackLength) {
    thread_local std::vector<int> rows;
    rows.resize(3 * static_cast<size_t>(m + 1));
    buffer = rows.data();
  }
  std::fill(buffer, buffer + 3 * (m + 1), 0);
  int* prev2 = buffer;
  int* prev = prev2 + (m + 1);
  int* cur = prev + (m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  // Only the band |i - j| <= limit of each row is computed: a cell outside
  // it is more than `limit` (each step changes i - j by at most one), and so
  // is every value reached through one. The cells next to the band that
  // the next rows read hold `big` instead; what is read there is more than
  // `limit` either way, and values up to `limit` (reached along paths
  // inside the band) come out exact, so the capped answer is the full
  // table's.
  const int big = limit + 1;
  for (int i = 1; i <= n; ++i) {
    const int lo = std::max(1, i - limit), hi = std::min(m, i + limit);
    cur[0] = i;
    if (lo > 1) cur[lo - 1] = big;
    int row_min = lo == 1 ? cur[0] : big;
    for (int j = lo; j <= hi; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int d = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d = std::min(d, prev2[j - 2] + 1);
      cur[j] = d;
      row_min = std::min(row_min, d);
    }
    if (hi < m) cur[hi + 1] = big;
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
