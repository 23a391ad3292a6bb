// End to end: two `wirefacts ingest` processes write different batches into
// one (fresh) database at the same time while readers list claims. SQLite
// WAL lets the readers run; BEGIN IMMEDIATE with busy_timeout and retries
// (store/sqlite_db.h) serialises the writers. Every story ends up stored
// exactly once and every process exits 0.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

// Writes `n` generated stories with uris urn:<prefix>:<i>.
std::string WriteBatch(const TempDir& tmp, const std::string& prefix, int n) {
  const std::string path = tmp.File(prefix + ".ndjson");
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < n; ++i) {
    nlohmann::json j = {
        {"uri", "urn:" + prefix + ":" + std::to_string(i)},
        {"versioncreated",
         "2021-04-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1)},
        {"copyrightholder", prefix + " Wire"},
        {"headline", "Results " + std::to_string(i)},
        {"body_text", "Acme Corp said on Monday its revenue rose " + std::to_string(i % 9 + 1) +
                          "% to $" + std::to_string(200 + i) +
                          " million last year. Chief executive Jane Doe said Acme expected "
                          "profit of about $" +
                          std::to_string(30 + i % 5) + " million in 2022."}};
    out << j.dump() << "\n";
  }
  return path;
}

pid_t Spawn(const std::vector<std::string>& args, const std::string& out_file) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(WF_BINARY));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (FILE* f = std::fopen(out_file.c_str(), "w")) {
      dup2(fileno(f), STDOUT_FILENO);
      dup2(fileno(f), STDERR_FILENO);
    }
    execv(WF_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

// Exit statuses of children already reaped by Running().
std::map<pid_t, int>& Reaped() {
  static std::map<pid_t, int> reaped;
  return reaped;
}

int ExitCode(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : -1; }

// The exit code of `pid`, waiting for it unless Running() reaped it.
int Wait(pid_t pid) {
  auto it = Reaped().find(pid);
  if (it != Reaped().end()) return it->second;
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return ExitCode(status);
}

// True while `pid` runs. Once it has exited this reaps it, so its exit code
// is kept for Wait().
bool Running(pid_t pid) {
  if (Reaped().count(pid)) return false;
  int status = 0;
  if (waitpid(pid, &status, WNOHANG) == 0) return true;
  Reaped()[pid] = ExitCode(status);
  return false;
}

TEST_CASE("two concurrent ingests and a reader share one database", "[e2e][concurrency]") {
  TempDir tmp;
  const int n = 60;
  const std::string a = WriteBatch(tmp, "alpha", n), b = WriteBatch(tmp, "beta", n);
  const std::string db = tmp.File("shared.db");

  const pid_t pa = Spawn({"ingest", "--db", db, "--json", a}, tmp.File("a.out"));
  const pid_t pb = Spawn({"ingest", "--db", db, "--json", b}, tmp.File("b.out"));
  REQUIRE(pa > 0);
  REQUIRE(pb > 0);

  // Readers while the writers write (at least one; more while they run).
  int readers = 0, reader_failures = 0;
  std::string reader_errors;
  do {
    CliResult r = RunCli({"claims", "--db", db, "--format", "json", "--limit", "20"}, tmp);
    ++readers;
    if (r.status != 0) {
      ++reader_failures;
      reader_errors += r.err;
    }
  } while (readers < 20 && (readers < 2 || Running(pa) || Running(pb)));
  const int status_a = Wait(pa), status_b = Wait(pb);
  INFO("a: " << ReadAll(tmp.File("a.out")));
  INFO("b: " << ReadAll(tmp.File("b.out")));
  INFO("readers: " << reader_errors);
  CHECK(status_a == 0);
  CHECK(status_b == 0);
  CHECK(reader_failures == 0);
  CHECK(readers >= 2);

  CliResult stories = RunCli({"stories", "--db", db, "--format", "json"}, tmp);
  REQUIRE(stories.status == 0);
  const nlohmann::json rows = nlohmann::json::parse(stories.out);
  CHECK(rows.size() == static_cast<size_t>(2 * n));
  std::set<std::string> uris;
  for (const auto& s : rows) uris.insert(s["uri"].get<std::string>());
  CHECK(uris.size() == static_cast<size_t>(2 * n));  // each exactly once

  // Both again, concurrently: nothing changes.
  const pid_t pa2 = Spawn({"ingest", "--db", db, "--json", a}, tmp.File("a2.out"));
  const pid_t pb2 = Spawn({"ingest", "--db", db, "--json", b}, tmp.File("b2.out"));
  CHECK(Wait(pa2) == 0);
  CHECK(Wait(pb2) == 0);
  for (const char* out : {"a2.out", "b2.out"}) {
    const nlohmann::json j = nlohmann::json::parse(ReadAll(tmp.File(out)));
    CHECK(j["unchanged"] == n);
    CHECK(j["stored"] == 0);
  }
}

}  // namespace
}  // namespace wirefacts::testing
