// Figure rules: the machinery MoneyExtractor and PercentExtractor share.
//
//  - SurfaceTable: a rule-file column of surfaces ("more than", "US$",
//    "mln") turned into one RE2 alternation (longest first, spaces matching
//    any white space, whole words where a surface starts or ends with a
//    letter or digit) and looked up again from the matched text.
//  - FigurePatterns: named RE2 pattern templates read from a rule file,
//    `{MACRO}`s expanded, compiled once; Scan() finds every match of every
//    pattern with its named groups.
//  - Qualifiers ("more than", "about", "up to") and how they bound a value.
//  - SelectLongest(): picks non-overlapping candidates, longest first.
#ifndef WIREFACTS_EXTRACTORS_FIGURE_RULES_H_
#define WIREFACTS_EXTRACTORS_FIGURE_RULES_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"
#include "extractors/number_parser.h"
#include "model/claim.h"

namespace re2 {
class RE2;
}

namespace wirefacts {

// Lower-cases ASCII and collapses runs of white space to one space.
std::string NormalizeSurface(std::string_view s);

// True for ASCII letters, digits and '_' (what RE2's \b calls a word).
bool IsWordByte(unsigned char c);

class SurfaceTable {
 public:
  // Adds a surface with the index of its record; `case_sensitive` surfaces
  // match only as written.
  void Add(std::string_view surface, int record, bool case_sensitive = false);
  // The RE2 alternation of every surface (a non-capturing group); a group
  // that never matches when the table is empty. A surface that starts (ends)
  // with a letter or digit must start (end) a word, unless `word_start`
  // (`word_end`) is false: currencies written before a number may be glued
  // to it ("USD3.14"), and after it likewise ("20EUR").
  std::string Pattern(bool word_start = true, bool word_end = true) const;
  // The record of matched text `s`, or -1.
  int Find(std::string_view s) const;
  bool empty() const { return surfaces_.empty(); }

 private:
  struct Entry {
    std::string surface;
    bool case_sensitive;
  };
  std::vector<Entry> surfaces_;
  std::unordered_map<std::string, int> exact_;   // case-sensitive, as written
  std::unordered_map<std::string, int> folded_;  // NormalizeSurface()d
};

// One match of a pattern: bytes [begin, end) of the scanned text and the
// named groups that took part (absent groups are not in `groups`).
struct FigureMatch {
  size_t begin = 0;
  size_t end = 0;
  int pattern = 0;
  std::map<std::string, std::string_view, std::less<>> groups;

  std::string_view Group(std::string_view name) const {
    auto it = groups.find(name);
    return it == groups.end() ? std::string_view() : it->second;
  }
};

class FigurePatterns {
 public:
  // Reads `file` (records: name <TAB> template), replaces each `{NAME}` with
  // macros.at(NAME) and compiles each pattern case-insensitively. An unknown
  // macro or a pattern RE2 rejects is InvalidInput naming file and line.
  static Status Create(const RuleFiles& rules, std::string_view file,
                       const std::map<std::string, std::string>& macros,
                       std::unique_ptr<FigurePatterns>* out);
  ~FigurePatterns();

  // Optional prefilter, set once after Create() and before any Scan(): every
  // figure contains a match of `anchor` (e.g. a currency), so each pattern is
  // run only over windows from `before` bytes before to `after` bytes after
  // each anchor match (overlapping windows merged). Patterns still see the
  // whole text as context for \b, ^ and $. InvalidInput when RE2 rejects it.
  Status SetAnchor(const std::string& anchor, size_t before, size_t after);

  // Appends every match of every pattern in `text`: each pattern is scanned
  // left to right without overlapping itself. A match that starts or ends
  // inside a word is skipped (the scan resumes one character later).
  void Scan(std::string_view text, std::vector<FigureMatch>* out) const;

  const std::string& name(int pattern) const;

  // Reads a match into a value; may move `*end` (initially the match's end)
  // to widen or trim the span. False rejects the match.
  using InterpretFn = std::function<bool(const FigureMatch& match, Value* value, size_t* end)>;

  // Scan(), then Interpret each match, then append the longest
  // non-overlapping figures to `out` as extractions of `kind`, in text
  // order, with rule "<prefix>/<pattern name>".
  void Extract(std::string_view text, ClaimKind kind, std::string_view prefix,
               const InterpretFn& interpret, std::vector<Extraction>* out) const;

 private:
  struct Impl;
  explicit FigurePatterns(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

enum class QualifierType { kNone, kLower, kUpper, kApprox, kExact };

class Qualifiers {
 public:
  // Reads extractors/rules/numbers_qualifiers.tsv.
  static Status Create(const RuleFiles& rules, std::unique_ptr<Qualifiers>* out);

  std::string Pattern() const { return table_.Pattern(); }
  // The type of matched qualifier text; kNone for "" or unknown text.
  QualifierType Find(std::string_view s) const;

  // Sets value->low/high/approx for figure `v` under qualifier `q`:
  // kLower -> [v, open), kUpper -> (open, v], kApprox -> approx [v, v],
  // otherwise [v, v].
  static void Apply(QualifierType q, double v, Value* value);

 private:
  SurfaceTable table_;
  std::vector<QualifierType> types_;
};

// Reads the second number of a range match (groups "num2", "sep", "qual")
// whose first number is `first`. False when the match is not a range:
// "from $155 billion to $200 billion" is a change (two figures) unless it
// says "between", and a dash joins digits only ("twenty-five" is one number).
bool ParseRangeEnd(std::string_view text, const FigureMatch& m, const NumberParser& numbers,
                   const ParsedNumber& first, ParsedNumber* second);

// A candidate figure for SelectLongest.
struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  int index = 0;  // the caller's
};

// Keeps the longest candidates that do not overlap (ties: the earlier one,
// then the lower index), returned in text order.
std::vector<Candidate> SelectLongest(std::vector<Candidate> candidates);

// The word (ASCII letters) ending right before byte `pos`, skipping white
// space; "" when there is none. Lower-cased.
std::string PreviousWord(std::string_view text, size_t pos);

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_FIGURE_RULES_H_
