// Date, time, duration and set suites (issue 5): TempEval-3 measures on
// TBAQ (TimeBank + AQUAINT), and the date/time cases of Recognizers-Text and
// Duckling. See eval/README.md ("Dates") for how each suite's conventions are
// scored.
#include <re2/re2.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <optional>

#include "eval/suite.h"

namespace wirefacts {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

// ---------------------------------------------------------------------------
// Calendar helpers on ISO strings.

bool ParseDay(std::string_view s, sys_days* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() < 10 ||
      std::sscanf(std::string(s.substr(0, 10)).c_str(), "%d-%u-%u", &y, &m, &d) != 3)
    return false;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

std::string FormatDay(sys_days d) {
  std::chrono::year_month_day ymd(d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// "YYYY-MM-DD" shifted by n days ("" when unparseable).
std::string AddDays(std::string_view iso, int n) {
  sys_days d;
  if (!ParseDay(iso, &d)) return "";
  return FormatDay(d + days(n));
}

// "YYYY-MM-DD" shifted by n months or years, clamping the day.
std::string AddMonths(std::string_view iso, int n) {
  sys_days d;
  if (!ParseDay(iso, &d)) return "";
  std::chrono::year_month_day ymd(d);
  std::chrono::year_month ym = ymd.year() / ymd.month();
  ym += std::chrono::months(n);
  std::chrono::year_month_day out = ym / ymd.day();
  if (!out.ok()) out = ym / std::chrono::last;
  return FormatDay(sys_days(out));
}

// A date-time as "YYYY-MM-DDTHH:MM", or a time of day as "HH:MM"; seconds and
// offsets dropped. Accepts "2016-11-07 16:00:00", "2013-02-12T16:00:00-02:00",
// "16:00:00", and TIMEX3 times "2019-01-18T10", "T16:30". "" when `s` holds
// no clock time.
std::string ClockOf(std::string_view s) {
  size_t t = std::string_view::npos;
  std::string date;
  if (s.size() >= 11 && (s[10] == 'T' || s[10] == ' ') &&
      std::isdigit(static_cast<unsigned char>(s[0]))) {
    date = std::string(s.substr(0, 10));
    t = 11;
  } else if (!s.empty() && s[0] == 'T') {
    t = 1;
  } else if (s.size() >= 5 && s[2] == ':') {
    t = 0;
  }
  if (t == std::string_view::npos || t + 2 > s.size() ||
      !std::isdigit(static_cast<unsigned char>(s[t])) ||
      !std::isdigit(static_cast<unsigned char>(s[t + 1])))
    return "";
  std::string hm(s.substr(t, 2));
  hm += ':';
  if (t + 5 <= s.size() && s[t + 2] == ':')
    hm += std::string(s.substr(t + 3, 2));
  else
    hm += "00";
  return date.empty() ? hm : date + "T" + hm;
}

// A "YYYY-MM-DDTHH:MM" clock shifted by `minutes`.
std::string AddMinutes(const std::string& clock, int minutes) {
  if (clock.size() < 16) return clock;
  sys_days d;
  if (!ParseDay(clock, &d)) return clock;
  int hh = std::atoi(clock.c_str() + 11), mm = std::atoi(clock.c_str() + 14);
  long long total =
      static_cast<long long>(d.time_since_epoch().count()) * 1440 + hh * 60 + mm + minutes;
  long long day = total >= 0 ? total / 1440 : (total - 1439) / 1440;
  int rem = static_cast<int>(total - day * 1440);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", rem / 60, rem % 60);
  return FormatDay(sys_days(days(day))) + "T" + buf;
}

// Two clocks agree when equal, or when one is a time of day and the other a
// date-time with that time.
bool SameClock(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  if (a.size() == 5 && b.size() == 16) return b.compare(11, 5, a) == 0;
  if (b.size() == 5 && a.size() == 16) return a.compare(11, 5, b) == 0;
  return false;
}

// ---------------------------------------------------------------------------
// Our claims seen as resolutions.

struct SystemValue {
  ClaimKind kind = ClaimKind::kDate;
  std::string start, end;              // inclusive days
  std::string clock_start, clock_end;  // clocks of a time or a time range
  std::string timex, mod, grain;
};

SystemValue ReadSystem(const Claim& c) {
  SystemValue s;
  s.kind = c.kind;
  s.start = c.value.start;
  s.end = c.value.end;
  s.timex = c.value.timex;
  s.mod = c.value.mod;
  s.grain = c.value.grain;
  size_t slash = s.timex.find('/');
  std::string a = s.timex.substr(0, slash);
  std::string b = slash == std::string::npos ? a : s.timex.substr(slash + 1);
  s.clock_start = ClockOf(a);
  s.clock_end = ClockOf(b);
  return s;
}

bool IsTimeOfDay(const Value& v) {
  if (v.grain == "time") return true;
  const std::string& t = v.timex;
  for (size_t i = 1; i < t.size(); ++i)
    if (t[i] == 'T' && (std::isdigit(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == 'X'))
      return true;
  return false;
}

std::string TimexType(const Claim& c) {
  switch (c.kind) {
    case ClaimKind::kDuration:
      return "DURATION";
    case ClaimKind::kSet:
      return "SET";
    default:
      return IsTimeOfDay(c.value) ? "TIME" : "DATE";
  }
}

std::string Describe(const Claim& c) {
  std::string s = "'" + c.text + "' " + std::string(ClaimKindName(c.kind)) + " " + c.value.timex;
  if (!c.value.start.empty()) s += " [" + c.value.start + ".." + c.value.end + "]";
  if (!c.value.mod.empty()) s += " " + c.value.mod;
  return s;
}

// A TIMEX3 value compared as TempEval-3 does (string equality), with three
// spellings of the same value read the same: unpadded week numbers
// ("2000-W7" = "2000-W07"), and a clock written to the hour, the minute or
// the second ("T17" = "T17:00" = "T17:00:00"; TimeML writes hour-only
// clocks as "T17"), and "1989-10-27T24" (midnight at the end of the day) as
// "1989-10-28T00:00". Durations ("PT17H") are left alone.
std::string NormalizeTimex(std::string v) {
  auto digit = [&](size_t i) {
    return i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]));
  };
  for (char& c : v) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  size_t w = v.find("-W");
  if (w != std::string::npos && w + 3 <= v.size() && digit(w + 2) && !digit(w + 3))
    v.insert(w + 2, "0");
  if (v.empty() || v[0] == 'P') return v;
  // The clock: "T" + hh [":" mm [":" ss]] at the start or after a day.
  size_t t = v.find('T');
  if (t == std::string::npos || (t != 0 && !digit(t - 1)) || !digit(t + 1) || !digit(t + 2))
    return v;
  size_t e = t + 3;
  std::string mm = "00", ss = "00";
  if (e < v.size() && v[e] == ':' && digit(e + 1) && digit(e + 2)) {
    mm = v.substr(e + 1, 2);
    e += 3;
    if (e < v.size() && v[e] == ':' && digit(e + 1) && digit(e + 2)) {
      ss = v.substr(e + 1, 2);
      e += 3;
    }
  }
  if (digit(e)) return v;  // not a clock
  // ISO 8601 / TimeML "T24" (midnight ending a day) is 00:00 of the next.
  if (t == 10 && v.compare(11, 2, "24") == 0 && mm == "00" && ss == "00") {
    std::string next = AddDays(v.substr(0, 10), 1);
    if (next.size() == 10) return next + "T00:00" + v.substr(e);
  }
  return v.substr(0, t + 3) + ":" + mm + (ss == "00" ? "" : ":" + ss) + v.substr(e);
}

// A duration timex ("P3D", "PT1H30M", "P1.5Y") in seconds with a month of 30
// days and a year of 365 (Duckling's and Recognizers-Text's normalisation);
// nullopt for vague ("PXY") or unparseable values.
std::optional<double> DurationSeconds(std::string_view t) {
  if (t.size() < 3 || t[0] != 'P') return std::nullopt;
  double total = 0;
  bool time = false, any = false;
  size_t i = 1;
  while (i < t.size()) {
    if (t[i] == 'T') {
      time = true;
      ++i;
      continue;
    }
    size_t j = i;
    while (j < t.size() && (std::isdigit(static_cast<unsigned char>(t[j])) || t[j] == '.')) ++j;
    if (j == i || j >= t.size()) return std::nullopt;
    double n = std::atof(std::string(t.substr(i, j - i)).c_str());
    double unit = 0;
    switch (t[j]) {
      case 'Y':
        unit = 365 * 86400.0;
        break;
      case 'M':
        unit = time ? 60 : 30 * 86400.0;
        break;
      case 'Q':
        unit = 90 * 86400.0;
        break;
      case 'W':
        unit = 7 * 86400.0;
        break;
      case 'D':
        unit = 86400;
        break;
      case 'H':
        unit = 3600;
        break;
      case 'S':
        unit = 1;
        break;
      default:
        return std::nullopt;
    }
    if (!time && t[j] == 'D' && j + 1 < t.size() && t[j + 1] == 'E') {
      unit = 3650 * 86400.0;
      ++j;
    }
    total += n * unit;
    any = true;
    i = j + 1;
  }
  if (!any) return std::nullopt;
  return total;
}

// ---------------------------------------------------------------------------
// A gold resolution of the date suites: a day-level interval (inclusive), a
// clock interval, or a duration / set.

struct GoldResolution {
  std::string start, end;              // inclusive days; one may be "" (open)
  std::string clock_start, clock_end;  // clocks, when the grain is finer than a day
  std::string timex;                   // RT's TIMEX (also for sets and durations)
  std::optional<double> seconds;       // durations
  bool open = false;                   // one side only ("before", "after")
};

bool MatchesResolution(const GoldResolution& g, const SystemValue& s) {
  // "now": PRESENT_REF is the reference time itself.
  if (s.timex == "PRESENT_REF" && !s.start.empty() && g.end.empty() && g.clock_end.empty() &&
      (g.start == s.start || g.clock_start.compare(0, 10, s.start) == 0))
    return true;
  if (!g.timex.empty() && !s.timex.empty() && NormalizeTimex(g.timex) == NormalizeTimex(s.timex))
    return true;
  if (g.seconds) {
    std::optional<double> ours = DurationSeconds(s.timex);
    return ours && std::fabs(*ours - *g.seconds) < 0.5;
  }
  if (!g.clock_start.empty() || !g.clock_end.empty()) {
    if (g.open) {
      const std::string& given = g.clock_start.empty() ? g.clock_end : g.clock_start;
      return SameClock(given, s.clock_start) || SameClock(given, s.clock_end);
    }
    if (!SameClock(g.clock_start, s.clock_start)) return false;
    return g.clock_end.empty() ? s.clock_end == s.clock_start || s.clock_end.empty()
                               : SameClock(g.clock_end, s.clock_end);
  }
  if (g.start.empty() && g.end.empty()) return false;
  if (g.open) {
    const std::string& given = g.start.empty() ? g.end : g.start;
    return given == s.start || given == s.end || given == AddDays(s.end, 1) ||
           given == AddDays(s.start, -1);
  }
  return g.start == s.start && g.end == s.end;
}

// ---------------------------------------------------------------------------
// TBAQ.

// TimeML has no range TIMEX3: "between 1994 and 1997", "Aug. 26 to Oct. 20"
// are two TIMEX3 (the ends, tied by TLINKs). A range claim (timex "a/b") is
// scored as its two ends: the span split around the connector (-, and, to,
// through, until), the timex split at '/'. Nothing of the gold is looked at.
// Fills `parts` with (code-point start, end, timex); false when the claim
// is no range or has no connector.
struct RangeEnd {
  size_t start, end;
  std::string timex;
};
bool SplitRange(std::string_view text, const Claim& c, std::vector<RangeEnd>* parts) {
  size_t slash = c.value.timex.find('/');
  if (slash == std::string::npos) return false;
  std::string span = CodepointSlice(text, c.source_start, c.source_end);
  static const RE2 kConnector("(\\s*(?:-|\xE2\x80\x93|\\s(?i:and|to|through|until)\\s)\\s*)");
  re2::StringPiece in(span), m;
  if (!RE2::PartialMatch(in, kConnector, &m)) return false;
  size_t b = m.data() - span.data(), e = b + m.size();
  auto cps = [](std::string_view s) {
    size_t n = 0;
    for (char ch : s)
      if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++n;
    return n;
  };
  size_t cb = c.source_start + cps(std::string_view(span).substr(0, b));
  size_t ce = c.source_start + cps(std::string_view(span).substr(0, e));
  if (cb == c.source_start || ce >= c.source_end) return false;
  parts->push_back({c.source_start, cb, c.value.timex.substr(0, slash)});
  parts->push_back({ce, c.source_end, c.value.timex.substr(slash + 1)});
  return true;
}

Status EvalTbaq(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  SuiteReport all, tb, aq;
  all.name = "dates/tbaq";
  tb.name = "dates/tbaq-timebank";
  aq.name = "dates/tbaq-aquaint";
  all.notes =
      "TempEval-3 measures over the 256 TBAQ documents, each analysed with published = its DCT. "
      "System spans are date/duration/set claims typed DATE, TIME (a time-of-day grain or a "
      "timex with a clock), DURATION, SET; the value is the claim's TIMEX3 value compared as a "
      "string with the gold value, reading unpadded week numbers (2000-W7) and clocks written "
      "to the hour, minute or second (TimeML's hour-only T17 = T17:00 = T17:00:00; a day's "
      "T24 = the next day's T00:00) as the same. TBAQ is annotated over whole documents "
      "(unlike MEANTIME's first six lines) with TIMEX3 extents that leave out prepositions "
      "like ours, so no MEANTIME-style span or region allowance applies. Spans are code points, "
      "not tokens, so a span differing only by punctuation is "
      "inexact. mod_accuracy (extra) is the share of aligned pairs with the gold mod. TimeML has "
      "no range TIMEX3 (it tags the two ends), so a range claim ('1994 and 1997', timex "
      "1994/1997) is scored as its two ends, split at the connector and at the '/'.";
  tb.notes = "The TimeBank part of dates/tbaq, scored the same way.";
  aq.notes = "The AQUAINT part of dates/tbaq, scored the same way.";
  for (SuiteReport* r : {&all, &tb, &aq}) r->has_types = true;
  all.bars = {{"overlap_f1", 0.90}, {"exact_f1", 0.82}, {"value_f1", 0.80}};
  int mod_total[3] = {0, 0, 0}, mod_ok[3] = {0, 0, 0};
  std::string file = ctx.shared_dir + "/eval/timeml/tbaq.jsonl";
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& d) -> Status {
    std::string text = d["text"].get<std::string>();
    std::string doc = JsonString(d, "doc");
    bool timebank = JsonString(d, "corpus") == "TimeBank";
    std::vector<Span> gold, system;
    std::vector<std::string> gold_values, gold_types, gold_mods;
    for (const auto& t : d["timex"]) {
      Span s;
      s.start = t["start"].get<size_t>();
      s.end = t["end"].get<size_t>();
      std::string mod = JsonString(t, "mod");
      s.label = "'" + JsonString(t, "text") + "' " + JsonString(t, "type") + " " +
                JsonString(t, "value") + (mod.empty() ? "" : " " + mod);
      gold.push_back(s);
      gold_values.push_back(NormalizeTimex(JsonString(t, "value")));
      gold_types.push_back(JsonString(t, "type"));
      gold_mods.push_back(mod);
    }
    AnalyzedStory story;
    std::vector<const Claim*> claims;
    std::deque<Claim> range_ends;  // stable addresses for `claims`
    if (AnalyzeText(ctx, text, JsonString(d, "dct"), &story).ok()) {
      for (const Claim& c : story.claims) {
        if (c.kind != ClaimKind::kDate && c.kind != ClaimKind::kDuration &&
            c.kind != ClaimKind::kSet)
          continue;
        std::vector<RangeEnd> parts;
        if (c.kind == ClaimKind::kDate && SplitRange(text, c, &parts)) {
          for (const RangeEnd& p : parts) {
            Claim& end = range_ends.emplace_back(c);
            end.source_start = p.start;
            end.source_end = p.end;
            end.value.timex = p.timex;
            end.value.mod.clear();
            Span s;
            s.start = p.start;
            s.end = p.end;
            s.label = Describe(end) + " (range end)";
            system.push_back(s);
            claims.push_back(&end);
          }
          continue;
        }
        Span s;
        s.start = c.source_start;
        s.end = c.source_end;
        s.label = Describe(c);
        system.push_back(s);
        claims.push_back(&c);
      }
    }
    for (int k : {0, timebank ? 1 : 2}) {
      SuiteReport* r = k == 0 ? &all : k == 1 ? &tb : &aq;
      ScoreDocument(
          doc, gold, system,
          [&](size_t g, size_t s) {
            ++mod_total[k];
            if (gold_mods[g] == claims[s]->value.mod) ++mod_ok[k];
            return gold_values[g] == NormalizeTimex(claims[s]->value.timex);
          },
          [&](size_t g, size_t s) { return gold_types[g] == TimexType(*claims[s]); }, r);
    }
    return Status::OK();
  });
  WF_RETURN_IF_ERROR(st);
  int k = 0;
  for (SuiteReport* r : {&all, &tb, &aq}) {
    r->extra.emplace_back("mod_accuracy", mod_total[k] ? double(mod_ok[k]) / mod_total[k] : 0);
    ++k;
  }
  reports->push_back(std::move(all));
  reports->push_back(std::move(tb));
  reports->push_back(std::move(aq));
  return Status::OK();
}

