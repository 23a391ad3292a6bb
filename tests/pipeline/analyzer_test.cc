#include "pipeline/analyzer.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "model/claim_json.h"

namespace wirefacts {
namespace {

TEST_CASE("ParsePublished reads ISO dates and date-times", "[pipeline]") {
  using namespace std::chrono;
  struct Case {
    const char* text;
    bool ok;
    int year, month, day, minutes;
  };
  const Case cases[] = {
      {"2019-01-18", true, 2019, 1, 18, -1},
      {"2019-01-18T10:30:00Z", true, 2019, 1, 18, 630},
      {"1987-02-26T15:01:01Z", true, 1987, 2, 26, 901},
      {"2019-02-29", false, 0, 0, 0, 0},
      {"18 Jan 2019", false, 0, 0, 0, 0},
      {"", false, 0, 0, 0, 0},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    sys_days day;
    int minutes = 0;
    Status s = ParsePublished(c.text, &day, &minutes);
    CHECK(s.ok() == c.ok);
    if (!c.ok) continue;
    CHECK(day == sys_days{year{c.year} / c.month / c.day});
    CHECK(minutes == c.minutes);
  }
}

class AnalyzerTest {
 public:
  AnalyzerTest() { REQUIRE(Analyzer::Create(RuleFiles(), &analyzer_).ok()); }
  Status Analyze(const std::string& body, const std::string& published, AnalyzedStory* out) {
    Story story;
    story.uri = "urn:test";
    story.source = "Test Wire";
    story.published = published;
    story.body = body;
    return analyzer_->Analyze(story, out);
  }

 private:
  std::unique_ptr<Analyzer> analyzer_;
};

TEST_CASE("Analyze rejects what cannot be a story", "[pipeline]") {
  AnalyzerTest t;
  AnalyzedStory out;
  CHECK(t.Analyze("Profit rose \xff.", "2020-01-01", &out).code() == Status::Code::kInvalidInput);
  CHECK(t.Analyze("   \n\n", "2020-01-01", &out).message() == "empty story");
  CHECK(t.Analyze("Profit rose 5%.", "", &out).message() == "no publication date");
  CHECK(t.Analyze("Profit rose 5%.", "yesterday", &out).code() == Status::Code::kInvalidInput);
}

TEST_CASE("Analyze turns a story into claims with time, actors and attribution", "[pipeline]") {
  AnalyzerTest t;
  AnalyzedStory out;
  REQUIRE(t.Analyze("Brazil\xe2\x80\x99s soybean exports to China rose to $31 billion last year, "
                    "Agriculture Minister Carlos Favaro said on Tuesday.\n"
                    "Exports could climb another 8% in 2024, he said.\n",
                    "2024-02-08", &out)
              .ok());
  const Claim* money = nullptr;
  const Claim* percent = nullptr;
  for (const Claim& c : out.claims) {
    if (c.kind == ClaimKind::kMoney) money = &c;
    if (c.kind == ClaimKind::kPercent) percent = &c;
  }
  REQUIRE(money != nullptr);
  CHECK(money->text == "$31 billion");
  CHECK(*money->value.low == 31e9);
  REQUIRE(money->time.has_value());
  CHECK(money->time->timex == "2023");
  REQUIRE(money->attribution.has_value());
  CHECK(money->attribution->said_by == "Carlos Favaro");
  bool brazil = false, china = false;
  for (const ClaimActor& a : money->actors) {
    brazil |= a.name == "Brazil";
    china |= a.name == "China";
  }
  CHECK(brazil);
  CHECK(china);
  REQUIRE(percent != nullptr);
  REQUIRE(percent->time.has_value());
  CHECK(percent->time->timex == "2024");
  REQUIRE(percent->attribution.has_value());
  CHECK(percent->attribution->said_by == "Carlos Favaro");  // "he said"
  CHECK(money->story.source == "Test Wire");
  CHECK(out.story.body.find("\xe2\x80\x99") != std::string::npos);
}

// Code points [b, e) of UTF-8 `s`.
std::string CodepointSpan(const std::string& s, size_t b, size_t e) {
  size_t cp = 0, from = std::string::npos, to = s.size();
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == b && from == std::string::npos) from = i;
    if (cp == e) {
      to = i;
      break;
    }
    ++cp;
  }
  return from == std::string::npos ? "" : s.substr(from, to - from);
}

