// End to end: `wirefacts relations` filters over our own corpus. Each filter
// is checked two ways: every relation it returns has the property, and it
// keeps exactly the relations of the unfiltered list that have it.
#include <algorithm>
#include <functional>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

using json = nlohmann::json;

const TempDir& Tmp() {
  static TempDir* tmp = new TempDir;
  return *tmp;
}

const std::string& Db() {
  static const std::string db = [] {
    std::string path = Tmp().File("relations.db");
    CliResult r = RunCli({"ingest", "--db", path, "-q", WF_SOURCE_DIR "/corpus/stories"}, Tmp());
    if (r.status != 0) FAIL("ingest failed: " << r.err);
    return path;
  }();
  return db;
}

json Relations(const std::vector<std::string>& extra, int* status = nullptr) {
  std::vector<std::string> args = {"relations", "--db", Db(), "--format", "json"};
  args.insert(args.end(), extra.begin(), extra.end());
  CliResult r = RunCli(args, Tmp());
  if (status) *status = r.status;
  if (r.status != 0) return json::array();
  return json::parse(r.out);
}

std::string Lower(std::string s) {
  for (char& c : s) c = std::tolower(static_cast<unsigned char>(c));
  return s;
}

bool NamesActor(const json& claim, const std::string& actor) {
  for (const auto& a : claim["actors"])
    if (Lower(a.get<std::string>()) == Lower(actor)) return true;
  const json& att = claim["attribution"];
  return att.is_object() && att["said_by"].is_string() &&
         Lower(att["said_by"].get<std::string>()) == Lower(actor);
}

// A claim's period as the filter defines it: its time, else its date value,
// else its story's publication day.
std::pair<std::string, std::string> Period(const json& c) {
  if (c["time"].is_object()) return {c["time"]["start"], c["time"]["end"]};
  if (c["value"].contains("start") && c["value"]["start"].is_string())
    return {c["value"]["start"], c["value"]["end"]};
  std::string day = c["story"]["published"].get<std::string>().substr(0, 10);
  return {day, day};
}

struct FilterCase {
  std::vector<std::string> args;
  std::function<bool(const json& relation)> has;
  size_t expected;  // relations our corpus holds with the property
};

TEST_CASE("relations: each filter keeps exactly the relations with its property",
          "[e2e][relations]") {
  const json all = Relations({});
  REQUIRE(all.size() == 12);
  auto either = [](const std::function<bool(const json&)>& f) {
    return [f](const json& r) { return f(r["a"]) || f(r["b"]); };
  };
  const std::vector<FilterCase> cases = {
      {{"--kind", "conflicts"}, [](const json& r) { return r["kind"] == "conflicts"; }, 4},
      {{"--independent"}, [](const json& r) { return r["independent"] == true; }, 10},
      {{"--source", "north star news"},
       either([](const json& c) { return Lower(c["story"]["source"]) == "north star news"; }),
       6},
      {{"--actor", "Statistics Canada"},
       either([](const json& c) { return NamesActor(c, "Statistics Canada"); }),
       2},
      {{"--since", "2024-04"},
       either([](const json& c) { return Period(c).second >= "2024-04-01"; }),
       3},
      {{"--since", "2024-03", "--until", "2024-03"},
       either([](const json& c) {
         auto [s, e] = Period(c);
         return e >= "2024-03-01" && s <= "2024-03-31";
       }),
       6},
      {{"--kind", "corroborates", "--independent"},
       [](const json& r) { return r["kind"] == "corroborates" && r["independent"] == true; },
       5},
  };
  for (const FilterCase& fc : cases) {
    std::string label;
    for (const auto& a : fc.args) label += a + " ";
    INFO("relations " << label);
    const json got = Relations(fc.args);
    size_t want = 0;
    for (const json& r : all) want += fc.has(r) ? 1 : 0;
    CHECK(want == fc.expected);
    CHECK(got.size() == want);
    for (const json& r : got) CHECK(fc.has(r));
  }
}

TEST_CASE("relations --id shows one relation with both figures marked", "[e2e][relations]") {
  const json all = Relations({});
  REQUIRE_FALSE(all.empty());
  const std::string id = std::to_string(all[0]["id"].get<long>());
  CliResult r = RunCli({"relations", "--db", Db(), "--id", id}, Tmp());
  REQUIRE(r.status == 0);
  CHECK(r.out.find("#" + id + " ") == 0);
  // Both sentences, each with its figure between » and «.
  for (const char* side : {"a", "b"}) {
    const std::string marked = "»" + all[0][side]["text"].get<std::string>() + "«";
    CHECK(r.out.find(marked) != std::string::npos);
  }
  CHECK(r.out.find("(1 relation)") != std::string::npos);
}

TEST_CASE("relations rejects a malformed date window", "[e2e][relations]") {
  int status = 0;
  Relations({"--since", "March 2024"}, &status);
  CHECK(status == 2);
  Relations({"--until", "2024-13-01x"}, &status);
  CHECK(status == 2);
}

TEST_CASE("relations: each figure names the story that first reported it", "[cli][e2e]") {
  const json all = Relations({});
  REQUIRE(!all.empty());
  size_t earlier_found = 0;
  for (const json& r : all) {
    INFO(r["reason"]);
    for (const char* side : {"a", "b"}) {
      const json& first = r["first_reported"][side];
      REQUIRE(first.is_object());
      // Never later than the claim's own story.
      CHECK(first["published"].get<std::string>() <=
            r[side]["story"]["published"].get<std::string>());
      if (first["uri"] != r[side]["story"]["uri"]) ++earlier_found;
    }
    // Two figures that corroborate each other first appeared in one story.
    if (r["kind"] == "corroborates") CHECK(r["first_reported"]["a"] == r["first_reported"]["b"]);
  }
  // The Harbor Daily scoop, relayed by Metro Wire and Pacific Ledger.
  CHECK(earlier_found > 0);
  const json one = Relations({"--kind", "corroborates", "--source", "Metro Wire"});
  REQUIRE(!one.empty());
  for (const json& r : one) CHECK(r["first_reported"]["b"]["source"] == "Harbor Daily");
}

}  // namespace
}  // namespace wirefacts::testing
