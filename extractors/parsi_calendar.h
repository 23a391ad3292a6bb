// The Parsi (Shahenshahi) Zoroastrian calendar: twelve months of 30 days
// and five Gatha days at the year's end, 365 days with no leap day, so its
// New Year (Navroz, 1 Farvardin) comes one Gregorian day earlier every four
// years.
#ifndef WIREFACTS_EXTRACTORS_PARSI_CALENDAR_H_
#define WIREFACTS_EXTRACTORS_PARSI_CALENDAR_H_

#include <chrono>
#include <optional>

namespace wirefacts {

// The Gregorian day of Shahenshahi `month` (1..12; 13 for the Gatha days,
// 1..5) and `day` (1..30) in the Parsi year whose 1 Farvardin falls in
// Gregorian year `year`; nullopt for an invalid date.
std::optional<std::chrono::sys_days> ShahenshahiDay(int year, int month, int day);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_PARSI_CALENDAR_H_
