// End to end, newsroom ingestion (issue 8): cancellations retract a story's
// claims, CORRECTED/REPEAT reissues supersede the story they reissue, folder
// globs, the --json list of rejections, unknown ninjs fields, and no
// progress line when stderr is not a terminal.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/run_cli.h"

namespace wirefacts::testing {
namespace {

void Write(const std::string& path, const std::string& bytes) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

const char kProfitBody[] =
    "Acme Corp said on Tuesday its quarterly net profit rose to $120 million, helped by strong "
    "demand for its industrial pumps in Asia and Europe. Chief executive Jane Doe said the "
    "company expected sales to keep growing next year as new plants open.";

std::string Ninjs(const std::string& uri, const std::string& source, const std::string& headline,
                  const std::string& body, const std::string& date = "2021-02-01T10:00:00Z") {
  return nlohmann::json({{"uri", uri},
                         {"versioncreated", date},
                         {"copyrightholder", source},
                         {"headline", headline},
                         {"body_text", body}})
      .dump();
}

nlohmann::json Json(const CliResult& r) {
  INFO(r.err);
  REQUIRE(r.status == 0);
  return nlohmann::json::parse(r.out);
}

TEST_CASE("pubstatus canceled retracts a story's claims and hides its relations",
          "[e2e][retract]") {
  TempDir tmp;
  const std::string db = tmp.File("r.db");
  Write(tmp.File("a.json"), Ninjs("urn:a", "Alpha Wire", "Acme profit rises", kProfitBody));
  Write(tmp.File("b.json"),
        Ninjs("urn:b", "Beta News", "Acme earns more", kProfitBody, "2021-02-01T11:00:00Z"));
  REQUIRE(
      RunCli({"ingest", "--db", db, "-q", tmp.File("a.json"), tmp.File("b.json")}, tmp).status ==
      0);
  const size_t claims_before = Json(RunCli({"claims", "--db", db, "--format", "json"}, tmp)).size();
  const size_t b_claims =
      Json(RunCli({"claims", "--db", db, "--story", "urn:b", "--format", "json"}, tmp)).size();
  REQUIRE(b_claims > 0);
  const nlohmann::json relations_before =
      Json(RunCli({"relations", "--db", db, "--format", "json"}, tmp));
  REQUIRE_FALSE(relations_before.empty());  // the same figure from two outlets

  // The cancellation names the story by uri and source; no body needed.
  Write(tmp.File("cancel.json"),
        R"({"uri": "urn:b", "versioncreated": "2021-02-01T12:00:00Z",
            "copyrightholder": "Beta News", "pubstatus": "canceled"})");
  CliResult cancel = RunCli({"ingest", "--db", db, "--json", tmp.File("cancel.json")}, tmp);
  const nlohmann::json summary = Json(cancel);
  CHECK(summary["retracted"] == 1);
  CHECK(summary["stored"] == 0);

  // Default listing hides the retracted claims; --all shows them, flagged.
  const nlohmann::json shown = Json(RunCli({"claims", "--db", db, "--format", "json"}, tmp));
  CHECK(shown.size() == claims_before - b_claims);
  for (const auto& c : shown) CHECK(c["story"]["uri"] == "urn:a");
  const nlohmann::json all = Json(RunCli({"claims", "--db", db, "--all", "--format", "json"}, tmp));
  CHECK(all.size() == claims_before);
  size_t flagged = 0;
  for (const auto& c : all)
    if (c.value("retracted", false)) {
      ++flagged;
      CHECK(c["story"]["uri"] == "urn:b");
    }
  CHECK(flagged == b_claims);

  // Relations involving a retracted claim are left out.
  CHECK(Json(RunCli({"relations", "--db", db, "--format", "json"}, tmp)).empty());

