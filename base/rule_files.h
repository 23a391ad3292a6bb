// RuleFiles: where extractors, the normaliser and the reconciler read their
// rules, gazetteers and synonym lists from.
//
// Every rule file ships inside the library (embedded at build time from
// extractors/rules/, text/rules/, reconcile/rules/ and schema/), so the binary
// works from any folder. A newsroom adds its own rules by pointing an overlay
// folder at the same relative names (`wirefacts --rules DIR`, or the
// WIREFACTS_RULES environment variable): a file found in the overlay is read
// *in addition to* the embedded one (appended after it), so local aliases and
// titles extend the defaults without copying them.
//
// Rule files are UTF-8 text, one record a line, fields separated by TABs,
// `#` starting a comment line, blank lines ignored.
#ifndef WIREFACTS_BASE_RULE_FILES_H_
#define WIREFACTS_BASE_RULE_FILES_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace wirefacts {

// One non-comment line of a rule file, split on TABs, with its 1-based line
// number for error messages.
struct RuleRecord {
  int line = 0;
  std::vector<std::string> fields;
};

class RuleFiles {
 public:
  // Embedded rules only.
  RuleFiles() = default;
  // Embedded rules plus the overlay folder `overlay_dir` ("" for none).
  explicit RuleFiles(std::string overlay_dir) : overlay_dir_(std::move(overlay_dir)) {}

  // Embedded rules plus the folder named by $WIREFACTS_RULES, if set.
  static RuleFiles FromEnvironment();

  // Reads the file `name` (e.g. "extractors/rules/money_scales.tsv"): the
  // embedded text followed by the overlay's, if any. NotFound when neither
  // exists.
  Status Read(std::string_view name, std::string* contents) const;

  // Reads and splits `name` into records. Fields are trimmed of surrounding
  // spaces; empty trailing fields are kept so column positions are stable.
  Status ReadRecords(std::string_view name, std::vector<RuleRecord>* records) const;

  const std::string& overlay_dir() const { return overlay_dir_; }

 private:
  std::string overlay_dir_;
};

// Splits a list field of a rule record ("imports|purchases|buying") at '|',
// trimming spaces around each item and dropping empty items.
std::vector<std::string> SplitRuleList(std::string_view field);

// Splits rule-file text into records (see above). Exposed for tests.
std::vector<RuleRecord> ParseRuleText(std::string_view text);

// The embedded copy of a data file, or nullptr. Generated at build time.
const std::string_view* FindEmbeddedFile(std::string_view name);

// Names of all embedded files that start with `prefix`, sorted.
std::vector<std::string> ListEmbeddedFiles(std::string_view prefix);

}  // namespace wirefacts

#endif  // WIREFACTS_BASE_RULE_FILES_H_
