#include "ingest/story_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

namespace fs = std::filesystem;

const std::string kData = WF_SOURCE_DIR "/tests/data/";

struct Result {
  Status status;
  std::vector<Story> stories;
  std::vector<std::string> errors;
};

Result ReadPath(const std::string& path, ReadOptions options = {}) {
  Result r;
  StoryReader reader(std::move(options));
  r.status = reader.Read(
      path, [&](Story&& s) { r.stories.push_back(std::move(s)); },
      [&](const Status& e) { r.errors.push_back(e.message()); });
  return r;
}

Result ReadString(const std::string& content, const std::string& name, ReadOptions options = {}) {
  Result r;
  std::istringstream in(content);
  StoryReader reader(std::move(options));
  reader.ReadStream(
      in, name, [&](Story&& s) { r.stories.push_back(std::move(s)); },
      [&](const Status& e) { r.errors.push_back(e.message()); });
  return r;
}

ReadOptions WithDate() {
  ReadOptions o;
  o.published = "2019-01-18";
  o.source = "Test";
  return o;
}

fs::path TempDir(const std::string& name) {
  fs::path dir =
      fs::temp_directory_path() / ("wf_story_reader_test_" + std::to_string(getpid()) + "_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void Write(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

TEST_CASE("ParseInputFormat", "[ingest][story_reader]") {
  InputFormat f = InputFormat::kAuto;
  CHECK(ParseInputFormat("ndjson", &f));
  CHECK(f == InputFormat::kNdjson);
  CHECK(ParseInputFormat("text", &f));
  CHECK(f == InputFormat::kText);
  CHECK(ParseInputFormat("ninjs", &f));
  CHECK(ParseInputFormat("auto", &f));
  CHECK(f == InputFormat::kAuto);
  CHECK_FALSE(ParseInputFormat("json", &f));
}

TEST_CASE("good inputs: every file yields its stories", "[ingest][story_reader]") {
  struct Case {
    const char* file;
    std::vector<std::string> uris;
    std::vector<std::string> headlines;
    std::vector<std::string> origins;
  };
  const std::string g = kData + "good/";
  const Case cases[] = {
      {"story.txt", {g + "story.txt"}, {"Mill output rises in test county"}, {g + "story.txt"}},
      {"no_headline.txt", {g + "no_headline.txt"}, {""}, {g + "no_headline.txt"}},
      {"story.json",
       {"urn:wirefacts-test:json-1"},
       {"Test mill reports record quarter"},
       {g + "story.json"}},
      {"html.json", {"urn:wirefacts-test:html-1"}, {"Tagged body"}, {g + "html.json"}},
      {"three.ndjson",
       {"urn:wirefacts-test:nd-1", "urn:wirefacts-test:nd-2", "urn:wirefacts-test:nd-3"},
       {"One", "Two", ""},
       {g + "three.ndjson:1", g + "three.ndjson:2", g + "three.ndjson:4"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    Result r = ReadPath(g + c.file, WithDate());
    REQUIRE(r.status.ok());
    CHECK(r.errors.empty());
    REQUIRE(r.stories.size() == c.uris.size());
    for (size_t i = 0; i < r.stories.size(); ++i) {
      CHECK(r.stories[i].uri == c.uris[i]);
      CHECK(r.stories[i].headline == c.headlines[i]);
      CHECK(r.stories[i].origin == c.origins[i]);
      CHECK_FALSE(r.stories[i].body.empty());
      CHECK_FALSE(r.stories[i].published.empty());
    }
  }
}

TEST_CASE("good inputs: field details", "[ingest][story_reader]") {
  Result r = ReadPath(kData + "good/story.txt", WithDate());
  REQUIRE(r.stories.size() == 1);
  const Story& text = r.stories[0];
  CHECK(text.body.rfind("The county's three mills", 0) == 0);  // headline line left out
  CHECK(text.body.find("Mill output") == std::string::npos);
  CHECK(text.published == "2019-01-18");
  CHECK(text.source == "Test");
  CHECK(text.pubstatus == "usable");

  r = ReadPath(kData + "good/story.json", WithDate());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].published == "2019-01-18T10:00:00Z");
  CHECK(r.stories[0].version == "2");
  CHECK(r.stories[0].source == "Test Wire");  // copyrightholder beats --source
  CHECK(r.stories[0].located == "SPRINGFIELD, Jan 18");

  r = ReadPath(kData + "good/html.json", WithDate());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].body ==
        "First & only paragraph.\nSecond \xE2\x80\x9Cquoted\xE2\x80\x9D.\nEnd\n");
  CHECK(r.stories[0].published == "2019-01-17");  // firstcreated
  CHECK(r.stories[0].source == "Test Provider");
}