  // Idempotent: the cancellation again, and the canceled story again.
  CHECK(Json(RunCli({"ingest", "--db", db, "--json", tmp.File("cancel.json")}, tmp))["retracted"] ==
        1);
  const nlohmann::json again =
      Json(RunCli({"ingest", "--db", db, "--json", tmp.File("b.json")}, tmp));
  CHECK(again["unchanged"] == 1);
  CHECK(Json(RunCli({"claims", "--db", db, "--format", "json"}, tmp)).size() ==
        claims_before - b_claims);
}

TEST_CASE("a CORRECTED reissue supersedes the story it corrects, figures become corrections",
          "[e2e][reissue]") {
  TempDir tmp;
  const std::string db = tmp.File("c.db");
  std::string corrected = kProfitBody;
  corrected.replace(corrected.find("$120 million"), 12, "$125 million");
  Write(tmp.File("1.json"), Ninjs("urn:wire:1", "Gamma Wire", "Acme profit rises", kProfitBody));
  Write(tmp.File("2.json"), Ninjs("urn:wire:2", "Gamma Wire", "CORRECTED-Acme profit rises",
                                  corrected, "2021-02-01T12:00:00Z"));
  // A near copy from ANOTHER outlet is not a reissue of it.
  Write(tmp.File("3.json"), Ninjs("urn:other:3", "Delta Wire", "CORRECTED - Acme profit rises",
                                  corrected, "2021-02-01T13:00:00Z"));
  const std::string uncorrected = tmp.File("1.json");
  CliResult r = RunCli(
      {"ingest", "--db", db, "--json", uncorrected, tmp.File("2.json"), tmp.File("3.json")}, tmp);
  const nlohmann::json summary = Json(r);
  CHECK(summary["stored"] == 2);
  CHECK(summary["superseded"] == 1);
  CHECK(summary["reissues"] == 1);

  const nlohmann::json stories = Json(RunCli({"stories", "--db", db, "--format", "json"}, tmp));
  REQUIRE(stories.size() == 2);
  bool found = false;
  for (const auto& s : stories)
    if (s["source"] == "Gamma Wire") {
      found = true;
      CHECK(s["uri"] == "urn:wire:1");  // stored under the corrected story's uri
      CHECK(s["version"] == "2");
      CHECK(s["headline"] == "CORRECTED-Acme profit rises");
    }
  CHECK(found);

  // The changed figure is a correction of the earlier version.
  const nlohmann::json relations =
      Json(RunCli({"relations", "--db", db, "--kind", "conflicts", "--format", "json"}, tmp));
  bool correction = false;
  for (const auto& rel : relations) {
    if (rel["reason"].get<std::string>().find("correction") == std::string::npos) continue;
    if (rel["a"]["text"] == "$120 million" && rel["b"]["text"] == "$125 million") correction = true;
  }
  CHECK(correction);

  // A re-run of the batch changes nothing.
  const nlohmann::json rerun = Json(RunCli(
      {"ingest", "--db", db, "--json", uncorrected, tmp.File("2.json"), tmp.File("3.json")}, tmp));
  CHECK(rerun["unchanged"] == 3);
  CHECK(rerun["stored"] == 0);
  CHECK(rerun["superseded"] == 0);

  // A REPEAT of the current text is unchanged too; an unrelated story with a
  // REPEAT headline is stored as itself.
  Write(tmp.File("4.json"), Ninjs("urn:wire:4", "Gamma Wire", "REPEAT-Acme profit rises", corrected,
                                  "2021-02-01T14:00:00Z"));
  Write(tmp.File("5.json"),
        Ninjs("urn:wire:5", "Gamma Wire", "REPEAT-Rain in Spain",
              "Heavy rain fell across Spain on Sunday, flooding roads near Valencia, the "
              "weather service said."));
  const nlohmann::json repeat =
      Json(RunCli({"ingest", "--db", db, "--json", tmp.File("4.json"), tmp.File("5.json")}, tmp));
  CHECK(repeat["unchanged"] == 1);
  CHECK(repeat["stored"] == 1);
}

TEST_CASE("ingest: folder globs, rejections in --json, unknown fields, no progress off a tty",
          "[e2e][inputs]") {
  TempDir tmp;
  const std::string dir = tmp.File("in");
  Write(dir + "/a.json", Ninjs("urn:g:a", "W", "A", kProfitBody));
  Write(dir + "/draft-b.json", Ninjs("urn:g:b", "W", "B", kProfitBody));
  Write(dir + "/c.txt", "Headline\nBody text of a plain story.\n");
  Write(dir + "/sub/d.json",
        R"({"uri": "urn:g:d", "versioncreated": "2021-02-01", "body_text": "Profit was $3 million.",
            "x_vendor": {"nested": [1, 2, {"k": null}]}, "subject": [{"name": "economy"}]})");
  Write(dir + "/sub/bad.json", R"({"uri": "urn:g:bad", "versioncreated": "2021-02-01",)");
  Write(dir + "/sub/blank.json",
        R"({"uri": "urn:g:blank", "versioncreated": "2021-02-01", "body_text": "  \n "})");
  const std::string db = tmp.File("g.db");
  CliResult r = RunCli(
      {"ingest", "--db", db, "--json", "--include", "*.json", "--exclude", "draft*", dir}, tmp);
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find('\r') == std::string::npos);  // no progress line: stderr is a file
  const nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["stored"] == 2);  // a.json and sub/d.json (unknown fields ignored)
  CHECK(j["rejected"] == 2);
  REQUIRE(j["rejections"].size() == 2);
  CHECK(j["rejections"][0]["origin"] == dir + "/sub/bad.json");
  CHECK(j["rejections"][0]["error"].get<std::string>().rfind("malformed JSON: line 1, column", 0) ==
        0);
  CHECK(j["rejections"][1]["origin"] == dir + "/sub/blank.json");
  CHECK(j["rejections"][1]["error"] == "empty story");

  // The bad-input corpus: one rejection per bad story, each with an origin.
  CliResult bad = RunCli(
      {"ingest", "--db", tmp.File("bad.db"), "--json", WF_SOURCE_DIR "/tests/data/bad"}, tmp);
  CHECK(bad.status == 1);
  const nlohmann::json b = nlohmann::json::parse(bad.out);
  CHECK(b["rejections"].size() == b["rejected"].get<size_t>());
  CHECK(b["rejected"] >= 20);
  for (const auto& rej : b["rejections"]) {
    CHECK(rej["origin"].get<std::string>().find("/tests/data/bad/") != std::string::npos);
    CHECK_FALSE(rej["error"].get<std::string>().empty());
  }

  // -q: errors only.
  CliResult quiet = RunCli({"ingest", "--db", tmp.File("q.db"), "-q", dir + "/a.json"}, tmp);
  CHECK(quiet.status == 0);
  CHECK(quiet.err.empty());
}

}  // namespace
}  // namespace wirefacts::testing
