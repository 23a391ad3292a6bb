#include "base/status.h"

namespace wirefacts {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidInput:
      name = "invalid input";
      break;
    case Code::kNotFound:
      name = "not found";
      break;
    case Code::kIOError:
      name = "I/O error";
      break;
    case Code::kDatabaseError:
      name = "database error";
      break;
    case Code::kInvalidArgument:
      name = "invalid argument";
      break;
  }
  return std::string(name) + ": " + message_;
}

}  // namespace wirefacts
