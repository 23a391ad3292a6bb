// SqliteDb: a thin RAII wrapper over sqlite3 and sqlite3_stmt that reports
// failures as Status (DatabaseError, the message naming the database file).
//
// Statements prepared through SqliteDb::Prepare() are cached by SQL text and
// live as long as the SqliteDb: callers keep the returned pointer, call
// Reset() and rebind per row. Neither class is thread-safe.
#ifndef WIREFACTS_STORE_SQLITE_DB_H_
#define WIREFACTS_STORE_SQLITE_DB_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "base/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace wirefacts {

class SqliteDb;

class SqliteStmt {
 public:
  ~SqliteStmt();
  SqliteStmt(const SqliteStmt&) = delete;
  SqliteStmt& operator=(const SqliteStmt&) = delete;

  // Resets the statement and clears its bindings; call before reuse.
  void Reset();

  // Parameters are 1-based. nullopt binds NULL.
  Status Bind(int index, std::nullptr_t);
  Status Bind(int index, double value);
  Status Bind(int index, std::string_view value);
  Status Bind(int index, const std::string& value) { return Bind(index, std::string_view(value)); }
  Status Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  // Binds `value` without copying it (SQLITE_STATIC): it must outlive the
  // statement's next Reset() or rebind. For large texts (a story body).
  Status BindStatic(int index, std::string_view value);
  Status Bind(int index, const std::optional<double>& value);
  Status Bind(int index, const std::optional<int64_t>& value);
  template <typename T, typename = std::enable_if_t<std::is_integral_v<T>>>
  Status Bind(int index, T value) {
    return BindInt(index, static_cast<int64_t>(value));
  }

  // Reset() and then binds `args` to parameters 1, 2, ...
  template <typename... Args>
  Status ResetAndBind(const Args&... args) {
    Reset();
    Status s;
    int i = 1;
    ((s.ok() ? (void)(s = Bind(i++, args)) : (void)0), ...);
    return s;
  }

  // Reset(), binds `args` to parameters 1, 2, ... as ResetAndBind does but
  // without copying texts (SQLITE_STATIC), steps to completion and resets
  // again (bindings cleared) before returning: the texts need only outlive
  // this call, as temporaries among `args` do, and SQLite keeps no pointer
  // to them afterwards. For the store's row-by-row INSERTs.
  template <typename... Args>
  Status RunWith(const Args&... args) {
    Reset();
    Status s;
    int i = 1;
    ((s.ok() ? (void)(s = BindNoCopy(i++, args)) : (void)0), ...);
    if (s.ok()) s = Run();
    Reset();
    return s;
  }
  // The same for a query: `on_row` is called for each row (see
  // ForEachRow); the statement is reset before returning, on every path.
  template <typename... Args>
  Status ForEachRowWith(const std::function<void()>& on_row, const Args&... args) {
    Reset();
    Status s;
    int i = 1;
    ((s.ok() ? (void)(s = BindNoCopy(i++, args)) : (void)0), ...);
    if (s.ok()) s = ForEachRow(on_row);
    Reset();
    return s;
  }

  // Steps once: *row is true when a row is available, false when done.
  Status Step(bool* row);
  // Steps to completion, ignoring rows (for INSERT/UPDATE/DELETE).
  Status Run();
  // Steps through every row, calling `on_row` for each (it reads the
  // columns), then resets the statement. Stops at the first SQLite error.
  Status ForEachRow(const std::function<void()>& on_row);

  // Column accessors for the current row (0-based).
  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Double(int col) const;
  std::optional<double> OptDouble(int col) const;
  std::optional<int64_t> OptInt(int col) const;
  std::string Text(int col) const;  // "" for NULL

 private:
  friend class SqliteDb;
  SqliteStmt(SqliteDb* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Status BindInt(int index, int64_t value);
  Status Check(int rc) const;
  // RunWith's binding: texts by pointer, anything else as Bind() takes it.
  Status BindNoCopy(int index, std::string_view value) { return BindStatic(index, value); }
  Status BindNoCopy(int index, const std::string& value) { return BindStatic(index, value); }
  Status BindNoCopy(int index, const std::optional<std::string_view>& value) {
    return value ? BindStatic(index, *value) : Bind(index, nullptr);
  }
  template <typename T>
  Status BindNoCopy(int index, const T& value) {
    return Bind(index, value);
  }

  SqliteDb* db_;
  sqlite3_stmt* stmt_;
};

class SqliteDb {
 public:
  // Opens (creating if missing) the database file at `path`. Opening is lazy
  // in SQLite: a file that is not a database is reported by the first
  // statement, with "file is not a database".
  static Status Open(const std::string& path, std::unique_ptr<SqliteDb>* out);
  ~SqliteDb();

