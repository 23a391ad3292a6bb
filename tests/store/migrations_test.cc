#include "store/migrations.h"

#include <catch2/catch.hpp>

#include "tests/store/store_test_util.h"

namespace wirefacts {
namespace {

using testing::TempDbPath;

TEST_CASE("The embedded schema files are numbered 1..N", "[store]") {
  std::vector<Migration> all;
  Status s = ListMigrations(&all);
  INFO(s.ToString());
  REQUIRE(s.ok());
  REQUIRE_FALSE(all.empty());
  CHECK(all.front().name == "schema/001_initial.sql");
  for (size_t i = 0; i < all.size(); ++i) CHECK(all[i].version == static_cast<int>(i) + 1);
  CHECK(LatestSchemaVersion() == all.back().version);

  // Every file ends by setting its own version.
  for (const Migration& m : all) {
    std::string text;
    REQUIRE(RuleFiles().Read(m.name, &text).ok());
    CHECK(text.find("PRAGMA user_version = " + std::to_string(m.version) + ";") !=
          std::string::npos);
  }
}

TEST_CASE("Migrate applies pending files once", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  REQUIRE(Migrate(db.get(), RuleFiles()).ok());
  int64_t version = 0;
  REQUIRE(db->QueryInt("PRAGMA user_version", &version).ok());
  CHECK(version == LatestSchemaVersion());
  int64_t objects = 0;
  REQUIRE(db->QueryInt("SELECT count(*) FROM sqlite_master", &objects).ok());
  CHECK(objects > 10);
  REQUIRE(Migrate(db.get(), RuleFiles()).ok());  // nothing pending: no-op
  int64_t again = 0;
  REQUIRE(db->QueryInt("SELECT count(*) FROM sqlite_master", &again).ok());
  CHECK(again == objects);
}

TEST_CASE("Migrate refuses a newer database and a foreign one", "[store]") {
  TempDbPath tmp;
  std::unique_ptr<SqliteDb> db;
  REQUIRE(SqliteDb::Open(tmp.path(), &db).ok());
  REQUIRE(db->Exec("PRAGMA user_version = 999").ok());
  Status s = Migrate(db.get(), RuleFiles());
  REQUIRE_FALSE(s.ok());
  CHECK(s.code() == Status::Code::kDatabaseError);
  CHECK(s.message().find(tmp.path()) != std::string::npos);
  CHECK(s.message().find("999") != std::string::npos);

  TempDbPath other;
  std::unique_ptr<SqliteDb> db2;
  REQUIRE(SqliteDb::Open(other.path(), &db2).ok());
  REQUIRE(db2->Exec("CREATE TABLE stories(x)").ok());
  s = Migrate(db2.get(), RuleFiles());
  REQUIRE_FALSE(s.ok());
  CHECK(s.message().find("not a wirefacts database") != std::string::npos);
}

}  // namespace
}  // namespace wirefacts
