// StoryFromNinjs: maps one IPTC ninjs JSON object to a Story (DESIGN.md,
// "Command line"). Unknown fields are ignored; `null` counts as missing.
//
//   uri            required (else defaults.uri; else "no uri")
//   versioncreated publication date; else `firstcreated`; else
//                  defaults.published; else "no publication date
//                  (versioncreated)". Checked with IsIsoDateTime (iso_date.h):
//                  "unparseable publication date '18 Jan 2019'"
//   headline       optional string
//   body_text      the body; else `body_html` with its tags stripped
//                  (CrudeHtmlToText); else `description_text`; else
//                  "no body_text"; white space only -> "empty story"
//   version        string or number -> string ("2", "1.5")
//   pubstatus      optional string, "usable" when missing; "canceled" (also
//                  "cancelled", "stat:canceled") is stored as "canceled" and
//                  then body_text may be missing or blank: the story retracts
//                  the stored story with the same uri and source
//   located        optional string
//   copyrightholder the source; else `provider` (a string, or an object with
//                  a string "name"); else defaults.source
// A field of the wrong JSON type is an error: "'headline' must be a string".
// Errors are Status::InvalidInput without origin (the caller adds it).
#ifndef WIREFACTS_INGEST_NINJS_H_
#define WIREFACTS_INGEST_NINJS_H_

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "base/status.h"
#include "model/story.h"

namespace wirefacts {

struct NinjsDefaults {
  std::string uri;        // used only when the object has no uri
  std::string published;  // used only when it has no versioncreated/firstcreated
  std::string source;     // used only when it has no copyrightholder/provider
};

// Fills *story (all fields but id and origin) from `object`.
Status StoryFromNinjs(const nlohmann::json& object, const NinjsDefaults& defaults, Story* story);
// The same, moving the body text out of `object` (its "body_text" is left
// empty) instead of copying it.
Status StoryFromNinjs(nlohmann::json&& object, const NinjsDefaults& defaults, Story* story);

// Whether a ninjs pubstatus retracts the story ("canceled" and spellings).
bool IsCanceledStatus(std::string_view pubstatus);

// A crude HTML -> text for `body_html`: drops tags, <script>/<style>
// contents and comments; block ends (</p>, <br>, </div>, </li>, </h1-6>)
// become "\n"; decodes &amp; &lt; &gt; &quot; &apos; &#39; &nbsp; and
// numeric references (&#8217; &#x2019;). Not a full HTML parser.
std::string CrudeHtmlToText(std::string_view html);

}  // namespace wirefacts

#endif  // WIREFACTS_INGEST_NINJS_H_
