// Migrations: the numbered schema files (schema/NNN_name.sql, embedded in the
// library and read through RuleFiles) and applying the pending ones.
//
// Each file ends with `PRAGMA user_version = NNN;`. Versions must run 1, 2,
// 3... without gaps or duplicates. Migrate() applies every file whose version
// is above the database's user_version, each in its own transaction, and
// refuses (DatabaseError naming the file) a database that:
//  - is not SQLite ("file is not a database"),
//  - has a user_version newer than the newest file this binary carries,
//  - has user_version 0 but already holds tables (not a wirefacts database).
#ifndef WIREFACTS_STORE_MIGRATIONS_H_
#define WIREFACTS_STORE_MIGRATIONS_H_

#include <string>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "store/sqlite_db.h"

namespace wirefacts {

struct Migration {
  int version = 0;
  std::string name;  // "schema/001_initial.sql"
};

// The embedded schema files in version order. InvalidInput when a name does
// not start with a number or versions are not 1..N.
Status ListMigrations(std::vector<Migration>* out);

// The highest version ListMigrations() finds (0 when there is none).
int LatestSchemaVersion();

// Applies the pending migrations to `db`, reading each file via `files`.
Status Migrate(SqliteDb* db, const RuleFiles& files);

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_MIGRATIONS_H_
