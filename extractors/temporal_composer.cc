#include "extractors/temporal_composer.h"
#include "extractors/figure_rules.h"

#include <cctype>
#include <chrono>
#include <string>
#include <string_view>
#include <unordered_set>

#include "extractors/temporal_resolver.h"

namespace wirefacts {

using std::chrono::days;
using std::chrono::sys_days;

namespace {

constexpr char kComposeRules[] = "extractors/rules/temporal_compose.tsv";
// The text between two pieces is at most this long ("in the", ", at").
constexpr size_t kMaxGap = 16;

bool Digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

// "2013-02-12".
bool IsDay(std::string_view s) {
  return s.size() == 10 && s[4] == '-' && s[7] == '-' && Digits(s.substr(0, 4)) &&
         Digits(s.substr(5, 2)) && Digits(s.substr(8, 2));
}

// "2013-02-12T17:00".
bool IsClock(std::string_view s) {
  return s.size() >= 16 && IsDay(s.substr(0, 10)) && s[10] == 'T' && s[13] == ':';
}

// "2013-02-12TMO".
bool IsPartOfDay(std::string_view s) {
  return s.size() == 13 && IsDay(s.substr(0, 10)) && s[10] == 'T' &&
         std::isupper(static_cast<unsigned char>(s[11])) &&
         std::isupper(static_cast<unsigned char>(s[12]));
}

// "2013-W08".
bool IsWeek(std::string_view s) {
  return s.size() == 8 && Digits(s.substr(0, 4)) && s[4] == '-' && s[5] == 'W' &&
         Digits(s.substr(6));
}

bool ParseDay(std::string_view s, sys_days* out) {
  if (!IsDay(s)) return false;
  std::chrono::year_month_day ymd{std::chrono::year(std::stoi(std::string(s.substr(0, 4)))),
                                  std::chrono::month(std::stoi(std::string(s.substr(5, 2)))),
                                  std::chrono::day(std::stoi(std::string(s.substr(8, 2))))};
  if (!ymd.ok()) return false;
  *out = sys_days(ymd);
  return true;
}

// The halves of a timex: one, or two around '/'.
int Halves(std::string_view timex, std::string_view out[2]) {
  size_t slash = timex.find('/');
  if (slash == std::string_view::npos) {
    out[0] = timex;
    return 1;
  }
  out[0] = timex.substr(0, slash);
  out[1] = timex.substr(slash + 1);
  return out[1].find('/') == std::string_view::npos ? 2 : 0;
}

// `timex` with the day of each half replaced by `day`.
std::string Rebase(std::string_view timex, const std::string& day) {
  std::string_view h[2];
  int n = Halves(timex, h);
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i > 0) out += '/';
    out += day;
    out += h[i].substr(10);
  }
  return out;
}

// Lower-cased, white space collapsed: the key rule files are matched by.
std::string Lower(std::string_view s) { return NormalizeSurface(s); }

// One piece while composing, with what it can combine as.
struct Item {
  Extraction e;
  bool clock = false;    // a clock time or range on the DCT's day, no day named
  bool weekday = false;  // names a weekday: a week next to it picks the day
  bool partday = false;  // kept only inside a composition
  bool timed = false;    // one clock time (with or without a day) of a clock rule
};

// What the text between two pieces allows.
struct Gap {
  bool join = false;   // nothing, a comma, or a joining word
  bool range = false;  // a range word or sign ("to", "-")
};

}  // namespace

struct TemporalComposer::Impl {
  std::unordered_set<std::string> joins, ranges, clock_rules, weekday_rules, partday_rules;

  Gap Between(std::string_view gap) const;
  bool Merge(const Item& a, const Item& b, const Gap& gap, const std::string& dct_day,
             Item* out) const;
};

TemporalComposer::TemporalComposer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TemporalComposer::~TemporalComposer() = default;

Status TemporalComposer::Create(const RuleFiles& rules, std::unique_ptr<TemporalComposer>* out) {
  auto impl = std::make_unique<Impl>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kComposeRules, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kComposeRules) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2 || r.fields[1].empty())
      return Status::InvalidInput(where + ": expected kind, value");
    const std::string& kind = r.fields[0];
    if (kind == "join") {
      impl->joins.insert(Lower(r.fields[1]));
    } else if (kind == "range") {
      impl->ranges.insert(Lower(r.fields[1]));
    } else if (kind == "clock") {
      impl->clock_rules.insert(r.fields[1]);
    } else if (kind == "weekday") {
      impl->weekday_rules.insert(r.fields[1]);
    } else if (kind == "partday") {
      impl->partday_rules.insert(r.fields[1]);
    } else {
      return Status::InvalidInput(where + ": unknown kind '" + kind + "'");
    }
  }
  out->reset(new TemporalComposer(std::move(impl)));
  return Status::OK();
}

Gap TemporalComposer::Impl::Between(std::string_view gap) const {
  Gap out;
  if (gap.size() > kMaxGap || gap.find('\n') != std::string_view::npos) return out;
  size_t b = 0, e = gap.size();
  auto skippable = [](char c) { return c == ' ' || c == '\t' || c == ','; };
  while (b < e && skippable(gap[b])) ++b;
  while (e > b && skippable(gap[e - 1])) --e;
  if (b == e) {
    out.join = true;
    return out;
  }
  std::string word = Lower(gap.substr(b, e - b));
  out.join = joins.count(word) > 0;
  out.range = ranges.count(word) > 0;
  return out;
}

