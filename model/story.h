// Story: one wire story as it enters the pipeline, and as it is stored.
#ifndef WIREFACTS_MODEL_STORY_H_
#define WIREFACTS_MODEL_STORY_H_

#include <cstdint>
#include <string>

namespace wirefacts {

struct Story {
  int64_t id = 0;         // set by the store
  std::string uri;        // identity with `source`; a file's path by default
  std::string source;     // outlet ("Reuters"); "" when unknown
  std::string headline;   // "" when none
  std::string published;  // ISO 8601 date or date-time, required
  std::string version;    // "" when none
  std::string pubstatus;  // "usable" (default), "canceled", "withheld"
  std::string located;    // dateline place when given ("SALVADOR, Feb 26")
  std::string body;       // as given (raw); the pipeline normalises it
  std::string origin;     // where it came from, for errors ("a.ndjson:12")
};

}  // namespace wirefacts

#endif  // WIREFACTS_MODEL_STORY_H_
