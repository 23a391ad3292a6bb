// Helpers shared by the store tests: temporary database files and
// hand-built AnalyzedStory values (no analyzer involved).
#ifndef WIREFACTS_TESTS_STORE_STORE_TEST_UTIL_H_
#define WIREFACTS_TESTS_STORE_STORE_TEST_UTIL_H_

#include <unistd.h>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "pipeline/analyzer.h"
#include "store/sqlite_db.h"

namespace wirefacts::testing {

// A unique database path in the temp folder, removed (with its WAL files)
// when the object goes away.
class TempDbPath {
 public:
  TempDbPath() {
    static std::atomic<int> counter{0};
    auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    path_ = (std::filesystem::temp_directory_path() /
             ("wf_store_test_" + std::to_string(::getpid()) + "_" + std::to_string(now) + "_" +
              std::to_string(counter++) + ".db"))
                .string();
  }
  ~TempDbPath() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
      std::filesystem::remove(path_ + suffix, ec);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// Runs a one-integer query on a second connection to `path`.
inline int64_t QueryInt(const std::string& path, const std::string& sql) {
  std::unique_ptr<SqliteDb> db;
  if (!SqliteDb::Open(path, &db).ok()) return -1;
  int64_t n = -1;
  if (!db->QueryInt(sql, &n).ok()) return -1;
  return n;
}

// Builds an AnalyzedStory from sentences joined by single spaces.
class StoryBuilder {
 public:
  StoryBuilder(const std::string& uri, const std::string& source,
               const std::vector<std::string>& sentences) {
    s_.story.uri = uri;
    s_.story.source = source;
    s_.story.published = "2019-01-18";
    s_.story.headline = "Headline of " + uri;
    for (const std::string& sentence : sentences) {
      if (!s_.normalized.text.empty()) s_.normalized.text += ' ';
      size_t begin = s_.normalized.text.size();
      s_.normalized.text += sentence;
      s_.normalized.sentences.push_back({begin, s_.normalized.text.size()});
    }
    s_.story.body = s_.normalized.text;
  }

  // Adds a claim whose text is the first occurrence of `text` in sentence
  // `sentence`; offsets are filled in (source offsets shifted by 7 to tell
  // them apart). Returns it for further setting.
  Claim& AddClaim(ClaimKind kind, const std::string& text, int sentence) {
    Claim c;
    c.kind = kind;
    c.text = text;
    c.sentence_index = sentence;
    const Sentence& s = s_.normalized.sentences[sentence];
    c.sentence = s_.normalized.text.substr(s.begin, s.end - s.begin);
    c.sentence_begin = s.begin;
    c.begin = s_.normalized.text.find(text, s.begin);
    c.end = c.begin + text.size();
    CodepointIndex cps(s_.normalized.text);
    c.start = cps.ToCodepoint(c.begin);
    c.stop = cps.ToCodepoint(c.end);
    c.source_start = c.start + 7;
    c.source_end = c.stop + 7;
    s_.claims.push_back(c);
    return s_.claims.back();
  }

  void AddActor(const std::string& name, ActorKind kind, std::vector<std::string> aliases,
                const std::string& title = "", std::vector<std::string> local_aliases = {}) {
    Actor a;
    a.name = name;
    a.kind = kind;
    a.aliases = std::move(aliases);
    a.title = title;
    a.local_aliases = std::move(local_aliases);
    s_.actors.push_back(a);
  }

  // A mention of `actor` at the first occurrence of `text` in the body.
  void AddMention(const std::string& text, const std::string& actor, ActorKind kind,
                  MentionForm form = MentionForm::kName) {
    Mention m;
    m.text = text;
    m.actor = actor;
    m.kind = kind;
    m.form = form;
    m.begin = s_.normalized.text.find(text);
    m.end = m.begin + text.size();
    CodepointIndex cps(s_.normalized.text);
    m.start = cps.ToCodepoint(m.begin);
    m.stop = cps.ToCodepoint(m.end);
    m.source_start = m.start + 7;
    m.source_end = m.stop + 7;
    s_.mentions.push_back(m);
  }

  AnalyzedStory& story() { return s_; }

 private:
  AnalyzedStory s_;
};

inline ClaimActor MakeClaimActor(const std::string& name, ActorKind kind,
                                 const std::string& role = "") {
  ClaimActor a;
  a.name = name;
  a.kind = kind;
  a.role = role;
  return a;
}

}  // namespace wirefacts::testing

#endif  // WIREFACTS_TESTS_STORE_STORE_TEST_UTIL_H_
