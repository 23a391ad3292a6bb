// wirefacts-eval: runs the pipeline over the public evaluation suites in
// ../shared/eval and prints span precision, recall and F1 (exact and
// overlap), value and type accuracy, the acceptance bars, and the
// misses. See eval/README.md.
//
//   wirefacts-eval                    every suite
//   wirefacts-eval --suite money      one group (money, dates, actors)
//   wirefacts-eval --list 1000        list up to 1000 misses per suite
//   wirefacts-eval --json             one JSON object per suite
//   wirefacts-eval --check            exit 1 when a bar is not met (77 when
//                                     the data is absent: CTest's "skipped")
//   wirefacts-eval --check --check-only dates/tbaq
//                                     only the named suites' bars count (the
//                                     others are still run and printed)
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include <CLI/CLI.hpp>

#include "eval/suite.h"

#ifndef WF_SHARED_DIR
#define WF_SHARED_DIR "../shared"
#endif

namespace wirefacts {
namespace {

using SuiteFn = Status (*)(const EvalContext&, std::vector<SuiteReport>*);

int Run(int argc, char** argv) {
  CLI::App app{"wirefacts-eval: score wirefacts on the public evaluation suites"};
  std::string shared = WF_SHARED_DIR;
  std::vector<std::string> groups;
  int listed = 20;
  bool json = false, check = false;
  std::vector<std::string> check_only;
  app.add_option("--shared", shared, "folder holding eval/ (default: the checkout's ../shared)");
  app.add_option("--suite", groups, "suite groups to run: money, dates, actors (default: all)");
  app.add_option("--list", listed, "misses, false alarms and wrong values listed per suite");
  app.add_flag("--json", json, "print one JSON object per suite instead of text");
  app.add_flag("--check", check, "exit with status 1 when a suite misses an acceptance bar");
  app.add_option("--check-only", check_only,
                 "with --check, only the bars of these suites count (e.g. dates/tbaq)");
  CLI11_PARSE(app, argc, argv);

  const std::vector<std::pair<std::string, SuiteFn>> all = {
      {"money", EvalMoneySuites},
      {"dates", EvalDateSuites},
      {"actors", EvalActorSuites},
  };
  if (groups.empty())
    for (const auto& [n, fn] : all) groups.push_back(n);

  if (!std::filesystem::exists(shared + "/eval/README.md")) {
    std::fprintf(stderr, "wirefacts-eval: no evaluation data in %s/eval\n", shared.c_str());
    // 77 tells CTest the check was skipped, not failed.
    return check ? 77 : 2;
  }
  std::unique_ptr<Analyzer> analyzer;
  Status st = Analyzer::Create(RuleFiles::FromEnvironment(), &analyzer);
  if (!st.ok()) {
    std::fprintf(stderr, "error: %s\n", st.ToString().c_str());
    return 2;
  }
  EvalContext ctx{shared, analyzer.get()};
  int failures = 0;
  std::set<std::string> checked;
  for (const std::string& g : groups) {
    SuiteFn fn = nullptr;
    for (const auto& [n, f] : all)
      if (n == g) fn = f;
    if (!fn) {
      std::fprintf(stderr, "error: unknown suite group '%s'\n", g.c_str());
      return 2;
    }
    std::vector<SuiteReport> reports;
    st = fn(ctx, &reports);
    if (!st.ok()) {
      std::fprintf(stderr, "error: %s: %s\n", g.c_str(), st.ToString().c_str());
      ++failures;
    }
    for (const SuiteReport& r : reports) {
      if (json)
        std::cout << ReportJson(r, listed).dump() << "\n";
      else
        PrintReport(r, listed, std::cout);
      bool counts = check_only.empty() ||
                    std::find(check_only.begin(), check_only.end(), r.name) != check_only.end();
      if (counts) checked.insert(r.name);
      if (counts && !r.MeetsBars()) ++failures;
    }
  }
  for (const std::string& name : check_only) {
    if (!checked.count(name)) {
      // A misspelt name must not pass as "all bars met".
      std::fprintf(stderr, "error: --check-only: no suite '%s' was run\n", name.c_str());
      ++failures;
    }
  }
  return check && failures ? 1 : 0;
}

}  // namespace
}  // namespace wirefacts

int main(int argc, char** argv) { return wirefacts::Run(argc, argv); }