Story SegmentStory(const std::string& body) {
  Story story;
  story.uri = "urn:test";
  story.source = "Test Wire";
  story.published = "2020-03-02";
  story.body = body;
  return story;
}

// Self-contained paragraphs (every actor named in full), so that analysing
// them in segments must give what the whole body gives.
std::string Paragraphs(int n) {
  std::string body;
  for (int i = 0; i < n; ++i) {
    body += "Acme Corp said on Monday its profit rose " + std::to_string(i % 9 + 1) + "% to $" +
            std::to_string(i + 2) +
            " million in 2019, Chief Executive J\xc3\xbcrgen M\xc3\xbcller said.\n\n";
  }
  return body;
}

TEST_CASE("AnalyzeSegments hands a short story over whole", "[pipeline]") {
  std::unique_ptr<Analyzer> analyzer;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  const Story story = SegmentStory(Paragraphs(3));
  AnalyzedStory whole;
  REQUIRE(analyzer->Analyze(story, &whole).ok());
  int parts = 0;
  REQUIRE(analyzer
              ->AnalyzeSegments(story,
                                [&](AnalyzedStory& part) {
                                  ++parts;
                                  CHECK(part.story.body == whole.story.body);
                                  CHECK(part.claims.size() == whole.claims.size());
                                  return Status::OK();
                                })
              .ok());
  CHECK(parts == 1);
  CHECK(whole.normalized.text.empty());  // story.body holds it
}

TEST_CASE("AnalyzeSegments keeps story coordinates across segments", "[pipeline]") {
  std::unique_ptr<Analyzer> analyzer;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  const Story story = SegmentStory(Paragraphs(40));
  AnalyzedStory whole;
  REQUIRE(analyzer->Analyze(story, &whole).ok());
  REQUIRE(whole.claims.size() >= 80);

  const size_t segment_bytes = GENERATE(300, 1000, 2500);
  INFO("segment_bytes " << segment_bytes);
  std::string joined;
  std::vector<Claim> claims;
  std::vector<Mention> mentions;
  int parts = 0;
  REQUIRE(analyzer
              ->AnalyzeSegments(
                  story,
                  [&](AnalyzedStory& part) {
                    if (parts++ > 0) joined += '\n';
                    joined += part.story.body;
                    for (Claim& c : part.claims) claims.push_back(std::move(c));
                    for (Mention& m : part.mentions) mentions.push_back(std::move(m));
                    return Status::OK();
                  },
                  nullptr, segment_bytes)
              .ok());
  CHECK(parts > 1);
  CHECK(joined == whole.story.body);
  REQUIRE(claims.size() == whole.claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    const Claim& w = whole.claims[i];
    INFO("claim " << i << " " << c.text);
    CHECK(c.text == w.text);
    CHECK(c.begin == w.begin);
    CHECK(c.end == w.end);
    CHECK(c.start == w.start);
    CHECK(c.stop == w.stop);
    CHECK(c.source_start == w.source_start);
    CHECK(c.source_end == w.source_end);
    CHECK(c.sentence_index == w.sentence_index);
    CHECK(c.sentence_begin == w.sentence_begin);
    CHECK(c.sentence == w.sentence);
    CHECK(c.value.low == w.value.low);
    CHECK(c.value.timex == w.value.timex);
    CHECK(c.time.has_value() == w.time.has_value());
    CHECK(c.attribution.has_value() == w.attribution.has_value());
    if (c.attribution && w.attribution) CHECK(c.attribution->said_by == w.attribution->said_by);
    CHECK(c.actors.size() == w.actors.size());
    CHECK(c.story.uri == "urn:test");
    CHECK(joined.substr(c.begin, c.end - c.begin) == c.text);
    CHECK(CodepointSpan(story.body, c.source_start, c.source_end) == c.text);
  }
  REQUIRE(mentions.size() == whole.mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    INFO("mention " << i << " " << mentions[i].text);
    CHECK(mentions[i].begin == whole.mentions[i].begin);
    CHECK(mentions[i].source_start == whole.mentions[i].source_start);
    CHECK(CodepointSpan(joined, mentions[i].start, mentions[i].stop) == mentions[i].text);
  }
}

