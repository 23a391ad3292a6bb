#include "extractors/parsi_calendar.h"

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;

std::optional<sys_days> ShahenshahiDay(int year, int month, int day) {
  if (month < 1 || month > 13 || day < 1 || day > (month == 13 ? 5 : 30)) return std::nullopt;
  // Anchor: 1 Farvardin fell on 2018-08-17 (the Parsi New Year holiday of
  // the Indian government's 2018 list and of Maharashtra's); four 365-day
  // years later it fell on 2022-08-16, a day earlier, as both lists show.
  const sys_days anchor(std::chrono::year(2018) / 8 / 17);
  // Parsi years between 2018's and the one starting in `year`: new years
  // come every 365 days, so the one in `year` is the last before its end.
  const sys_days next_jan1(std::chrono::year(year + 1) / 1 / 1);
  long n = (next_jan1 - anchor).count();
  long k = n > 0 ? (n - 1) / 365 : -((-n) / 365 + 1);
  sys_days new_year = anchor + days(365 * k);
  if (std::chrono::year_month_day(new_year).year() != std::chrono::year(year)) return std::nullopt;
  return new_year + days((month - 1) * 30 + day - 1);
}

}  // namespace wirefacts
