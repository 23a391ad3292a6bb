#include "base/spool.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

#include <atomic>
#include <chrono>
#include <thread>

namespace wirefacts {

Spool::~Spool() {
#ifdef __linux__
  if (map_) munmap(map_, size_);
#endif
  if (file_) std::fclose(file_);
}

Status Spool::Open() {
  if (file_) return Status::OK();
  file_ = std::tmpfile();
  if (!file_) return Status::IOError("cannot create a temporary file");
  return Status::OK();
}

Status Spool::Append(std::string_view bytes) {
  if (!file_ || read_) return Status::InvalidArgument("spool not open for writing");
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    return Status::IOError("cannot write to a temporary file");
  }
  size_ += bytes.size();
  return Status::OK();
}

Status Spool::Map(std::string_view* text) {
  if (!file_) return Status::InvalidArgument("spool not open");
  if (!read_) {
    if (std::fflush(file_) != 0) return Status::IOError("cannot write to a temporary file");
#ifdef __linux__
    if (size_ > 0) {
      void* map = mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fileno(file_), 0);
      if (map != MAP_FAILED) map_ = map;
    }
#endif
    if (!map_) {
      copy_.assign(size_, '\0');
      std::rewind(file_);
      if (std::fread(copy_.data(), 1, size_, file_) != size_) {
        copy_.clear();
        return Status::IOError("cannot read a temporary file back");
      }
    }
    read_ = true;
  }
  *text = map_ ? std::string_view(static_cast<const char*>(map_), size_) : std::string_view(copy_);
  return Status::OK();
}

Status Spool::WhileReleasing(const std::function<Status()>& fn) {
#ifdef __linux__
  if (map_) {
    std::atomic<bool> done{false};
    std::thread releaser([&] {
      while (!done.load(std::memory_order_relaxed)) {
        // A private read-only file mapping: dropped pages are read again
        // from the file when touched, with the same bytes.
        madvise(map_, size_, MADV_DONTNEED);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
    });
    Status s = fn();
    done = true;
    releaser.join();
    return s;
  }
#endif
  return fn();
}

}  // namespace wirefacts
