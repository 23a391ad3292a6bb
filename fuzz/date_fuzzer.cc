// Fuzz target for the temporal expressions: dates, times, sets and
// durations (issue 5).
//
// Only valid UTF-8 reaches the extractors, as in the product (Analyzer
// rejects other bodies before extraction). Each input is read as one
// sentence by DateExtractor and DurationExtractor, which resolve what they
// find against the publication date, once for each of a few publication
// dates: an ordinary day with no clock, a day with a clock time, a leap day
// at the end of a day, and days a century apart (1900-01-01 00:00,
// 2099-12-31).
// Invariants checked on every extraction:
//   - its span lies inside the text, begin < end, on code point boundaries;
//   - an extractor's spans are in text order and do not overlap;
//   - the kind is the extractor's (date or set; duration);
//   - the timex is not empty and holds no control characters; a duration's
//     starts with 'P';
//   - start and end, when set, are calendar days (YYYY-MM-DD, the year may be
//     longer or signed) and start <= end; one is never set without the other.
// A violated invariant aborts, which both libFuzzer and the replay driver
// report.
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/utf8.h"
#include "extractors/date_extractor.h"
#include "extractors/duration_extractor.h"
#include "extractors/extraction.h"

namespace {

using namespace wirefacts;
using std::chrono::sys_days;

struct Extractors {
  std::unique_ptr<DateExtractor> dates;
  std::unique_ptr<DurationExtractor> durations;
};

const Extractors& Get() {
  static const Extractors* e = [] {
    auto* x = new Extractors;
    RuleFiles rules;
    if (!DateExtractor::Create(rules, &x->dates).ok() ||
        !DurationExtractor::Create(rules, &x->durations).ok()) {
      std::fprintf(stderr, "date_fuzzer: cannot create the extractors\n");
      std::abort();
    }
    return x;
  }();
  return *e;
}

struct Reference {
  sys_days day;
  int minutes;  // -1: no clock
};

const std::vector<Reference>& References() {
  using namespace std::chrono;
  static const std::vector<Reference> refs = {
      {sys_days{year{2016} / November / 7}, -1},
      {sys_days{year{2013} / February / 12}, 4 * 60 + 30},
      {sys_days{year{2020} / February / 29}, 23 * 60 + 59},
      {sys_days{year{1900} / January / 1}, 0},
      {sys_days{year{1} / January / 1}, 0},
      {sys_days{year{2099} / December / 31}, -1},
  };
  return refs;
}

void Check(bool ok, const char* what, std::string_view text, const Extraction* e = nullptr) {
  if (ok) return;
  std::fprintf(stderr, "date_fuzzer: invariant violated: %s\ninput (%zu bytes): %.*s\n", what,
               text.size(), static_cast<int>(text.size()), text.data());
  if (e)
    std::fprintf(stderr, "extraction [%zu, %zu) rule '%s' timex '%s' start '%s' end '%s'\n",
                 e->begin, e->end, e->rule.c_str(), e->value.timex.c_str(), e->value.start.c_str(),
                 e->value.end.c_str());
  std::abort();
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// "YYYY-MM-DD" (the year may have more digits or a sign) as a calendar day.
bool ParseDay(std::string_view s, sys_days* out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  long long y = 0;
  size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && digits < 7) {
    y = y * 10 + (s[i++] - '0');
    ++digits;
  }
  if (digits < 4 || s.size() != i + 6 || s[i] != '-' || s[i + 3] != '-') return false;
  auto two = [&](size_t p) -> int {
    if (s[p] < '0' || s[p] > '9' || s[p + 1] < '0' || s[p + 1] > '9') return -1;
    return (s[p] - '0') * 10 + (s[p + 1] - '0');
  };
  const int m = two(i + 1), d = two(i + 4);
  if (m < 0 || d < 0) return false;
  const std::chrono::year_month_day ymd{std::chrono::year{static_cast<int>(negative ? -y : y)},
                                        std::chrono::month{static_cast<unsigned>(m)},
                                        std::chrono::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return false;
  *out = sys_days{ymd};
  return true;
}

void CheckExtractions(const std::vector<Extraction>& out, std::string_view text, bool durations) {
  size_t last_end = 0;
  for (const Extraction& e : out) {
    Check(e.begin < e.end && e.end <= text.size(), "span outside the text", text, &e);
    Check(!IsContinuationByte(text[e.begin]) &&
              (e.end == text.size() || !IsContinuationByte(text[e.end])),
          "span splits a code point", text, &e);
    Check(e.begin >= last_end, "spans overlap or are out of order", text, &e);
    last_end = e.end;
    if (durations)
      Check(e.kind == ClaimKind::kDuration, "duration extractor kind", text, &e);
    else
      Check(e.kind == ClaimKind::kDate || e.kind == ClaimKind::kSet, "date extractor kind", text,
            &e);
    const std::string& t = e.value.timex;
    Check(!t.empty(), "empty timex", text, &e);
    for (char c : t)
      Check(static_cast<unsigned char>(c) >= 0x20, "control byte in timex", text, &e);
    if (durations) Check(t[0] == 'P', "duration timex without P", text, &e);
    const std::string& s = e.value.start;
    const std::string& en = e.value.end;
    Check(s.empty() == en.empty(), "one bound without the other", text, &e);
    if (s.empty()) continue;
    sys_days a, b;
    Check(ParseDay(s, &a), "start is not a calendar day", text, &e);
    Check(ParseDay(en, &b), "end is not a calendar day", text, &e);
    Check(a <= b, "start after end", text, &e);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Extractors& x = Get();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Extractors see valid UTF-8 only, as one sentence.
  if (!IsValidUtf8(text)) return 0;
  std::vector<Sentence> sentences = {{0, text.size()}};
  for (const Reference& ref : References()) {
    DocumentView doc;
    doc.text = text;
    doc.sentences = &sentences;
    doc.published = ref.day;
    doc.published_minutes = ref.minutes;
    std::vector<Extraction> dates, durations;
    x.dates->Extract(doc, &dates);
    CheckExtractions(dates, text, /*durations=*/false);
    x.durations->Extract(doc, &durations);
    CheckExtractions(durations, text, /*durations=*/true);
  }
  return 0;
}
