#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>

namespace wirefacts {

// --- SqliteStmt ---------------------------------------------------------------

SqliteStmt::~SqliteStmt() { sqlite3_finalize(stmt_); }

void SqliteStmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Status SqliteStmt::Check(int rc) const {
  if (rc == SQLITE_OK) return Status::OK();
  std::string what = "binding a parameter of \"";
  what += sqlite3_sql(stmt_);
  what += "\"";
  return db_->Error(what);
}

Status SqliteStmt::Bind(int index, std::nullptr_t) {
  return Check(sqlite3_bind_null(stmt_, index));
}

Status SqliteStmt::Bind(int index, double value) {
  return Check(sqlite3_bind_double(stmt_, index, value));
}

Status SqliteStmt::Bind(int index, std::string_view value) {
  return Check(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

Status SqliteStmt::BindStatic(int index, std::string_view value) {
  return Check(
      sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8));
}

Status SqliteStmt::Bind(int index, const std::optional<double>& value) {
  return value ? Bind(index, *value) : Bind(index, nullptr);
}

Status SqliteStmt::Bind(int index, const std::optional<int64_t>& value) {
  return value ? BindInt(index, *value) : Bind(index, nullptr);
}

Status SqliteStmt::BindInt(int index, int64_t value) {
  return Check(sqlite3_bind_int64(stmt_, index, value));
}

Status SqliteStmt::Step(bool* row) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    *row = true;
    return Status::OK();
  }
  *row = false;
  if (rc == SQLITE_DONE) return Status::OK();
  std::string sql = sqlite3_sql(stmt_);
  if (sql.size() > 80) sql = sql.substr(0, 77) + "...";
  Status s = db_->Error("running \"" + sql + "\"");
  sqlite3_reset(stmt_);
  return s;
}

Status SqliteStmt::ForEachRow(const std::function<void()>& on_row) {
  bool row = false;
  for (;;) {
    WF_RETURN_IF_ERROR(Step(&row));
    if (!row) break;
    on_row();
  }
  Reset();
  return Status::OK();
}

Status SqliteStmt::Run() {
  bool row = true;
  while (row) WF_RETURN_IF_ERROR(Step(&row));
  return Status::OK();
}

bool SqliteStmt::IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

int64_t SqliteStmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }

double SqliteStmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }

std::optional<double> SqliteStmt::OptDouble(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Double(col);
}

std::optional<int64_t> SqliteStmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

std::string SqliteStmt::Text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (p == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

// --- SqliteDb -------------------------------------------------------------------

namespace {

// Once per process, before SQLite initialises: no allocation statistics
// (sqlite3_memory_used() and the like, which wirefacts never reads). With
// them, every SQLite allocation and free takes a global mutex. wirefacts
// reaches SQLite through here first (a function-local static: a second
// thread waits for the call, as sqlite3_config requires). When SQLite was
// initialised before (another user of the library in the process), the
// call fails and changes nothing.
void ConfigureSqlite() {
  static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)rc;
}

std::atomic<bool> g_time_statements{false};
std::atomic<int64_t> g_statement_nanos{0};

int AddStatementTime(unsigned /*event*/, void* /*ctx*/, void* /*stmt*/, void* nanos) {
  g_statement_nanos.fetch_add(*static_cast<const sqlite3_int64*>(nanos), std::memory_order_relaxed);
  return 0;
}

}  // namespace

// SQLite's default statement-journal spill is kept: with
// SQLITE_CONFIG_STMTJRNL_SPILL at 4 MiB the FTS5 insert of a 100 MB story's
// sentences failed with SQLITE_FULL (ingest_benchmark --big-story 100).
Status SqliteDb::Open(const std::string& path, std::unique_ptr<SqliteDb>* out) {
  ConfigureSqlite();
  sqlite3* db = nullptr;
  // SQLITE_OPEN_NOMUTEX: a SqliteDb and its statements are used by one
  // thread at a time (neither class is thread-safe: the statement cache
  // is not), so the connection needs no mutex of its own.
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open: ";
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return Status::DatabaseError(msg);
  }
  sqlite3_extended_result_codes(db, 1);
  if (g_time_statements.load())
    sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, AddStatementTime, nullptr);
  out->reset(new SqliteDb(path, db));
  return Status::OK();
}

void SqliteDb::EnableStatementTiming() { g_time_statements.store(true); }

int64_t SqliteDb::StatementNanos() { return g_statement_nanos.load(); }

SqliteDb::~SqliteDb() {
  by_address_.clear();
  cache_.clear();  // finalize every statement before closing
  sqlite3_close(db_);
}

Status SqliteDb::Error(std::string_view what) const {
  std::string msg = path_;
  msg += ": ";
  msg += what;
  msg += ": ";
  msg += sqlite3_errmsg(db_);
  return Status::DatabaseError(msg);
}

