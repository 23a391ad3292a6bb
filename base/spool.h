// Spool: bytes kept in an unnamed temporary file instead of in memory, for
// a huge text that has to be read again later (a huge story's input body
// while it is analysed, its normalised body until it is stored).
//
//   Spool spool;
//   WF_RETURN_IF_ERROR(spool.Open());
//   WF_RETURN_IF_ERROR(spool.Append(part));    // as often as needed
//   std::string_view text;
//   WF_RETURN_IF_ERROR(spool.Map(&text));      // the bytes appended
//   WF_RETURN_IF_ERROR(spool.WhileReleasing([&] { return Use(text); }));
//
// Map() maps the file read-only where the system allows it (else reads it
// into memory). Pages of such a mapping are the file's: dropping them loses
// nothing, the next read brings the same bytes back. WhileReleasing() runs a
// function while a helper thread keeps dropping them, so that reading the
// whole text, even several times over, keeps only the pages read in the
// last moments in memory. The file is deleted when the Spool is destroyed
// (or the process ends). Not thread-safe, apart from what WhileReleasing
// does itself.
#ifndef WIREFACTS_BASE_SPOOL_H_
#define WIREFACTS_BASE_SPOOL_H_

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace wirefacts {

class Spool {
 public:
  Spool() = default;
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // Creates the temporary file. IOError when it cannot.
  Status Open();
  // Appends `bytes` (before Map). IOError when the file cannot take them.
  Status Append(std::string_view bytes);
  size_t size() const { return size_; }

  // Sets *text to everything appended, valid until the Spool is destroyed;
  // no Append after. IOError when the file cannot be read back.
  Status Map(std::string_view* text);
  // Whether Map mapped the file (false: it read it into memory).
  bool mapped() const { return map_ != nullptr; }

  // Runs `fn`, which may read the mapped text, and returns its status;
  // meanwhile (when mapped) the mapped pages are handed back to the system
  // every millisecond.
  Status WhileReleasing(const std::function<Status()>& fn);

 private:
  std::FILE* file_ = nullptr;
  size_t size_ = 0;
  bool read_ = false;  // Map has succeeded
  void* map_ = nullptr;
  std::string copy_;  // when not mapped
};

}  // namespace wirefacts

#endif  // WIREFACTS_BASE_SPOOL_H_
