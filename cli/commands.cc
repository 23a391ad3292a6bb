#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "base/rule_files.h"
#include "cli/output.h"
#include "ingest/ingester.h"
#include "ingest/story_reader.h"
#include "model/claim_json.h"
#include "pipeline/analyzer.h"
#include "reconcile/reconciler.h"
#include "store/claim_store.h"

namespace wirefacts {
namespace {

constexpr int kOk = 0, kSomeRejected = 1, kFailed = 2;

int Fail(const Status& s) {
  std::cerr << "wirefacts: " << s.message() << "\n";
  return kFailed;
}

bool BuildReadOptions(const InputOptions& in, ReadOptions* out) {
  if (!ParseInputFormat(in.format, &out->format)) return false;
  out->source = in.source;
  out->published = in.published;
  out->uri = in.uri;
  return true;
}

// "1.2e+12" -> "1.2 trillion"
std::string Amount(double v) {
  struct Scale {
    double size;
    const char* name;
  };
  static const Scale kScales[] = {{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}};
  char buf[64];
  for (const Scale& s : kScales) {
    if (std::fabs(v) >= s.size) {
      std::snprintf(buf, sizeof buf, "%.4g%s", v / s.size, s.name);
      return buf;
    }
  }
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

// A short human form of a claim's value: ">= 1.2 trillion USD", "~200 billion".
std::string ValueSummary(const nlohmann::json& claim) {
  const nlohmann::json& v = claim["value"];
  const std::string kind = claim["kind"];
  if (kind == "date") {
    std::string s = CellText(v["timex"]);
    if (v["start"] != v["end"]) s += " [" + CellText(v["start"]) + ".." + CellText(v["end"]) + "]";
    return s;
  }
  if (kind == "duration") return CellText(v["iso"]);
  if (kind == "set") return CellText(v["timex"]);
  std::string unit = kind == "money" ? " " + CellText(v["currency"]) : "%";
  if (kind == "percent" && v.contains("points")) unit = " points";
  const bool has_low = !v["low"].is_null(), has_high = !v["high"].is_null();
  const std::string approx = v.value("approx", false) ? "~" : "";
  if (has_low && has_high) {
    const double lo = v["low"], hi = v["high"];
    if (lo == hi) return approx + Amount(lo) + unit;
    return approx + Amount(lo) + ".." + Amount(hi) + unit;
  }
  if (has_low) return ">" + Amount(v["low"]) + unit;
  if (has_high) return "<" + Amount(v["high"]) + unit;
  return "";
}

std::string SaidBy(const nlohmann::json& claim) {
  const nlohmann::json& a = claim["attribution"];
  if (a.is_null()) return "";
  std::string s = CellText(a["said_by"]);
  if (!a["cited_source"].is_null()) s += " (citing " + CellText(a["cited_source"]) + ")";
  return s;
}

std::vector<Column> ClaimColumns() {
  return {
      {"id", [](const nlohmann::json& c) { return CellText(c["id"]); }},
      {"kind", [](const nlohmann::json& c) { return CellText(c["kind"]); }},
      {"text", [](const nlohmann::json& c) { return CellText(c["text"]); }, 32},
      {"value", ValueSummary, 36},
      {"time",
       [](const nlohmann::json& c) {
         return c["time"].is_null() ? "" : CellText(c["time"]["timex"]);
       }},
      {"actors", [](const nlohmann::json& c) { return CellText(c["actors"]); }, 36},
      {"said by", SaidBy, 30},
      {"source", [](const nlohmann::json& c) { return CellText(c["story"]["source"]); }, 20},
      {"story", [](const nlohmann::json& c) { return CellText(c["story"]["uri"]); }, 30},
  };
}

Status OpenStore(const CommonOptions& common, std::unique_ptr<ClaimStore>* store) {
  return ClaimStore::Open(common.db, RuleFiles(common.rules), store);
}

// The store for a listing: it reads the database once, row by row, so it
// reads through SQLite's page cache, not a memory map whose pages would add
// up to 256 MiB to the resident set.
Status OpenStoreToList(const CommonOptions& common, std::unique_ptr<ClaimStore>* store) {
  WF_RETURN_IF_ERROR(OpenStore(common, store));
  return (*store)->SetMemoryMapLimit(0);
}

// The sentence with the figure marked: "... offered »more than $1.2 trillion« in ..."
std::string Highlight(const Claim& c) {
  const size_t at = c.begin >= c.sentence_begin ? c.begin - c.sentence_begin : std::string::npos;
  if (at == std::string::npos || at + c.text.size() > c.sentence.size() ||
      c.sentence.compare(at, c.text.size(), c.text) != 0) {
    const size_t found = c.sentence.find(c.text);
    if (found == std::string::npos) return c.sentence;
    return c.sentence.substr(0, found) + "»" + c.text + "«" +
           c.sentence.substr(found + c.text.size());
  }
  return c.sentence.substr(0, at) + "»" + c.text + "«" + c.sentence.substr(at + c.text.size());
}

// A --since/--until date widened to a day: "2019" -> "2019-01-01" (since) or
// "2019-12-31" (until), so that it compares as text with stored ISO days.
// "" stays "" (open). False when `text` is not such a date.
bool WindowBound(const std::string& text, bool end, std::string* out) {
  if (text.empty()) {
    out->clear();
    return true;
  }
  auto digits = [&](size_t from, size_t n) {
    if (text.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    return true;
  };
  if (text.size() == 4 && digits(0, 4)) {
    *out = text + (end ? "-12-31" : "-01-01");
    return true;
  }
  if (text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2)) {
    *out = text + (end ? "-31" : "-01");
    return true;
  }
  if (text.size() == 10 && digits(0, 4) && text[4] == '-' && digits(5, 2) && text[7] == '-' &&
      digits(8, 2)) {
    *out = text;
    return true;
  }
  return false;
}

// "[Reuters, 2019-01-18, https://...]", or "[2019-01-18, uri]" for a story
// of no named source (its uri is not repeated as the source).
std::string StoryLabel(const std::string& source, const std::string& published,
                       const std::string& uri) {
  return "[" + (source.empty() ? "" : source + ", ") + published.substr(0, 10) + ", " + uri + "]";
}

void PrintRelationBlock(std::ostream& out, const Relation& r) {
  out << "#" << r.id << "  " << RelationKindName(r.kind)
      << (r.independent ? "  (independent sources)" : "  (NOT independent)") << "\n";
  out << "  why: " << r.reason << "\n";
  for (const Claim* c : {&r.a, &r.b}) {
    out << "  " << (c == &r.a ? "a" : "b") << ": "
        << StoryLabel(c->story.source, c->story.published, c->story.uri) << "\n";
    out << "     " << Highlight(*c) << "\n";
    const StoryRef& first = c == &r.a ? r.a_first : r.b_first;
    if (!first.uri.empty() && first.id != c->story.id)
      out << "     first reported: " << StoryLabel(first.source, first.published, first.uri)
          << "\n";
  }
  out << "\n";
}

}  // namespace

// The ingest progress line on stderr (a terminal only): stories done,
// stories per second, errors; redrawn at most every kInterval, erased by
// Clear() (before an error line and at the end).
class ProgressLine {
 public:
  explicit ProgressLine(bool enabled) : enabled_(enabled) {}