Status SqliteDb::Exec(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::OK();
  std::string msg = path_ + ": " + (err ? err : sqlite3_errstr(rc));
  sqlite3_free(err);
  return Status::DatabaseError(msg);
}

Status SqliteDb::Prepare(const std::string& sql, SqliteStmt** out) {
  auto it = cache_.find(sql);
  if (it != cache_.end()) {
    *out = it->second.get();
    return Status::OK();
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                              SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    std::string shown = sql.size() > 80 ? sql.substr(0, 77) + "..." : sql;
    return Error("preparing \"" + shown + "\"");
  }
  auto owned = std::unique_ptr<SqliteStmt>(new SqliteStmt(this, stmt));
  *out = owned.get();
  cache_.emplace(sql, std::move(owned));
  return Status::OK();
}

Status SqliteDb::QueryInt(const std::string& sql, int64_t* out) {
  SqliteStmt* stmt = nullptr;
  WF_RETURN_IF_ERROR(Prepare(sql, &stmt));
  stmt->Reset();
  bool row = false;
  WF_RETURN_IF_ERROR(stmt->Step(&row));
  *out = row ? stmt->Int(0) : 0;
  stmt->Reset();
  return Status::OK();
}

Status SqliteDb::ReadBlob(const char* table, const char* column, int64_t rowid, size_t piece,
                          const std::function<Status(std::string_view)>& on_piece) {
  sqlite3_blob* blob = nullptr;
  if (sqlite3_blob_open(db_, "main", table, column, rowid, /*flags=*/0, &blob) != SQLITE_OK) {
    const std::string msg =
        path_ + ": no " + table + " row " + std::to_string(rowid) + ": " + sqlite3_errmsg(db_);
    sqlite3_blob_close(blob);
    return Status::NotFound(msg);
  }
  const int size = sqlite3_blob_bytes(blob);
  std::string buf;
  Status s;
  for (int at = 0; at < size && s.ok();) {
    const int n = static_cast<int>(std::min<size_t>(piece, static_cast<size_t>(size - at)));
    buf.resize(static_cast<size_t>(n));
    if (sqlite3_blob_read(blob, buf.data(), n, at) != SQLITE_OK) {
      s = Status::DatabaseError(path_ + ": reading " + table + "." + column + " of row " +
                                std::to_string(rowid) + ": " + sqlite3_errmsg(db_));
      break;
    }
    at += n;
    s = on_piece(buf);
  }
  sqlite3_blob_close(blob);
  return s;
}

int64_t SqliteDb::LastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

int SqliteDb::Changes() const { return sqlite3_changes(db_); }

bool SqliteDb::LastErrorIsBusy() const {
  const int rc = sqlite3_errcode(db_) & 0xff;
  return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

// --- SqliteTransaction ------------------------------------------------------------

SqliteTransaction::~SqliteTransaction() {
  if (open_) {
    db_->CountRollback();
    db_->Exec("ROLLBACK");
  }
}

Status SqliteTransaction::Begin() {
  // The busy handler (PRAGMA busy_timeout) already waits for the write lock;
  // these retries cover what it does not (a lock held longer than the
  // timeout by another process's long story, SQLITE_BUSY returned without
  // calling the handler while a WAL is being recovered).
  const auto deadline = std::chrono::steady_clock::now() + kBeginRetryLimit;
  for (int attempt = 0;; ++attempt) {
    Status s = db_->Exec("BEGIN IMMEDIATE");
    if (s.ok()) break;
    if (!db_->LastErrorIsBusy() || std::chrono::steady_clock::now() >= deadline) return s;
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::min(5 << std::min(attempt, 5), 100)));
  }
  open_ = true;
  return Status::OK();
}

Status SqliteTransaction::Commit() {
  Status s = db_->Exec("COMMIT");
  if (s.ok()) open_ = false;
  return s;
}

// --- SqliteSavepoint --------------------------------------------------------------

SqliteSavepoint::~SqliteSavepoint() {
  if (open_) {
    db_->CountRollback();
    db_->Exec("ROLLBACK TO wf_story; RELEASE wf_story");
  }
}

Status SqliteSavepoint::Begin() {
  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(db_->Prepare("SAVEPOINT wf_story", &st));
  st->Reset();
  WF_RETURN_IF_ERROR(st->Run());
  open_ = true;
  return Status::OK();
}

Status SqliteSavepoint::Release() {
  SqliteStmt* st = nullptr;
  WF_RETURN_IF_ERROR(db_->Prepare("RELEASE wf_story", &st));
  st->Reset();
  WF_RETURN_IF_ERROR(st->Run());
  open_ = false;
  return Status::OK();
}

}  // namespace wirefacts
