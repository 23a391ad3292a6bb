// A guard on the test suite itself: CTest runs each Catch2 test case by name
// (catch_discover_tests), and Catch2 v2's discovery splits a name at ';', so a
// test case whose name holds one silently runs nothing and "passes". No test
// case name may contain ';'.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

TEST_CASE("no test case name contains a semicolon", "[tests]") {
  const std::filesystem::path root = std::filesystem::path(WF_SOURCE_DIR) / "tests";
  REQUIRE(std::filesystem::is_directory(root));
  size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".cc") continue;
    ++files;
    std::ifstream in(entry.path());
    std::stringstream buf;
    buf << in.rdbuf();
    const std::string text = buf.str();
    for (size_t at = text.find("TEST_CASE(\""); at != std::string::npos;
         at = text.find("TEST_CASE(\"", at + 1)) {
      const size_t begin = at + 11;
      const size_t end = text.find('"', begin);
      REQUIRE(end != std::string::npos);
      const std::string name = text.substr(begin, end - begin);
      INFO(entry.path().string() << ": " << name);
      CHECK(name.find(';') == std::string::npos);
    }
  }
  CHECK(files > 10);
}

}  // namespace
