// End to end: crash safety of `wirefacts ingest` (DESIGN.md, "Storage": one
// transaction per story). Ingest a batch, SIGKILL the process after a random
// delay, and check the database after each kill: integrity_check is ok,
// every stored story has all its claims (stories.claim_count), no identity
// is stored twice. Finally a re-run completes the batch, and the result
// equals an uninterrupted ingest of the same batch.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <tuple>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

// Starts WF_BINARY with `args`, output to /dev/null; returns the pid.
pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(WF_BINARY));
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    FILE* null_out = std::fopen("/dev/null", "w");
    if (null_out) {
      dup2(fileno(null_out), STDOUT_FILENO);
      dup2(fileno(null_out), STDERR_FILENO);
    }
    execv(WF_BINARY, argv.data());
    _exit(127);
  }
  return pid;
}

// A read-only view of a wirefacts database through the sqlite3 C API.
class Db {
 public:
  explicit Db(const std::string& path) {
    REQUIRE(sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    sqlite3_busy_timeout(db_, 5000);
  }
  ~Db() { sqlite3_close(db_); }

  std::string Text(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    std::string out;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
      out = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    return out;
  }
  int64_t Int(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
    int64_t out = -1;
    if (sqlite3_step(st) == SQLITE_ROW) out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return out;
  }
  // (source, uri, body_hash, claim_count) of every current story.
  std::set<std::tuple<std::string, std::string, std::string, int64_t>> Current() {
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db_,
                               "SELECT source, uri, body_hash, claim_count FROM stories"
                               " WHERE superseded_by IS NULL",
                               -1, &st, nullptr) == SQLITE_OK);
    std::set<std::tuple<std::string, std::string, std::string, int64_t>> out;
    while (sqlite3_step(st) == SQLITE_ROW) {
      auto text = [&](int i) {
        const unsigned char* p = sqlite3_column_text(st, i);
        return p ? std::string(reinterpret_cast<const char*>(p)) : std::string();
      };
      out.emplace(text(0), text(1), text(2), sqlite3_column_int64(st, 3));
    }
    sqlite3_finalize(st);
    return out;
  }

 private:
  sqlite3* db_ = nullptr;
};

// The batch: the first `n` stories of the Reuters sample when the shared
// folder is present, else generated stories with figures.
std::string WriteBatch(const TempDir& tmp, int n) {
  const std::string path = tmp.File("batch.ndjson");
  std::ofstream out(path, std::ios::binary);
  std::ifstream sample(WF_SHARED_DIR "/eval/reuters21578/sample-1000.ndjson");
  std::string line;
  int written = 0;
  while (written < n && sample && std::getline(sample, line)) {
    out << line << "\n";
    ++written;
  }
  for (int i = written; i < n; ++i) {
    nlohmann::json j = {
        {"uri", "urn:kill:" + std::to_string(i)},
        {"versioncreated",
         "2021-03-" + std::string(i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1)},
        {"copyrightholder", i % 2 ? "Test Wire" : "Other Wire"},
        {"headline", "Company " + std::to_string(i) + " results"},
        {"body_text", "Acme Corp said on Monday its revenue rose " + std::to_string(i % 9 + 1) +
                          "% to $" + std::to_string(100 + i) +
                          " million last year. Chief executive Jane Doe said profit would "
                          "reach $" +
                          std::to_string(20 + i % 7) + " million in 2022."}};
    out << j.dump() << "\n";
  }
  return path;
}

void CheckConsistent(const std::string& db_path) {
  Db db(db_path);
  CHECK(db.Text("PRAGMA integrity_check") == "ok");
  CHECK(db.Text("PRAGMA foreign_key_check") == "");
  // A kill before the first migration committed leaves a file with no
  // schema at all (each migration is one transaction): consistent, empty.
  if (db.Int("PRAGMA user_version") == 0) {
    CHECK(db.Int("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") == 0);
    return;
  }
  // Whole or not at all: every story row has exactly its claims.
  CHECK(db.Int("SELECT count(*) FROM stories s WHERE s.claim_count IS NULL OR s.claim_count <>"
               " (SELECT count(*) FROM claims c WHERE c.story_id = s.id)") == 0);
  // Every stored story has its sentences (a body yields at least one).
  CHECK(db.Int("SELECT count(*) FROM stories s WHERE NOT EXISTS"
               " (SELECT 1 FROM sentences se WHERE se.story_id = s.id)") == 0);
  // One current row per identity.
  CHECK(db.Int("SELECT count(*) FROM stories WHERE superseded_by IS NULL") ==
        db.Int("SELECT count(*) FROM (SELECT DISTINCT source, uri FROM stories"
               " WHERE superseded_by IS NULL)"));
}

TEST_CASE("ingest killed at random moments leaves a consistent database, a re-run completes it",
          "[e2e][crash]") {
  TempDir tmp;
  // Large enough that the first kills land mid-batch in any build: a fast
  // ingest of a small batch finished before its kill, and later runs only
  // find the stories unchanged.
  constexpr int kStories = 1000;
  const std::string batch = WriteBatch(tmp, kStories);
  const std::string db = tmp.File("killed.db");

  std::mt19937 rng(20240611);  // deterministic delays
  std::uniform_int_distribution<int> delay_ms(10, 350);
  int killed_mid_batch = 0;
  for (int i = 0; i < 8; ++i) {
    INFO("iteration " << i);
    const pid_t pid = Spawn({"ingest", "--db", db, "-q", batch});
    REQUIRE(pid > 0);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(rng)));
    const bool was_running = kill(pid, SIGKILL) == 0;
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    if (was_running && WIFSIGNALED(status)) ++killed_mid_batch;
    if (std::filesystem::exists(db)) CheckConsistent(db);
  }
  CHECK(killed_mid_batch > 0);

  // The re-run completes the batch; the result equals a clean run's.
  CliResult rerun = RunCli({"ingest", "--db", db, "--json", batch}, tmp);
  INFO(rerun.err);
  REQUIRE(rerun.status == 0);
  CheckConsistent(db);
  CliResult clean = RunCli({"ingest", "--db", tmp.File("clean.db"), "-q", batch}, tmp);
  REQUIRE(clean.status == 0);
  Db killed_db(db), clean_db(tmp.File("clean.db"));
  const auto killed_rows = killed_db.Current();
  CHECK(killed_rows.size() >= kStories * 9 / 10);  // a few may be reissues of others
  CHECK(killed_rows == clean_db.Current());
  CHECK(killed_db.Int("SELECT count(*) FROM claims WHERE superseded = 0") ==
        clean_db.Int("SELECT count(*) FROM claims WHERE superseded = 0"));
}

}  // namespace
}  // namespace wirefacts::testing