// ---------------------------------------------------------------------------
// Recognizers-Text and Duckling.

size_t CodepointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Recognizers-Text: every alternative resolution the suite lists.
std::vector<GoldResolution> RecognizersResolutions(const nlohmann::json& e) {
  std::vector<GoldResolution> out;
  std::string type = JsonString(e, "type");
  const nlohmann::json& values = e["raw"]["values"];
  for (const auto& v : values) {
    GoldResolution g;
    g.timex = JsonString(v, "timex");
    std::string vt = JsonString(v, "type");
    if (vt.empty()) vt = type;
    std::string value = JsonString(v, "value");
    if (vt == "duration") {
      if (!value.empty() && std::isdigit(static_cast<unsigned char>(value[0])))
        g.seconds = std::atof(value.c_str());
    } else if (vt == "set") {
      // the timex only
    } else if (!value.empty() && value != "not resolved") {
      std::string clock = ClockOf(value);
      if (vt == "date" || clock.empty()) {
        g.start = g.end = value.substr(0, 10);
      } else if (value.compare(clock.size() == 16 ? 11 : 0, 5, "00:00") == 0 && vt == "datetime" &&
                 !g.timex.empty() && g.timex.find('T') == std::string::npos) {
        g.start = g.end = value.substr(0, 10);
      } else {
        g.clock_start = clock;
      }
    } else {
      std::string s = JsonString(v, "start"), en = JsonString(v, "end");
      std::string cs = ClockOf(s), ce = ClockOf(en);
      g.open = s.empty() != en.empty();
      bool clocks = vt == "timerange" || vt == "datetimerange" || vt == "time" || vt == "datetime";
      if (clocks && (!cs.empty() || !ce.empty())) {
        g.clock_start = cs;
        g.clock_end = ce;
      } else {
        g.start = s.substr(0, std::min<size_t>(10, s.size()));
        // The suite's end is exclusive: the day after the last one.
        if (!en.empty()) g.end = g.open ? en.substr(0, 10) : AddDays(en, -1);
      }
    }
    out.push_back(std::move(g));
  }
  return out;
}