TEST_CASE("bad inputs: each file is reported with its origin and reason",
          "[ingest][story_reader]") {
  struct Case {
    const char* file;
    size_t stories;
    std::vector<std::string> errors;  // "<origin suffix>: <message fragment>"
  };
  const Case cases[] = {
      {"invalid_utf8.txt", 0, {"invalid_utf8.txt: invalid UTF-8 at byte 50"}},
      {"empty.txt", 0, {"empty.txt: empty story"}},
      {"whitespace_only.txt", 0, {"whitespace_only.txt: empty story"}},
      {"whitespace_body.json", 0, {"whitespace_body.json: empty story"}},
      {"nul_bytes.txt", 0, {"nul_bytes.txt: binary file (NUL byte on line 2, at offset 29)"}},
      {"random.bin", 0, {"random.bin: binary file (NUL byte on line 2, at offset 40)"}},
      {"nul_line.ndjson", 1, {"nul_line.ndjson:2: binary data (NUL byte at offset "}},
      {"malformed_line3.ndjson", 2, {"malformed_line3.ndjson:3: malformed JSON: column "}},
      {"deep_line2.ndjson", 1, {"deep_line2.ndjson:2: JSON nested too deeply"}},
      {"malformed.json", 0, {"malformed.json: malformed JSON: line 1, column "}},
      {"bad_middle_line.ndjson", 2, {"bad_middle_line.ndjson:2: malformed JSON: column "}},
      {"no_versioncreated.json",
       0,
       {"no_versioncreated.json: no publication date (versioncreated)"}},
      {"unparseable_date.json",
       0,
       {"unparseable_date.json: unparseable publication date '18 Jan 2019'"}},
      {"impossible_date.json",
       0,
       {"impossible_date.json: unparseable publication date '2019-02-30T10:00:00Z'"}},
      {"no_uri.json", 0, {"no_uri.json: no uri"}},
      {"no_body.json", 0, {"no_body.json: no body_text"}},
      {"array.json", 2, {"array.json[1]: no body_text"}},
      {"too_deep.json", 0, {"too_deep.json: JSON nested too deeply"}},
      {"not_an_object.ndjson", 1, {"not_an_object.ndjson:2: not a ninjs object"}},
      {"wrong_type.json", 0, {"wrong_type.json: 'headline' must be a string"}},
  };
  for (const Case& c : cases) {
    INFO(c.file);
    const std::string path = kData + "bad/" + c.file;
    Result r = ReadPath(path);  // no --published: JSON dates must come from the files
    REQUIRE(r.status.ok());
    CHECK(r.stories.size() == c.stories);
    REQUIRE(r.errors.size() == c.errors.size());
    for (size_t i = 0; i < r.errors.size(); ++i) {
      INFO(r.errors[i]);
      CHECK(r.errors[i].rfind(kData + "bad/" + c.errors[i], 0) == 0);
      CHECK(r.errors[i].find('\n') == std::string::npos);  // one line
    }
  }
}

TEST_CASE("NDJSON with a bad middle line: 2 stories, 1 error on line 2", "[ingest][story_reader]") {
  Result r = ReadPath(kData + "bad/bad_middle_line.ndjson");
  REQUIRE(r.stories.size() == 2);
  CHECK(r.stories[0].uri == "urn:wirefacts-test:mid-1");
  CHECK(r.stories[1].uri == "urn:wirefacts-test:mid-3");
  CHECK(r.stories[1].origin == kData + "bad/bad_middle_line.ndjson:3");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("bad_middle_line.ndjson:2: malformed JSON") != std::string::npos);
}

