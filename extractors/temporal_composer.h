// TemporalComposer: joins adjacent temporal pieces that the scanner found
// separately into one expression, the way a reader takes them together:
//
//   "tomorrow at 8am"          day + clock        -> 2013-02-13T08:00
//   "April 22 at 5pm"          day + clock        -> 2013-04-22T17:00
//   "5 to 6pm of April 22"     clock range + day  -> 2013-04-22T17:00/2013-04-22T18:00
//   "next week on Tuesday"     week + weekday     -> the Tuesday of that week
//   "Tuesday in the morning"   day + part of day  -> 2013-02-12TMO
//   "from 2pm for 2 hours"     clock + length     -> 2013-02-12T14:00/2013-02-12T16:00
//   "Jan 12, 2016 - 01/22/2016" day + day         -> 2016-01-12/2016-01-22
//   "3 days after January 12th" length + day   -> 2017-01-15 (offset words)
//   "for 3 days from today"    length + day       -> the 3 days from today
//   "between Jan 2019 and now" month + now        -> 2019-01/<DCT day>
//   "2014 through May 2018"    year + month       -> 2014/2018-05 (any grains)
//   "26 June to 28 June in 2020" day + day        -> 2020-06-26/2020-06-28
//   "April to June in 2017"    range + year       -> 2017-04/2017-06
//   "the fourth of July of 1995" day + year       -> 1995-07-04
//   "from March to date"       month + "to date"  -> <March>/<DCT day>
//
// Two pieces merge when both are dates, the text between them is only white
// space, commas, or one joining word of extractors/rules/temporal_compose.tsv
// ("at", "on", "of", "in the", "from", "-"), and their grains fit; a range
// word joins two clocks, two days or two months, a span word a clock and a
// length. The day
// anchors the time: a clock piece keeps its clock and takes the day of the
// other piece; a week piece gives the weekday piece its week. A merged claim
// can merge again, with the piece before it too ("next week on Tuesday at 9
// am", "14th Feb" + "for 7 hours from 9:30am"). One pass over the pieces in
// text order; no regex.
//
// Internal to extractors/: TemporalScanner runs it on every scan.
#ifndef WIREFACTS_EXTRACTORS_TEMPORAL_COMPOSER_H_
#define WIREFACTS_EXTRACTORS_TEMPORAL_COMPOSER_H_

#include <memory>
#include <vector>

#include "base/rule_files.h"
#include "base/status.h"
#include "extractors/extraction.h"

namespace wirefacts {

class TemporalComposer {
 public:
  static Status Create(const RuleFiles& rules, std::unique_ptr<TemporalComposer>* out);
  ~TemporalComposer();

  // Rewrites `pieces` (the scanner's claims of `doc`, in text order, without
  // overlaps) so that composable neighbours become one claim spanning both
  // (rule "compose:<first rule>+<second rule>"), and drops the pieces of
  // part-of-day rules that did not merge. Keeps text order and no overlaps.
  // Thread-safe.
  void Compose(const DocumentView& doc, std::vector<Extraction>* pieces) const;

 private:
  struct Impl;
  explicit TemporalComposer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace wirefacts

#endif  // WIREFACTS_EXTRACTORS_TEMPORAL_COMPOSER_H_
