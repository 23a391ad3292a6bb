// End to end over corpus/: ingest the folder as the README's demo does and
// check corpus/expected.json. The corpus is ours, so this test always runs.
#include <catch2/catch.hpp>
#include <filesystem>

#include "tests/cli/expectations.h"

namespace wirefacts::testing {
namespace {

StoreRun& Run() {
  static StoreRun* run = [] {
    StoreRun::MapNinjsUris(WF_SOURCE_DIR "/corpus/stories");
    return new StoreRun(WF_SOURCE_DIR "/corpus/expected.json", {{WF_SOURCE_DIR "/corpus/stories"}});
  }();
  return *run;
}

TEST_CASE("corpus: money and percent figures", "[e2e][corpus]") {
  CheckMoney(Run());
  CheckPercent(Run());
}

TEST_CASE("corpus: dates and durations", "[e2e][corpus]") {
  CheckDates(Run());
  CheckDurations(Run());
}

TEST_CASE("corpus: attribution, including a relayed outlet", "[e2e][corpus]") {
  CheckAttribution(Run());
}

TEST_CASE("corpus: every relation kind, with independence", "[e2e][corpus]") {
  CheckRelations(Run());
  CheckMustNotRelate(Run());
}

TEST_CASE("corpus: boilerplate and mojibake are gone, offsets hold", "[e2e][corpus]") {
  CheckBoilerplate(Run());
  CheckOffsets(Run());
}

TEST_CASE("corpus: re-ingesting stores nothing new", "[e2e][corpus]") {
  TempDir tmp;
  CliResult r =
      RunCli({"ingest", "--db", Run().db(), "--json", WF_SOURCE_DIR "/corpus/stories"}, tmp);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const json summary = json::parse(r.out);
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(WF_SOURCE_DIR "/corpus/stories"))
    files += entry.path().extension() == ".json";
  CHECK(summary["stored"] == 0);
  CHECK(summary["unchanged"] == files);
  CHECK(summary["relations"] == 0);
}

}  // namespace
}  // namespace wirefacts::testing
