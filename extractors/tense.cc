#include "extractors/tense.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

namespace wirefacts {

namespace {
constexpr char kRuleFile[] = "extractors/rules/temporal_tense.tsv";

// Sentences longer than this are not kept from one call of At to the next.
constexpr size_t kMaxKeptSentence = 64 << 10;

// Where a cue counts, relative to the expression (the scope column).
enum class Scope {
  kAny,     // before or after it
  kBefore,  // "before": only ending before it
  kNext,    // "next": only right before it, nothing but spaces between
};

struct Cue {
  std::unique_ptr<RE2> re;
  Tense tense = Tense::kUnknown;
  int strength = 1;
  Scope scope = Scope::kAny;
};

struct Hit {
  size_t begin, end;
  Tense tense;
  int strength;
  Scope scope;
};
}  // namespace

struct TenseDetector::Impl {
  std::vector<Cue> cues;
  // Every cue, unanchored: which cues occur in a sentence at all, so that
  // the others are not run over it. Null when it does not compile (then
  // every cue runs).
  std::unique_ptr<RE2::Set> any;
  // Unique to this detector (the per-thread cache of At is keyed on it).
  uint64_t serial = 0;

  // Every match of every cue in `sentence`, in cue order.
  void Hits(std::string_view sentence, std::vector<Hit>* hits) const;
};

void TenseDetector::Impl::Hits(std::string_view sentence, std::vector<Hit>* hits) const {
  hits->clear();
  std::vector<int> which;
  bool all = true;
  if (any) {
    RE2::Set::ErrorInfo error{};
    const bool found = any->Match(sentence, &which, &error);
    if (error.kind == RE2::Set::kNoError) {
      if (!found) return;
      all = false;
      std::sort(which.begin(), which.end());
    }
  }
  auto run = [&](const Cue& cue) {
    size_t pos = 0;
    re2::StringPiece m;
    while (pos <= sentence.size() &&
           cue.re->Match(sentence, pos, sentence.size(), RE2::UNANCHORED, &m, 1)) {
      size_t b = m.data() - sentence.data(), e = b + m.size();
      hits->push_back({b, e, cue.tense, cue.strength, cue.scope});
      pos = e > b ? e : b + 1;
    }
  };
  if (all) {
    for (const Cue& cue : cues) run(cue);
  } else {
    for (int c : which) run(cues[c]);
  }
}

TenseDetector::TenseDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TenseDetector::~TenseDetector() = default;

Status TenseDetector::Create(const RuleFiles& rules, std::unique_ptr<TenseDetector>* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kRuleFile, &records));
  auto impl = std::make_unique<Impl>();
  RE2::Options set_options;
  set_options.set_case_sensitive(false);
  set_options.set_log_errors(false);
  auto any = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  bool any_ok = true;
  for (const RuleRecord& r : records) {
    std::string where = std::string(kRuleFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected 3 columns");
    Cue cue;
    RE2::Options opt;
    opt.set_case_sensitive(false);
    opt.set_log_errors(false);
    cue.re = std::make_unique<RE2>(r.fields[0], opt);
    if (!cue.re->ok()) return Status::InvalidInput(where + ": " + cue.re->error());
    if (r.fields[1] == "past") {
      cue.tense = Tense::kPast;
    } else if (r.fields[1] == "future") {
      cue.tense = Tense::kFuture;
    } else if (r.fields[1] == "none") {
      cue.tense = Tense::kUnknown;
    } else {
      return Status::InvalidInput(where + ": tense must be past, future or none");
    }
    cue.strength = r.fields[2] == "2" ? 2 : 1;
    if (r.fields.size() > 3 && !r.fields[3].empty()) {
      if (r.fields[3] == "before") {
        cue.scope = Scope::kBefore;
      } else if (r.fields[3] == "next") {
        cue.scope = Scope::kNext;
      } else {
        return Status::InvalidInput(where + ": scope must be before or next");
      }
    }
    any_ok = any_ok && any->Add(r.fields[0], nullptr) == static_cast<int>(impl->cues.size());
    impl->cues.push_back(std::move(cue));
  }
  if (any_ok && !impl->cues.empty() && any->Compile()) impl->any = std::move(any);
  static std::atomic<uint64_t> serials{0};
  impl->serial = ++serials;
  out->reset(new TenseDetector(std::move(impl)));
  return Status::OK();
}