// Duckling: the value, with its exclusive interval ends made inclusive and
// its grain expanded to an interval.
GoldResolution DucklingResolution(const nlohmann::json& e) {
  GoldResolution g;
  std::string type = JsonString(e, "type");
  const nlohmann::json& json = e["raw"]["json"];
  if (type == "duration") {
    if (json.contains("normalized") && json["normalized"]["value"].is_number())
      g.seconds = json["normalized"]["value"].get<double>();
    return g;
  }
  std::string grain = JsonString(e, "grain");
  std::string sv = JsonString(e, "start_value"), ev = JsonString(e, "end_value");
  bool interval = JsonString(json, "type") == "interval";
  bool clock = grain == "hour" || grain == "minute" || grain == "second";
  if (interval) {
    g.open = sv.empty() != ev.empty();
    if (clock) {
      g.clock_start = sv.empty() ? "" : ClockOf(sv);
      if (!ev.empty()) {
        std::string c = ClockOf(ev);
        g.clock_end = g.open ? c
                             : AddMinutes(c, grain == "hour"     ? -60
                                             : grain == "minute" ? -1
                                                                 : 0);
      }
    } else {
      if (!sv.empty()) g.start = sv.substr(0, 10);
      if (!ev.empty()) g.end = g.open ? ev.substr(0, 10) : AddDays(ev, -1);
    }
    return g;
  }
  if (clock) {
    g.clock_start = ClockOf(sv);
    return g;
  }
  g.start = sv.substr(0, 10);
  if (grain == "day")
    g.end = g.start;
  else if (grain == "week")
    g.end = AddDays(g.start, 6);
  else if (grain == "month")
    g.end = AddDays(AddMonths(g.start, 1), -1);
  else if (grain == "quarter")
    g.end = AddDays(AddMonths(g.start, 3), -1);
  else if (grain == "year")
    g.end = AddDays(AddMonths(g.start, 12), -1);
  else
    g.end = g.start;
  return g;
}