TEST_CASE("format detection comes from the content", "[ingest][story_reader]") {
  const std::string a = R"({"uri": "a", "versioncreated": "2019-01-18", "body_text": "A."})";
  const std::string b = R"({"uri": "b", "versioncreated": "2019-01-18", "body_text": "B."})";
  // Several values, one a line -> NDJSON, line origins.
  Result r = ReadString("\n" + a + "\n" + b + "\n", "s");
  REQUIRE(r.stories.size() == 2);
  CHECK(r.stories[0].origin == "s:2");
  CHECK(r.stories[1].origin == "s:3");
  // A bad FIRST line does not turn NDJSON into one broken object.
  r = ReadString("{\"uri\": \n" + a + "\n" + b, "s");
  CHECK(r.stories.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].rfind("s:1: malformed JSON", 0) == 0);
  // One value -> a ninjs object, file origin; pretty-printed works too.
  r = ReadString(a + "\n\n", "s");
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].origin == "s");
  r = ReadString(
      "{\n  \"uri\": \"p\",\n  \"versioncreated\": \"2019-01-18\",\n"
      "  \"body_text\": \"P.\"\n}\n",
      "s");
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].uri == "p");
  // An array.
  r = ReadString("[" + a + ",\n" + b + "]", "s");
  REQUIRE(r.stories.size() == 2);
  CHECK(r.stories[1].origin == "s[1]");
  // A UTF-8 byte order mark is dropped.
  r = ReadString("\xEF\xBB\xBF" + a, "s");
  CHECK(r.stories.size() == 1);
  // Text that happens to contain braces later on stays text.
  r = ReadString("Headline here\nBody {with braces}.\n", "t.txt", WithDate());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].headline == "Headline here");
  CHECK(r.stories[0].uri == "t.txt");
  // An explicit format wins: JSON read as text.
  ReadOptions as_text = WithDate();
  as_text.format = InputFormat::kText;
  r = ReadString(a, "j", as_text);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].body == a);
  // Explicit NDJSON: even a single line keeps its line origin.
  ReadOptions as_ndjson;
  as_ndjson.format = InputFormat::kNdjson;
  r = ReadString(a, "n", as_ndjson);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].origin == "n:1");
}

TEST_CASE("format detection: a huge line is read whole wherever it stands",
          "[ingest][story_reader]") {
  // Over 1 MiB (the JSON parser decodes such a string in place), with
  // escapes and two-byte characters.
  std::string escaped;
  while (escaped.size() < (size_t{1} << 20) + 100) escaped += "Caf\xC3\xA9 said \\\"ok\\\".\\n\\n";
  std::string decoded;
  for (size_t i = 0; i < escaped.size(); ++i) {
    if (escaped[i] == '\\') {
      ++i;
      decoded += escaped[i] == 'n' ? '\n' : escaped[i];
    } else {
      decoded += escaped[i];
    }
  }
  const std::string object =
      R"({"uri": "h", "versioncreated": "2019-01-18", "body_text": ")" + escaped + R"("})";
  const std::string small = R"({"uri": "s", "versioncreated": "2019-01-18", "body_text": "S."})";
  struct Case {
    std::string name;
    std::string content;
    std::vector<std::string> uris;
  } cases[] = {
      {"one line", object, {"h"}},
      {"after blank lines", "\n  \n" + object + "\n", {"h"}},
      {"with a BOM", "\xEF\xBB\xBF" + object, {"h"}},
      {"pretty-printed, body on line 4",
       "{\n\"uri\": \"h\",\n\"versioncreated\": \"2019-01-18\",\n\"body_text\": \"" + escaped +
           "\"\n}\n",
       {"h"}},
      {"NDJSON, huge first line", object + "\n" + small + "\n", {"h", "s"}},
      {"NDJSON, huge second line", small + "\n" + object + "\n", {"s", "h"}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const Result r = ReadString(c.content, "f");
    CHECK(r.errors.empty());
    REQUIRE(r.stories.size() == c.uris.size());
    for (size_t i = 0; i < c.uris.size(); ++i) {
      CHECK(r.stories[i].uri == c.uris[i]);
      if (c.uris[i] == "h") CHECK(r.stories[i].body == decoded);
    }
  }
}

TEST_CASE("plain text needs --published", "[ingest][story_reader]") {
  Result r = ReadPath(kData + "good/story.txt");
  CHECK(r.stories.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == kData + "good/story.txt: no publication date: pass --published");

  ReadOptions bad_date;
  bad_date.published = "yesterday";
  r = ReadPath(kData + "good/story.txt", bad_date);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].find("unparseable publication date 'yesterday'") != std::string::npos);
}

TEST_CASE("size limit and NDJSON line errors", "[ingest][story_reader]") {
  ReadOptions small = WithDate();
  small.max_story_bytes = 100;
  Result r = ReadString("Headline\n" + std::string(200, 'x') + "\n", "big.txt", small);
  CHECK(r.stories.empty());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "big.txt: file too large (over 100 bytes)");

  const std::string ok = R"({"uri": "a", "versioncreated": "2019-01-18", "body_text": "A."})";
  const std::string big = R"({"uri": "b", "body_text": ")" + std::string(200, 'x') + "\"}";
  r = ReadString(ok + "\n" + big + "\n" + ok + "\n", "f.ndjson", small);
  CHECK(r.stories.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == "f.ndjson:2: line too long (over 100 bytes)");

  r = ReadString(ok + "\n" + "{\"uri\": \"c\xff\"}\n" + ok, "g.ndjson");
  CHECK(r.stories.size() == 2);
  REQUIRE(r.errors.size() == 1);
  // The offset counts bytes of the file: line 2 starts at ok.size() + 1.
  CHECK(r.errors[0] == "g.ndjson:2: invalid UTF-8 at byte " + std::to_string(ok.size() + 11));

  std::string with_nul = ok + "\n" + "{\"a\": \"";
  with_nul.push_back('\0');
  with_nul += "\"}\n" + ok;
  r = ReadString(with_nul, "n.ndjson");
  CHECK(r.stories.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] ==
        "n.ndjson:2: binary data (NUL byte at offset " + std::to_string(ok.size() + 8) + ")");
}

