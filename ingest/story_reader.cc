#include "ingest/story_reader.h"

#include <fnmatch.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string_view>
#include <system_error>

#include "base/iso_date.h"
#include "base/utf8.h"
#include "ingest/input_file.h"
#include "ingest/json_parse.h"
#include "ingest/line_reader.h"
#include "ingest/ninjs.h"
#include "ingest/plain_text.h"

namespace wirefacts {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// The first non-space character of `s` ('\0' when none).
char FirstNonSpace(std::string_view s) {
  for (char c : s) {
    if (!IsSpace(c)) return c;
  }
  return '\0';
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return IsSpace(c); });
}

std::string_view DropBom(std::string_view s) {
  if (s.substr(0, kBom.size()) == kBom) s.remove_prefix(kBom.size());
  return s;
}

// True when `line` alone parses as a JSON object (as ParseJson would parse
// it), checked without building the object: a line may be a whole story.
bool ParsesAsObject(std::string_view line) {
  if (line.find('\0') != std::string_view::npos || !IsValidUtf8(line)) return false;
  if (FirstNonSpace(line) != '{' || !JsonDepthWithin(line, kMaxJsonDepth)) return false;
  return json::accept(line.begin(), line.end());
}

// The size of the regular file at `path`, else 0.
uintmax_t FileSize(const std::string& path) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  return ec ? 0 : size;
}

// One Read()/ReadStream() call: the callbacks and the --uri bookkeeping.
class Session {
 public:
  Session(const ReadOptions& options, const StoryReader::StoryFn& on_story,
          const StoryReader::ErrorFn& on_error)
      : options_(options), on_story_(on_story), on_error_(on_error) {}

  // `label` names the input in messages; `path_uri` is a text story's uri;
  // `file` (may be null) is asked for read errors. `size_hint` (0: unknown)
  // is the size of the file read: what is read whole is reserved that size
  // up front rather than grown by doubling (a growth holds the text twice).
  void ReadStream(std::istream& in, const std::string& label, const std::string& path_uri,
                  const InputFile* file, uintmax_t size_hint = 0);

  void ReadFolder(const std::string& root);
  void ReadFile(const std::string& path);

 private:
  void Error(const std::string& origin, const Status& status) {
    on_error_(status.WithContext(origin));
  }
  void Invalid(const std::string& origin, const std::string& message) {
    Error(origin, Status::InvalidInput(message));
  }

  // Reads the rest of `in` onto *content; false (error reported) when it
  // grows past the limit or reading failed.
  bool ReadRest(std::istream& in, const std::string& label, std::string* content);
  bool ReadFailed();

  // `owned` is the file's text; it is freed once parsed, before the story
  // is handed over (a huge story is not held twice).
  void HandleWhole(std::string* owned, InputFormat format, const std::string& label,
                   const std::string& path_uri);
  void HandleText(std::string_view text, const std::string& label, const std::string& path_uri,
                  std::string* owned = nullptr);
  void HandleNdjsonLine(std::string_view line, uint64_t number, uint64_t offset, bool too_long,
                        const std::string& label);
  // Consumes `object` (its body text is moved out).
  void HandleNinjs(json& object, const std::string& origin);
  void ReadNdjson(LineReader& lines, const std::string& label);

  // Folder filters (ReadOptions::include/exclude).
  static bool MatchesAny(const std::vector<std::string>& globs, const std::string& name,
                         const std::string& relative) {
    for (const std::string& g : globs) {
      const bool path_glob = g.find('/') != std::string::npos;
      if (fnmatch(g.c_str(), path_glob ? relative.c_str() : name.c_str(),
                  path_glob ? FNM_PATHNAME : 0) == 0)
        return true;
    }
    return false;
  }
  bool Selected(const std::string& name, const std::string& relative) const {
    if (!options_.include.empty() && !MatchesAny(options_.include, name, relative)) return false;
    return !MatchesAny(options_.exclude, name, relative);
  }

  // Whether the story at `origin` may take options.uri (see the header).
  bool TakeUri(const std::string& origin);

  std::string TooLarge() const {
    return "file too large (over " + std::to_string(options_.max_story_bytes) + " bytes)";
  }

