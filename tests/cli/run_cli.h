// Helpers for end-to-end tests: run the built `wirefacts` binary (WF_BINARY)
// with arguments, capture stdout, stderr and the exit status.
#ifndef WIREFACTS_TESTS_CLI_RUN_CLI_H_
#define WIREFACTS_TESTS_CLI_RUN_CLI_H_

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

namespace wirefacts::testing {

struct CliResult {
  int status = -1;
  std::string out;
  std::string err;
};

inline std::string ShellQuote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'')
      q += "'\\''";
    else
      q += c;
  }
  return q + "'";
}

// A fresh temporary folder, removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("wirefacts-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Runs WF_BINARY with `args` (each shell-quoted), stdin from /dev/null.
inline CliResult RunCli(const std::vector<std::string>& args, const TempDir& tmp) {
  std::string cmd = ShellQuote(WF_BINARY);
  for (const std::string& a : args) cmd += " " + ShellQuote(a);
  const std::string out = tmp.File("stdout"), err = tmp.File("stderr");
  cmd += " </dev/null >" + ShellQuote(out) + " 2>" + ShellQuote(err);
  CliResult r;
  const int raw = std::system(cmd.c_str());
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = ReadAll(out);
  r.err = ReadAll(err);
  return r;
}

inline bool SharedDirPresent() {
  return std::filesystem::exists(WF_SHARED_DIR "/seeds/expected.json");
}

}  // namespace wirefacts::testing

#endif  // WIREFACTS_TESTS_CLI_RUN_CLI_H_
