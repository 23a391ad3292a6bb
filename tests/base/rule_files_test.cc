#include "base/rule_files.h"

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

TEST_CASE("ParseRuleText splits TAB records and skips comments", "[rules]") {
  auto recs = ParseRuleText("# comment\n\nbillion\t1e9\n  mln \t1e6\t\r\nlast");
  REQUIRE(recs.size() == 3);
  CHECK(recs[0].line == 3);
  CHECK(recs[0].fields == std::vector<std::string>{"billion", "1e9"});
  CHECK(recs[1].fields == std::vector<std::string>{"mln", "1e6", ""});
  CHECK(recs[2].line == 5);
  CHECK(recs[2].fields == std::vector<std::string>{"last"});
}

TEST_CASE("RuleFiles reads embedded schema and reports missing files", "[rules]") {
  RuleFiles rules;
  std::string text;
  CHECK(rules.Read("schema/001_initial.sql", &text).ok());
  CHECK(text.find("user_version") != std::string::npos);
  Status s = rules.Read("extractors/rules/no_such_file.tsv", &text);
  CHECK(s.code() == Status::Code::kNotFound);
  CHECK(s.message().find("no_such_file.tsv") != std::string::npos);
}

}  // namespace
}  // namespace wirefacts