  const ReadOptions& options_;
  const StoryReader::StoryFn& on_story_;
  const StoryReader::ErrorFn& on_error_;
  const InputFile* file_ = nullptr;
  bool read_error_reported_ = false;
  int uri_uses_ = 0;
  bool uri_error_reported_ = false;
};

bool Session::TakeUri(const std::string& origin) {
  if (options_.uri.empty()) return false;
  if (uri_uses_++ == 0) return true;
  if (!uri_error_reported_) {
    uri_error_reported_ = true;
    Error(origin, Status::InvalidArgument("--uri given but the input holds several stories"));
  }
  return false;
}

bool Session::ReadFailed() {
  if (file_ == nullptr || read_error_reported_) return read_error_reported_;
  Status s = file_->status();
  if (s.ok()) return false;
  read_error_reported_ = true;
  on_error_(s);
  return true;
}

bool Session::ReadRest(std::istream& in, const std::string& label, std::string* content) {
  char buf[64 * 1024];
  while (in) {
    in.read(buf, sizeof buf);
    const size_t got = static_cast<size_t>(in.gcount());
    if (content->size() + got > options_.max_story_bytes) {
      Invalid(label, TooLarge());
      return false;
    }
    content->append(buf, got);
  }
  return !ReadFailed();
}

void Session::ReadStream(std::istream& in, const std::string& label, const std::string& path_uri,
                         const InputFile* file, uintmax_t size_hint) {
  file_ = file;
  read_error_reported_ = false;
  const size_t max = options_.max_story_bytes;
  const size_t reserve = static_cast<size_t>(std::min<uintmax_t>(size_hint, max));
  switch (options_.format) {
    case InputFormat::kText:
    case InputFormat::kNinjs: {
      std::string content;
      content.reserve(reserve);
      if (ReadRest(in, label, &content)) HandleWhole(&content, options_.format, label, path_uri);
      return;
    }
    case InputFormat::kNdjson: {
      LineReader lines(in, max);
      ReadNdjson(lines, label);
      return;
    }
    case InputFormat::kAuto:
      break;
  }

  // Auto: look at the first non-blank line, keeping what was read in `head`.
  LineReader lines(in, max);
  std::string head, line;
  line.reserve(reserve);  // the first line may be the whole file
  bool too_long = false, found = false;
  // Appends `l` (with its newline) to `head`; `last` is then its text in
  // `head`, valid until `head` changes. A line longer than `head` (a huge
  // story on one line) is moved into it, not copied: `l` is left with
  // unspecified content.
  std::string_view last;
  auto keep = [&](std::string& l) {
    const size_t size = l.size();
    if (size > head.size()) {
      l.insert(0, head);
      head.swap(l);
    } else {
      head += l;
    }
    if (lines.had_newline()) head += '\n';
    last = std::string_view(head).substr(head.size() - size - (lines.had_newline() ? 1 : 0), size);
  };
  while (lines.Next(&line, &too_long)) {
    if (too_long) {
      Invalid(label, TooLarge());
      return;
    }
    keep(line);
    if (!IsBlank(lines.line_number() == 1 ? DropBom(last) : last)) {
      found = true;
      break;
    }
  }
  if (!found) {  // empty or white space only (or a read error)
    if (!ReadFailed()) HandleWhole(&head, InputFormat::kText, label, path_uri);
    return;
  }
  const char first = FirstNonSpace(lines.line_number() == 1 ? DropBom(last) : last);
  InputFormat format = first == '{' || first == '[' ? InputFormat::kNinjs : InputFormat::kText;

  if (first == '{') {
    // The first line stays in `head` only (it is the whole file when a
    // single ninjs object sits on one line: not held twice, and parsed to
    // tell NDJSON apart only when a second line follows).
    const size_t line1_size = last.size();
    const size_t line1_begin = head.size() - line1_size - (lines.had_newline() ? 1 : 0);
    std::string().swap(line);
    auto line1 = [&]() -> std::string_view {
      return std::string_view(head).substr(line1_begin, line1_size);
    };
    const uint64_t number1 = lines.line_number(), offset1 = lines.line_offset();
    bool found2 = false, too_long2 = false;
    while (lines.Next(&line, &too_long2)) {
      if (too_long2) {
        found2 = true;
        break;
      }
      keep(line);
      if (!IsBlank(last)) {
        found2 = true;
        break;
      }
    }
    const bool ok1 = found2 && ParsesAsObject(number1 == 1 ? DropBom(line1()) : line1());
    if (found2 && (ok1 || (!too_long2 && ParsesAsObject(last)))) {  // NDJSON
      if (!too_long2) line.assign(last);  // keep() may have moved it into `head`
      {
        const std::string first_line(line1());
        std::string().swap(head);
        HandleNdjsonLine(first_line, number1, offset1, false, label);
      }
      HandleNdjsonLine(line, lines.line_number(), lines.line_offset(), too_long2, label);
      ReadNdjson(lines, label);
      return;
    }
    if (too_long2) {
      Invalid(label, TooLarge());
      return;
    }
  }
  if (head.size() > max) {
    Invalid(label, TooLarge());
    return;
  }
  if (ReadRest(in, label, &head)) HandleWhole(&head, format, label, path_uri);
}