// Duckling's future bias: the other occurrences an underspecified expression
// may mean (a weekday a week away, a date without a year a year away, a clock
// time without a day a day away), in both directions.
std::vector<GoldResolution> DucklingAlternatives(const GoldResolution& g, bool weekday,
                                                 bool has_year, bool has_day) {
  std::vector<GoldResolution> out = {g};
  auto shift = [&](int d, int months) {
    GoldResolution s = g;
    auto day = [&](std::string& x) {
      if (x.empty()) return;
      if (months) x = AddMonths(x, months);
      if (d) x = AddDays(x, d);
    };
    auto clk = [&](std::string& x) {
      if (x.size() != 16) return;
      std::string dd = x.substr(0, 10);
      day(dd);
      x = dd + x.substr(10);
    };
    day(s.start);
    day(s.end);
    clk(s.clock_start);
    clk(s.clock_end);
    out.push_back(s);
  };
  if (weekday) shift(-7, 0), shift(7, 0);
  if (!has_year) shift(0, -12), shift(0, 12);
  if (!has_day && (!g.clock_start.empty() || !g.clock_end.empty())) shift(-1, 0), shift(1, 0);
  return out;
}

Status EvalCases(const EvalContext& ctx, bool duckling, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = duckling ? "dates/duckling" : "dates/recognizers-text";
  report.has_types = true;
  report.bars = {{"exact_f1", 0.85}, {"value_accuracy", 0.85}};
  if (duckling)
    report.notes =
        "Duckling: the span is the whole input, so a claim counts as exact when the rest of the "
        "input is only leading prepositions/determiners (on, at, in, for, by, during, from, the) "
        "and punctuation. Only claims of the case's dimension are scored (dates and sets for "
        "Time cases, durations for Duration cases; a negative after the first Duration case is "
        "a Duration negative), since Duckling neither lists nor forbids the other dimension. "
        "Exclusive interval ends are made inclusive (a day, hour or minute back by grain), a "
        "single value covers one grain unit (a month value is the whole month). Future bias: a "
        "weekday is also accepted a week earlier or later, an expression without a year a year "
        "earlier or later, a clock time without a day a day earlier or later. Durations compare "
        "in seconds (month = 30 days, year = 365 days). Types are coarse: date vs duration vs "
        "set.";
  else
    report.notes =
        "Recognizers-Text: any of the alternative resolutions the suite lists (past/future, "
        "am/pm) is accepted; a claim agrees when its TIMEX3 equals the suite's, or its inclusive "
        "day bounds equal the suite's value or range (exclusive range end moved back a day), or "
        "its clock times equal the suite's (a time of day on any date matches a bare time); an "
        "open range (before/after) needs its one bound to be one of our bounds or a day next to "
        "them; durations compare in seconds. Types are coarse: date vs duration vs set. Spans: the "
        "suite starts its span at the preposition or qualifier ('since August', 'on Monday'); ours "
        "is the expression with the bounding word in the claim's mod, so a gold span equal to "
        "[qualifier + our span] is exact when the qualifier is neutral (on, at, during, from, "
        "between; in/within only before a date claim or a duration counted from the reference, "
        "which "
        "carries its period as start/end, e.g. 'within 9 months', 'the next 3 days': TimeML keeps "
        "them DURATION, so the type stays duration and the value is judged by the period) or our "
        "mod carries it (since/after/"
        "starting/beginning -> *AFTER, before/by/until/till/through -> *BEFORE).";
  std::string file =
      ctx.shared_dir + "/eval/dates/" + (duckling ? "duckling.jsonl" : "recognizers_text.jsonl");
  RE2 weekday_re("(?i)\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?\\b");
  RE2 year_re("\\b(1\\d|20)\\d\\d\\b|'\\d\\d\\b");
  RE2 day_re(
      "(?i)\\b(today|tomorrow|yesterday|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
      "mon|tue|wed|thu|fri|sat|sun|christmas|thanksgiving|halloween)|\\d+\\s*[/.-]\\s*\\d+|\\d+(st|"
      "nd|rd|th)\\b");
  RE2 leading_re("(?i)^[\\s\\p{P}]*((on|at|in|for|by|during|from|the)\\s+)*");
  // A qualifier directly before a claim (see below): the word and, for
  // bounding ones, the mod our claim must carry ("" = a date, not a duration).
  RE2 qualifier_re(
      "(?i)(?:^|[\\s\\p{P}])(on|at|during|from|between|in|within|since|after|before|by|until|"
      "till|through|starting|beginning)\\s+$");
  static const std::map<std::string, std::string> kQualifierMods = {
      {"in", ""},           {"within", ""},        {"since", "AFTER"},
      {"after", "AFTER"},   {"starting", "AFTER"}, {"beginning", "AFTER"},
      {"before", "BEFORE"}, {"by", "BEFORE"},      {"until", "BEFORE"},
      {"till", "BEFORE"},   {"through", "BEFORE"}};
  bool seen_duration = false;
  Status st = ForEachJsonLine(file, [&](int, const nlohmann::json& c) -> Status {
    std::string input = c["input"].get<std::string>();
    std::string id = JsonString(c, "id");
    std::string ref = JsonString(c, "ref");
    ref = ref.size() >= 16 ? ref.substr(0, 16) : ref.empty() ? "2016-11-07" : ref.substr(0, 10);
    bool duration_case = false;
    for (const auto& e : c["expected"])
      if (JsonString(e, "type") == "duration") duration_case = seen_duration = true;
    if (c["expected"].empty() && seen_duration) duration_case = true;
    bool weekday = RE2::PartialMatch(input, weekday_re);
    bool has_year = RE2::PartialMatch(input, year_re);
    bool has_day = RE2::PartialMatch(input, day_re);
    std::vector<Span> gold, system;
    std::vector<std::vector<GoldResolution>> gold_res;
    std::vector<std::string> gold_types;
    for (const auto& e : c["expected"]) {
      Span s;
      s.start = e["start"].get<size_t>();
      s.end = e["end"].get<size_t>();
      std::string type = JsonString(e, "type");
      std::string sv = JsonString(e, "start_value"), ev = JsonString(e, "end_value");
      s.label = "'" + JsonString(e, "text") + "' " + type + " " + JsonString(e, "timex") + " " +
                sv + (ev.empty() ? "" : ".." + ev);
      if (type == "duration" && duckling) s.label += " " + e["raw"]["json"].dump();
      gold.push_back(s);
      if (duckling)
        gold_res.push_back(DucklingAlternatives(DucklingResolution(e), weekday, has_year, has_day));
      else
        gold_res.push_back(RecognizersResolutions(e));
      gold_types.push_back(type == "duration" ? "duration" : type == "set" ? "set" : "date");
    }
    AnalyzedStory story;
    std::vector<const Claim*> claims;
    size_t input_len = CodepointCount(input);
    if (AnalyzeText(ctx, input, ref, &story).ok()) {
      for (const Claim& cl : story.claims) {
        if (cl.kind != ClaimKind::kDate && cl.kind != ClaimKind::kDuration &&
            cl.kind != ClaimKind::kSet)
          continue;
        if (duckling && (cl.kind == ClaimKind::kDuration) != duration_case) continue;
        Span s;
        s.start = cl.source_start;
        s.end = cl.source_end;
        if (!duckling && s.start > 0) {
          // Recognizers-Text spans start at the preposition or qualifier
          // ("since August", "on Monday", "after 2016"). Our span is the
          // expression (DESIGN.md) and a bounding word goes into the claim's
          // mod, so the gold span [qualifier + our span] is exact when the
          // qualifier is neutral (on, at, during, from, between; in/within
          // only before a date, never a duration) or the claim's mod says
          // what the qualifier says.
          std::string before = CodepointSlice(input, 0, s.start);
          re2::StringPiece word;
          if (RE2::PartialMatch(before, qualifier_re, &word)) {
            std::string w(word.data(), word.size());
            for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            auto it = kQualifierMods.find(w);
            // A duration counted from the DCT carries its period ("within
            // 9 months": start/end), so "within" bounds it like a date.
            bool period = cl.kind == ClaimKind::kDate ||
                          (cl.kind == ClaimKind::kDuration && !cl.value.start.empty());
            bool ok =
                it == kQualifierMods.end() ||
                (it->second.empty() ? period : cl.value.mod.find(it->second) != std::string::npos);
            if (ok) {
              s.alt_start = CodepointCount(before.substr(0, word.data() - before.data()));
              s.alt_end = s.end;
            }
          }
        }
        if (duckling && (s.start != 0 || s.end != input_len)) {
          // Exact when the rest of the input is leading function words and
          // punctuation.
          std::string before = CodepointSlice(input, 0, s.start);
          std::string after = CodepointSlice(input, s.end, input_len);
          re2::StringPiece sp(before);
          bool lead_ok = before.empty() || (RE2::Consume(&sp, leading_re) && sp.empty());
          bool trail_ok = after.find_first_not_of(" .,!?;:") == std::string::npos;
          if (lead_ok && trail_ok) s.alt_start = 0, s.alt_end = input_len;
        }
        s.label = Describe(cl);
        system.push_back(s);
        claims.push_back(&cl);
      }
    }
    ScoreDocument(
        id + " «" + input + "»", gold, system,
        [&](size_t g, size_t s) {
          SystemValue sv = ReadSystem(*claims[s]);
          for (const GoldResolution& r : gold_res[g])
            if (MatchesResolution(r, sv)) return true;
          return false;
        },
        [&](size_t g, size_t s) {
          std::string k(ClaimKindName(claims[s]->kind));
          return gold_types[g] == k;
        },
        &report);
    return Status::OK();
  });
  WF_RETURN_IF_ERROR(st);
  reports->push_back(std::move(report));
  return Status::OK();
}

}  // namespace

Status EvalDateSuites(const EvalContext& ctx, std::vector<SuiteReport>* reports) {
  WF_RETURN_IF_ERROR(EvalTbaq(ctx, reports));
  WF_RETURN_IF_ERROR(EvalCases(ctx, /*duckling=*/false, reports));
  return EvalCases(ctx, /*duckling=*/true, reports);
}

}  // namespace wirefacts
