#include "store/sqlite_db.h"

#include <catch2/catch.hpp>

#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::TempDbPath;

TEST_CASE("SqliteDb binds and reads values, NULL included", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  REQUIRE(db->Exec("CREATE TABLE t(i INTEGER, d REAL, s TEXT, n REAL)").ok());
  SqliteStmt* ins = nullptr;
  REQUIRE(db->Prepare("INSERT INTO t VALUES (?, ?, ?, ?)", &ins).ok());
  REQUIRE(
      ins->ResetAndBind(int64_t{1} << 40, 2.5, std::string("héllo"), std::optional<double>()).ok());
  REQUIRE(ins->Run().ok());
  CHECK(db->LastInsertRowid() == 1);
  REQUIRE(ins->ResetAndBind(size_t{7}, 0.0, "x", std::optional<double>(3.0)).ok());
  REQUIRE(ins->Run().ok());
  CHECK(db->Changes() == 1);

  SqliteStmt* sel = nullptr;
  REQUIRE(db->Prepare("SELECT i, d, s, n FROM t ORDER BY rowid", &sel).ok());
  SqliteStmt* again = nullptr;
  REQUIRE(db->Prepare("SELECT i, d, s, n FROM t ORDER BY rowid", &again).ok());
  CHECK(again == sel);  // cached by SQL text
  sel->Reset();
  bool row = false;
  REQUIRE(sel->Step(&row).ok());
  REQUIRE(row);
  CHECK(sel->Int(0) == (int64_t{1} << 40));
  CHECK(sel->Double(1) == 2.5);
  CHECK(sel->Text(2) == "héllo");
  CHECK(sel->IsNull(3));
  CHECK_FALSE(sel->OptDouble(3).has_value());
  REQUIRE(sel->Step(&row).ok());
  REQUIRE(row);
  CHECK(sel->Int(0) == 7);
  CHECK(sel->OptDouble(3) == std::optional<double>(3.0));
  REQUIRE(sel->Step(&row).ok());
  CHECK_FALSE(row);
}

TEST_CASE("SqliteDb errors are DatabaseError naming the file", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  SqliteStmt* st = nullptr;
  Status s = db->Prepare("SELECT * FROM missing", &st);
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kDatabaseError);
  CHECK(s.message().find(tmp.path()) != std::string::npos);
  CHECK(s.message().find("no such table: missing") != std::string::npos);

  REQUIRE(db->Exec("CREATE TABLE u(x UNIQUE)").ok());
  REQUIRE(db->Exec("INSERT INTO u VALUES (1)").ok());
  REQUIRE(db->Prepare("INSERT INTO u VALUES (?)", &st).ok());
  REQUIRE(st->ResetAndBind(1).ok());
  s = st->Run();
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("UNIQUE") != std::string::npos);
}

TEST_CASE("SqliteTransaction rolls back unless committed", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  REQUIRE(db->Exec("CREATE TABLE t(x)").ok());
  {
    SqliteTransaction txn(db.get());
    REQUIRE(txn.Begin().ok());
    REQUIRE(db->Exec("INSERT INTO t VALUES (1)").ok());
  }  // no Commit: rolled back
  int64_t n = -1;
  REQUIRE(db->QueryInt("SELECT count(*) FROM t", &n).ok());
  CHECK(n == 0);
  {
    SqliteTransaction txn(db.get());
    REQUIRE(txn.Begin().ok());
    REQUIRE(db->Exec("INSERT INTO t VALUES (1)").ok());
    REQUIRE(txn.Commit().ok());
  }
  REQUIRE(db->QueryInt("SELECT count(*) FROM t", &n).ok());
  CHECK(n == 1);
}

TEST_CASE("SqliteDb statement timing counts only connections opened after enabling it", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> before;
  REQUIRE(SqliteDb::Open(tmp.path(), &before).ok());
  const int64_t start = SqliteDb::StatementNanos();
  // A statement long enough to take measurable time (a 200,000-row
  // recursive count), on a connection opened before timing was enabled.
  const char kWork[] =
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000)"
      " SELECT count(*) FROM c";
  int64_t n = 0;
  REQUIRE(before->QueryInt(kWork, &n).ok());
  CHECK(n == 200000);
  CHECK(SqliteDb::StatementNanos() == start);

  SqliteDb::EnableStatementTiming();
  std::unique_ptr<SqliteDb> after;
  REQUIRE(SqliteDb::Open(tmp.path(), &after).ok());
  REQUIRE(after->QueryInt(kWork, &n).ok());
  CHECK(SqliteDb::StatementNanos() > start);
}

}  // namespace
}  // namespace wirefacts