void Session::ReadNdjson(LineReader& lines, const std::string& label) {
  std::string line;
  bool too_long = false;
  while (lines.Next(&line, &too_long)) {
    HandleNdjsonLine(line, lines.line_number(), lines.line_offset(), too_long, label);
  }
  ReadFailed();
}

void Session::HandleNdjsonLine(std::string_view line, uint64_t number, uint64_t offset,
                               bool too_long, const std::string& label) {
  const std::string origin = label + ":" + std::to_string(number);
  if (too_long) {
    Invalid(origin, "line too long (over " + std::to_string(options_.max_story_bytes) + " bytes)");
    return;
  }
  if (offset == 0 && line.substr(0, kBom.size()) == kBom) {
    line.remove_prefix(kBom.size());
    offset += kBom.size();
  }
  if (IsBlank(line)) return;
  const size_t nul = line.find('\0');
  if (nul != std::string_view::npos) {
    Invalid(origin, "binary data (NUL byte at offset " + std::to_string(offset + nul) + ")");
    return;
  }
  size_t bad = 0;
  if (!IsValidUtf8(line, &bad)) {
    Invalid(origin, "invalid UTF-8 at byte " + std::to_string(offset + bad));
    return;
  }
  json value;
  Status s = ParseJson(line, true, &value);
  if (!s.ok()) {
    Error(origin, s);
    return;
  }
  HandleNinjs(value, origin);
}

void Session::HandleWhole(std::string* owned, InputFormat format, const std::string& label,
                          const std::string& path_uri) {
  std::string_view content = *owned;
  const size_t nul = content.find('\0');
  if (nul != std::string_view::npos) {
    const size_t line =
        1 + static_cast<size_t>(std::count(content.begin(), content.begin() + nul, '\n'));
    Invalid(label, "binary file (NUL byte on line " + std::to_string(line) + ", at offset " +
                       std::to_string(nul) + ")");
    return;
  }
  size_t bad = 0;
  if (!IsValidUtf8(content, &bad)) {
    Invalid(label, "invalid UTF-8 at byte " + std::to_string(bad));
    return;
  }
  content = DropBom(content);
  if (IsBlank(content)) {
    Invalid(label, content.empty() ? "empty story" : "empty story (white space only)");
    return;
  }
  if (format == InputFormat::kText) {
    HandleText(content, label, path_uri, owned);
    return;
  }
  json value;
  // `content` is the end of *owned (past a BOM): parsed from there, a huge
  // string decoded into *owned's own bytes.
  Status s = ParseJson(owned, static_cast<size_t>(content.data() - owned->data()), false, &value);
  std::string().swap(*owned);
  if (!s.ok()) {
    Error(label, s);
    return;
  }
  if (value.is_array()) {
    if (value.empty()) Invalid(label, "empty JSON array");
    for (size_t i = 0; i < value.size(); ++i) {
      HandleNinjs(value[i], label + "[" + std::to_string(i) + "]");
    }
    return;
  }
  if (!value.is_object()) {
    Invalid(label, "not a ninjs object or array");
    return;
  }
  HandleNinjs(value, label);
}