TEST_CASE("folders: recursive, sorted by path, hidden and special files skipped",
          "[ingest][story_reader]") {
  const fs::path dir = TempDir("folder");
  Write(dir / "b.txt", "Story B headline\nBody of B.\n");
  Write(dir / "a" / "z.txt", "Body of A/Z without headline.\n");
  Write(dir / "a" / ".hidden.txt", "Hidden.\n");
  Write(dir / ".git" / "x.txt", "Hidden folder.\n");
  Write(dir / "c.ndjson", R"({"uri": "c1", "versioncreated": "2019-01-18", "body_text": "C1."})"
                          "\n"
                          R"({"uri": "c2", "versioncreated": "2019-01-18", "body_text": "C2."})"
                          "\n");
  Write(dir / "d" / "e" / "empty.txt", "");
  Result r = ReadPath(dir.string(), WithDate());
  REQUIRE(r.status.ok());
  std::vector<std::string> origins;
  for (const Story& s : r.stories) origins.push_back(s.origin);
  const std::string d = dir.string();
  CHECK(origins == std::vector<std::string>{d + "/a/z.txt", d + "/b.txt", d + "/c.ndjson:1",
                                            d + "/c.ndjson:2"});
  CHECK(r.stories[0].uri == d + "/a/z.txt");  // each file's path
  CHECK(r.stories[1].headline == "Story B headline");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] == d + "/d/e/empty.txt: empty story");

  // A missing path is the returned error, not a callback.
  r = ReadPath((dir / "missing").string(), WithDate());
  CHECK(r.status.code() == Status::Code::kNotFound);
  CHECK(r.status.message() ==
        (dir / "missing").string() + ": cannot open: No such file or directory");
  CHECK(r.errors.empty());
  fs::remove_all(dir);
}

TEST_CASE("folders: include and exclude globs (fnmatch)", "[ingest][story_reader]") {
  const fs::path dir = TempDir("globs");
  const std::string story = R"({"uri": "u", "versioncreated": "2019-01-18", "body_text": "B."})";
  for (const char* name : {"a.json", "draft-a.json", "b.txt", "sub/c.json", "sub/draft2.json",
                           "drafts/d.json", "2019/e.json"})
    Write(dir / name, story);
  struct Case {
    std::vector<std::string> include, exclude;
    std::vector<std::string> files;  // relative to dir, in read order
  };
  const Case cases[] = {
      {{},
       {},
       {"2019/e.json", "a.json", "b.txt", "draft-a.json", "drafts/d.json", "sub/c.json",
        "sub/draft2.json"}},
      {{"*.json"}, {"draft*"}, {"2019/e.json", "a.json", "sub/c.json"}},
      {{"*.txt"}, {}, {"b.txt"}},
      {{}, {"*.json"}, {"b.txt"}},
      {{"2019/*.json"}, {}, {"2019/e.json"}},  // a glob with '/' matches the path
      {{"*.json"}, {"sub"}, {"2019/e.json", "a.json", "draft-a.json", "drafts/d.json"}},
      {{"*.json", "*.txt"}, {"draft*", "2019"}, {"a.json", "b.txt", "sub/c.json"}},
  };
  for (const Case& c : cases) {
    ReadOptions options = WithDate();
    options.include = c.include;
    options.exclude = c.exclude;
    Result r = ReadPath(dir.string(), options);
    REQUIRE(r.status.ok());
    CHECK(r.errors.empty());
    std::vector<std::string> got;
    for (const Story& st : r.stories)
      got.push_back(fs::path(st.origin).lexically_relative(dir).string());
    CHECK(got == c.files);
  }
  // A file named explicitly is read whatever the globs say.
  ReadOptions options = WithDate();
  options.exclude = {"*.json"};
  CHECK(ReadPath((dir / "a.json").string(), options).stories.size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("the uri option names one story", "[ingest][story_reader]") {
  const fs::path dir = TempDir("uri");
  Write(dir / "one.txt", "Headline\nBody one.\n");
  Write(dir / "two.txt", "Headline\nBody two.\n");
  ReadOptions o = WithDate();
  o.uri = "urn:given";

  Result r = ReadPath((dir / "one.txt").string(), o);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].uri == "urn:given");
  CHECK(r.errors.empty());

  r = ReadPath(dir.string(), o);
  REQUIRE(r.stories.size() == 2);
  CHECK(r.stories[0].uri == "urn:given");
  CHECK(r.stories[1].uri == (dir / "two.txt").string());
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0] ==
        (dir / "two.txt").string() + ": --uri given but the input holds several stories");

  // ninjs: --uri fills a missing uri only.
  r = ReadString(R"({"uri": "own", "versioncreated": "2019-01-18", "body_text": "A."})", "j", o);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].uri == "own");
  r = ReadString(R"({"versioncreated": "2019-01-18", "body_text": "A."})", "j", o);
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].uri == "urn:given");
  fs::remove_all(dir);
}

