// Checks a wirefacts run against an expected.json in the shape of
// ../shared/seeds/expected.json (also used by corpus/expected.json): figures
// with values and times, dates, durations, actors, attribution, relations,
// pairs that must not relate, boilerplate. Shared by the end-to-end tests.
#ifndef WIREFACTS_TESTS_CLI_EXPECTATIONS_H_
#define WIREFACTS_TESTS_CLI_EXPECTATIONS_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {

using nlohmann::json;

// Figure texts compare without a leading preposition: expected.json writes
// "in 2019" and "on Friday" where TimeML spans are "2019" and "Friday".
inline std::string Bare(std::string s) {
  for (const char* p : {"in ", "on ", "by ", "at ", "during ", "for "}) {
    const std::string prefix = p;
    if (s.size() > prefix.size()) {
      std::string head = s.substr(0, prefix.size());
      std::transform(head.begin(), head.end(), head.begin(), ::tolower);
      if (head == prefix) return s.substr(prefix.size());
    }
  }
  for (const char* p : {"the "}) {
    const std::string prefix = p;
    if (s.compare(0, prefix.size(), prefix) == 0) return s.substr(prefix.size());
  }
  return s;
}

inline std::set<std::string> TitleWords(const std::string& s) {
  std::set<std::string> words;
  std::string w;
  for (char c : s + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      if (w != "for" && w != "of" && w != "the") words.insert(w);
      w.clear();
    }
  }
  return words;
}

// One ingest of a set of stories into a fresh database, queried back through
// the CLI's JSON output.
class StoreRun {
 public:
  // `ingests`: argument lists for `wirefacts ingest` (without --db).
  StoreRun(const std::string& expected_path, const std::vector<std::vector<std::string>>& ingests) {
    expected_ = json::parse(ReadAll(expected_path));
    db_ = tmp_.File("run.db");
    for (std::vector<std::string> args : ingests) {
      args.insert(args.begin(), {"ingest", "--db", db_});
      CliResult r = RunCli(args, tmp_);
      INFO(r.err);
      REQUIRE(r.status == 0);
    }
    claims_ = Query({"claims", "--db", db_, "--format", "json"});
    actors_ = Query({"actors", "--db", db_, "--format", "json"});
    relations_ = Query({"relations", "--db", db_, "--format", "json"});
    stories_ = Query({"stories", "--db", db_, "--format", "json"});
  }

  json Query(const std::vector<std::string>& args) {
    CliResult r = RunCli(args, tmp_);
    INFO(r.err);
    REQUIRE(r.status == 0);
    return json::parse(r.out);
  }

  // Expected items name stories by file. A story's uri is its path (plain
  // text), or the uri inside it (ninjs): `uris` maps file names to the latter.
  static bool InFile(const json& claim, const std::string& file) {
    const std::string uri = claim["story"]["uri"];
    const auto it = uris().find(file);
    if (it != uris().end() && it->second == uri) return true;
    return uri.size() >= file.size() &&
           uri.compare(uri.size() - file.size(), file.size(), file) == 0;
  }

  // Records the uri of every ninjs file in `folder` under its file name.
  static void MapNinjsUris(const std::string& folder) {
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
      if (entry.path().extension() != ".json") continue;
      const json story = json::parse(ReadAll(entry.path().string()));
      if (story.contains("uri")) uris()[entry.path().filename().string()] = story["uri"];
    }
  }

  // The claim of `kind` ("" = any) in `file` whose text is `text` (modulo a
  // preposition).
  const json* Find(const std::string& kind, const std::string& file,
                   const std::string& text) const {
    for (const json& c : claims_)
      if ((kind.empty() || c["kind"] == kind) && InFile(c, file) && Bare(c["text"]) == Bare(text))
        return &c;
    return nullptr;
  }

  const json& expected() const { return expected_; }
  const json& claims() const { return claims_; }
  const json& actors() const { return actors_; }
  const json& relations() const { return relations_; }
  const json& stories() const { return stories_; }
  const std::string& db() const { return db_; }

 private:
  static std::map<std::string, std::string>& uris() {
    static std::map<std::string, std::string> map;
    return map;
  }

  TempDir tmp_;
  std::string db_;
  json expected_, claims_, actors_, relations_, stories_;
};

