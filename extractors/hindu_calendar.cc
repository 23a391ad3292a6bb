#include "extractors/hindu_calendar.h"

#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <mutex>
#include <numbers>
#include <optional>

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kUnixEpochJd = 2440587.5;  // 1970-01-01T00:00 UT
constexpr double kJ2000 = 2451545.0;
constexpr double kIstOffset = 5.5 / 24.0;  // UTC+5:30, in days
// New Delhi, where the Indian government's almanac is reckoned.
constexpr double kLatitude = 28.6139;
constexpr double kLongitude = 77.2090;  // east
constexpr double kSynodicMonth = 29.530588861;
// Mean daily motions, for Newton steps (degrees a day).
constexpr double kElongationRate = 12.190749;
constexpr double kSunRate = 0.985647;
constexpr double kNakshatra = 360.0 / 27.0;

double Norm360(double a) {
  a = std::fmod(a, 360.0);
  return a < 0 ? a + 360.0 : a;
}

// In (-180, 180].
double Norm180(double a) {
  a = Norm360(a);
  return a > 180.0 ? a - 360.0 : a;
}

double DayStartJd(sys_days d) {
  return kUnixEpochJd + static_cast<double>(d.time_since_epoch().count());
}

// Julian centuries of Terrestrial Time from J2000 at Julian Day (UT) `jd`.
// ΔT = TT - UT from the long-term parabola of Morrison and Stephenson
// (-20 + 32 u² seconds, u in centuries from 1820): within a minute of the
// measured values over 1900-2100, well below what decides a civil day.
double CenturiesTt(double jd) {
  double u = ((jd - kJ2000) / 365.25 + 2000.0 - 1820.0) / 100.0;
  double delta_t = -20.0 + 32.0 * u * u;
  return (jd + delta_t / 86400.0 - kJ2000) / 36525.0;
}

// Lahiri ayanamsa: 23°51'25.5" at J2000, growing with the general
// precession in longitude (5028.80" a century).
double Ayanamsa(double t) { return 23.857092 + (5028.796195 * t + 1.1054348 * t * t) / 3600.0; }