void Session::HandleText(std::string_view text, const std::string& label,
                         const std::string& path_uri, std::string* owned) {
  if (options_.published.empty()) {
    Invalid(label, "no publication date: pass --published");
    return;
  }
  if (!IsIsoDateTime(options_.published)) {
    Invalid(label, "unparseable publication date '" + options_.published + "'");
    return;
  }
  PlainTextParts parts = SplitPlainText(text);
  if (owned) std::string().swap(*owned);  // `text` is no longer used
  Story story;
  story.headline = std::move(parts.headline);
  story.body = std::move(parts.body);
  story.published = options_.published;
  story.source = options_.source;
  story.pubstatus = "usable";
  story.origin = label;
  story.uri = TakeUri(label) ? options_.uri : path_uri;
  on_story_(std::move(story));
}

void Session::HandleNinjs(json& object, const std::string& origin) {
  NinjsDefaults defaults;
  defaults.published = options_.published;
  defaults.source = options_.source;
  if (object.is_object() && !options_.uri.empty()) {
    auto it = object.find("uri");
    const bool has_uri =
        it != object.end() && it->is_string() && !it->get_ref<const std::string&>().empty();
    if (!has_uri && TakeUri(origin)) defaults.uri = options_.uri;
  }
  Story story;
  Status s = StoryFromNinjs(std::move(object), defaults, &story);
  if (!s.ok()) {
    Error(origin, s);
    return;
  }
  story.origin = origin;
  on_story_(std::move(story));
}

void Session::ReadFile(const std::string& path) {
  std::unique_ptr<InputFile> file;
  Status s = InputFile::Open(path, &file);
  if (!s.ok()) {
    on_error_(s);
    return;
  }
  ReadStream(file->stream(), path, path, file.get(), FileSize(path));
}

void Session::ReadFolder(const std::string& root) {
  std::vector<std::string> files;
  const fs::path root_path(root);
  std::vector<fs::path> pending = {root_path};
  while (!pending.empty()) {
    const fs::path dir = pending.back();
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      Error(dir.string(), Status::IOError("cannot read folder: " + ec.message()));
      continue;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) break;
      const fs::path& p = it->path();
      if (p.filename().string().rfind('.', 0) == 0) continue;  // hidden
      std::error_code ec2;
      const fs::file_status link = fs::symlink_status(p, ec2);
      const std::string relative = p.lexically_relative(root_path).generic_string();
      if (fs::is_directory(link)) {
        if (!MatchesAny(options_.exclude, p.filename().string(), relative)) pending.push_back(p);
      } else if (fs::is_regular_file(fs::status(p, ec2))) {
        if (Selected(p.filename().string(), relative)) files.push_back(p.string());
      }
    }
    if (ec) Error(dir.string(), Status::IOError("cannot read folder: " + ec.message()));
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) ReadFile(f);
}

}  // namespace

bool ParseInputFormat(const std::string& name, InputFormat* format) {
  static const struct {
    const char* name;
    InputFormat format;
  } kFormats[] = {{"auto", InputFormat::kAuto},
                  {"text", InputFormat::kText},
                  {"ninjs", InputFormat::kNinjs},
                  {"ndjson", InputFormat::kNdjson}};
  for (const auto& f : kFormats) {
    if (name == f.name) {
      *format = f.format;
      return true;
    }
  }
  return false;
}

Status StoryReader::Read(const std::string& path, const StoryFn& on_story,
                         const ErrorFn& on_error) const {
  Session session(options_, on_story, on_error);
  if (path == "-") {
    std::unique_ptr<InputFile> file;
    WF_RETURN_IF_ERROR(InputFile::Open("-", &file));
    session.ReadStream(file->stream(), "<stdin>", "-", file.get());
    return Status::OK();
  }
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    const std::string why = ec ? ec.message() : "No such file or directory";
    return Status::NotFound("cannot open: " + why).WithContext(path);
  }
  if (fs::is_directory(st)) {
    session.ReadFolder(path);
    return Status::OK();
  }
  std::unique_ptr<InputFile> file;
  WF_RETURN_IF_ERROR(InputFile::Open(path, &file));
  session.ReadStream(file->stream(), path, path, file.get(), FileSize(path));
  return Status::OK();
}

void StoryReader::ReadStream(std::istream& in, const std::string& name, const StoryFn& on_story,
                             const ErrorFn& on_error) const {
  Session session(options_, on_story, on_error);
  session.ReadStream(in, name, name, nullptr);
}

}  // namespace wirefacts
