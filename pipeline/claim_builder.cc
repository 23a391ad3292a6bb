#include "pipeline/claim_builder.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/utf8.h"
#include "text/clauses.h"

namespace wirefacts {
namespace {

int Priority(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kMoney:
      return 0;
    case ClaimKind::kPercent:
      return 1;
    case ClaimKind::kDuration:
      return 2;
    case ClaimKind::kDate:
      return 3;
    case ClaimKind::kSet:
      return 4;
  }
  return 5;
}

bool IsFigure(ClaimKind kind) { return kind == ClaimKind::kMoney || kind == ClaimKind::kPercent; }

// How many words an organisation may follow the start of an attribution
// phrase and still be named with its source ("Jane Doe, chief economist at
// Acme": five).
constexpr size_t kSourceHeadWords = 6;

// The words (runs of letters or digits) in text[b, e).
size_t WordsBetween(std::string_view text, size_t b, size_t e) {
  size_t words = 0;
  bool in_word = false;
  for (size_t i = b; i < e && i < text.size(); ++i) {
    const bool w = std::isalnum(static_cast<unsigned char>(text[i])) != 0;
    if (w && !in_word) ++words;
    in_word = w;
  }
  return words;
}

// ASCII letters only: what std::tolower does in the "C" locale, the one the
// program runs in (it never calls setlocale), without a call per byte.
std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The lower-case run of letters ending at or before *pos (spaces skipped);
// *pos moves to its start.
std::string PreviousWord(std::string_view text, size_t* pos) {
  size_t e = *pos;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
  *pos = b;
  return Lower(text.substr(b, e - b));
}

// The lower-case runs of letters in [begin, end) of `text`.
std::vector<std::string> LetterWords(std::string_view text, size_t begin, size_t end) {
  std::vector<std::string> out;
  size_t i = begin;
  while (i < end) {
    if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    const size_t b = i;
    while (i < end && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    out.push_back(Lower(text.substr(b, i - b)));
  }
  return out;
}

// True when `opening` starts with one of the lower-case `phrases`, followed
// by a word boundary.
bool OpensWithPhrase(std::string_view opening, const std::vector<std::string>& phrases) {
  const std::string lower = Lower(opening);
  for (const std::string& p : phrases) {
    if (lower.compare(0, p.size(), p) == 0 &&
        (lower.size() == p.size() || !std::isalpha(static_cast<unsigned char>(lower[p.size()]))))
      return true;
  }
  return false;
}

bool Possessive(std::string_view text, size_t end) {
  const std::string_view rest = text.substr(end, 4);
  return rest.starts_with("'s") || rest.starts_with("\xe2\x80\x99s");
}

// `breaks` (ClauseBreaks of one sentence) without those around an
// appositive figure: ", or 1.0 pct," in "rose 3.6 billion dlrs, or 1.0 pct,
// in January", "(1.0 pct)" and "(or 1.0 pct)" restate the figure before, so they
// split no clause: both figures take the clause's date and subject.
// `figures`: in text order, disjoint.
std::vector<size_t> WithoutAppositiveBreaks(std::string_view text, std::vector<size_t> breaks,
                                            const std::vector<Extraction>& figures) {
  auto space = [&](size_t i) { return text[i] == ' ' || text[i] == '\n'; };
  auto figure_from = [&](size_t pos) {
    return std::lower_bound(figures.begin(), figures.end(), pos,
                            [](const Extraction& f, size_t p) { return f.begin < p; });
  };
  // What may follow the restating figure before the break: nothing, or a
  // unit the figure's span leaves out ("or 37 cts per share,", "a shr").
  auto only_unit_tail = [](std::string_view tail) {
    std::vector<std::string> words;
    for (size_t i = 0; i < tail.size();) {
      if (tail[i] == ' ' || tail[i] == '\n') {
        ++i;
        continue;
      }
      const size_t b = i;
      while (i < tail.size() && std::isalpha(static_cast<unsigned char>(tail[i]))) ++i;
      if (i == b) return false;  // not a word: a number, a stop, a bracket
      words.push_back(Lower(tail.substr(b, i - b)));
    }
    return words.empty() ||
           (words.size() == 2 && (words[0] == "per" || words[0] == "a" || words[0] == "an"));
  };
  // A money or percent figure ends right before `pos` (spaces skipped).
  auto figure_ends_at = [&](size_t pos) {
    while (pos > 0 && space(pos - 1)) --pos;
    auto f = figure_from(pos);
    return f != figures.begin() && std::prev(f)->end == pos && IsFigure(std::prev(f)->kind);
  };
  std::vector<size_t> kept;
  kept.reserve(breaks.size());
  for (size_t i = 0; i < breaks.size(); ++i) {
    if (i + 1 < breaks.size()) {
      const size_t b1 = breaks[i], b2 = breaks[i + 1];
      const bool comma = text[b1] == ',' && text[b2] == ',';
      const bool paren = text[b1] == '(' && text[b2] == ')';
      if ((comma || paren) && figure_ends_at(b1)) {
        size_t p = b1 + 1;
        while (p < b2 && space(p)) ++p;
        if (text.substr(p, 3) == "or ") {
          p += 3;
          while (p < b2 && space(p)) ++p;
        } else if (comma) {
          p = b2;  // only ", or <figure>,"
        }
        auto f = p < b2 ? figure_from(p) : figures.end();
        if (f != figures.end() && f->begin == p && IsFigure(f->kind) && f->end <= b2 &&
            only_unit_tail(text.substr(f->end, b2 - f->end))) {
          ++i;  // both breaks go
          continue;
        }
      }
    }
    kept.push_back(breaks[i]);
  }
  return kept;
}

// True when figure `b` restates figure `a` right after it: "3.6 billion
// dlrs, or 1.0 pct", "3.6 billion dlrs (1.0 pct)" or "(or 1.0 pct)".
bool Restates(std::string_view text, const Extraction& a, const Extraction& b) {
  if (b.begin < a.end) return false;
  // The glue without white space: at most three characters, so a scan that
  // stops at the fourth (figures far apart are answered at once).
  char glue[4];
  size_t n = 0;
  for (size_t i = a.end; i < b.begin; ++i) {
    if (text[i] == ' ' || text[i] == '\n') continue;
    if (n == 3) return false;
    glue[n++] = text[i];
  }
  const std::string_view g(glue, n);
  return g == ",or" || g == "(" || g == "(or";
}

std::set<std::string> SplitBar(const std::string& list) {
  std::set<std::string> out;
  for (const std::string& item : SplitRuleList(list)) out.insert(Lower(item));
  return out;
}

}  // namespace

Status ClaimBuilder::Create(const RuleFiles& rules, std::unique_ptr<ClaimBuilder>* out) {
  auto builder = std::make_unique<ClaimBuilder>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/time_anaphors.tsv", &records));
  for (const RuleRecord& r : records) builder->anaphors_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/time_openings.tsv", &records));
  for (const RuleRecord& r : records) builder->time_openings_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/time_comparisons.tsv", &records));
  for (const RuleRecord& r : records) builder->comparison_words_.insert(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/speech_verbs.tsv", &records));
  for (const RuleRecord& r : records) builder->speech_verbs_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/introductory_words.tsv", &records));
  for (const RuleRecord& r : records) builder->introductory_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/actor_roles.tsv", &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2) continue;
    const std::set<std::string> words = SplitBar(r.fields[1]);
    std::set<std::string>* target = r.fields[0] == "benchmark"     ? &builder->benchmark_
                                    : r.fields[0] == "counterpart" ? &builder->counterpart_
                                    : r.fields[0] == "skip"        ? &builder->skip_
                                    : r.fields[0] == "reset"       ? &builder->reset_
                                                                   : nullptr;
    if (target) target->insert(words.begin(), words.end());
    if (r.fields[0] == "window") builder->window_ = std::stoul(r.fields[1]);
    auto* phrases = r.fields[0] == "intermediary_before"  ? &builder->intermediary_before_
                    : r.fields[0] == "intermediary_after" ? &builder->intermediary_after_
                                                          : nullptr;
    if (phrases)
      for (const std::string& p : words) {
        std::vector<std::string> run = LetterWords(p, 0, p.size());
        if (!run.empty()) phrases->push_back(std::move(run));
      }
  }
  *out = std::move(builder);
  return Status::OK();
}

bool ClaimBuilder::DatesSaying(std::string_view text, size_t begin) const {
  // The one or two words before the date, lower-cased.
  size_t pos = begin;
  std::string word = PreviousWord(text, &pos);
  if (word == "on") word = PreviousWord(text, &pos);
  return std::find(speech_verbs_.begin(), speech_verbs_.end(), word) != speech_verbs_.end();
}

const Extraction* ClaimBuilder::OpeningTimeOf(std::string_view text, const Sentence& sentence,
                                              const std::vector<size_t>& breaks,
                                              size_t clause_first, const Extraction& figure,
                                              const std::vector<const Extraction*>& dates,
                                              const std::vector<Extraction>& figures) const {
  // The figure's clause must follow the opening clause directly.
  if (breaks.empty() || clause_first != breaks[0] || breaks[0] <= sentence.begin) return nullptr;
  const size_t opening_end = breaks[0];
  // The opening clause: a time setting, with no figure in it. Both lists
  // are in text order and disjoint (binary search, not a scan per claim).
  for (auto f = std::lower_bound(figures.begin(), figures.end(), sentence.begin,
                                 [](const Extraction&x, size_t p) { return x.begin < p; });
       f != figures.end() && f->begin < opening_end; ++f)
    if (IsFigure(f->kind)) return nullptr;
  // The first date: "the third quarter ended January 31" is the quarter.
  auto d = std::lower_bound(dates.begin(), dates.end(), sentence.begin,
                            [](const Extraction* x, size_t p) { return x->begin < p; });
  if (d == dates.end() || (*d)->end > opening_end) return nullptr;
  const Extraction* date = *d;
  if (DatesSaying(text, date->begin)) return nullptr;
  if (date->begin != sentence.begin &&
      !OpensWithPhrase(
          text.substr(sentence.begin, std::min<size_t>(40, opening_end - sentence.begin)),
          time_openings_))
    return nullptr;
  // Only a time setting: a few words around the date, not a clause of its
  // own ("In a statement issued on Monday, ..." dates the statement).
  auto words = [&](size_t b, size_t e) {
    size_t n = 0;
    for (size_t i = b; i < e; ++i)
      if (text[i] != ' ' && (i == b || text[i - 1] == ' ')) ++n;
    return n;
  };
  if (words(sentence.begin, date->begin) > 3 || words(date->end, opening_end) > 3) return nullptr;
  // The opening dates a saying when one comes before the figure ("On
  // Friday, Washington announced plans to put $300 mln in tariffs ...").
  for (const std::string& w : LetterWords(text, opening_end, figure.begin))
    if (std::find(speech_verbs_.begin(), speech_verbs_.end(), w) != speech_verbs_.end())
      return nullptr;
  // Not a comparison figure ("... from $7 million").
  size_t pos = figure.begin;
  const std::string before = PreviousWord(text, &pos);
  if (before == "from" || benchmark_.count(before)) return nullptr;
  return date;
}

bool ClaimBuilder::ComparisonBase(std::string_view text, const Extraction& date) const {
  if (date.value.timex.find('/') != std::string::npos) return false;  // a span
  auto space = [&](size_t i) { return text[i] == ' ' || text[i] == '\n'; };
  size_t before = date.begin;
  while (before > 0 && space(before - 1)) --before;
  const std::string word = PreviousWord(text, &before);
  if (!comparison_words_.count(word)) return false;
  if (word != "from") return true;
  // "from" also opens a start: of a span ("from 1981 to 1985") or of an
  // effect on a day ("18 dlrs a barrel from February 1").
  if (date.value.grain == "day") return false;
  size_t after = date.end;
  while (after < text.size() && space(after)) ++after;
  if (after < text.size() && text[after] == '-') return false;
  size_t w = after;
  while (w < text.size() && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
  const std::string next = Lower(text.substr(after, w - after));
  return next != "to" && next != "through" && next != "until" && next != "till";
}

// Bytes before and after a name searched for an intermediary's phrase.
constexpr size_t kIntermediaryReach = 40;

bool ClaimBuilder::Intermediary(std::string_view text, size_t begin, size_t end) const {
  // Within the sentence: the phrase may not reach past its end.
  auto stop = [](char c) {
    return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n';
  };
  size_t from = begin > kIntermediaryReach ? begin - kIntermediaryReach : 0;
  for (size_t i = begin; i > from; --i)
    if (stop(text[i - 1]) && !(i >= 2 && std::isupper(static_cast<unsigned char>(text[i - 2])))) {
      from = i;
      break;
    }
  size_t to = std::min(text.size(), end + kIntermediaryReach);
  for (size_t i = end; i < to; ++i)
    if (stop(text[i])) {
      to = i;
      break;
    }
  const std::vector<std::string> before = LetterWords(text, from, begin);
  // "via Bundesbank securities repurchase agreements", "via Federal
  // Express' delivery system": a name that modifies a noun is no bank.
  size_t next = end;
  while (next < text.size() && text[next] == ' ') ++next;
  const bool modifies =
      next < text.size() &&
      (std::islower(static_cast<unsigned char>(text[next])) || text[next] == '\'');
  for (const std::vector<std::string>& p : intermediary_before_)
    if (before.size() >= p.size() && std::equal(p.begin(), p.end(), before.end() - p.size()) &&
        !(modifies && p.size() == 1 && p[0] == "via"))
      return true;
  std::vector<std::string> after = LetterWords(text, end, to);
  std::erase(after, "also");  // "X is also offering the notes"
  for (const std::vector<std::string>& p : intermediary_after_)
    if (after.size() >= p.size() && std::equal(p.begin(), p.end(), after.begin())) return true;
  return false;
}

std::string ClaimBuilder::RoleInClause(std::string_view text, const Extraction& figure,
                                       size_t begin, size_t end) const {
  // Behind a comparison word after the figure, with no other preposition
  // in between: what the figure is measured against.
  if (begin >= figure.end) {
    const std::vector<std::string> words = LetterWords(text, figure.end, begin);
    for (size_t i = words.size(); i-- > 0;) {
      if (reset_.count(words[i]) || words.size() - i - 1 > window_) break;
      if (benchmark_.count(words[i])) return "benchmark";
    }
  }
  if (!Possessive(text, end)) {
    size_t pos = begin;
    std::string word = PreviousWord(text, &pos);
    while (skip_.count(word) && pos > 0) word = PreviousWord(text, &pos);
    if (counterpart_.count(word)) return "counterpart";
  }
  return "subject";
}

std::vector<Extraction> ClaimBuilder::ResolveOverlaps(std::vector<Extraction> figures) {
  // Indexes are sorted, not the figures: an Extraction is large (a Value of
  // many strings), and a story has hundreds.
  std::vector<size_t> order(figures.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t i, size_t j) {
    const Extraction& a = figures[i];
    const Extraction& b = figures[j];
    if (Priority(a.kind) != Priority(b.kind)) return Priority(a.kind) < Priority(b.kind);
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  // The spans kept so far (begin -> index in `figures`; disjoint): a span
  // overlaps one of them only if it overlaps the last starting before its
  // end. In begin order, they are the result.
  std::map<size_t, size_t> kept;
  for (size_t i : order) {
    const Extraction& e = figures[i];
    auto next = kept.lower_bound(e.end);
    const bool overlaps = next != kept.begin() && figures[std::prev(next)->second].end > e.begin;
    if (!overlaps && e.end > e.begin) kept.emplace(e.begin, i);
  }
  std::vector<Extraction> out;
  out.reserve(kept.size());
  for (const auto& [begin, i] : kept) out.push_back(std::move(figures[i]));
  return out;
}

void ClaimBuilder::Build(const NormalizedText& nt, std::string_view input,
                         std::vector<Extraction> figures, const ActorResult& actors,
                         const AttributionResult& attributions, std::vector<Claim>* claims,
                         std::vector<Mention>* mentions) const {
  const std::string_view text = nt.text;
  const CodepointIndex body_cp(text);
  const CodepointIndex input_cp(input);
  auto to_source_cp = [&](size_t byte) { return input_cp.ToCodepoint(nt.map.ToSource(byte)); };

  figures = ResolveOverlaps(std::move(figures));
  // A day or a date word inside an organisation's name is no date ("The
  // Sunday Times", "USA Today", "the Mail on Sunday").
  {
    std::vector<std::pair<size_t, size_t>> orgs;  // by begin
    for (const Mention& m : actors.mentions)
      if (m.kind == ActorKind::kOrganization) orgs.emplace_back(m.begin, m.end);
    std::sort(orgs.begin(), orgs.end());
    auto inside_org = [&](const Extraction& e) {
      auto it = std::upper_bound(orgs.begin(), orgs.end(), std::make_pair(e.begin, SIZE_MAX));
      for (int back = 0; back < 2 && it != orgs.begin(); ++back)
        if ((--it)->second >= e.end) return true;
      return false;
    };
    figures.erase(std::remove_if(figures.begin(), figures.end(),
                                 [&](const Extraction& e) {
                                   return !IsFigure(e.kind) && !orgs.empty() && inside_org(e);
                                 }),
                  figures.end());
  }
  // One claim per figure: reserved, not grown by doubling (a Claim is over
  // 1 KB, and a huge story's segment makes tens of thousands).
  claims->reserve(claims->size() + figures.size());

  // `figures` (hence `dates`) are in text order and disjoint: the ones in a
  // range are found by binary search, not by a scan of the story's figures
  // per claim (quadratic on long bodies).
  std::vector<const Extraction*> dates;
  for (const Extraction& e : figures)
    if (e.kind == ClaimKind::kDate) dates.push_back(&e);
  auto first_date_from = [&](size_t pos) {
    return std::lower_bound(dates.begin(), dates.end(), pos,
                            [](const Extraction* d, size_t p) { return d->begin < p; });
  };
  auto first_figure_from = [&](size_t pos) {
    return std::lower_bound(figures.begin(), figures.end(), pos,
                            [](const Extraction& f, size_t p) { return f.begin < p; });
  };

  // The last date of each sentence, for anaphoric carry-over.
  auto last_date_in = [&](const Sentence& s) -> const Extraction* {
    const Extraction* found = nullptr;
    for (auto it = first_date_from(s.begin); it != dates.end() && (*it)->begin <= s.end; ++it)
      if ((*it)->end <= s.end) found = *it;
    return found;
  };

  // Mentions by start (ties in their order), and the first attribution of
  // each sentence: a claim looks at its own sentence's.
  std::vector<size_t> by_begin(actors.mentions.size());
  for (size_t i = 0; i < by_begin.size(); ++i) by_begin[i] = i;
  std::stable_sort(by_begin.begin(), by_begin.end(), [&](size_t a, size_t b) {
    return actors.mentions[a].begin < actors.mentions[b].begin;
  });
  std::vector<const SentenceAttribution*> attribution_of(nt.sentences.size() + 1, nullptr);
  for (const SentenceAttribution& sa : attributions.sentences) {
    if (sa.sentence < 0 || static_cast<size_t>(sa.sentence) >= attribution_of.size()) continue;
    if (attribution_of[sa.sentence] == nullptr) attribution_of[sa.sentence] = &sa;
  }

  // The clause breaks of the last sentence asked for: figures come in text
  // order, so the figures of one sentence share one scan of it.
  std::vector<size_t> cached_breaks;
  size_t breaks_begin = SIZE_MAX, breaks_end = SIZE_MAX;
  auto breaks_of = [&](const Sentence& s) -> const std::vector<size_t>& {
    if (s.begin != breaks_begin || s.end != breaks_end) {
      cached_breaks = WithoutAppositiveBreaks(text, ClauseBreaks(text, s.begin, s.end), figures);
      breaks_begin = s.begin;
      breaks_end = s.end;
    }
    return cached_breaks;
  };

  for (const Extraction& e : figures) {
    Claim c;
    c.kind = e.kind;
    c.begin = e.begin;
    c.end = e.end;
    c.text = std::string(text.substr(e.begin, e.end - e.begin));
    c.start = body_cp.ToCodepoint(e.begin);
    c.stop = body_cp.ToCodepoint(e.end);
    c.source_start = to_source_cp(e.begin);
    c.source_end = to_source_cp(e.end);
    c.value = e.value;

    Sentence sentence{0, text.size()};
    if (!nt.sentences.empty()) {
      c.sentence_index = SentenceAt(nt.sentences, e.begin);
      sentence = nt.sentences[c.sentence_index];
    }
    c.sentence_begin = sentence.begin;
    c.sentence = std::string(text.substr(sentence.begin, sentence.end - sentence.begin));

    // A figure restated right after it ("3.6 billion dlrs, or 1.0 pct"):
    // the restatement's end is where the dates after the pair are measured
    // from, and the restatement's clause is looked in when the figure's own
    // has no date ("3.9 mln dlrs, or 73 cts per share in 1985."). A figure
    // restating the one before takes that one's time, if it has one.
    const size_t index = static_cast<size_t>(&e - figures.data());
    const bool restating = index > 0 && IsFigure(e.kind) && IsFigure(figures[index - 1].kind) &&
                           Restates(text, figures[index - 1], e);
    const Extraction* restated_by = index + 1 < figures.size() && IsFigure(e.kind) &&
                                            IsFigure(figures[index + 1].kind) &&
                                            Restates(text, e, figures[index + 1])
                                        ? &figures[index + 1]
                                        : nullptr;

    // Time: only figures other than dates refer to a time.
    if (restating && claims->back().time) {
      c.time = claims->back().time;  // every figure before this one made a claim
    } else if (e.kind != ClaimKind::kDate && e.kind != ClaimKind::kSet) {
      const std::vector<size_t>& breaks = breaks_of(sentence);
      const size_t first = ClauseOf(breaks, sentence.begin, sentence.end, e.begin).first;
      // The date of `x`'s clause nearest to [x.begin, x_end). A date the
      // figure is compared with ("rose 29.3 pct over the same period last
      // year", time_comparisons.tsv) only when the clause has no other.
      auto nearest_date = [&](const Extraction& x, size_t x_end) -> const Extraction* {
        const auto [x_first, x_last] = ClauseOf(breaks, sentence.begin, sentence.end, x.begin);
        const Extraction* best = nullptr;
        size_t best_distance = SIZE_MAX;
        const Extraction* best_base = nullptr;
        size_t best_base_distance = SIZE_MAX;
        for (auto it = first_date_from(x_first); it != dates.end() && (*it)->begin <= x_last;
             ++it) {
          const Extraction* d = *it;
          if (d->end > x_last) continue;
          if (DatesSaying(text, d->begin)) continue;
          const size_t lo = std::min(d->end, x.end), hi = std::max(d->begin, x.begin);
          // No other money or percent figure may stand between the two, but
          // for one restating `x` or restated by it.
          bool blocked = false;
          for (auto o = first_figure_from(lo); o != figures.end() && o->begin <= hi; ++o) {
            if (&*o == &x || !IsFigure(o->kind) || Restates(text, x, *o) || Restates(text, *o, x))
              continue;
            if (o->end <= hi) blocked = true;
          }
          if (blocked) continue;
          const size_t distance = d->begin >= x.end ? d->begin - x_end : x.begin - d->end;
          const bool base = d->begin >= x.end && ComparisonBase(text, *d);
          const Extraction*& slot = base ? best_base : best;
          size_t& slot_distance = base ? best_base_distance : best_distance;
          // Ties go to the date after the figure ("$200 billion in 2019").
          if (distance < slot_distance || (distance == slot_distance && d->begin > x.begin)) {
            slot = d;
            slot_distance = distance;
          }
        }
        // A comparison base is earlier than what is compared with it: a
        // later date after "from" starts something ("a further 1.5 pct from
        // July next year"), and the nearer date wins as for any other.
        if (best != nullptr && best_base != nullptr && best_base->value.start > best->value.start &&
            (best_base_distance < best_distance ||
             (best_base_distance == best_distance && best_base->begin > best->begin)))
          return best_base;
        return best != nullptr ? best : best_base;
      };
      const Extraction* best = nearest_date(e, restated_by ? restated_by->end : e.end);
      if (!best && restated_by) best = nearest_date(*restated_by, restated_by->end);
      if (!best && c.sentence_index > 0) {
        if (OpensWithPhrase(std::string_view(c.sentence).substr(0, 40), anaphors_))
          best = last_date_in(nt.sentences[c.sentence_index - 1]);
      }
      if (!best) best = OpeningTimeOf(text, sentence, breaks, first, e, dates, figures);
      if (best) c.time = best->value;
    }

    // Actors of the sentence, each once, in order of first mention. Those
    // named in the figure's own clause get the role "subject": the figure
    // is about them ("Brazil's 109 billion dlr foreign debt"), while the rest
    // of the sentence only sets the scene ("..., Argentina's minister said").
    const std::vector<size_t>& breaks = breaks_of(sentence);
    auto [clause_first, clause_last] = ClauseOf(breaks, sentence.begin, sentence.end, e.begin);
    if (clause_first == sentence.begin && clause_last < sentence.end) {
      // An introductory clause shares the subject of the clause after it.
      size_t w = clause_first;
      while (w < clause_last && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
      const std::string first_word = Lower(text.substr(clause_first, w - clause_first));
      if (std::find(introductory_.begin(), introductory_.end(), first_word) != introductory_.end())
        clause_last = ClauseOf(breaks, sentence.begin, sentence.end, clause_last + 1).second;
    }
    // An actor named more than once in the clause takes the role of the
    // mention nearest the figure ("a 7.1 billion dlr surplus with the U.S.
    // ... in favor of U.S. companies" is about the U.S. as counterpart).
    std::vector<size_t> distance;     // per actor: of the mention that set its role
    std::vector<size_t> in_sentence;  // the sentence's mentions, in their order
    for (auto it =
             std::lower_bound(by_begin.begin(), by_begin.end(), sentence.begin,
                              [&](size_t i, size_t p) { return actors.mentions[i].begin < p; });
         it != by_begin.end() && actors.mentions[*it].begin <= sentence.end; ++it)
      in_sentence.push_back(*it);
    std::sort(in_sentence.begin(), in_sentence.end());
    for (size_t mi : in_sentence) {
      const Mention& m = actors.mentions[mi];
      if (m.begin < sentence.begin || m.end > sentence.end) continue;
      // Disjoint figures in text order: only those starting at or before the
      // mention and ending at or after its end can hold it.
      bool in_money = false;
      for (auto f = first_figure_from(m.begin + 1); f != figures.begin();) {
        --f;
        if (f->end < m.end) break;
        if (f->kind == ClaimKind::kMoney) in_money = true;
      }
      if (in_money) continue;  // the currency's country: "13.6 billion U.S. dlrs"
      const bool in_clause = m.begin >= clause_first && m.end <= clause_last;
      std::string role = in_clause ? RoleInClause(text, e, m.begin, m.end) : "";
      // Only a firm or a person arranges an issue (goods go "via Hong Kong").
      if (in_clause && role != "benchmark" &&
          (m.kind == ActorKind::kOrganization || m.kind == ActorKind::kPerson) &&
          Intermediary(text, m.begin, m.end))
        role = "intermediary";
      // What a spread of the sentence is measured against, outside this
      // figure's clause, this figure is too: the restated yield of "priced
      // to yield 9.388 pct, or 174 basis points over comparable Treasury
      // paper", and the coupon of "a 7-1/2 pct coupon and priced at 99.75
      // to yield 7.56 pct, or 74 basis points over Treasury notes" (two
      // issues priced over the notes are not one). Only a spread (points):
      // the company of "a premium of 20 pct over yesterday's Atari share
      // close" is what a conversion price before it is about.
      if (!in_clause) {
        for (auto o = first_figure_from(sentence.begin); o != figures.end() && o->end <= m.begin;
             ++o) {
          if (o->kind != ClaimKind::kPercent || !o->value.points || &*o == &e) continue;
          if (m.end <= ClauseOf(breaks, sentence.begin, sentence.end, o->begin).second &&
              RoleInClause(text, *o, m.begin, m.end) == "benchmark") {
            role = "benchmark";
            break;
          }
        }
      }
      const size_t d = !in_clause         ? SIZE_MAX
                       : m.begin >= e.end ? m.begin - e.end
                                          : e.begin - std::min(e.begin, m.end);
      auto known = std::find_if(c.actors.begin(), c.actors.end(),
                                [&](const ClaimActor& a) { return a.name == m.actor; });
      if (known == c.actors.end()) {
        c.actors.push_back({m.actor, m.kind, role});
        distance.push_back(d);
      } else if (d < distance[known - c.actors.begin()]) {
        known->role = role;
        distance[known - c.actors.begin()] = d;
      }
    }

    if (c.sentence_index >= 0 && static_cast<size_t>(c.sentence_index) < attribution_of.size()) {
      if (const SentenceAttribution* sa = attribution_of[c.sentence_index]) {
        c.attribution = sa->attribution;
        // The bank arranging an issue stays its intermediary when it also
        // states the terms ("..., said lead manager Salomon Brothers"): the
        // figure is the issuer's, not the bank's.
        for (ClaimActor& a : c.actors)
          if (CreditsActor(sa->attribution, a.name) && a.role != "intermediary") a.role = "speaker";
        // The organisation named with the source, at the head of the
        // attribution phrase ("Norman Robertson at Mellon said", "Acme
        // chairman Jane Doe said", "Finance Ministry sources said"),
        // vouches for the figure with the speaker: it is not what the figure
        // is about. Not one named further on in a long phrase ("Dome
        // spokesman Annesley declined to say ... its Dome Mines shares, but
        // said"), nor one the sentence names elsewhere too ("Losses for
        // Volkswagen AG, VW, ..., a VW spokesman said").
        auto at_source = [&](const Mention& m) {
          return m.begin >= sa->begin && m.end <= sa->end &&
                 WordsBetween(text, sa->begin, m.begin) <= kSourceHeadWords;
        };
        for (ClaimActor& a : c.actors) {
          if (a.kind != ActorKind::kOrganization || !a.role.empty()) continue;
          bool source = false, elsewhere = false;
          for (size_t mi : in_sentence) {
            const Mention& m = actors.mentions[mi];
            if (m.actor != a.name || m.begin < sentence.begin || m.end > sentence.end) continue;
            (at_source(m) ? source : elsewhere) = true;
          }
          if (source && !elsewhere) a.role = "speaker";
        }
      }
    }
    claims->push_back(std::move(c));
  }

  if (mentions) {
    for (Mention& m : *mentions) {
      m.start = body_cp.ToCodepoint(m.begin);
      m.stop = body_cp.ToCodepoint(m.end);
      m.source_start = to_source_cp(m.begin);
      m.source_end = to_source_cp(m.end);
    }
  }
}

}  // namespace wirefacts