// The Sun's geometric longitude of the mean equinox of date less aberration
// (Meeus ch. 25, low precision); also its mean longitude for the equation
// of time.
double TropicalSun(double t, double* mean_longitude = nullptr) {
  double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * kDeg;
  double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
             (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  if (mean_longitude) *mean_longitude = l0;
  return Norm360(l0 + c - 0.00569);
}

// Meeus table 47.A, longitude terms: multiples of D, M, M', F and the
// coefficient in 1e-6 degrees.
struct MoonTerm {
  signed char d, m, mp, f;
  int sl;
};
constexpr MoonTerm kMoonTerms[] = {
    {0, 0, 1, 0, 6288774}, {2, 0, -1, 0, 1274027}, {2, 0, 0, 0, 658314},  {0, 0, 2, 0, 213618},
    {0, 1, 0, 0, -185116}, {0, 0, 0, 2, -114332},  {2, 0, -2, 0, 58793},  {2, -1, -1, 0, 57066},
    {2, 0, 1, 0, 53322},   {2, -1, 0, 0, 45758},   {0, 1, -1, 0, -40923}, {1, 0, 0, 0, -34720},
    {0, 1, 1, 0, -30383},  {2, 0, 0, -2, 15327},   {0, 0, 1, 2, -12528},  {0, 0, 1, -2, 10980},
    {4, 0, -1, 0, 10675},  {0, 0, 3, 0, 10034},    {4, 0, -2, 0, 8548},   {2, 1, -1, 0, -7888},
    {2, 1, 0, 0, -6766},   {1, 0, -1, 0, -5163},   {1, 1, 0, 0, 4987},    {2, -1, 1, 0, 4036},
    {2, 0, 2, 0, 3994},    {4, 0, 0, 0, 3861},     {2, 0, -3, 0, 3665},   {0, 1, -2, 0, -2689},
    {2, 0, -1, 2, -2602},  {2, -1, -2, 0, 2390},   {1, 0, 1, 0, -2348},   {2, -2, 0, 0, 2236},
    {0, 1, 2, 0, -2120},   {0, 2, 0, 0, -2069},    {2, -2, -1, 0, 2048},  {2, 0, 1, -2, -1773},
    {2, 0, 0, 2, -1595},   {4, -1, -1, 0, 1215},   {0, 0, 2, 2, -1110},   {3, 0, -1, 0, -892},
    {2, 1, 1, 0, -810},    {4, -1, -2, 0, 759},    {0, 2, -1, 0, -713},   {2, 2, -1, 0, -700},
    {2, 1, -2, 0, 691},    {2, -1, 0, -2, 596},    {4, 0, 1, 0, 549},     {0, 0, 4, 0, 537},
    {4, -1, 0, 0, 520},    {1, 0, -2, 0, -487},    {2, 1, 0, -2, -399},   {0, 0, 2, -2, -381},
    {1, 1, 1, 0, 351},     {3, 0, -2, 0, -340},    {4, 0, -3, 0, 330},    {2, -1, 2, 0, 327},
    {0, 2, 1, 0, -323},    {1, 1, -1, 0, 299},     {2, 0, 3, 0, 294},
};

// The Moon's geocentric longitude of the mean equinox of date (Meeus ch.
// 47 without nutation, which cancels against the Sun's and the ayanamsa's).
double TropicalMoon(double t) {
  double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2 + t3 / 538841.0 - t4 / 65194000.0;
  double d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2 + t3 / 545868.0 - t4 / 113065000.0;
  double m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2 + t3 / 24490000.0;
  double mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2 + t3 / 69699.0 - t4 / 14712000.0;
  double f = 93.2720950 + 483202.0175233 * t - 0.0036539 * t2 - t3 / 3526000.0 + t4 / 863310000.0;
  double a1 = 119.75 + 131.849 * t, a2 = 53.09 + 479264.290 * t;
  double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
  double sum = 3958.0 * std::sin(a1 * kDeg) + 1962.0 * std::sin((lp - f) * kDeg) +
               318.0 * std::sin(a2 * kDeg);
  for (const MoonTerm& k : kMoonTerms) {
    double arg = (k.d * d + k.m * m + k.mp * mp + k.f * f) * kDeg;
    double coeff = k.sl;
    if (k.m == 1 || k.m == -1) coeff *= e;
    if (k.m == 2 || k.m == -2) coeff *= e * e;
    sum += coeff * std::sin(arg);
  }
  return Norm360(lp + sum / 1e6);
}

double Elongation(double jd) {
  double t = CenturiesTt(jd);
  return Norm360(TropicalMoon(t) - TropicalSun(t));
}

// The moment near `guess` at which f(jd) (degrees, advancing about `rate` a
// day) equals `target` (Newton steps on the mean rate).
template <typename F>
double Solve(F f, double target, double guess, double rate) {
  double jd = guess;
  for (int i = 0; i < 20; ++i) {
    double step = Norm180(f(jd) - target) / rate;
    jd -= step;
    if (std::fabs(step) < 1e-6) break;
  }
  return jd;
}

// Sunrise (rise = true) or sunset at New Delhi on civil day `d`, Julian Day
// (UT): the Sun's centre 0.833° below the horizon (refraction and its
// radius), from its declination and the equation of time at the event.
double SunEvent(sys_days d, bool rise) {
  double jd0 = DayStartJd(d);
  double hours = rise ? 0.5 : 12.5;  // UT first guesses (06:00 and 18:00 IST)
  for (int i = 0; i < 3; ++i) {
    double t = CenturiesTt(jd0 + hours / 24.0);
    double l0 = 0;
    double lambda = TropicalSun(t, &l0) * kDeg;
    double eps = (23.439291 - 0.0130042 * t) * kDeg;
    double alpha = std::atan2(std::cos(eps) * std::sin(lambda), std::cos(lambda)) / kDeg;
    double delta = std::asin(std::sin(eps) * std::sin(lambda));
    double eot_minutes = 4.0 * Norm180(l0 - 0.0057183 - alpha);
    double noon = 12.0 - kLongitude / 15.0 - eot_minutes / 60.0;
    double phi = kLatitude * kDeg;
    double cos_h = (std::sin(-0.833 * kDeg) - std::sin(phi) * std::sin(delta)) /
                   (std::cos(phi) * std::cos(delta));
    double h = std::acos(std::fmax(-1.0, std::fmin(1.0, cos_h))) / kDeg / 15.0;
    hours = rise ? noon - h : noon + h;
  }
  return jd0 + hours / 24.0;
}

int SignOf(double sidereal_longitude) { return static_cast<int>(sidereal_longitude / 30.0) % 12; }

// The first civil day whose `cutoff` moment is at or after `jd`.
sys_days DayOnOrAfter(double jd, DayMoment cutoff) {
  sys_days d = IndianCivilDay(jd) - days(1);
  while (MomentOf(d, cutoff) < jd) d += days(1);
  return d;
}

// The civil day on whose `moment` the span [start, end) prevails: the first
// when two do; when none does, the day whose moment is nearest the span.
sys_days DayOfSpan(double start, double end, DayMoment moment) {
  sys_days first = IndianCivilDay(start) - days(1), last = IndianCivilDay(end) + days(1);
  sys_days nearest = IndianCivilDay(start);
  double best = 1e9;
  for (sys_days d = first; d <= last; d += days(1)) {
    double m = MomentOf(d, moment);
    if (m >= start && m < end) return d;
    double gap = m < start ? start - m : m - end;
    if (gap < best) {
      best = gap;
      nearest = d;
    }
  }
  return nearest;
}

std::vector<sys_days> ComputeLunarTithiDays(int month, int tithi, DayMoment moment, int year) {
  std::vector<sys_days> out;
  double from = DayStartJd(sys_days(std::chrono::year(year - 1) / 10 / 1));
  double to = DayStartJd(sys_days(std::chrono::year(year + 1) / 1 / 1));
  double nm = NextNewMoon(from);
  while (nm < to) {
    double next = NextNewMoon(nm + 20);
    int sign = SignOf(SiderealSunLongitude(nm)), next_sign = SignOf(SiderealSunLongitude(next));
    // Leap: no sign change. A month with two sign changes (kshaya, as in
    // 1983) carries its own name and the next one's.
    bool leap = sign == next_sign;
    int name = (sign + 1) % 12 + 1;
    bool two_names = next_sign == (sign + 2) % 12;
    if (!leap && (name == month || (two_names && name % 12 + 1 == month))) {
      double guess = nm + (tithi - 1) * (kSynodicMonth / 30);
      double start =
          tithi == 1 ? nm : Solve(Elongation, (tithi - 1) * 12.0, guess, kElongationRate);
      double end = tithi == 30 ? next
                               : Solve(Elongation, tithi * 12.0, guess + kSynodicMonth / 30,
                                       kElongationRate);
      out.push_back(DayOfSpan(start, end, moment));
    }
    nm = next;
  }
  return out;
}

sys_days ComputeSankrantiDay(int sign, DayMoment cutoff, int year) {
  double jan1 = DayStartJd(sys_days(std::chrono::year(year) / 1 / 1));
  double target = (sign - 1) * 30.0;
  double guess = jan1 + Norm360(target - SiderealSunLongitude(jan1)) / kSunRate;
  return DayOnOrAfter(Solve(SiderealSunLongitude, target, guess, kSunRate), cutoff);
}

std::vector<sys_days> ComputeStarDays(int sign, int nakshatra, DayMoment cutoff, DayMoment moment,
                                      int year) {
  std::vector<sys_days> out;
  sys_days first = SankrantiDay(sign, cutoff, year);
  sys_days end = SankrantiDay(sign % 12 + 1, cutoff, year);
  if (end <= first) end = SankrantiDay(sign % 12 + 1, cutoff, year + 1);
  auto star = [&](sys_days d) {
    return static_cast<int>(SiderealMoonLongitude(MomentOf(d, moment)) / kNakshatra) % 27 + 1;
  };
  // The last of: the first day of a run of days whose moment has the
  // nakshatra, or the day before a run of days that skips it.
  std::optional<sys_days> pick;
  for (sys_days d = first; d < end; d += days(1)) {
    int s = star(d), prev = star(d - days(1));
    if (s == nakshatra && prev != nakshatra) pick = d;
    if (s == nakshatra % 27 + 1 && prev == (nakshatra + 25) % 27 + 1) pick = d - days(1);
  }
  if (pick && *pick >= first) out.push_back(*pick);
  return out;
}

// The days computed for a query, kept for the life of the process: a
// holiday's year is worked out once, not on every mention (a lunar year
// costs about a millisecond). One bounded cache per kind of query;
// thread-safe.
using MemoKey = std::array<int, 8>;
template <typename F>
std::vector<sys_days> Memo(const MemoKey& key, F compute) {
  static std::mutex mu;
  static std::map<MemoKey, std::vector<sys_days>> cache;
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = cache.find(key);
    if (it != cache.end()) return it->second;
  }
  std::vector<sys_days> result = compute();
  std::lock_guard<std::mutex> lock(mu);
  if (cache.size() < 100000) cache.emplace(key, result);
  return result;
}