  void Update(const IngestSummary& s) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < kInterval) return;
    last_ = now;
    const double rate = s.seconds > 0 ? static_cast<double>(s.done()) / s.seconds : 0;
    std::fprintf(stderr, "\r%lld stories, %.1f stories/s, %lld errors\x1b[K",
                 static_cast<long long>(s.done()), rate, static_cast<long long>(s.rejected));
    std::fflush(stderr);
    shown_ = true;
  }

  void Clear() {
    if (!shown_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    shown_ = false;
  }

 private:
  static constexpr std::chrono::milliseconds kInterval{200};
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_;
};

int RunIngest(const CommonOptions& common, const InputOptions& input) {
  ReadOptions read;
  if (!BuildReadOptions(input, &read)) return Fail(Status::InvalidArgument("bad --format"));
  const RuleFiles rules(common.rules);
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<Reconciler> reconciler;
  std::unique_ptr<ClaimStore> store;
  Status s = Analyzer::Create(rules, &analyzer);
  if (s.ok()) s = Reconciler::Create(rules, &reconciler);
  if (s.ok()) s = OpenStore(common, &store);
  if (!s.ok()) return Fail(s);

  read.include = input.include;
  read.exclude = input.exclude;

  IngestOptions options;
  options.threads = input.threads > 0
                        ? input.threads
                        : static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
  options.analysis_batch = input.batch;
  Ingester ingester(analyzer.get(), reconciler.get(), store.get(), options);
  IngestSummary summary;
  ProgressLine progress(!input.quiet && isatty(STDERR_FILENO) == 1);
  ingester.IngestPaths(
      input.paths, read, input.strict, &summary,
      [&progress](const std::string& line) {
        progress.Clear();
        std::cerr << "error: " << line << "\n";
      },
      [&progress](const IngestSummary& so_far) { progress.Update(so_far); });
  progress.Clear();

  if (input.json) {
    nlohmann::json rejections = nlohmann::json::array();
    for (const Rejection& r : summary.rejections)
      rejections.push_back({{"origin", r.origin}, {"error", r.error}});
    nlohmann::json j = {{"stored", summary.stored},         {"unchanged", summary.unchanged},
                        {"superseded", summary.superseded}, {"retracted", summary.retracted},
                        {"reissues", summary.reissues},     {"rejected", summary.rejected},
                        {"errors", summary.errors},         {"rejections", rejections},
                        {"claims", summary.claims},         {"relations", summary.relations},
                        {"seconds", summary.seconds},       {"db", common.db}};
    std::cout << j.dump(2) << "\n";
  } else if (!input.quiet) {
    std::fprintf(stderr,
                 "%lld stored, %lld unchanged, %lld superseded, %lld retracted, %lld rejected; "
                 "%lld claims, %lld relations in %.2f s -> %s\n",
                 static_cast<long long>(summary.stored), static_cast<long long>(summary.unchanged),
                 static_cast<long long>(summary.superseded),
                 static_cast<long long>(summary.retracted),
                 static_cast<long long>(summary.rejected), static_cast<long long>(summary.claims),
                 static_cast<long long>(summary.relations), summary.seconds, common.db.c_str());
  }
  return summary.rejected > 0 ? kSomeRejected : kOk;
}

namespace {

// A temporary file, closed on destruction.
struct TempFile {
  std::FILE* f = std::tmpfile();
  TempFile() = default;
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (f) std::fclose(f);
  }
};

// Copies what was written to `from` to `out`.
bool CopyFile(std::FILE* from, std::ostream& out) {
  std::rewind(from);
  std::vector<char> buf(size_t{1} << 16);
  size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), from)) > 0) out.write(buf.data(), n);
  return !std::ferror(from);
}

