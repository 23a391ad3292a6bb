// The Hindu calendar days that holidays keep: lunisolar (amanta) tithis,
// solar-month ingresses (sankranti) and the Moon's lunar mansion
// (nakshatra) in a solar month.
//
// Positions come from the published low-precision series of Meeus,
// Astronomical Algorithms (2nd ed.): the Sun from chapter 25 (about 0.01°),
// the Moon from the main periodic terms of chapter 47 (about 10"), so a
// tithi or an ingress is placed within a few minutes, 1900-2100. Sidereal
// longitudes subtract the Lahiri (Chitrapaksha) ayanamsa, the one Indian
// government almanacs use. Civil days are Indian Standard Time (UTC+5:30)
// and sunrise and sunset those of New Delhi: regional almanacs reckoned
// elsewhere can name the neighbouring day when a tithi or an ingress falls
// near the moment that decides it.
//
// A lunar month runs from one new moon to the next and is named after the
// sidereal sign the Sun is in at the new moon that starts it (Sun in Pisces:
// Chaitra, Aries: Vaishakha, ... Aquarius: Phalguna). A month in which the
// Sun changes no sign is a leap month (adhika) and shares the name of the
// month after it; holidays are kept in that regular (nija) month. A month
// in which the Sun changes sign twice (kshaya, 1983 and 2124 in the range)
// keeps the holidays of both the months it stands for.
#ifndef WIREFACTS_EXTRACTORS_HINDU_CALENDAR_H_
#define WIREFACTS_EXTRACTORS_HINDU_CALENDAR_H_

#include <chrono>
#include <string_view>
#include <vector>

namespace wirefacts {

// The moment of a civil day at which a holiday's tithi or nakshatra must
// prevail (or, for an ingress, the cut-off after which the next day counts):
// an anchor plus `minutes`.
struct DayMoment {
  enum class Anchor {
    kSunrise,
    kNoon,       // local apparent noon (madhyahna)
    kAfternoon,  // the middle of the fourth fifth of daylight (aparahna)
    kSunset,
    kMidnight,  // the middle of the night that follows the day (nishita)
  };
  Anchor anchor = Anchor::kSunrise;
  int minutes = 0;
};

// "sunrise", "noon", "afternoon", "sunset", "midnight", each optionally
// followed by "+H:MM" or "-H:MM" ("sunset+0:48" for pradosh, the twilight
// after sunset). False when malformed.
bool ParseDayMoment(std::string_view text, DayMoment* out);

// Julian Day (UT) of `moment` on civil day `day` in India.
double MomentOf(std::chrono::sys_days day, DayMoment moment);

// The Indian civil day that Julian Day (UT) `jd` falls in.
std::chrono::sys_days IndianCivilDay(double jd);

// Sidereal (Lahiri) longitudes in degrees [0, 360) at Julian Day (UT) `jd`.
double SiderealSunLongitude(double jd);
double SiderealMoonLongitude(double jd);

// The tithi (1..30) at `jd`: 1 + floor(elongation of the Moon from the Sun /
// 12°). 1..15 are the bright half (15 the full moon, purnima), 16..30 the
// dark half (30 the new moon, amavasya).
int TithiAt(double jd);

// Julian Day (UT) of the first new moon at or after `jd`.
double NextNewMoon(double jd);

// The civil days on which tithi `tithi` (1..30) of the regular lunar month
// `month` (1 Chaitra .. 12 Phalguna) is kept, for the months that begin
// from October of `year` - 1 to the end of `year` (the caller keeps those in
// the year it wants). The day is the one at whose `moment` the tithi
// prevails; a tithi prevailing at two such moments (vriddhi) is kept on the
// first, one prevailing at none (kshaya) on the day whose moment is nearest
// to it (Dhanteras 2020: the Trayodashi ending 18 minutes before the
// evening's pradosh, not the one beginning three hours after the evening
// before).
std::vector<std::chrono::sys_days> LunarTithiDays(int month, int tithi, DayMoment moment, int year);

// The civil day the sidereal Sun enters sign `sign` (1 Aries .. 12 Pisces)
// in Gregorian year `year`: the first day whose `cutoff` moment is at or
// after the ingress (Makar Sankranti after sunset is kept the next day).
std::chrono::sys_days SankrantiDay(int sign, DayMoment cutoff, int year);

// The civil day in the solar month of sign `sign` (its days from that
// sign's SankrantiDay to the next sign's, exclusive) on which the Moon is in
// nakshatra `nakshatra` (1 Ashvini .. 27 Revati, 13°20' each) at `moment`;
// the later one when the month has two (Onam: Thiruvonam, 22, in Chingam,
// Leo). A nakshatra that spans no moment is kept on the day whose moment
// precedes it. None when the month has no such day.
std::vector<std::chrono::sys_days> SolarMonthStarDays(int sign, int nakshatra, DayMoment cutoff,
                                                      DayMoment moment, int year);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_HINDU_CALENDAR_H_
