// StoryReader: turns input paths into Story records (DESIGN.md, "Command
// line"): plain text files, IPTC ninjs JSON (one object or an array), NDJSON
// streams (one ninjs object a line, read line by line, never whole), any of
// them gzip-compressed, folders (recursive, sorted by path) and stdin ("-").
//
// A bad input never stops the batch: each problem is reported through
// `on_error` as a Status whose message starts with the origin
// ("corpus/x.txt: ...", "feed.ndjson:12: ..."), and reading goes on.
// Problems: unreadable file, empty/whitespace-only story, NUL bytes or
// binary content, invalid UTF-8 (byte offset), malformed JSON (line),
// missing body, missing or unparseable publication date.
#ifndef WIREFACTS_INGEST_STORY_READER_H_
#define WIREFACTS_INGEST_STORY_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/story.h"

namespace wirefacts {

enum class InputFormat { kAuto, kText, kNinjs, kNdjson };
bool ParseInputFormat(const std::string& name, InputFormat* format);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  // Defaults applied when the input does not say (for plain text always;
  // for JSON only when the field is missing).
  std::string source;     // --source
  std::string published;  // --published (ISO date or date-time)
  std::string uri;        // --uri: only valid with a single input story
};

class StoryReader {
 public:
  using StoryFn = std::function<void(Story&& story)>;
  using ErrorFn = std::function<void(const Status& error)>;

  explicit StoryReader(ReadOptions options) : options_(std::move(options)) {}

  // Reads every story in `path` (a file, a folder, or "-" for stdin), calling
  // on_story for each good one (story.origin set) and on_error for each
  // problem. Returns non-OK only when `path` itself cannot be opened.
  Status Read(const std::string& path, const StoryFn& on_story, const ErrorFn& on_error) const;

 private:
  ReadOptions options_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_STORY_READER_H_