// Prints compact JSON (dump()) read from `from` as dump(2) prints it: the
// pretty form of a record too large to hold, streamed.
bool PrettyPrint(std::FILE* from, std::ostream& out) {
  std::rewind(from);
  std::vector<char> buf(size_t{1} << 16);
  std::string o;
  int level = 0;
  bool in_string = false, escape = false;
  char pending = 0;  // an opening bracket whose next character decides
  auto newline = [&] {
    o += '\n';
    o.append(static_cast<size_t>(2 * level), ' ');
  };
  size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), from)) > 0) {
    for (size_t i = 0; i < n; ++i) {
      const char ch = buf[i];
      if (pending) {
        const char open = pending;
        pending = 0;
        if ((open == '{' && ch == '}') || (open == '[' && ch == ']')) {
          o += open;
          o += ch;
          continue;
        }
        o += open;
        ++level;
        newline();
      }
      if (in_string) {
        o += ch;
        if (escape) {
          escape = false;
        } else if (ch == '\\') {
          escape = true;
        } else if (ch == '"') {
          in_string = false;
        }
        continue;
      }
      switch (ch) {
        case '"':
          in_string = true;
          o += ch;
          break;
        case '{':
        case '[':
          pending = ch;
          break;
        case '}':
        case ']':
          --level;
          newline();
          o += ch;
          break;
        case ',':
          o += ',';
          newline();
          break;
        case ':':
          o += ": ";
          break;
        default:
          o += ch;
      }
    }
    out.write(o.data(), o.size());
    o.clear();
  }
  if (pending) o += pending;
  out.write(o.data(), o.size());
  return !std::ferror(from);
}

}  // namespace

