// End to end over the seed stories: ingest both with the source and date of
// ../shared/seeds/manifest.json, then check every item of expected.json
// through the CLI's JSON output. Skipped when ../shared is absent.
#include <catch2/catch.hpp>

#include "tests/cli/expectations.h"

namespace wirefacts::testing {
namespace {

const std::string kSeeds = WF_SHARED_DIR "/seeds/";

StoreRun& Run() {
  static StoreRun* run = [] {
    const json manifest = json::parse(ReadAll(kSeeds + "manifest.json"));
    std::vector<std::vector<std::string>> ingests;
    for (const json& article : manifest["articles"]) {
      ingests.push_back({"--source", article["source"].get<std::string>(), "--published",
                         article["published"].get<std::string>(),
                         kSeeds + article["file"].get<std::string>()});
    }
    return new StoreRun(kSeeds + "expected.json", ingests);
  }();
  return *run;
}

#define SKIP_WITHOUT_SHARED()                                        \
  if (!SharedDirPresent()) {                                         \
    WARN("../shared/seeds not found: seed end-to-end test skipped"); \
    return;                                                          \
  }

TEST_CASE("seeds: every money figure with its interval and time", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckMoney(Run());
}

TEST_CASE("seeds: every percent", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckPercent(Run());
}

TEST_CASE("seeds: every date resolved against the publication date", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckDates(Run());
}

TEST_CASE("seeds: every duration", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckDurations(Run());
}

TEST_CASE("seeds: actors with their aliases merged", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckActors(Run());
  for (const char* typo : {"Buones Aires", "Bejing", "Steve Mnuchin"})
    for (const json& a : Run().actors()) CHECK(a["name"] != typo);
}

TEST_CASE("seeds: attribution of the key figures", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckAttribution(Run());
}

TEST_CASE("seeds: the four relations, with reasons and independence", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckRelations(Run());
}

TEST_CASE("seeds: the pairs that must not relate", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckMustNotRelate(Run());
}

TEST_CASE("seeds: no claims from boilerplate, no mojibake stored", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckBoilerplate(Run());
}

TEST_CASE("seeds: offsets index the stored body", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  CheckOffsets(Run());
}

TEST_CASE("seeds: the Reuters story is recorded as relaying Bloomberg", "[e2e][seeds]") {
  SKIP_WITHOUT_SHARED();
  TempDir tmp;
  CliResult r = RunCli({"extract", "--published", "2019-01-18", "--source", "Reuters",
                        kSeeds + "002_a392a3f069af33d4.txt"},
                       tmp);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const json story = json::parse(r.out);
  CHECK(story["relays"] == json::array({"Bloomberg"}));
  // ... so its copy of Bloomberg's figure does not independently corroborate.
  const json* rel = FindRelation(
      Run().relations(), json::array({"000_ffebdd4ffa0c8fcf.txt", "more than $1 trillion"}),
      json::array({"002_a392a3f069af33d4.txt", "more than $1 trillion"}));
  REQUIRE(rel != nullptr);
  CHECK((*rel)["independent"] == false);
}

}  // namespace
}  // namespace wirefacts::testing
