#include "ingest/input_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

namespace wirefacts {

// A read-only streambuf over a gzFile.
class InputFile::Buffer : public std::streambuf {
 public:
  explicit Buffer(gzFile file) : file_(file), buf_(kSize) {}
  ~Buffer() override { gzclose_r(file_); }

  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error_.empty()) return traits_type::eof();
    int n = gzread(file_, buf_.data(), static_cast<unsigned>(buf_.size()));
    if (n < 0) {
      int errnum = 0;
      const char* msg = gzerror(file_, &errnum);
      error_ = errnum == Z_ERRNO ? std::strerror(errno) : (msg ? msg : "read error");
      return traits_type::eof();
    }
    if (n == 0) {
      // gzread returns 0 at the end, and also when a gzip stream is
      // truncated (then gzerror says Z_BUF_ERROR).
      int errnum = 0;
      const char* msg = gzerror(file_, &errnum);
      if (errnum != Z_OK) error_ = msg ? msg : "read error";
      return traits_type::eof();
    }
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  static constexpr size_t kSize = 128 * 1024;
  gzFile file_;
  std::vector<char> buf_;
  std::string error_;
};

InputFile::InputFile(std::string path, std::unique_ptr<Buffer> buffer)
    : path_(std::move(path)),
      buffer_(std::move(buffer)),
      stream_(std::make_unique<std::istream>(buffer_.get())) {}

InputFile::~InputFile() = default;

Status InputFile::Open(const std::string& path, std::unique_ptr<InputFile>* file) {
  int fd = path == "-" ? dup(STDIN_FILENO) : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    std::string msg = std::string("cannot open: ") + std::strerror(err);
    Status s = err == ENOENT ? Status::NotFound(msg) : Status::IOError(msg);
    return s.WithContext(path == "-" ? "<stdin>" : path);
  }
  gzFile gz = gzdopen(fd, "rb");
  if (gz == nullptr) {
    close(fd);
    return Status::IOError("cannot open: out of memory").WithContext(path);
  }
  gzbuffer(gz, 128 * 1024);
  file->reset(new InputFile(path, std::make_unique<Buffer>(gz)));
  return Status::OK();
}

std::istream& InputFile::stream() { return *stream_; }

Status InputFile::status() const {
  if (buffer_->error().empty()) return Status::OK();
  return Status::IOError("cannot read: " + buffer_->error())
      .WithContext(path_ == "-" ? "<stdin>" : path_);
}

}  // namespace wirefacts