inline void CheckTime(const json& claim, const json& item) {
  if (!item.contains("time")) return;
  INFO("time of " << item["text"]);
  REQUIRE_FALSE(claim["time"].is_null());
  CHECK(claim["time"]["timex"] == item["time"]);
}

inline void CheckMoney(const StoreRun& run) {
  for (const json& item : run.expected().value("money", json::array())) {
    INFO(item.dump());
    const json* c = run.Find("money", item["file"], item["text"]);
    REQUIRE(c != nullptr);
    const json& v = (*c)["value"];
    CHECK(v["currency"] == "USD");
    if (item.contains("approx")) {
      CHECK(v["approx"] == true);
      CHECK(v["low"] == item["approx"]);
      CHECK(v["high"] == item["approx"]);
    } else {
      CHECK(v["low"] == item["low"]);
      CHECK(v["high"] == item["high"]);
    }
    CheckTime(*c, item);
  }
}

inline void CheckPercent(const StoreRun& run) {
  for (const json& item : run.expected().value("percent", json::array())) {
    INFO(item.dump());
    const json* c = run.Find("percent", item["file"], item["text"]);
    REQUIRE(c != nullptr);
    CHECK((*c)["value"]["low"] == item["value"]);
    CHECK((*c)["value"]["high"] == item["value"]);
    CheckTime(*c, item);
  }
}

inline void CheckDates(const StoreRun& run) {
  for (const json& item : run.expected().value("dates", json::array())) {
    INFO(item.dump());
    const json* c = run.Find("date", item["file"], item["text"]);
    REQUIRE(c != nullptr);
    const json& v = (*c)["value"];
    if (item["value"].is_string()) {
      CHECK(v["timex"] == item["value"]);
    } else if (item.value("note", "").find("any interval inside") != std::string::npos) {
      CHECK(v["start"].get<std::string>() >= item["value"][0].get<std::string>());
      CHECK(v["end"].get<std::string>() <= item["value"][1].get<std::string>());
      CHECK(v["start"].get<std::string>() <= v["end"].get<std::string>());
    } else {
      CHECK(v["start"] == item["value"][0]);
      CHECK(v["end"] == item["value"][1]);
    }
  }
}

inline void CheckDurations(const StoreRun& run) {
  for (const json& item : run.expected().value("durations", json::array())) {
    INFO(item.dump());
    const json* c = run.Find("duration", item["file"], item["text"]);
    REQUIRE(c != nullptr);
    CHECK((*c)["value"]["iso"] == item["value"]);
  }
}

inline void CheckActors(const StoreRun& run) {
  for (const json& item : run.expected().value("actors", json::array())) {
    INFO(item.dump());
    const json* found = nullptr;
    for (const json& a : run.actors())
      if (a["name"] == item["name"]) found = &a;
    REQUIRE(found != nullptr);
    CHECK((*found)["kind"] == item["kind"]);
    for (const json& alias : item.value("aliases", json::array())) {
      INFO("alias " << alias);
      const json& aliases = (*found)["aliases"];
      CHECK(std::find(aliases.begin(), aliases.end(), alias) != aliases.end());
    }
    if (item.contains("title")) {
      INFO("title " << (*found)["title"]);
      REQUIRE((*found)["title"].is_string());
      const std::set<std::string> want = TitleWords(item["title"]);
      const std::set<std::string> have = TitleWords((*found)["title"]);
      CHECK(std::includes(have.begin(), have.end(), want.begin(), want.end()));
    }
  }
}

