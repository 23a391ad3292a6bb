#include "store/migrations.h"

#include <algorithm>
#include <cctype>

namespace wirefacts {
namespace {

constexpr std::string_view kSchemaPrefix = "schema/";

// "schema/001_initial.sql" -> 1; -1 when the name is not NNN_name.sql.
int VersionOf(std::string_view name) {
  std::string_view base = name.substr(kSchemaPrefix.size());
  if (base.size() < 5 || base.substr(base.size() - 4) != ".sql") return -1;
  size_t digits = 0;
  while (digits < base.size() && std::isdigit(static_cast<unsigned char>(base[digits]))) ++digits;
  if (digits == 0 || digits > 6 || digits >= base.size() || base[digits] != '_') return -1;
  return std::stoi(std::string(base.substr(0, digits)));
}

}  // namespace

Status ListMigrations(std::vector<Migration>* out) {
  out->clear();
  for (const std::string& name : ListEmbeddedFiles(kSchemaPrefix)) {
    if (name.size() < 4 || name.substr(name.size() - 4) != ".sql") continue;
    int version = VersionOf(name);
    if (version <= 0) {
      return Status::InvalidInput(name + ": schema file names must be NNN_name.sql");
    }
    out->push_back({version, name});
  }
  std::sort(out->begin(), out->end(),
            [](const Migration& a, const Migration& b) { return a.version < b.version; });
  for (size_t i = 0; i < out->size(); ++i) {
    if ((*out)[i].version != static_cast<int>(i) + 1) {
      return Status::InvalidInput((*out)[i].name +
                                  ": schema versions must run 1, 2, 3... (expected " +
                                  std::to_string(i + 1) + ")");
    }
  }
  return Status::OK();
}

int LatestSchemaVersion() {
  std::vector<Migration> all;
  if (!ListMigrations(&all).ok() || all.empty()) return 0;
  return all.back().version;
}

Status Migrate(SqliteDb* db, const RuleFiles& files) {
  std::vector<Migration> all;
  WF_RETURN_IF_ERROR(ListMigrations(&all));
  const int latest = all.empty() ? 0 : all.back().version;

  int64_t current = 0;
  WF_RETURN_IF_ERROR(db->QueryInt("PRAGMA user_version", &current));
  if (current > latest) {
    return Status::DatabaseError(db->path() + ": database schema version " +
                                 std::to_string(current) + " is newer than this binary's (" +
                                 std::to_string(latest) + "); upgrade wirefacts");
  }
  if (current == 0) {
    int64_t tables = 0;
    WF_RETURN_IF_ERROR(
        db->QueryInt("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'", &tables));
    if (tables > 0) {
      return Status::DatabaseError(db->path() +
                                   ": not a wirefacts database (it has tables but no schema "
                                   "version)");
    }
  }

  for (const Migration& m : all) {
    if (m.version <= current) continue;
    std::string sql;
    WF_RETURN_IF_ERROR(files.Read(m.name, &sql));
    SqliteTransaction txn(db);
    WF_RETURN_IF_ERROR(txn.Begin());
    // Another process may have applied it while we waited for the lock.
    WF_RETURN_IF_ERROR(db->QueryInt("PRAGMA user_version", &current));
    if (m.version <= current) continue;
    Status s = db->Exec(sql);
    if (!s.ok()) return s.WithContext("applying " + m.name);
    int64_t after = 0;
    WF_RETURN_IF_ERROR(db->QueryInt("PRAGMA user_version", &after));
    if (after != m.version) {
      return Status::DatabaseError(
          db->path() + ": applying " + m.name +
          ": the file must end with PRAGMA user_version = " + std::to_string(m.version));
    }
    WF_RETURN_IF_ERROR(txn.Commit());
  }
  return Status::OK();
}

}  // namespace wirefacts