  // Statement timing, for benchmarks: every connection opened after
  // EnableStatementTiming() adds the time SQLite reports for each statement
  // it runs (sqlite3_trace_v2 SQLITE_TRACE_PROFILE: preparing excluded,
  // triggers and COMMIT included) to one process-wide counter, read by
  // StatementNanos(). SQLite reads a millisecond clock, so one short
  // statement counts 0 or 1 ms; the sum over many is the estimate. Off
  // unless enabled; it cannot be turned off.
  static void EnableStatementTiming();
  static int64_t StatementNanos();

  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs one or more statements that return nothing useful.
  Status Exec(std::string_view sql);

  // The cached prepared statement for `sql` (prepared on first use).
  Status Prepare(const std::string& sql, SqliteStmt** out);
  // The same for SQL in a character array of static storage (a string
  // literal, a namespace-scope constant): found again by its address,
  // without building and hashing a std::string per call.
  template <size_t N>
  Status Prepare(const char (&sql)[N], SqliteStmt** out) {
    auto it = by_address_.find(sql);
    if (it != by_address_.end()) {
      *out = it->second;
      return Status::OK();
    }
    Status s = Prepare(std::string(sql), out);
    if (s.ok()) by_address_.emplace(sql, *out);
    return s;
  }

  // Runs `sql` (one statement) and returns the integer in its first column
  // of its first row (0 when no row).
  Status QueryInt(const std::string& sql, int64_t* out);

  // Reads column `column` of row `rowid` of `table` in pieces of at most
  // `piece` bytes, through incremental blob I/O: the value is never whole in
  // memory. NotFound when there is no such row; an error of `on_piece` stops
  // the read and is returned.
  Status ReadBlob(const char* table, const char* column, int64_t rowid, size_t piece,
                  const std::function<Status(std::string_view)>& on_piece);

  int64_t LastInsertRowid() const;
  int Changes() const;
  // Whether the last failed call failed because another connection holds a
  // lock (SQLITE_BUSY or SQLITE_LOCKED, any extended code).
  bool LastErrorIsBusy() const;
  const std::string& path() const { return path_; }
  sqlite3* raw() const { return db_; }

  // How many times a SqliteTransaction or SqliteSavepoint of this connection
  // rolled back: a cache of rows read in a transaction is stale once it
  // changes.
  int64_t rollbacks() const { return rollbacks_; }
  void CountRollback() { ++rollbacks_; }

  // DatabaseError "path: what: sqlite's message".
  Status Error(std::string_view what) const;

 private:
  SqliteDb(std::string path, sqlite3* db) : path_(std::move(path)), db_(db) {}

  std::string path_;
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<SqliteStmt>> cache_;
  std::unordered_map<const char*, SqliteStmt*> by_address_;  // into cache_
  int64_t rollbacks_ = 0;
};

// Transaction: BEGIN IMMEDIATE on Begin(); ROLLBACK on destruction unless
// Commit() succeeded. Begin() takes the write lock up front, so a writer
// never fails half-way through a transaction for a lock; when another
// process holds it, Begin() waits (busy_timeout) and retries SQLITE_BUSY
// for up to kBeginRetryLimit before returning the DatabaseError.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDb* db) : db_(db) {}
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;

  Status Begin();
  Status Commit();

  static constexpr std::chrono::seconds kBeginRetryLimit{60};

 private:
  SqliteDb* db_;
  bool open_ = false;
};

// Savepoint: SAVEPOINT on Begin(), inside an open transaction; RELEASE on
// Release(); on destruction without a Release(), ROLLBACK TO and RELEASE:
// the writes since Begin() are undone and the transaction goes on.
class SqliteSavepoint {
 public:
  explicit SqliteSavepoint(SqliteDb* db) : db_(db) {}
  ~SqliteSavepoint();
  SqliteSavepoint(const SqliteSavepoint&) = delete;
  SqliteSavepoint& operator=(const SqliteSavepoint&) = delete;

  Status Begin();
  Status Release();

 private:
  SqliteDb* db_;
  bool open_ = false;
};

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_SQLITE_DB_H_
