// RuleOverlay: a `--rules` overlay folder for tests (RuleFiles(dir)) holding
// at most one rule file, removed on destruction.
#ifndef WIREFACTS_TESTS_RULE_OVERLAY_H_
#define WIREFACTS_TESTS_RULE_OVERLAY_H_

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace wirefacts {

struct RuleOverlay {
  std::filesystem::path dir;
  // The folder is named by `tag` and the process id (test processes run
  // concurrently). `path` is the rule file's name inside it, as the rules
  // name it ("store/rules/legal_forms.tsv"); its folders are created, and
  // the file holds `text` unless `text` is empty (an overlay of no file).
  RuleOverlay(const std::string& tag, const std::string& path, const std::string& text) {
    dir = std::filesystem::temp_directory_path() /
          ("wf_" + tag + "_overlay_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories((dir / path).parent_path());
    if (!text.empty()) std::ofstream(dir / path) << text;
  }
  ~RuleOverlay() { std::filesystem::remove_all(dir); }
  RuleOverlay(const RuleOverlay&) = delete;
  RuleOverlay& operator=(const RuleOverlay&) = delete;
};

}  // namespace wirefacts

#endif  // WIREFACTS_TESTS_RULE_OVERLAY_H_
