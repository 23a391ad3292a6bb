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

// True when RE2 pattern `re` cannot tell ASCII digits apart: no digit is
// written as a literal, and every character class holds all ten digits or
// none (\d, \w, [0-9], [^0-9], \s, [a-z]). A pattern's matches and groups
// are then the same in any two texts that differ only in which digit stands
// at each place (digits are one byte each, and word characters alike for
// \b). Conservative: an escape or construct it does not know (\x, \p, \Q,
// \C, back references) makes it false, as does a digit that is no repeat
// count ("{2,3}") or group name ("(?P<num2>").
bool DigitsAlike(std::string_view re);

// The letter pieces of RE2 pattern `re`, lower-cased: its runs of literal
// ASCII letters, split wherever a match could enter or leave one (groups,
// alternation, escapes, any other syntax) and with a repeated letter a piece
// of its own ("dlrs?" gives "dlr" and "s"). A match of `re` takes each piece
// whole or not at all, so every ASCII letter run it holds entirely is a
// concatenation of pieces. False when that does not hold: when `re` could
// match an ASCII letter other than through a literal letter (".", a negated
// class or one holding letters, \w, \S, \D, \p, \x, \C, \Q) or holds a
// character whose case folds to an ASCII letter (KELVIN SIGN, LONG S).
bool LetterPieces(std::string_view re, std::vector<std::string>* pieces);

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
// named groups that took part (absent groups are not in `groups`), as
// (name, text) in name order. The names are the pattern's own: they live
// as long as the FigurePatterns that made the match. A flat list, not a
// map: a match has a handful of groups, and the scan makes one per figure.
struct FigureMatch {
  size_t begin = 0;
  size_t end = 0;
  int pattern = 0;
  std::vector<std::pair<std::string_view, std::string_view>> groups;

  std::string_view Group(std::string_view name) const {
    for (const auto& [n, g] : groups)
      if (n == name) return g;
    return std::string_view();
  }
};

class FigurePatterns {
 public:
  // Reads `file` (records: name <TAB> template [<TAB> flags]), replaces each
  // `{NAME}` with macros.at(NAME) and compiles each pattern
  // case-insensitively. An unknown macro or flag or a pattern RE2 rejects is
  // InvalidInput naming file and line. The one flag, "ungated", leaves the
  // pattern out of the gate set of Scan(): it runs over every window. For a
  // pattern found in nearly every window (the gate would rarely skip it) the
  // smaller set is the cheaper scan; the matches are the same either way.
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

  // Optional narrowing, set once after SetAnchor() and before any Scan(), by
  // a caller that accepts only matches holding a match of `presence` (e.g. a
  // currency surface, written without word boundaries so that it matches
  // wherever a pattern's currency group can). Each window is then cut at
  // barrier words -- ASCII letter runs between ASCII bytes that are no
  // concatenation of the patterns' letter pieces (LetterPieces) -- and only
  // the stretches around `presence` matches are scanned, each from the start
  // of a barrier word to the end of one (or to the window's edge).
  //
  // Why no accepted match is lost or changed. (1) No match holds a barrier
  // word whole (its letters would be a concatenation of pieces), so a match
  // touching one starts or ends inside it, between two letters, and Scan()
  // skips it, in the whole window as in a stretch. (2) So every match Scan()
  // keeps lies between barrier words and, if accepted, holds a `presence`
  // match, which overlaps one that a left-to-right scan of the window finds;
  // the stretch around that one runs from the last barrier word ending
  // before it to the first starting after it, so it holds the kept match.
  // (3) Within a stretch, a pattern's match at each position is the one it
  // has in the whole window: a match reaching past the stretch's end would
  // hold its closing barrier word whole, or start inside it (skipped in
  // both, by 1). (4) The matches kept before a stretch end before its
  // opening barrier word, so the window's left-to-right scan enters the
  // stretch as a fresh scan of the stretch starts.
  // Matches holding no `presence` match may be left out. Without letter
  // pieces for every pattern (LetterPieces false) nothing is narrowed.
  // InvalidInput when RE2 rejects `presence`.
  Status SetPresence(const std::string& presence);

  // Appends every match of every pattern in `text`: each pattern is scanned
  // left to right without overlapping itself. A match that starts or ends
  // inside a word, or inside a number or a dealer's bid/offer quote ("40/50
  // yen" or "50 yen" in "146.40/50 yen", "7/16 pct" in "9-9/16 7/16 pct"),
  // is skipped (the scan resumes one character later).
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