int RunExtract(const CommonOptions& common, const InputOptions& input) {
  ReadOptions read;
  if (!BuildReadOptions(input, &read)) return Fail(Status::InvalidArgument("bad --format"));
  std::unique_ptr<Analyzer> analyzer;
  Status s = Analyzer::Create(RuleFiles(common.rules), &analyzer);
  if (!s.ok()) return Fail(s);

  std::vector<std::string> paths = input.paths;
  if (paths.empty()) paths.push_back("-");
  int count = 0;
  bool rejected = false;
  // The first record is held until a second shows it is not alone: alone it
  // is printed pretty, else every record is one compact line. The record of
  // a story over Analyzer::kSegmentBytes is built (compact) in a temporary
  // file instead of in memory, segment by segment.
  std::optional<nlohmann::json> first;
  std::unique_ptr<TempFile> first_file;
  auto flush_first = [&] {
    if (first) {
      std::cout << first->dump() << "\n";
      first.reset();
    }
    if (first_file) {
      CopyFile(first_file->f, std::cout);
      std::cout << "\n";
      first_file.reset();
    }
  };
  auto emit = [&](nlohmann::json record) {
    ++count;
    if (count == 1) {
      first = std::move(record);
      return;
    }
    flush_first();
    std::cout << record.dump() << "\n";
  };
  auto emit_file = [&](std::unique_ptr<TempFile> record) {
    ++count;
    if (count == 1) {
      first_file = std::move(record);
      return;
    }
    flush_first();
    CopyFile(record->f, std::cout);
    std::cout << "\n";
  };
  auto error_record = [&](const std::string& uri, const std::string& message) {
    rejected = true;
    std::cerr << "error: " << message << "\n";
    emit({{"uri", uri},
          {"claims", nlohmann::json::array()},
          {"mentions", nlohmann::json::array()},
          {"errors", {message}}});
  };
  // Stories are analysed in groups (Analyzer::AnalyzeBatch) and printed in
  // input order: whatever is printed after them prints them first.
  constexpr size_t kBatchBytes = size_t{1} << 20;
  std::vector<Story> waiting;
  size_t waiting_bytes = 0;
  auto print_waiting = [&] {
    if (waiting.empty()) return;
    std::vector<const Story*> group;
    for (const Story& story : waiting) group.push_back(&story);
    std::vector<AnalyzedStory> analyzed;
    std::vector<Status> status;
    analyzer->AnalyzeBatch(group, &analyzed, &status);
    for (size_t i = 0; i < waiting.size(); ++i) {
      const Story& story = waiting[i];
      if (!status[i].ok()) {
        error_record(story.uri, status[i].WithContext(story.origin).message());
        continue;
      }
      nlohmann::json claims = nlohmann::json::array(), mentions = nlohmann::json::array();
      for (const Claim& c : analyzed[i].claims) claims.push_back(ClaimToJson(c));
      for (const Mention& m : analyzed[i].mentions) mentions.push_back(MentionToJson(m));
      emit({{"uri", story.uri},
            {"source",
             story.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(story.source)},
            {"published", story.published},
            {"headline",
             story.headline.empty() ? nlohmann::json(nullptr) : nlohmann::json(story.headline)},
            {"claims", claims},
            {"mentions", mentions},
            {"relays", analyzed[i].relays},
            {"errors", nlohmann::json::array()}});
      analyzed[i] = AnalyzedStory();
    }
    waiting.clear();
    waiting_bytes = 0;
  };
  StoryReader reader(read);
  for (const std::string& path : paths) {
    Status st = reader.Read(
        path,
        [&](Story&& story) {
          if (story.body.size() > Analyzer::kSegmentBytes) {
            print_waiting();
            // The record as nlohmann::json would print it (keys in order),
            // claims and mentions written out as each segment comes.
            auto record = std::make_unique<TempFile>();
            TempFile mentions;
            if (!record->f || !mentions.f) {
              error_record(story.uri, story.origin + ": cannot create a temporary file");
              return;
            }
            std::vector<std::string> relays;
            bool any_claim = false, any_mention = false, first_part = true;
            std::fputs("{\"claims\":[", record->f);
            Status a = analyzer->AnalyzeSegments(story, [&](AnalyzedStory& part) -> Status {
              if (first_part) relays = part.relays;
              first_part = false;
              for (const Claim& c : part.claims) {
                const std::string j = ClaimToJson(c).dump();
                if (any_claim) std::fputc(',', record->f);
                std::fwrite(j.data(), 1, j.size(), record->f);
                any_claim = true;
              }
              for (const Mention& m : part.mentions) {
                const std::string j = MentionToJson(m).dump();
                if (any_mention) std::fputc(',', mentions.f);
                std::fwrite(j.data(), 1, j.size(), mentions.f);
                any_mention = true;
              }
              if (std::ferror(record->f) || std::ferror(mentions.f))
                return Status::IOError("cannot write to a temporary file");
              return Status::OK();
            });
            if (!a.ok()) {
              error_record(story.uri, a.WithContext(story.origin).message());
              return;
            }
            auto value = [](const std::string& s) {
              return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
            };
            std::string mid =
                "],\"errors\":[],\"headline\":" + value(story.headline).dump() + ",\"mentions\":[";
            std::fwrite(mid.data(), 1, mid.size(), record->f);
            std::fflush(mentions.f);
            std::rewind(mentions.f);
            std::vector<char> buf(size_t{1} << 16);
            size_t n = 0;
            while ((n = std::fread(buf.data(), 1, buf.size(), mentions.f)) > 0)
              std::fwrite(buf.data(), 1, n, record->f);
            const std::string tail = "],\"published\":" + nlohmann::json(story.published).dump() +
                                     ",\"relays\":" + nlohmann::json(relays).dump() +
                                     ",\"source\":" + value(story.source).dump() +
                                     ",\"uri\":" + nlohmann::json(story.uri).dump() + "}";
            std::fwrite(tail.data(), 1, tail.size(), record->f);
            if (std::fflush(record->f) != 0 || std::ferror(record->f)) {
              error_record(story.uri, story.origin + ": cannot write to a temporary file");
              return;
            }
            emit_file(std::move(record));
            return;
          }
          waiting_bytes += story.body.size();
          waiting.push_back(std::move(story));
          if (waiting.size() >= static_cast<size_t>(input.batch) || waiting_bytes >= kBatchBytes)
            print_waiting();
        },
        [&](const Status& error) {
          print_waiting();
          error_record(path, error.message());
        });
    print_waiting();
    if (!st.ok()) error_record(path, st.message());
  }
  // NDJSON in gives NDJSON out: a lone story read as NDJSON stays one line.
  if (input.format == "ndjson") flush_first();
  if (first) std::cout << first->dump(2) << "\n";
  if (first_file) {
    PrettyPrint(first_file->f, std::cout);
    std::cout << "\n";
  }
  return rejected ? kSomeRejected : kOk;
}