int AnchorCode(DayMoment m) { return static_cast<int>(m.anchor); }

}  // namespace

bool ParseDayMoment(std::string_view text, DayMoment* out) {
  static const std::pair<std::string_view, DayMoment::Anchor> kAnchors[] = {
      {"sunrise", DayMoment::Anchor::kSunrise},     {"noon", DayMoment::Anchor::kNoon},
      {"afternoon", DayMoment::Anchor::kAfternoon}, {"sunset", DayMoment::Anchor::kSunset},
      {"midnight", DayMoment::Anchor::kMidnight},
  };
  size_t sign = text.find_first_of("+-");
  std::string_view name = text.substr(0, sign);
  DayMoment m;
  bool found = false;
  for (const auto& [n, a] : kAnchors)
    if (n == name) {
      m.anchor = a;
      found = true;
    }
  if (!found) return false;
  if (sign != std::string_view::npos) {
    std::string_view rest = text.substr(sign + 1);
    size_t colon = rest.find(':');
    if (colon == std::string_view::npos || rest.size() - colon != 3) return false;
    int h = 0, mm = 0;
    auto [p1, e1] = std::from_chars(rest.data(), rest.data() + colon, h);
    auto [p2, e2] = std::from_chars(rest.data() + colon + 1, rest.data() + rest.size(), mm);
    if (e1 != std::errc() || e2 != std::errc() || p1 != rest.data() + colon ||
        p2 != rest.data() + rest.size() || h > 12 || mm > 59)
      return false;
    m.minutes = (text[sign] == '-' ? -1 : 1) * (h * 60 + mm);
  }
  *out = m;
  return true;
}

