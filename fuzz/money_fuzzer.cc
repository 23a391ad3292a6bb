// Fuzz target for the money and percent figure readers (issue 4).
//
// Arbitrary bytes go to NumberParser::Parse as they are (it must never
// crash on any input); only valid UTF-8 reaches the extractors, as in the
// product (Analyzer rejects other bodies before extraction). Invariants
// checked on every extraction:
//   - its span lies inside the text, begin < end;
//   - an extractor's spans are in text order and do not overlap;
//   - no bound is NaN or infinite, and low <= high when both are set;
//   - the resolution is finite and not negative.
// A violated invariant aborts, which both libFuzzer and the replay driver
// report.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>
#include <vector>

#include "base/rule_files.h"
#include "base/utf8.h"
#include "extractors/extraction.h"
#include "extractors/money_extractor.h"
#include "extractors/number_parser.h"
#include "extractors/percent_extractor.h"

namespace {

using namespace wirefacts;

struct Extractors {
  std::unique_ptr<NumberParser> numbers;
  std::unique_ptr<MoneyExtractor> money;
  std::unique_ptr<PercentExtractor> percent;
};

const Extractors& Get() {
  static const Extractors* e = [] {
    auto* x = new Extractors;
    RuleFiles rules;
    if (!NumberParser::Create(rules, &x->numbers).ok() ||
        !MoneyExtractor::Create(rules, &x->money).ok() ||
        !PercentExtractor::Create(rules, &x->percent).ok()) {
      std::fprintf(stderr, "money_fuzzer: cannot create the extractors\n");
      std::abort();
    }
    return x;
  }();
  return *e;
}

void Check(bool ok, const char* what, std::string_view text) {
  if (ok) return;
  std::fprintf(stderr, "money_fuzzer: invariant violated: %s\ninput (%zu bytes): %.*s\n", what,
               text.size(), static_cast<int>(text.size()), text.data());
  std::abort();
}

void CheckBound(const std::optional<double>& b, std::string_view text) {
  if (b) Check(std::isfinite(*b), "bound is NaN or infinite", text);
}

void CheckExtractions(const std::vector<Extraction>& out, std::string_view text) {
  size_t last_end = 0;
  for (const Extraction& e : out) {
    Check(e.begin < e.end && e.end <= text.size(), "span outside the text", text);
    Check(e.begin >= last_end, "spans overlap or are out of order", text);
    last_end = e.end;
    CheckBound(e.value.low, text);
    CheckBound(e.value.high, text);
    if (e.value.low && e.value.high) Check(*e.value.low <= *e.value.high, "low > high", text);
    Check(std::isfinite(e.value.resolution) && e.value.resolution >= 0, "bad resolution", text);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Extractors& x = Get();
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // The number parser takes any bytes.
  ParsedNumber n;
  if (x.numbers->Parse(bytes, &n)) {
    Check(!std::isnan(n.value), "number is NaN", bytes);
    Check(!std::isnan(n.resolution), "resolution is NaN", bytes);
  }

  // Extractors see valid UTF-8 only, as one sentence.
  if (!IsValidUtf8(bytes)) return 0;
  std::vector<Sentence> sentences = {{0, bytes.size()}};
  DocumentView doc;
  doc.text = bytes;
  doc.sentences = &sentences;
  std::vector<Extraction> money, percent;
  x.money->Extract(doc, &money);
  CheckExtractions(money, bytes);
  x.percent->Extract(doc, &percent);
  CheckExtractions(percent, bytes);
  for (const Extraction& e : money) Check(e.kind == ClaimKind::kMoney, "money kind", bytes);
  for (const Extraction& e : percent) Check(e.kind == ClaimKind::kPercent, "percent kind", bytes);
  return 0;
}
