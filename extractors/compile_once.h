// CompileOnce<T>: a T built from a pattern string on first use, at most once
// and thread-safe (std::call_once). Rule sets keep their rules this way so
// that a short run (one story, a CLI call) compiles only the rules its text
// reaches: compiling every RE2 of every rule at start was most of the cost
// of `wirefacts extract` or `ingest` of one story.
//
// T is constructible from `const std::string&` (the pattern) and holds what
// the compile gives (the RE2, its group table). A compile that fails is the
// T's to report (RE2::ok()); callers that must report bad patterns at start
// (a newsroom's overlay rules) call Get() at load.
#ifndef WIREFACTS_EXTRACTORS_COMPILE_ONCE_H_
#define WIREFACTS_EXTRACTORS_COMPILE_ONCE_H_

#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace wirefacts {

template <typename T>
class CompileOnce {
 public:
  explicit CompileOnce(std::string pattern = "")
      : pattern_(std::move(pattern)), once_(std::make_unique<std::once_flag>()) {}

  const std::string& pattern() const { return pattern_; }

  // The T of pattern(), built by the first call.
  const T& Get() const {
    std::call_once(*once_, [this] { value_ = std::make_unique<T>(pattern_); });
    return *value_;
  }

 private:
  std::string pattern_;
  std::unique_ptr<std::once_flag> once_;  // by pointer: the holder stays movable
  mutable std::unique_ptr<T> value_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_COMPILE_ONCE_H_