bool TemporalComposer::Impl::Merge(const Item& a, const Item& b, const Gap& gap,
                                   const std::string& dct_day, Item* out) const {
  if (a.e.kind != ClaimKind::kDate || b.e.kind != ClaimKind::kDate) return false;
  auto day_of = [](const Item& x) -> std::string {
    // A day, or a day with a part of day ("Friday morning").
    const std::string& t = x.e.value.timex;
    if (IsDay(t) || IsPartOfDay(t)) return t.substr(0, 10);
    return "";
  };
  auto finish = [&](const Item& base, Value v) {
    out->e = base.e;
    out->e.kind = ClaimKind::kDate;
    out->e.begin = a.e.begin;
    out->e.end = b.e.end;
    if (v.mod.empty()) v.mod = a.e.value.mod.empty() ? b.e.value.mod : a.e.value.mod;
    out->e.value = std::move(v);
    const std::string& ra = a.e.rule;
    out->e.rule = (ra.rfind("compose:", 0) == 0 ? ra : "compose:" + ra) + "+" + b.e.rule;
    out->clock = false;
    out->partday = false;
    out->timed = false;
  };
  // Two clock times: a range; a clock without a day takes the other's day
  // ("3:00 to 4:00 tomorrow", "Thursday 19:00 - 21:00").
  if (gap.range && a.timed && b.timed) {
    std::string ta = a.e.value.timex, tb = b.e.value.timex;
    if (a.clock && !b.clock) ta = Rebase(ta, tb.substr(0, 10));
    if (b.clock && !a.clock) tb = Rebase(tb, ta.substr(0, 10));
    if (tb <= ta) return false;
    Value v = a.e.value;
    v.start = ta.substr(0, 10);
    v.end = tb.substr(0, 10);
    v.timex = ta + "/" + tb;
    v.grain = "time";
    finish(a, std::move(v));
    out->clock = a.clock && b.clock && out->e.value.start == dct_day;
    out->weekday = a.weekday || b.weekday;
    return true;
  }
  if (!gap.join) return false;
  // A day and a clock time or clock range: the clock on that day.
  for (int order = 0; order < 2; ++order) {
    const Item& day = order == 0 ? a : b;
    const Item& clock = order == 0 ? b : a;
    if (!clock.clock) continue;
    std::string d = day_of(day);
    if (d.empty()) continue;
    Value v = clock.e.value;
    v.timex = Rebase(v.timex, d);
    v.start = v.end = d;
    v.grain = "time";
    finish(day, std::move(v));
    out->weekday = day.weekday;
    out->timed = IsClock(out->e.value.timex) && out->e.value.timex.find('/') == std::string::npos;
    return true;
  }
  // A week and a weekday: that weekday of the week.
  for (int order = 0; order < 2; ++order) {
    const Item& week = order == 0 ? a : b;
    const Item& wd = order == 0 ? b : a;
    if (!wd.weekday || week.e.value.grain != "week" || !IsWeek(week.e.value.timex)) continue;
    std::string_view h[2];
    if (Halves(wd.e.value.timex, h) != 1 || h[0].size() < 10) continue;
    sys_days monday, named;
    if (!ParseDay(week.e.value.start, &monday) || !ParseDay(h[0].substr(0, 10), &named)) continue;
    unsigned iso = std::chrono::weekday(named).iso_encoding();
    std::string d = FormatDay(monday + days(iso - 1));
    Value v = wd.e.value;
    v.timex = Rebase(v.timex, d);
    v.start = v.end = d;
    finish(wd, std::move(v));
    out->weekday = true;
    return true;
  }
  // A day and a part of day: "Tuesday in the morning".
  for (int order = 0; order < 2; ++order) {
    const Item& day = order == 0 ? a : b;
    const Item& pod = order == 0 ? b : a;
    if (!pod.partday || !IsDay(day.e.value.timex) || !IsPartOfDay(pod.e.value.timex)) continue;
    Value v = day.e.value;
    v.timex = day.e.value.timex + pod.e.value.timex.substr(10);
    v.grain = "time";
    finish(day, std::move(v));
    out->weekday = day.weekday;
    return true;
  }
  return false;
}

void TemporalComposer::Compose(const DocumentView& doc, std::vector<Extraction>* pieces) const {
  const Impl& im = *impl_;
  const std::string dct_day = FormatDay(doc.published);
  std::vector<Item> items;
  items.reserve(pieces->size());
  for (Extraction& e : *pieces) {
    Item it;
    it.e = std::move(e);
    if (it.e.kind == ClaimKind::kDate) {
      std::string_view h[2];
      int n = Halves(it.e.value.timex, h);
      bool on_dct = n > 0;
      for (int i = 0; i < n; ++i) on_dct = on_dct && IsClock(h[i]) && h[i].substr(0, 10) == dct_day;
      it.clock = on_dct && im.clock_rules.count(it.e.rule) > 0;
      it.weekday = im.weekday_rules.count(it.e.rule) > 0;
      it.partday = im.partday_rules.count(it.e.rule) > 0;
      it.timed = n == 1 && IsClock(h[0]) &&
                 (im.clock_rules.count(it.e.rule) > 0 || im.weekday_rules.count(it.e.rule) > 0 ||
                  it.e.rule.rfind("compose:", 0) == 0);
    }
    if (!items.empty()) {
      Item& last = items.back();
      Item merged;
      if (last.e.end <= it.e.begin &&
          im.Merge(last, it, im.Between(doc.text.substr(last.e.end, it.e.begin - last.e.end)),
                   dct_day, &merged)) {
        last = std::move(merged);
        continue;
      }
    }
    items.push_back(std::move(it));
  }
  pieces->clear();
  for (Item& it : items)
    if (!it.partday) pieces->push_back(std::move(it.e));
}

}  // namespace wirefacts
