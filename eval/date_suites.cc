// Date, time, duration and set suites (issue 5): TempEval-3 measures on
// TBAQ (TimeBank + AQUAINT), and the date/time cases of Recognizers-Text and
// Duckling. See eval/README.md ("Dates") for how each suite's conventions are
// scored.
#include <re2/re2.h>

#include <deque>

#include "eval/date_scoring.h"
#include "eval/suite.h"

namespace wirefacts {
namespace {

using namespace date_eval;

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

Status EvalCases(const EvalContext& ctx, bool duckling, std::vector<SuiteReport>* reports) {
  SuiteReport report;
  report.name = duckling ? "dates/duckling" : "dates/recognizers-text";
  report.has_types = true;
  report.bars = {{"exact_f1", 0.85}, {"value_accuracy", 0.85}};
  if (duckling)
    report.notes =
        "Duckling: the span is the whole input; a claim is exact when qualifiers it carries "
        "(neutral on/at/in/for/by/during/from/the/between, or since/after/until/before/around... "
        "matching its mod) and punctuation cover the rest. Only claims of the case's dimension "
        "are scored. Exclusive interval ends are made inclusive, a single value covers one grain "
        "unit; future bias undone (a weekday a week away, a date without a year a year away, a "
        "clock time a day away). Accepted writings of the same fact: offsets at the unit's grain "
        "('a week ago' = 2013-W06 holds Duckling's day), parts of day by Duckling's bounds "
        "(early/late ones sharing their start/end), the "
        "Friday-18:00-to-Monday weekend, astronomical seasons, beginning/end of a period, "
        "a duration anchored at the reference as Duckling's period of whole units ('last 2 "
        "weeks', scored in Time cases), Hebrew-calendar holidays from the evening before, our "
        "reading of an input without a year with the reference a year away (movable feasts), "
        "clocks with a named zone moved into the reference's offset, 'by <deadline>' as the "
        "interval up to our deadline, years and months counted as months. Open intervals need "
        "our mod to point the same way. Durations compare in seconds. See eval/README.md "
        "(Dates).";
  else
    report.notes =
        "Recognizers-Text: any alternative resolution the suite lists is accepted: equal TIMEX3, "
        "equal day bounds (exclusive end moved back a day), equal clocks, durations in seconds "
        "(years and months as months: P1.25Y = P1Y3M). "
        "Accepted writings of the same fact: a range A/B whose B starts on RT's exclusive end "
        "('2014 to 2018' = 2014-01-01..2018-01-01), a period ending on the reference day, "
        "offsets at the unit's grain ('two months ago' = 2018-08), part-of-day codes (lunch TMEL = "
        "TMI; a part named without its day by code), seasons "
        "without a year, early/mid/late with the same base, vague counts (PXD = P3D), set "
        "periods, a duration's period in calendar quarters or decades ('the last 2 quarters') "
        "or from the reference ('within 9 months'), 'next/last <weekday>' as the one of "
        "next/last week. Open ranges need our mod to point the same way. Spans: RT's span may add "
        "qualifiers our mod carries (neutral on/at/from/between, in/within before a date or "
        "period; since/after/later than... -> AFTER, before/by/until/no later than... -> "
        "BEFORE, around/circa -> APPROX; trailing 'or later'...) or drop a leading 'the'. Types "
        "are coarse: date vs duration vs set. See eval/README.md (Dates).";
  std::string file =
      ctx.shared_dir + "/eval/dates/" + (duckling ? "duckling.jsonl" : "recognizers_text.jsonl");
  RE2 weekday_re("(?i)\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?s?\\b");
  RE2 year_re("\\b(1\\d|20)\\d\\d\\b|'\\d\\d\\b");
  RE2 day_re(
      "(?i)\\b(today|tomorrow|yesterday|tonight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
      "mon|tue|wed|thu|fri|sat|sun|christmas|thanksgiving|halloween)|\\d+\\s*[/.-]\\s*\\d+|\\d+(st|"
      "nd|rd|th)\\b");
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
    // Rule "a year away" (Duckling): an expression without a year names the
    // next occurrence for Duckling; ours may be the previous one. Our own
    // reading of the same words a year later or earlier is the neighbouring
    // occurrence by our calendar rule (a movable feast, "the first Tuesday
    // of October"), so a claim may also be judged by the claim of the same
    // extent when the reference is a year away.
    std::vector<Claim> year_away;
    if (duckling && !has_year && ref.size() >= 10) {
      for (int months : {12, -12}) {
        AnalyzedStory shifted;
        if (AnalyzeText(ctx, input, AddMonths(ref.substr(0, 10), months) + ref.substr(10), &shifted)
                .ok())
          for (Claim& cl : shifted.claims)
            if (cl.kind == ClaimKind::kDate) year_away.push_back(std::move(cl));
      }
    }
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
        gold_res.push_back(
            DucklingAlternatives(DucklingResolution(e, ref), weekday, has_year, has_day));
      else
        gold_res.push_back(RecognizersResolutions(e, ref));
      gold_types.push_back(type == "duration" ? "duration" : type == "set" ? "set" : "date");
    }
    AnalyzedStory story;
    std::vector<const Claim*> claims;
    std::vector<bool> scored_as_period;
    if (AnalyzeText(ctx, input, ref, &story).ok()) {
      for (const Claim& cl : story.claims) {
        if (cl.kind != ClaimKind::kDate && cl.kind != ClaimKind::kDuration &&
            cl.kind != ClaimKind::kSet)
          continue;
        // Duckling scores one dimension a case; a duration that carries the
        // period it covers from the reference ("last 2 days") is scored as
        // that period in a Time case (rule "anchored periods"), unless a
        // date claim of ours overlaps it.
        bool as_period = false;
        if (duckling && (cl.kind == ClaimKind::kDuration) != duration_case) {
          as_period = cl.kind == ClaimKind::kDuration && !duration_case &&
                      !cl.value.start.empty() && !cl.value.end.empty();
          for (const Claim& other : story.claims)
            if (as_period && other.kind == ClaimKind::kDate && other.source_start < cl.source_end &&
                cl.source_start < other.source_end)
              as_period = false;
          if (!as_period) continue;
        }
        Span s;
        s.start = cl.source_start;
        s.end = cl.source_end;
        // The suite's extent may take qualifiers we leave out of ours (see
        // ExactExtents); the first one that is some gold span's extent
        // counts as exact.
        for (const auto& [ab, ae] :
             ExactExtents(duckling ? DateSuite::kDuckling : DateSuite::kRecognizersText, input,
                          s.start, s.end, ReadSystem(cl))) {
          bool hit = false;
          for (const Span& g : gold) hit = hit || (g.start == ab && g.end == ae);
          if (hit) {
            s.alt_start = ab;
            s.alt_end = ae;
            break;
          }
        }
        s.label = Describe(cl);
        system.push_back(s);
        claims.push_back(&cl);
        scored_as_period.push_back(as_period);
      }
    }
    ScoreDocument(
        id + " «" + input + "»", gold, system,
        [&](size_t g, size_t s) {
          SystemValue sv = ReadSystem(*claims[s]);
          for (const GoldResolution& r : gold_res[g])
            if (MatchesResolution(r, sv)) return true;
          for (const Claim& other : year_away) {
            if (other.source_start != claims[s]->source_start ||
                other.source_end != claims[s]->source_end || claims[s]->kind != ClaimKind::kDate)
              continue;
            // Against the suite's own value only: its alternatives shift it
            // already.
            if (MatchesResolution(gold_res[g].front(), ReadSystem(other))) return true;
          }
          return false;
        },
        [&](size_t g, size_t s) {
          std::string k(scored_as_period[s] ? "date" : ClaimKindName(claims[s]->kind));
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
