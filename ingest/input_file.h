// InputFile: a file or stdin opened as a std::istream of its bytes, with
// gzip undone transparently. zlib's gzopen/gzread recognise gzip by its magic
// bytes (1f 8b), whatever the file is called, and pass any other content
// through unchanged, so callers never look at the extension.
//
//   std::unique_ptr<InputFile> in;
//   WF_RETURN_IF_ERROR(InputFile::Open("feed.ndjson.gz", &in));
//   std::string line;
//   while (std::getline(in->stream(), line)) ...
//   WF_RETURN_IF_ERROR(in->status());   // a corrupt gzip shows up here
//
// The stream reads through a 128 KiB buffer; nothing is read ahead beyond
// it, so NDJSON can be streamed in constant memory.
#ifndef WIREFACTS_INGEST_INPUT_FILE_H_
#define WIREFACTS_INGEST_INPUT_FILE_H_

#include <istream>
#include <memory>
#include <string>

#include "base/status.h"

namespace wirefacts {

class InputFile {
 public:
  // Opens `path`, or stdin when `path` is "-". On failure returns IOError /
  // NotFound "path: cannot open: <reason>" and leaves *file unset.
  static Status Open(const std::string& path, std::unique_ptr<InputFile>* file);

  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // The decompressed bytes. It ends (eof) at the end of the input or at the
  // first read error; status() tells which.
  std::istream& stream();

  // OK, or IOError "path: cannot read: <zlib's message>" once a read failed
  // (a truncated or corrupt gzip stream, an I/O error).
  Status status() const;

 private:
  class Buffer;
  InputFile(std::string path, std::unique_ptr<Buffer> buffer);

  std::string path_;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::istream> stream_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_INPUT_FILE_H_
