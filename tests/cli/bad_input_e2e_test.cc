// End to end: one batch mixing good stories with an invalid-UTF-8 file, an
// empty file, a binary file and a story without a publication date. Each bad
// one gets a one-line error naming it; the good ones are stored; exit 1.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

void Write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string Ninjs(const std::string& uri, const std::string& date, const std::string& body) {
  nlohmann::json j = {{"uri", uri},
                      {"headline", "Test story"},
                      {"body_text", body},
                      {"copyrightholder", "Test Wire"}};
  if (!date.empty()) j["versioncreated"] = date;
  return j.dump();
}

TEST_CASE("a batch with bad inputs stores the good stories and names each bad one", "[e2e]") {
  TempDir tmp;
  const std::string dir = tmp.File("batch");
  std::filesystem::create_directories(dir);
  Write(dir + "/a_good.json",
        Ninjs("urn:test:a", "2021-06-01T10:00:00Z",
              "Acme Corp said on Monday its revenue rose 4% to $2.1 billion last year."));
  Write(dir + "/b_invalid_utf8.txt", "Revenue rose \xff\xfe to $5 million.\n");
  Write(dir + "/c_empty.txt", "");
  Write(dir + "/d_binary.bin", std::string("\x7f"
                                           "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                           16));
  Write(dir + "/e_no_date.json",
        Ninjs("urn:test:e", "", "The city said the bridge would cost $40 million."));
  Write(dir + "/f_good.json",
        Ninjs("urn:test:f", "2021-06-02", "Officials said the fund had $300 million in 2020."));

  const std::string db = tmp.File("batch.db");
  CliResult r = RunCli({"ingest", "--db", db, "--json", dir}, tmp);
  INFO("stderr: " << r.err);
  INFO("stdout: " << r.out);
  CHECK(r.status == 1);

  // One error line per bad file, each naming it.
  std::istringstream lines(r.err);
  std::string line;
  std::vector<std::string> errors;
  while (std::getline(lines, line))
    if (line.rfind("error: ", 0) == 0) errors.push_back(line);
  CHECK(errors.size() == 4);
  for (const char* name : {"b_invalid_utf8.txt", "c_empty.txt", "d_binary.bin", "e_no_date.json"}) {
    INFO(name);
    CHECK(std::count_if(errors.begin(), errors.end(), [&](const std::string& e) {
            return e.find(name) != std::string::npos;
          }) == 1);
  }
  CHECK(r.err.find("UTF-8") != std::string::npos);

  const nlohmann::json summary = nlohmann::json::parse(r.out);
  CHECK(summary["stored"] == 2);
  CHECK(summary["rejected"] == 4);

  CliResult stories = RunCli({"stories", "--db", db, "--format", "json"}, tmp);
  REQUIRE(stories.status == 0);
  CHECK(nlohmann::json::parse(stories.out).size() == 2);
}

TEST_CASE("a plain-text story without --published is rejected, never dated today", "[e2e]") {
  TempDir tmp;
  const std::string path = tmp.File("story.txt");
  Write(path, "Headline here\nThe company said profit rose 5% to $10 million.\n");
  CliResult r = RunCli({"ingest", "--db", tmp.File("x.db"), path}, tmp);
  CHECK(r.status == 1);
  CHECK(r.err.find("story.txt") != std::string::npos);
  CHECK(r.err.find("publication date") != std::string::npos);
}

TEST_CASE("bad usage exits 2", "[e2e]") {
  TempDir tmp;
  CHECK(RunCli({"ingest"}, tmp).status == 2);
  CHECK(RunCli({"no-such-command"}, tmp).status == 2);
  CHECK(RunCli({"claims", "--kind", "weather"}, tmp).status == 2);
  CliResult help = RunCli({"relations", "--help"}, tmp);
  CHECK(help.status == 0);
  CHECK(help.out.find("--kind") != std::string::npos);
}

TEST_CASE("extract prints claims and mentions without a database", "[e2e]") {
  TempDir tmp;
  const std::string path = tmp.File("story.json");
  Write(path, Ninjs("urn:test:x", "2021-06-01",
                    "Acme Corp said on Monday its revenue rose 4% to $2.1 billion last year."));
  CliResult r = RunCli({"extract", path}, tmp);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["uri"] == "urn:test:x");
  bool money = false;
  for (const auto& c : j["claims"])
    if (c["kind"] == "money" && c["value"]["low"] == 2.1e9) money = true;
  CHECK(money);
  CHECK(j["errors"].empty());
  CHECK_FALSE(std::filesystem::exists(tmp.File("wirefacts.db")));
  // Alone it prints indented; read as NDJSON, it stays one line.
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') > 1);
  r = RunCli({"extract", "--format", "ndjson", path}, tmp);
  REQUIRE(r.status == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
  CHECK(nlohmann::json::parse(r.out)["uri"] == "urn:test:x");
}

TEST_CASE("extract prints the same records in input order, whatever --batch", "[e2e]") {
  TempDir tmp;
  const std::string path = tmp.File("mixed.ndjson");
  std::string lines;
  for (int i = 0; i < 7; ++i) {
    const std::string uri = "urn:test:" + std::to_string(i);
    if (i == 2)
      lines += "{\"uri\": \"urn:test:2\", not json\n";  // a read error, in its place
    else if (i == 4)
      lines += Ninjs(uri, "", "The city said the bridge would cost $40 million.") + "\n";
    else if (i == 5)  // read, then found empty once credit lines are dropped
      lines += Ninjs(uri, "2021-06-06", "Reporting by Ann Lee; Editing by Bo Chan") + "\n";
    else
      lines += Ninjs(uri, "2021-06-0" + std::to_string(1 + i),
                     "Acme Corp said on Monday its revenue rose " + std::to_string(i + 1) +
                         "% to $2.1 billion last year.") +
               "\n";
  }
  Write(path, lines);
  CliResult one = RunCli({"extract", "--batch", "1", path}, tmp);
  INFO(one.err);
  CHECK(one.status == 1);
  std::vector<std::string> uris;
  std::istringstream records(one.out);
  for (std::string line; std::getline(records, line);) {
    const nlohmann::json j = nlohmann::json::parse(line);
    uris.push_back(j["uri"]);
    CHECK(j["errors"].empty() == (j["uri"] != path && j["uri"] != "urn:test:5"));
  }
  // The reader rejects lines 3 (not JSON) and 5 (no date): records named by
  // the file, in their places among the stories; story 5 is empty.
  CHECK(uris == std::vector<std::string>{"urn:test:0", "urn:test:1", path, "urn:test:3", path,
                                         "urn:test:5", "urn:test:6"});
  for (const char* batch : {"2", "64"}) {
    INFO("--batch " << batch);
    CliResult r = RunCli({"extract", "--batch", batch, path}, tmp);
    CHECK(r.status == 1);
    CHECK(r.out == one.out);
    CHECK(r.err == one.err);
  }
  CHECK(RunCli({"extract", "--batch", "0", path}, tmp).status == 2);
}

}  // namespace
}  // namespace wirefacts::testing
