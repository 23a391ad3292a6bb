// End to end: a story over Analyzer::kSegmentBytes (1 MiB) is ingested in
// segments (whole or not at all, unchanged on a re-run) and `extract`
// streams its record in the shape it prints for any story.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "pipeline/analyzer.h"
#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

// A ninjs story whose body is just over 1 MiB (two segments).
void WriteHugeStory(const std::string& path) {
  std::string body;
  for (int i = 0; body.size() <= Analyzer::kSegmentBytes + 65536; ++i) {
    body += "Harbor Mills said on Tuesday it would pay $" + std::to_string(10 + i % 90) +
            " million for a plant in Portland. Chief executive Ann Carter said sales rose " +
            std::to_string(1 + i % 9) + " percent in 2020.\n\n";
  }
  nlohmann::json j = {{"uri", "urn:test:huge"},
                      {"versioncreated", "2022-09-01T08:00:00Z"},
                      {"copyrightholder", "Test Wire"},
                      {"headline", "A very long story"},
                      {"body_text", body}};
  std::ofstream(path) << j.dump();
}

void WriteSmallStory(const std::string& path) {
  nlohmann::json j = {{"uri", "urn:test:small"},
                      {"versioncreated", "2022-09-02T08:00:00Z"},
                      {"copyrightholder", "Other Wire"},
                      {"body_text",
                       "Harbor Mills will pay $12 million for the Portland plant, "
                       "chief executive Ann Carter said on Friday.\n"}};
  std::ofstream(path) << j.dump();
}

TEST_CASE("a story over 1 MiB is ingested in segments and extracted in the usual shape", "[e2e]") {
  TempDir tmp;
  const std::string db = tmp.File("h.db");
  const std::string huge = tmp.File("huge.json"), small = tmp.File("small.json");
  WriteHugeStory(huge);
  WriteSmallStory(small);

  // extract: alone, one pretty JSON object; with another story, NDJSON.
  CliResult r = RunCli({"extract", huge}, tmp);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json alone = nlohmann::json::parse(r.out);
  CHECK(r.out == alone.dump(2) + "\n");
  const size_t claims = alone["claims"].size();
  CHECK(claims > 10000);
  CHECK(alone["mentions"].size() > 1000);
  CHECK(alone["uri"] == "urn:test:huge");
  CHECK(alone["source"] == "Test Wire");
  CHECK(alone["errors"].empty());
  // Claims beyond the first segment carry story coordinates.
  CHECK(alone["claims"].back()["start"].get<size_t>() > Analyzer::kSegmentBytes);

  r = RunCli({"extract", huge, small}, tmp);
  REQUIRE(r.status == 0);
  std::istringstream lines(r.out);
  std::string line1, line2, rest;
  REQUIRE(std::getline(lines, line1));
  REQUIRE(std::getline(lines, line2));
  CHECK_FALSE(std::getline(lines, rest));
  CHECK(line1 == alone.dump());
  CHECK(nlohmann::json::parse(line2)["uri"] == "urn:test:small");
  r = RunCli({"extract", small, huge}, tmp);
  REQUIRE(r.status == 0);
  CHECK(r.out.substr(r.out.find('\n') + 1) == alone.dump() + "\n");

  // ingest: stored whole; unchanged again.
  r = RunCli({"ingest", "--db", db, "--json", small}, tmp);
  REQUIRE(r.status == 0);
  r = RunCli({"ingest", "--db", db, "--json", huge}, tmp);
  REQUIRE(r.status == 0);
  nlohmann::json summary = nlohmann::json::parse(r.out);
  CHECK(summary["stored"] == 1);
  CHECK(summary["claims"] == claims);
  r = RunCli({"ingest", "--db", db, "--json", huge, small}, tmp);
  REQUIRE(r.status == 0);
  summary = nlohmann::json::parse(r.out);
  CHECK(summary["unchanged"] == 2);
  CHECK(summary["claims"] == 0);

  r = RunCli({"claims", "--db", db, "--story", "urn:test:huge", "--format", "ndjson"}, tmp);
  REQUIRE(r.status == 0);
  CHECK(static_cast<size_t>(std::count(r.out.begin(), r.out.end(), '\n')) == claims);
  r = RunCli({"stories", "--db", db, "--format", "json"}, tmp);
  REQUIRE(r.status == 0);
  const nlohmann::json stories = nlohmann::json::parse(r.out);
  REQUIRE(stories.size() == 2);
}

}  // namespace
}  // namespace wirefacts::testing
