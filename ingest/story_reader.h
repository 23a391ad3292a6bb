// StoryReader: turns input paths into Story records (DESIGN.md, "Command
// line"): plain text files, IPTC ninjs JSON (one object or an array), NDJSON
// streams (one ninjs object a line, read line by line, never whole), any of
// them gzip-compressed, folders (recursive, sorted by path) and stdin ("-").
//
// Inputs
//   - A file: read through InputFile (gzip undone whenever the content
//     starts with 1f 8b, whatever the name).
//   - A folder: every regular file below it, recursively, in byte order of
//     the full path; names starting with '.' (files and folders) are
//     skipped, and so are symbolic links to folders, FIFOs and devices.
//     ReadOptions::include / exclude are fnmatch(3) globs ("*.json",
//     "draft*") for the files found in folders: a glob without '/' matches
//     the file name, one with '/' the path relative to the folder given
//     (FNM_PATHNAME: "2019/*.json"). With includes, a file must match one;
//     a file (or sub-folder) matching an exclude is skipped. Files named
//     explicitly on the command line are always read.
//   - "-": stdin (origin "<stdin>"; a text story's default uri is "-").
//
// Format (ReadOptions::format, or detected from the CONTENT when kAuto):
//   first non-blank character '{' -> NDJSON when the file holds more than
//     one top-level value on separate lines (detected from the first two
//     non-blank lines: the first parses alone, or the second parses alone as
//     an object), else one ninjs object (which may be pretty-printed);
//   '[' -> a ninjs array; anything else -> plain text.
//   Text and ninjs files are read whole, up to max_story_bytes; NDJSON is
//   streamed, each line at most max_story_bytes.
//
// Stories
//   - Text: headline and body by SplitPlainText (plain_text.h); uri = the
//     path as given; published = options.published, else the error "no
//     publication date: pass --published"; source = options.source.
//   - ninjs / NDJSON: StoryFromNinjs (ninjs.h), options as defaults for
//     missing fields.
//   - Story::origin is "path" (text file, one ninjs object), "path:LINE"
//     (NDJSON, 1-based) or "path[INDEX]" (ninjs array element, 0-based).
//
// --uri (ReadOptions::uri) names ONE story. Within one Read() call it is
// applied to the first story that would take it (a text story; a ninjs
// story without uri). When a second such story comes, on_error is called
// once with "<origin>: --uri given but the input holds several stories" and
// that story and the later ones keep their own uri (a text file's path; a
// ninjs story without uri is then rejected with "no uri"). The reader keeps
// no state across Read() calls: callers with several PATHs and --uri should
// refuse the command line themselves.
//
// A bad input never stops the batch: each problem is reported through
// `on_error` as a Status (kInvalidInput for content, kIOError for reading)
// whose one-line message starts with the origin, and reading goes on:
//   "a.txt: cannot open: Permission denied"     "a.gz: cannot read: ..."
//   "a.txt: empty story"                         (empty file)
//   "a.txt: empty story (white space only)"
//   "a.bin: binary file (NUL byte on line 1, at offset 12)"
//   "a.txt: invalid UTF-8 at byte 1022"          (offsets count bytes of the
//                                                 decompressed file, also
//                                                 for NDJSON lines)
//   "a.json: file too large (over 268435456 bytes)"
//   "f.ndjson:12: line too long (over 268435456 bytes)"
//   "f.ndjson:12: malformed JSON: column 7: syntax error while parsing ..."
//   "f.ndjson:3: JSON nested too deeply"         (over 64 levels)
//   "x.json: no publication date (versioncreated)", "...: no body_text",
//   "x.json: unparseable publication date '18 Jan 2019'", "...: no uri"
// A UTF-8 byte order mark at the start of a file is dropped.
//
// Not thread-safe per call (callbacks run on the caller's thread); separate
// Read() calls on one const StoryReader may run concurrently.
#ifndef WIREFACTS_INGEST_STORY_READER_H_
#define WIREFACTS_INGEST_STORY_READER_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/story.h"

namespace wirefacts {

enum class InputFormat { kAuto, kText, kNinjs, kNdjson };

// "auto", "text", "ninjs", "ndjson" -> *format; false for anything else.
bool ParseInputFormat(const std::string& name, InputFormat* format);

// The largest text or ninjs file (and NDJSON line) read, after gzip.
inline constexpr size_t kDefaultMaxStoryBytes = size_t{256} << 20;  // 256 MiB

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // Defaults applied when the input does not say (for plain text always;
  // for JSON only when the field is missing).
  std::string source;     // --source
  std::string published;  // --published (ISO date or date-time, iso_date.h)
  std::string uri;        // --uri: names one story (see above)
  size_t max_story_bytes = kDefaultMaxStoryBytes;
  std::vector<std::string> include, exclude;  // folder filters (see above)
};

class StoryReader {
 public:
  using StoryFn = std::function<void(Story&& story)>;
  using ErrorFn = std::function<void(const Status& error)>;

  explicit StoryReader(ReadOptions options) : options_(std::move(options)) {}

  // Reads every story in `path` (a file, a folder, or "-" for stdin), calling
  // on_story for each good one (story.origin set) and on_error for each
  // problem. Returns non-OK only when `path` itself cannot be opened (that
  // error is returned, not passed to on_error); a file inside a folder that
  // cannot be opened goes to on_error.
  Status Read(const std::string& path, const StoryFn& on_story, const ErrorFn& on_error) const;

  // Reads the stories of an already opened stream `in` as Read() reads one
  // file: `name` is the origin used in messages and, for plain text, the
  // default uri. Decompresses nothing (InputFile does that). For stdin-like
  // sources and tests.
  void ReadStream(std::istream& in, const std::string& name, const StoryFn& on_story,
                  const ErrorFn& on_error) const;

 private:
  ReadOptions options_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_STORY_READER_H_
