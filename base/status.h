// Status: the outcome of an operation that can fail, after leveldb's Status.
//
// Library code reports failures through a Status, never by throwing or
// printing. A Status carries a code and a message meant for people; the
// message names the input (file, line) and the problem where known, e.g.
//   "corpus/a.txt: invalid UTF-8 at byte 1022".
#ifndef WIREFACTS_BASE_STATUS_H_
#define WIREFACTS_BASE_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace wirefacts {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidInput,    // the input is malformed (bad UTF-8, bad JSON, no date)
    kNotFound,        // a named file, story or rule does not exist
    kIOError,         // reading or writing failed
    kDatabaseError,   // SQLite reported an error
    kInvalidArgument  // the caller passed something unusable (bad option)
  };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status InvalidInput(std::string_view msg) { return Status(Code::kInvalidInput, msg); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status DatabaseError(std::string_view msg) { return Status(Code::kDatabaseError, msg); }
  static Status InvalidArgument(std::string_view msg) {
    return Status(Code::kInvalidArgument, msg);
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is "context: message", for naming the input
  // (file, line) an inner error came from.
  Status WithContext(std::string_view context) const {
    if (ok()) return *this;
    std::string m(context);
    m += ": ";
    m += message_;
    return Status(code_, m);
  }

  // "OK" or "<code name>: <message>".
  std::string ToString() const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

}  // namespace wirefacts

// Returns early from the enclosing function when `expr` is not OK.
#define WF_RETURN_IF_ERROR(expr)             \
  do {                                       \
    ::wirefacts::Status _wf_status = (expr); \
    if (!_wf_status.ok()) return _wf_status; \
  } while (0)

#endif  // WIREFACTS_BASE_STATUS_H_