TEST_CASE("gzip is detected by its magic bytes", "[ingest][story_reader]") {
  const fs::path dir = TempDir("gzip");
  std::string ndjson;
  {
    std::ifstream in(kData + "good/three.ndjson", std::ios::binary);
    ndjson.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string text = "Gzipped headline\nGzipped body.\n";
  struct Case {
    std::string name, content;
    size_t stories;
  };
  const Case cases[] = {{"feed.ndjson.gz", ndjson, 3},
                        {"feed.ndjson", ndjson, 3},  // gzip without the extension
                        {"story.txt.gz", text, 1}};
  for (const Case& c : cases) {
    INFO(c.name);
    const std::string path = (dir / c.name).string();
    gzFile out = gzopen(path.c_str(), "wb");
    REQUIRE(out != nullptr);
    gzwrite(out, c.content.data(), static_cast<unsigned>(c.content.size()));
    gzclose(out);
    Result r = ReadPath(path, WithDate());
    CHECK(r.errors.empty());
    REQUIRE(r.stories.size() == c.stories);
    CHECK(r.stories.back().uri == (c.stories == 1 ? path : "urn:wirefacts-test:nd-3"));
  }
  // A truncated gzip file reports a read error.
  std::string full;
  {
    std::ifstream in((dir / "feed.ndjson.gz").string(), std::ios::binary);
    full.assign(std::istreambuf_iterator<char>(in), {});
  }
  Write(dir / "cut.gz", full.substr(0, full.size() - 12));
  Result r = ReadPath((dir / "cut.gz").string(), WithDate());
  bool read_error = false;
  for (const std::string& e : r.errors)
    read_error |= e.find("cut.gz: cannot read: ") != std::string::npos;
  CHECK(read_error);
  fs::remove_all(dir);
}

TEST_CASE("seed stories read as text", "[ingest][story_reader][seeds]") {
  const std::string seeds = WF_SHARED_DIR "/seeds/";
  if (!fs::exists(seeds)) {
    WARN("no shared seeds at " << seeds << ": skipped");
    return;
  }
  ReadOptions o = WithDate();
  o.format = InputFormat::kText;
  Result r = ReadPath(seeds + "000_ffebdd4ffa0c8fcf.txt", o);
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].headline == "China offers a path to end U.S. trade deficit, sources say");
  CHECK(r.stories[0].body.rfind("China has offered", 0) == 0);

  // Auto-detection agrees, and 002's first line ends with '.': no headline.
  r = ReadPath(seeds + "002_a392a3f069af33d4.txt", WithDate());
  REQUIRE(r.errors.empty());
  REQUIRE(r.stories.size() == 1);
  CHECK(r.stories[0].headline.empty());
  CHECK(r.stories[0].body.rfind("(Reuters) - China has offered", 0) == 0);
}

TEST_CASE("Reuters-21578 sample: 1000 stories, no errors", "[ingest][story_reader][eval]") {
  const std::string sample = WF_SHARED_DIR "/eval/reuters21578/sample-1000.ndjson";
  if (!fs::exists(sample)) {
    WARN("no " << sample << ": skipped");
    return;
  }
  Result r = ReadPath(sample);
  CHECK(r.errors.empty());
  if (!r.errors.empty()) INFO(r.errors[0]);
  REQUIRE(r.stories.size() == 1000);
  CHECK(r.stories[0].uri == "reuters21578:1");
  CHECK(r.stories[0].headline == "BAHIA COCOA REVIEW");
  CHECK(r.stories[0].located == "SALVADOR, Feb 26");
  CHECK(r.stories[0].published == "1987-02-26T15:01:01Z");
  CHECK(r.stories[999].origin == sample + ":1000");
}

}  // namespace
}  // namespace wirefacts
