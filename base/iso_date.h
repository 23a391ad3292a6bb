// IsIsoDateTime: the publication dates wirefacts accepts (DESIGN.md,
// "Command line": --published DATE|DATETIME, ninjs `versioncreated`).
//
// Accepted: YYYY-MM-DD, optionally followed by THH:MM, THH:MM:SS or
// THH:MM:SS.fraction, optionally followed by a zone: Z, ±HH:MM or ±HHMM.
// Ranges are checked: month 01-12, day within the month (leap years
// included), hour 00-23, minute 00-59, second 00-60 (leap second), zone
// hours 00-23. Nothing else (no spaces, no lower-case t/z, no week dates).
//   "2019-01-18"                 -> true
//   "2019-01-18T10:00:00.000Z"   -> true
//   "2019-02-29"                 -> false (not a leap year)
//   "18 Jan 2019"                -> false
#ifndef WIREFACTS_BASE_ISO_DATE_H_
#define WIREFACTS_BASE_ISO_DATE_H_

#include <string_view>

namespace wirefacts {

bool IsIsoDateTime(std::string_view s);

}  // namespace wirefacts

#endif  // WIREFACTS_BASE_ISO_DATE_H_