Tense TenseDetector::At(std::string_view sentence, size_t begin, size_t end, int* strength) const {
  // The cues of a sentence do not depend on the expression: the last
  // sentence's are kept (per thread) for the next expression in it; a huge
  // sentence's only until the next sentence.
  struct Last {
    uint64_t serial = 0;  // 0: empty
    std::string sentence;
    std::vector<Hit> hits;
  };
  thread_local Last last;
  if (last.serial != impl_->serial || last.sentence != sentence) {
    if (last.sentence.capacity() > kMaxKeptSentence) last = Last();  // a huge one: let it go
    last.serial = 0;
    impl_->Hits(sentence, &last.hits);
    last.sentence.assign(sentence);
    last.serial = impl_->serial;
  }
  // The cue right before the expression ("arrived on Friday", "issued July
  // 1"): at most one short word between them.
  auto right_before = [&](const Hit& h) {
    if (h.end > begin) return false;
    std::string_view gap = sentence.substr(h.end, begin - h.end);
    size_t words = 0;
    bool in_word = false;
    for (char c : gap) {
      bool w = !std::isspace(static_cast<unsigned char>(c));
      if (w && !in_word) ++words;
      in_word = w;
    }
    return words <= 1 && gap.size() <= 8;
  };
  // A cue scoped "before" counts only ending before the expression, one
  // scoped "next" only with nothing but spaces between it and the expression
  // (its pattern takes in any preposition: "opens on"); elsewhere it is no
  // cue and hides none of the cues inside it.
  auto next_to = [&](const Hit& h) {
    if (h.end > begin) return false;
    for (char c : sentence.substr(h.end, begin - h.end))
      if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
  };
  std::vector<Hit> hits;
  for (const Hit& h : last.hits) {
    bool counts = h.scope == Scope::kNext
                      ? next_to(h)
                      : h.end <= begin || (h.begin >= end && h.scope == Scope::kAny);
    if (counts) hits.push_back(h);
  }
  // The cue right before the expression is the verb it attaches to: it
  // counts one strength more. Cues after the expression count at twice their
  // distance (the governing verb mostly comes first in English news).
  auto rank = [&](const Hit& h) { return right_before(h) ? h.strength + 1 : h.strength; };
  // A cue after the expression behind "saying", "that", "which" or "who"
  // belongs to a reported or relative clause, not to the verb the date
  // attaches to: "issued a statement Friday saying the entry will ...".
  // So does a cue past a quotation mark: the date is inside a quotation that
  // closes before the attribution ("'... will leave at 4 a.m. Thursday,'' he
  // said"), or outside one that opens after it.
  auto behind_clause = [&](const Hit& h) {
    if (h.begin < end) return false;
    std::string_view gap = sentence.substr(end, h.begin - end);
    if (gap.find('"') != std::string_view::npos || gap.find("''") != std::string_view::npos ||
        gap.find("``") != std::string_view::npos ||
        gap.find("\xE2\x80\x9D") != std::string_view::npos ||
        gap.find("\xE2\x80\x9C") != std::string_view::npos)
      return true;
    size_t i = 0;
    while (i < gap.size()) {
      while (i < gap.size() && !std::isalpha(static_cast<unsigned char>(gap[i]))) ++i;
      size_t j = i;
      while (j < gap.size() && std::isalpha(static_cast<unsigned char>(gap[j]))) ++j;
      std::string w(gap.substr(i, j - i));
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (w == "saying" || w == "that" || w == "which" || w == "who") return true;
      i = j;
    }
    return false;
  };
  // A relative aside between a subject and its verb, ", which will report
  // results next week," or "(who ...)", before the expression: its cues are
  // the aside's, and the cues between its end and the expression are those of
  // the verb the date attaches to, which win ("The company, which will report
  // results next week, completed the deal in May": May is past). The aside
  // opens with a comma or a parenthesis and a relative word, and closes with
  // a comma, a parenthesis or a semicolon before the expression.
  auto opens_aside = [&](size_t i) {
    const char c = sentence[i];
    if (c == '(') return true;
    if (c != ',') return false;
    size_t j = i + 1;
    while (j < sentence.size() && std::isspace(static_cast<unsigned char>(sentence[j]))) ++j;
    size_t k = j;
    while (k < sentence.size() && std::isalpha(static_cast<unsigned char>(sentence[k]))) ++k;
    const std::string_view w = sentence.substr(j, k - j);
    for (std::string_view rel : {"which", "who", "whose", "whom", "where"}) {
      if (w.size() == rel.size() && std::equal(w.begin(), w.end(), rel.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
          }))
        return true;
    }
    return false;
  };
  auto closes_aside = [&](size_t i) {
    const char c = sentence[i];
    if (c == ')' || c == ';') return true;
    // A comma that is no thousands separator ("5,000").
    return c == ',' &&
           !(i > 0 && std::isdigit(static_cast<unsigned char>(sentence[i - 1])) &&
             i + 1 < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[i + 1])));
  };
  // Where the aside holding cue `h` closes, or npos when `h` is in none.
  auto aside_close = [&](const Hit& h) -> size_t {
    constexpr size_t kNone = std::string_view::npos;
    if (h.end > begin) return kNone;
    size_t close = h.end;
    while (close < begin && !closes_aside(close)) ++close;
    if (close >= begin) return kNone;  // the expression is in the cue's clause
    size_t open = h.begin;
    while (open > 0 && !closes_aside(open - 1) && sentence[open - 1] != '(') --open;
    if (open == 0 || !opens_aside(open - 1)) return kNone;
    // Only when a cue stands between the aside and the expression: the verb
    // of the clause the aside interrupts. Without one the comma may only
    // part a list inside the aside ("who stepped down as chairman,
    // president and chief executive in March").
    for (const Hit& o : hits)
      if (o.begin > close && o.end <= begin) return close;
    return kNone;
  };
  size_t verb_from = std::string_view::npos;  // past the last aside, if any
  bool aside_before = false;                  // most sentences have none: skip the search
  for (size_t i = 0; i < begin && i < sentence.size() && !aside_before; ++i)
    aside_before = (sentence[i] == ',' || sentence[i] == '(') && opens_aside(i);
  if (aside_before) {
    for (const Hit& h : hits) {
      const size_t close = aside_close(h);
      if (close != std::string_view::npos &&
          (verb_from == std::string_view::npos || close > verb_from))
        verb_from = close;
    }
  }
  // The best cue: the highest rank, then the nearest; of two on the same
  // words, the one listed first in the rules (hits are in cue order). After
  // an aside, first among the cues between it and the expression.
  auto pick = [&](bool after_aside) -> const Hit* {
    const Hit* best = nullptr;
    size_t best_distance = 0;
    int best_rank = 0;
    for (const Hit& h : hits) {
      if (after_aside && (h.begin <= verb_from || h.end > begin)) continue;
      bool inside = false;
      for (const Hit& o : hits) {
        if (&o != &h && o.begin <= h.begin && h.end <= o.end &&
            (o.end - o.begin) > (h.end - h.begin))
          inside = true;
      }
      if (inside || behind_clause(h)) continue;
      if (verb_from != std::string_view::npos && h.end <= verb_from) continue;  // in an aside
      size_t distance = h.end <= begin ? begin - h.end : 2 * (h.begin - end);
      int r = rank(h);
      if (best == nullptr || r > best_rank || (r == best_rank && distance < best_distance)) {
        best = &h;
        best_distance = distance;
        best_rank = r;
      }
    }
    return best;
  };
  const Hit* best = verb_from != std::string_view::npos ? pick(true) : nullptr;
  if (best == nullptr) best = pick(false);
  if (strength != nullptr) *strength = best ? best->strength : 0;
  return best ? best->tense : Tense::kUnknown;
}

}  // namespace wirefacts