int RunStories(const CommonOptions& common) {
  OutputFormat format;
  if (!ParseOutputFormat(common.format, &format)) return kFailed;
  std::unique_ptr<ClaimStore> store;
  Status s = OpenStoreToList(common, &store);
  if (!s.ok()) return Fail(s);
  const bool body = format == OutputFormat::kJson || format == OutputFormat::kNdjson;
  RowWriter writer(
      std::cout, format,
      {{"id", [](const nlohmann::json& r) { return CellText(r["id"]); }},
       {"source", [](const nlohmann::json& r) { return CellText(r["source"]); }, 24},
       {"published", [](const nlohmann::json& r) { return CellText(r["published"]); }},
       {"version", [](const nlohmann::json& r) { return CellText(r["version"]); }},
       {"headline", [](const nlohmann::json& r) { return CellText(r["headline"]); }, 50},
       {"uri", [](const nlohmann::json& r) { return CellText(r["uri"]); }, 50}});
  // Row by row, and a story's body piece by piece from the database: a
  // body of any size is never in memory whole.
  s = store->ForEachStory(/*with_body=*/false, [&](Story&& st) {
    const nlohmann::json row = StoryToJson(st, /*with_body=*/false);
    if (!body) {
      writer.Add(row);
      return Status::OK();
    }
    return writer.AddWithStreamedString(row, "body", [&](const RowWriter::Emit& emit) {
      return store->ReadStoryBody(st.id, emit);
    });
  });
  if (!s.ok()) return Fail(s);
  writer.Finish();
  return kOk;
}

int RunClaims(const CommonOptions& common, const ClaimQuery& query) {
  OutputFormat format;
  if (!ParseOutputFormat(common.format, &format)) return kFailed;
  ClaimFilter filter;
  if (!query.kind.empty()) {
    ClaimKind kind;
    if (!ParseClaimKind(query.kind, &kind)) return Fail(Status::InvalidArgument("bad --kind"));
    filter.kind = kind;
  }
  filter.story_uri = query.story;
  filter.actor = query.actor;
  filter.search = query.search;
  filter.include_superseded = query.include_superseded;
  filter.include_retracted = query.include_superseded;  // --all: also canceled stories
  filter.limit = query.limit;
  std::unique_ptr<ClaimStore> store;
  Status s = OpenStoreToList(common, &store);
  if (!s.ok()) return Fail(s);
  RowWriter writer(std::cout, format, ClaimColumns());
  s = store->ForEachClaim(filter, [&](Claim&& c) {
    writer.Add(ClaimToJson(c));
    return Status::OK();
  });
  if (!s.ok()) return Fail(s);
  writer.Finish();
  return kOk;
}