inline void CheckAttribution(const StoreRun& run) {
  for (const json& item : run.expected().value("attribution", json::array())) {
    INFO(item.dump());
    const json* c = run.Find("", item["file"], item["figure"]);
    REQUIRE(c != nullptr);
    REQUIRE_FALSE((*c)["attribution"].is_null());
    CHECK((*c)["attribution"]["said_by"] == item["said_by"]);
  }
}

inline bool Is(const json& claim, const json& ref) {
  return StoreRun::InFile(claim, ref[0]) && Bare(claim["text"]) == Bare(ref[1]);
}

inline const json* FindRelation(const json& relations, const json& a, const json& b) {
  for (const json& r : relations)
    if ((Is(r["a"], a) && Is(r["b"], b)) || (Is(r["a"], b) && Is(r["b"], a))) return &r;
  return nullptr;
}

inline void CheckRelations(const StoreRun& run) {
  for (const json& r : run.relations()) UNSCOPED_INFO("found: " << r["reason"]);
  for (const json& item : run.expected().value("relations", json::array())) {
    INFO(item.dump());
    const json* r = FindRelation(run.relations(), item["a"], item["b"]);
    REQUIRE(r != nullptr);
    CHECK((*r)["kind"] == item["kind"]);
    CHECK_FALSE((*r)["reason"].get<std::string>().empty());
    CHECK_FALSE((*r)["a"]["sentence"].get<std::string>().empty());
    CHECK_FALSE((*r)["b"]["sentence"].get<std::string>().empty());
    if (item.contains("independent")) CHECK((*r)["independent"] == item["independent"]);
    if (item.contains("reason_code")) CHECK((*r)["reason_code"] == item["reason_code"]);
    if (item.value("note", "").find("not independent") != std::string::npos)
      CHECK((*r)["independent"] == false);
  }
}

inline void CheckMustNotRelate(const StoreRun& run) {
  for (const json& item : run.expected().value("must_not_relate", json::array())) {
    INFO(item.dump());
    CHECK(FindRelation(run.relations(), item["a"], item["b"]) == nullptr);
  }
}

inline void CheckBoilerplate(const StoreRun& run) {
  if (!run.expected().contains("boilerplate")) return;
  const json& bp = run.expected()["boilerplate"];
  for (const json& c : run.claims()) {
    if (!StoreRun::InFile(c, bp["file"])) continue;
    for (const json& line : bp["no_claims_from"])
      CHECK(c["sentence"].get<std::string>().find(line.get<std::string>()) == std::string::npos);
  }
  for (const json& story : run.stories()) {
    const std::string body = story["body"];
    for (const json& bad : bp["stored_text_must_not_contain"])
      CHECK(body.find(bad.get<std::string>()) == std::string::npos);
    if (!StoreRun::InFile(json{{"story", story}}, bp["file"])) continue;
    for (const json& line : bp["no_claims_from"])
      CHECK(body.find(line.get<std::string>()) == std::string::npos);
  }
}

// Decodes UTF-8 to code points (the unit of every offset wirefacts prints).
inline std::u32string CodePoints(const std::string& utf8) {
  std::u32string out;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char b = utf8[i];
    const int len = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? b : b & (0x7F >> len);
    for (int k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

// Every claim's [start, end) slices its text out of the stored body.
inline void CheckOffsets(const StoreRun& run) {
  REQUIRE_FALSE(run.claims().empty());
  for (const json& c : run.claims()) {
    const json* story = nullptr;
    for (const json& s : run.stories())
      if (s["id"] == c["story"]["id"]) story = &s;
    REQUIRE(story != nullptr);
    const std::u32string body = CodePoints((*story)["body"]);
    const size_t start = c["start"], end = c["end"];
    REQUIRE(end <= body.size());
    INFO(c["text"]);
    CHECK(body.substr(start, end - start) == CodePoints(c["text"]));
  }
}

}  // namespace wirefacts::testing

#endif  // WIREFACTS_TESTS_CLI_EXPECTATIONS_H_