TEST_CASE("AnalyzeSegments names bad bytes by their offset in the story", "[pipeline]") {
  std::unique_ptr<Analyzer> analyzer;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  std::string body = Paragraphs(20);
  const size_t at = body.size() - 10;
  body[at] = '\xff';
  auto sink = [](AnalyzedStory&) { return Status::OK(); };
  Status s = analyzer->AnalyzeSegments(SegmentStory(body), sink, nullptr, 300);
  CHECK(s.message() == "invalid UTF-8 at byte " + std::to_string(at));
  s = analyzer->AnalyzeSegments(SegmentStory(std::string(2000, ' ')), sink, nullptr, 300);
  CHECK(s.message() == "empty story");
}

// Everything Analyze gives that a caller reads, as one JSON value.
nlohmann::json Fingerprint(const AnalyzedStory& a) {
  nlohmann::json j;
  j["body"] = a.story.body;
  j["uri"] = a.story.uri;
  j["sentences"] = a.normalized.sentences.size();
  for (const Claim& c : a.claims) j["claims"].push_back(ClaimToJson(c));
  for (const Mention& m : a.mentions) j["mentions"].push_back(MentionToJson(m));
  for (const Actor& x : a.actors) j["actors"].push_back(ActorToJson(x));
  j["relays"] = a.relays;
  return j;
}

TEST_CASE("AnalyzeBatch gives what Analyze gives, story by story", "[pipeline]") {
  std::unique_ptr<Analyzer> analyzer;
  REQUIRE(Analyzer::Create(RuleFiles(), &analyzer).ok());
  std::vector<Story> stories;
  const std::string sample = WF_SHARED_DIR "/eval/reuters21578/sample-1000.ndjson";
  if (std::filesystem::exists(sample)) {
    std::ifstream in(sample);
    for (std::string line; std::getline(in, line) && stories.size() < 150;) {
      const nlohmann::json j = nlohmann::json::parse(line);
      Story s;
      s.uri = j.value("uri", "");
      s.source = "Reuters";
      s.published = j.value("versioncreated", "");
      s.headline = j.value("headline", "");
      s.body = j.value("body_text", "");
      stories.push_back(std::move(s));
    }
  } else {
    WARN("no " << sample << ": Reuters stories skipped");
  }
  // Stories each stage rejects or skips, among the others: invalid UTF-8,
  // blank, no date, a bad date, one over the segment size (analysed alone).
  const size_t segment = 4096;
  std::string long_body;
  while (long_body.size() <= segment)
    long_body += "The company said profit rose 5% to $3 million in 2018.\n\n";
  const std::pair<std::string, std::string> odd[] = {{"Profit rose \xff.", "2020-01-01"},
                                                     {"  \n\n ", "2020-01-01"},
                                                     {"Profit rose 5%.", ""},
                                                     {"Profit rose 5%.", "yesterday"},
                                                     {long_body, "2020-01-01"}};
  size_t at = 3;
  for (const auto& [body, published] : odd) {
    Story s;
    s.uri = "urn:odd:" + std::to_string(at);
    s.published = published;
    s.body = body;
    stories.insert(stories.begin() + static_cast<long>(std::min(at, stories.size())), s);
    at += 7;
  }
  std::vector<const Story*> batch;
  for (const Story& s : stories) batch.push_back(&s);
  std::vector<AnalyzedStory> out;
  std::vector<Status> status;
  analyzer->AnalyzeBatch(batch, &out, &status, nullptr, segment);
  REQUIRE(out.size() == stories.size());
  REQUIRE(status.size() == stories.size());
  size_t rejected = 0, claims = 0;
  for (size_t i = 0; i < stories.size(); ++i) {
    INFO(stories[i].uri);
    AnalyzedStory one;
    const Status s = analyzer->Analyze(stories[i], &one, nullptr, segment);
    CHECK(status[i].ok() == s.ok());
    CHECK(status[i].message() == s.message());
    if (!s.ok()) {
      ++rejected;
      continue;
    }
    claims += one.claims.size();
    CHECK(Fingerprint(out[i]) == Fingerprint(one));
  }
  CHECK(rejected == 4);
  if (stories.size() > 5) CHECK(claims > 300);
}

}  // namespace
}  // namespace wirefacts