int RunActors(const CommonOptions& common) {
  OutputFormat format;
  if (!ParseOutputFormat(common.format, &format)) return kFailed;
  std::unique_ptr<ClaimStore> store;
  Status s = OpenStoreToList(common, &store);
  std::vector<Actor> actors;
  if (s.ok()) s = store->ListActors(&actors);
  if (!s.ok()) return Fail(s);
  std::vector<nlohmann::json> rows;
  for (const Actor& a : actors) rows.push_back(ActorToJson(a));
  PrintRows(std::cout, format, rows,
            {{"id", [](const nlohmann::json& r) { return CellText(r["id"]); }},
             {"name", [](const nlohmann::json& r) { return CellText(r["name"]); }, 30},
             {"kind", [](const nlohmann::json& r) { return CellText(r["kind"]); }},
             {"title", [](const nlohmann::json& r) { return CellText(r["title"]); }, 30},
             {"mentions", [](const nlohmann::json& r) { return CellText(r["mentions"]); }},
             {"aliases", [](const nlohmann::json& r) { return CellText(r["aliases"]); }, 60}});
  return kOk;
}

int RunRelations(const CommonOptions& common, const RelationQuery& query) {
  OutputFormat format;
  if (!ParseOutputFormat(common.format, &format)) return kFailed;
  RelationFilter filter;
  if (!query.kind.empty()) {
    RelationKind k;
    if (!ParseRelationKind(query.kind, &k)) return Fail(Status::InvalidArgument("bad --kind"));
    filter.kind = k;
  }
  if (!WindowBound(query.since, /*end=*/false, &filter.since))
    return Fail(Status::InvalidArgument("--since: not a date (YYYY, YYYY-MM or YYYY-MM-DD): " +
                                        query.since));
  if (!WindowBound(query.until, /*end=*/true, &filter.until))
    return Fail(Status::InvalidArgument("--until: not a date (YYYY, YYYY-MM or YYYY-MM-DD): " +
                                        query.until));
  filter.actor = query.actor;
  filter.source = query.source;
  filter.independent_only = query.independent_only;
  filter.id = query.id;
  filter.limit = query.limit;
  std::unique_ptr<ClaimStore> store;
  Status s = OpenStoreToList(common, &store);
  if (!s.ok()) return Fail(s);
  if (format == OutputFormat::kTable) {
    size_t n = 0;
    s = store->ForEachRelation(filter, [&](Relation&& r) {
      PrintRelationBlock(std::cout, r);
      ++n;
      return Status::OK();
    });
    if (!s.ok()) return Fail(s);
    std::cout << "(" << n << (n == 1 ? " relation" : " relations") << ")\n";
    return kOk;
  }
  RowWriter writer(
      std::cout, format,
      {{"id", [](const nlohmann::json& r) { return CellText(r["id"]); }},
       {"kind", [](const nlohmann::json& r) { return CellText(r["kind"]); }},
       {"independent", [](const nlohmann::json& r) { return CellText(r["independent"]); }},
       {"a", [](const nlohmann::json& r) { return CellText(r["a"]["text"]); }},
       {"a_source", [](const nlohmann::json& r) { return CellText(r["a"]["story"]["source"]); }},
       {"a_sentence", [](const nlohmann::json& r) { return CellText(r["a"]["sentence"]); }},
       {"b", [](const nlohmann::json& r) { return CellText(r["b"]["text"]); }},
       {"b_source", [](const nlohmann::json& r) { return CellText(r["b"]["story"]["source"]); }},
       {"b_sentence", [](const nlohmann::json& r) { return CellText(r["b"]["sentence"]); }},
       {"reason", [](const nlohmann::json& r) { return CellText(r["reason"]); }}});
  s = store->ForEachRelation(filter, [&](Relation&& r) {
    writer.Add(RelationToJson(r));
    return Status::OK();
  });
  if (!s.ok()) return Fail(s);
  writer.Finish();
  return kOk;
}

}  // namespace wirefacts
