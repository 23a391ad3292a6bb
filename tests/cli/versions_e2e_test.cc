// End to end: a new version of a story supersedes the old one; a figure it
// changed is flagged as a correction, the old claims stay queryable.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

void WriteStory(const std::string& path, const std::string& version, const std::string& figure) {
  nlohmann::json j = {
      {"uri", "urn:test:storm"},
      {"version", version},
      {"versioncreated", "2022-09-0" + version + "T08:00:00Z"},
      {"copyrightholder", "Test Wire"},
      {"headline", "Storm damage estimate"},
      {"body_text", "The storm caused damage of " + figure +
                        " across southern Chile, the Interior Ministry said on Monday.\n"}};
  std::ofstream(path) << j.dump();
}

TEST_CASE("a corrected version supersedes and flags the changed figure", "[e2e]") {
  TempDir tmp;
  const std::string db = tmp.File("v.db");
  WriteStory(tmp.File("v1.json"), "1", "$3 billion");
  WriteStory(tmp.File("v2.json"), "2", "$5 billion");

  CliResult r = RunCli({"ingest", "--db", db, "--json", tmp.File("v1.json")}, tmp);
  REQUIRE(r.status == 0);
  r = RunCli({"ingest", "--db", db, "--json", tmp.File("v1.json")}, tmp);
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["unchanged"] == 1);

  r = RunCli({"ingest", "--db", db, "--json", tmp.File("v2.json")}, tmp);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(nlohmann::json::parse(r.out)["superseded"] == 1);

  r = RunCli({"relations", "--db", db, "--format", "json", "--kind", "conflicts"}, tmp);
  REQUIRE(r.status == 0);
  const nlohmann::json relations = nlohmann::json::parse(r.out);
  REQUIRE(relations.size() == 1);
  CHECK(relations[0]["reason_code"] == "correction");
  CHECK(relations[0]["a"]["text"] == "$3 billion");
  CHECK(relations[0]["b"]["text"] == "$5 billion");

  r = RunCli({"claims", "--db", db, "--format", "json", "--kind", "money"}, tmp);
  CHECK(nlohmann::json::parse(r.out).size() == 1);  // current version only
  r = RunCli({"claims", "--db", db, "--format", "json", "--kind", "money", "--all"}, tmp);
  CHECK(nlohmann::json::parse(r.out).size() == 2);  // the superseded one stays queryable
}

}  // namespace
}  // namespace wirefacts::testing
