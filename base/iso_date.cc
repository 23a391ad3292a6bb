#include "base/iso_date.h"

#include <cstddef>

namespace wirefacts {
namespace {

// Reads exactly `n` ASCII digits at s[*i] into *value; advances *i.
bool Digits(std::string_view s, size_t* i, size_t n, int* value) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *i += n;
  *value = v;
  return true;
}

bool Expect(std::string_view s, size_t* i, char c) {
  if (*i >= s.size() || s[*i] != c) return false;
  ++*i;
  return true;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

}  // namespace

bool IsIsoDateTime(std::string_view s) {
  size_t i = 0;
  int year = 0, month = 0, day = 0;
  if (!Digits(s, &i, 4, &year) || !Expect(s, &i, '-') || !Digits(s, &i, 2, &month) ||
      !Expect(s, &i, '-') || !Digits(s, &i, 2, &day)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
  if (i == s.size()) return true;

  int hour = 0, minute = 0, second = 0;
  if (!Expect(s, &i, 'T') || !Digits(s, &i, 2, &hour) || !Expect(s, &i, ':') ||
      !Digits(s, &i, 2, &minute)) {
    return false;
  }
  if (hour > 23 || minute > 59) return false;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!Digits(s, &i, 2, &second) || second > 60) return false;
    if (i < s.size() && s[i] == '.') {
      ++i;
      const size_t start = i;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      if (i == start) return false;
    }
  }
  if (i == s.size()) return true;

  if (s[i] == 'Z') return i + 1 == s.size();
  if (s[i] != '+' && s[i] != '-') return false;
  ++i;
  int zh = 0, zm = 0;
  if (!Digits(s, &i, 2, &zh)) return false;
  if (i < s.size() && s[i] == ':') ++i;
  if (!Digits(s, &i, 2, &zm)) return false;
  return zh <= 23 && zm <= 59 && i == s.size();
}

}  // namespace wirefacts