double MomentOf(sys_days day, DayMoment moment) {
  double base = 0;
  switch (moment.anchor) {
    case DayMoment::Anchor::kSunrise:
      base = SunEvent(day, true);
      break;
    case DayMoment::Anchor::kNoon:
      base = (SunEvent(day, true) + SunEvent(day, false)) / 2;
      break;
    case DayMoment::Anchor::kAfternoon: {
      double rise = SunEvent(day, true);
      base = rise + 0.7 * (SunEvent(day, false) - rise);
      break;
    }
    case DayMoment::Anchor::kSunset:
      base = SunEvent(day, false);
      break;
    case DayMoment::Anchor::kMidnight:
      base = (SunEvent(day, false) + SunEvent(day + days(1), true)) / 2;
      break;
  }
  return base + moment.minutes / 1440.0;
}

sys_days IndianCivilDay(double jd) {
  return sys_days(days(static_cast<long>(std::floor(jd - kUnixEpochJd + kIstOffset))));
}

double SiderealSunLongitude(double jd) {
  double t = CenturiesTt(jd);
  return Norm360(TropicalSun(t) - Ayanamsa(t));
}

double SiderealMoonLongitude(double jd) {
  double t = CenturiesTt(jd);
  return Norm360(TropicalMoon(t) - Ayanamsa(t));
}

int TithiAt(double jd) { return static_cast<int>(Elongation(jd) / 12.0) % 30 + 1; }

double NextNewMoon(double jd) {
  // Meeus ch. 49: mean new moon k from 2000-01-06; the true one is within
  // about 14 hours of it.
  double k = std::ceil((jd - 2451550.09766) / kSynodicMonth) - 1;
  for (int i = 0; i < 3; ++i, ++k) {
    double nm = Solve(Elongation, 0.0, 2451550.09766 + kSynodicMonth * k, kElongationRate);
    if (nm >= jd) return nm;
  }
  return jd;  // unreachable: three lunations cover any gap
}

std::vector<sys_days> LunarTithiDays(int month, int tithi, DayMoment moment, int year) {
  if (month < 1 || month > 12 || tithi < 1 || tithi > 30) return {};
  MemoKey key{1, month, tithi, AnchorCode(moment), moment.minutes, 0, 0, year};
  return Memo(key, [&] { return ComputeLunarTithiDays(month, tithi, moment, year); });
}

sys_days SankrantiDay(int sign, DayMoment cutoff, int year) {
  MemoKey key{2, sign, 0, AnchorCode(cutoff), cutoff.minutes, 0, 0, year};
  return Memo(key, [&] { return std::vector<sys_days>{ComputeSankrantiDay(sign, cutoff, year)}; })
      .front();
}

std::vector<sys_days> SolarMonthStarDays(int sign, int nakshatra, DayMoment cutoff,
                                         DayMoment moment, int year) {
  if (sign < 1 || sign > 12 || nakshatra < 1 || nakshatra > 27) return {};
  MemoKey key{
      3,   sign, nakshatra, AnchorCode(cutoff), cutoff.minutes, AnchorCode(moment), moment.minutes,
      year};
  return Memo(key, [&] { return ComputeStarDays(sign, nakshatra, cutoff, moment, year); });
}

}  // namespace wirefacts
