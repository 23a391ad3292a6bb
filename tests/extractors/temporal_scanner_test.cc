// TemporalScanner: what a batch of documents gives is what each gives alone.
// (Its readings of dates and durations are tested through DateExtractor and
// DurationExtractor, which run it.)
#include "extractors/temporal_scanner.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "tests/extractors/extractor_test_util.h"

namespace wirefacts {
namespace {

struct Doc {
  const char* text;
  int year;
  unsigned month, day;
};

std::string Describe(const std::vector<Extraction>& found) {
  std::string out;
  for (const Extraction& e : found)
    out += std::to_string(e.begin) + "-" + std::to_string(e.end) + " " + e.rule + " " +
           e.value.timex + " " + e.value.start + ".." + e.value.end + "\n";
  return out;
}

TEST_CASE("TemporalScanner::ScanBatch gives each document what Scan gives it", "[dates]") {
  auto scanner = testing::MakeExtractor<TemporalScanner>();
  // Documents of different dates (relative expressions resolve against
  // each one's own), some with nothing temporal, one empty.
  const Doc docs[] = {
      {"Profit rose 5% in the third quarter. A year earlier it fell.", 1987, 3, 2},
      {"Nothing to see here.", 2019, 1, 18},
      {"The talks resume on Tuesday and last three weeks, officials said last month.", 2019, 1, 18},
      {"", 2020, 5, 5},
      {"Shares closed at 4 p.m. yesterday; the offer expires March 31, 1987.", 1987, 3, 20},
      {"Sales in the first nine months of 1986 rose from a year ago.", 1987, 2, 26},
  };
  std::vector<std::vector<Sentence>> sentences;
  std::vector<DocumentView> views;
  for (const Doc& d : docs) {
    const std::string_view text = d.text;
    sentences.push_back({{0, text.size()}});
  }
  for (size_t i = 0; i < std::size(docs); ++i) {
    DocumentView v;
    v.text = docs[i].text;
    v.sentences = &sentences[i];
    v.published =
        std::chrono::sys_days(std::chrono::year(docs[i].year) / std::chrono::month(docs[i].month) /
                              std::chrono::day(docs[i].day));
    views.push_back(v);
  }
  std::vector<const DocumentView*> batch;
  for (const DocumentView& v : views) batch.push_back(&v);
  std::vector<std::vector<Extraction>> all;
  scanner->ScanBatch(batch, &all);
  REQUIRE(all.size() == views.size());
  size_t found = 0;
  for (size_t i = 0; i < views.size(); ++i) {
    INFO(docs[i].text);
    std::vector<Extraction> one;
    scanner->Scan(views[i], &one);
    CHECK(Describe(all[i]) == Describe(one));
    found += one.size();
  }
  CHECK(all[1].empty());
  CHECK(all[3].empty());
  CHECK(found >= 8);
}

}  // namespace
}  // namespace wirefacts
