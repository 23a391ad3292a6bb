#include "reconcile/measure_annotator.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "reconcile/tolerances.h"
#include "text/clauses.h"

namespace wirefacts {
namespace {

std::set<std::string> SplitBar(const std::string& list) {
  const std::vector<std::string> items = SplitRuleList(list);
  return {items.begin(), items.end()};
}

// The figure's byte span in its sentence: from its offsets when they point
// at its text, else its first occurrence (claims read back from the store
// carry their text but not their byte offsets).
std::pair<size_t, size_t> FigureSpan(const Claim& c) {
  const std::string& s = c.sentence;
  const size_t fb = std::min(c.begin - std::min(c.begin, c.sentence_begin), s.size());
  const size_t fe = std::min(fb + (c.end - std::min(c.end, c.begin)), s.size());
  if (fe > fb && s.compare(fb, fe - fb, c.text) == 0) return {fb, fe};
  const size_t at = s.find(c.text);
  if (at == std::string::npos || c.text.empty()) return {fb, fe};
  return {at, at + c.text.size()};
}

// True when word i of `s` is a capitalised word inside a name, not the
// sentence's first word: the next word is capitalised too ("the Commerce
// Department said", "Trade Representative") or "of" follows a capitalised
// word before it ("Canadian Imperial Bank of Commerce"): a word of an
// organisation's name or a title.
bool InName(const std::string& s, const std::vector<Word>& words, size_t i) {
  auto upper = [&](size_t k) {
    return std::isupper(static_cast<unsigned char>(s[words[k].begin]));
  };
  if (i == 0 || !upper(i)) return false;
  if (i + 1 < words.size() && upper(i + 1)) return true;
  return i >= 2 && words[i - 1].text == "of" && upper(i - 2);
}

// The clause of the figure [fb, fe) of `s`. A figure restating the one
// before it (", or 1.0 pct," / "(1.0 pct)" / "(or 1.0 pct)", as
// pipeline/claim_builder.cc reads it) splits no clause: "retail sales rose
// 4.77 billion dlrs, or 4.1 pct" measures sales, "a 36 billion Ecu (41
// billion dlr) budget" a budget.
std::pair<size_t, size_t> FigureClause(const std::string& s, const std::vector<size_t>& breaks,
                                       size_t fb, size_t fe) {
  auto clause = ClauseOf(breaks, 0, s.size(), fb);
  if (clause.first == 0 || (s[clause.first] != ',' && s[clause.first] != '(')) return clause;
  size_t p = s.find_first_not_of(' ', clause.first + 1);
  if (p != std::string::npos && s.compare(p, 3, "or ") == 0)
    p = s.find_first_not_of(' ', p + 3);
  else if (s[clause.first] == ',')
    return clause;  // only ", or <figure>"
  if (p != fb) return clause;
  // Closed right after the figure, but for a unit ("or 37 cts per share,").
  size_t q = fe, words = 0;
  while (q < clause.second) {
    if (s[q] == ' ') {
      ++q;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(s[q])) || ++words > 2) return clause;
    while (q < clause.second && std::isalpha(static_cast<unsigned char>(s[q]))) ++q;
  }
  const char closer = s[clause.first] == '(' ? ')' : ',';
  clause.first = ClauseOf(breaks, 0, s.size(), clause.first - 1).first;
  if (clause.second < s.size() && s[clause.second] == closer)
    clause.second = ClauseOf(breaks, 0, s.size(), clause.second + 1).second;
  return clause;
}

// Sentences longer than this are not kept from one call to the next.
constexpr size_t kMaxKeptSentence = 64 << 10;

// An event word is a date's event when at most this many words that are not
// capitalised stand between them ("Reagan today is to announce a decision on
// tough new tariffs": 8).
constexpr size_t kEventWordsAway = 8;

// The words and clause breaks of a sentence.
struct SentenceWords {
  bool valid = false;
  std::string text;
  std::vector<Word> words;
  std::vector<size_t> breaks;
};

// Those of `s`. The last sentence's are kept (per thread): the claims of a
// sentence are annotated one after another. The reference is good until the
// next call; a huge sentence's are freed by the next call.
const SentenceWords& WordsOf(const std::string& s) {
  thread_local SentenceWords last;
  if (!last.valid || last.text != s) {
    if (last.text.capacity() > kMaxKeptSentence) last = SentenceWords();  // a huge one: let it go
    last.valid = false;
    last.words = Tokenize(s);
    last.breaks = ClauseBreaks(s, 0, s.size());
    last.text = s;
    last.valid = true;
  }
  return last;
}

}  // namespace

Status MeasureAnnotator::Create(const RuleFiles& rules, std::unique_ptr<MeasureAnnotator>* out) {
  auto a = std::make_unique<MeasureAnnotator>();
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/measures.tsv", &a->measures_));
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/events.tsv", &a->events_));
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/qualifiers.tsv", &a->qualifiers_));
  WF_RETURN_IF_ERROR(WordGroups::Load(rules, "reconcile/rules/aspects.tsv", &a->aspect_words_));
  WF_RETURN_IF_ERROR(
      WordGroups::Load(rules, "reconcile/rules/currency_names.tsv", &a->currencies_));
  std::vector<RuleRecord> measures;
  WF_RETURN_IF_ERROR(rules.ReadRecords("reconcile/rules/measures.tsv", &measures));
  for (const RuleRecord& r : measures) {
    if (r.fields.size() < 3) continue;
    const std::set<std::string> flags = SplitBar(r.fields[2]);
    if (flags.count("stock")) a->stock_.insert(r.fields[0]);
    if (flags.count("percent_only")) a->percent_only_.insert(r.fields[0]);
    if (flags.count("quote")) a->quote_.insert(r.fields[0]);
  }
  std::vector<RuleRecord> qualifiers;
  WF_RETURN_IF_ERROR(rules.ReadRecords("reconcile/rules/qualifiers.tsv", &qualifiers));
  for (const RuleRecord& r : qualifiers)
    if (r.fields.size() >= 3 && SplitBar(r.fields[2]).count("before"))
      a->before_only_.insert(r.fields[0]);
  std::vector<RuleRecord> cues;
  WF_RETURN_IF_ERROR(rules.ReadRecords("reconcile/rules/change_cues.tsv", &cues));
  for (const RuleRecord& r : cues) {
    if (r.fields.size() < 2) continue;
    std::set<std::string> words = SplitBar(r.fields[1]);
    if (r.fields[0] == "filler") a->filler_.insert(words.begin(), words.end());
    if (r.fields[0] == "before") a->before_.insert(words.begin(), words.end());
    if (r.fields[0] == "after") a->after_.insert(words.begin(), words.end());
    if (r.fields[0] == "up") a->up_.insert(words.begin(), words.end());
    if (r.fields[0] == "down") a->down_.insert(words.begin(), words.end());
  }
  *out = std::move(a);
  return Status::OK();
}

size_t MeasureAnnotator::PurposeStart(const std::string& s, const std::vector<Word>& words,
                                      size_t fe) const {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].begin < fe) continue;
    const std::string& kind = aspect_words_.GroupAt(words, i, nullptr);
    if (kind == "purpose_phrase") return words[i].begin;
    if (kind != "purpose") continue;
    const Word& next = words[i + 1];
    if (!std::islower(static_cast<unsigned char>(s[next.begin]))) continue;
    const std::string& g = aspect_words_.GroupAt(words, i + 1, nullptr);
    if (g == "determiner" || g == "not_verb" || filler_.count(next.text)) continue;
    // Money spent on a measured thing is that thing ("8.1 mln dlrs of its
    // proceeds to buy ...": purchases).
    if (!measures_.GroupAt(words, i + 1, nullptr).empty()) continue;
    // Nor a noun before a head word: "adding 900 mln dlrs annually to
    // program costs".
    if (i + 2 < words.size() && !measures_.GroupAt(words, i + 2, nullptr).empty()) continue;
    return words[i].begin;
  }
  return SIZE_MAX;
}

size_t MeasureAnnotator::FindHead(const Claim& claim, const std::vector<Word>& words, size_t fb,
                                  size_t fe, size_t cb, size_t ce, std::string* group) const {
  size_t head = SIZE_MAX;
  group->clear();
  // What the money is for is not what it is: "paid Jefferies three mln dlrs
  // to offset the loss".
  const size_t purpose = PurposeStart(claim.sentence, words, fe);
  for (int pass = 0; pass < 2 && group->empty(); ++pass) {
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].begin >= fb && words[i].end <= fe) continue;  // the figure
      if (words[i].begin >= purpose) break;
      if (pass == 0 && (words[i].begin < cb || words[i].end > ce)) continue;
      size_t len = 0;
      const std::string& g = measures_.GroupAt(words, i, &len);
      if (g.empty()) continue;
      if (claim.kind == ClaimKind::kMoney && percent_only_.count(g)) continue;
      // Outside the figure's clause, a word of a name ("..., the Commerce
      // Department said") is no measure of the figure.
      if (pass == 1 && InName(claim.sentence, words, i)) continue;
      // On a tie the word after the figure wins: it heads the noun phrase
      // the figure modifies ("paying off its 109 billion dlr foreign debt").
      const size_t d = words[i].begin >= fe ? words[i].begin - fe : fb - words[i].end;
      if (d < best || (d == best && words[i].begin >= fe)) {
        best = d;
        *group = g;
        head = i;
      }
    }
  }
  return head;
}

size_t MeasureAnnotator::PricedCurrency(const Claim& claim, const std::vector<Word>& words,
                                        size_t fb, size_t cb, std::string* code) const {
  code->clear();
  // An exchange rate is a small amount with no scale word ("144.60 yen",
  // "1.8250 marks"); "14 billion yen" is an amount of money.
  if (claim.kind != ClaimKind::kMoney || claim.value.currency.empty() || !claim.value.high ||
      *claim.value.high >= tolerance::kMaxExchangeRate)
    return SIZE_MAX;
  size_t found = SIZE_MAX;
  for (size_t i = 0; i < words.size() && words[i].end <= fb; ++i) {
    if (words[i].begin < cb) continue;
    size_t len = 0;
    const std::string& g = currencies_.GroupAt(words, i, &len);
    if (g.empty()) continue;
    if (g != claim.value.currency) {
      found = i;
      *code = g;
    }
    i += len - 1;  // "Canadian dollar" is one name, not also "dollar"
  }
  if (found == SIZE_MAX) code->clear();
  return found;
}

std::string MeasureAnnotator::Side(const Claim& claim) const {
  const std::string& s = claim.sentence;
  const auto [fb, fe] = FigureSpan(claim);
  const std::vector<Word> words = Tokenize(s);
  const std::vector<size_t> breaks = ClauseBreaks(s, 0, s.size());
  const auto [cb, ce] = FigureClause(s, breaks, fb, fe);
  std::string group;
  const size_t head = FindHead(claim, words, fb, fe, cb, ce, &group);
  if (head == SIZE_MAX) return "";
  const std::string& side = aspect_words_.GroupAt(words, head, nullptr);
  return side.starts_with("side_") ? side.substr(5) : "";
}

std::string MeasureAnnotator::Direction(const Claim& claim) const {
  const std::string& s = claim.sentence;
  const auto [fb, fe] = FigureSpan(claim);
  const std::vector<Word> words = Tokenize(s);
  const std::vector<size_t> breaks = ClauseBreaks(s, 0, s.size());
  const size_t cb = FigureClause(s, breaks, fb, fe).first;
  bool up = false, down = false, after = false;
  for (const Word& w : words) {
    if (w.end <= cb || (w.begin >= fb && w.end <= fe)) continue;
    if (w.begin >= fe) {
      if (after) break;
      after = true;  // the one word right after the figure
    }
    up = up || up_.count(w.text) > 0;
    down = down || down_.count(w.text) > 0;
  }
  return up == down ? "" : up ? "up" : "down";
}

std::string MeasureAnnotator::OwnedCompany(const Claim& claim) const {
  const std::string& s = claim.sentence;
  const auto [fb, fe] = FigureSpan(claim);
  const std::vector<Word> words = Tokenize(s);
  size_t next = 0;
  while (next < words.size() && words[next].begin < fe) ++next;
  if (next >= words.size() || aspect_words_.GroupAt(words, next, nullptr) != "owned_by") return "";
  const std::vector<size_t> breaks = ClauseBreaks(s, 0, s.size());
  const size_t cb = ClauseOf(breaks, 0, s.size(), fb).first;
  if (cb == 0) return "";
  // Only an aside right after the company ("Foote, which is 83 pct owned
  // by ..."): a clause with its own subject ("Company floated in 1986 and
  // is now 50.23 pct owned by ...") names the company itself.
  for (const Word& w : words)
    if (w.begin >= cb && w.end <= fb && aspect_words_.GroupAt({w}, 0, nullptr) != "aside")
      return "";
  const size_t pb = ClauseOf(breaks, 0, s.size(), cb - 1).first;
  std::string out;
  for (size_t i = pb; i < cb; ++i) {
    const bool start = i == pb || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
    if (!start || !std::isupper(static_cast<unsigned char>(s[i]))) continue;
    size_t j = i;
    while (j < cb && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    out += (out.empty() ? "" : " ") + s.substr(i, j - i);
    i = j;
  }
  return out;
}

void MeasureAnnotator::Annotate(Claim* claim) const {
  const std::string& s = claim->sentence;
  const size_t fb =
      std::min(claim->begin - std::min(claim->begin, claim->sentence_begin), s.size());
  const size_t fe = std::min(fb + (claim->end - claim->begin), s.size());
  const SentenceWords& sentence_words = WordsOf(s);
  const std::vector<Word>& words = sentence_words.words;
  const std::vector<size_t>& breaks = sentence_words.breaks;
  const auto [cb, ce] = FigureClause(s, breaks, fb, fe);

  const bool is_time = claim->kind == ClaimKind::kDate || claim->kind == ClaimKind::kDuration ||
                       claim->kind == ClaimKind::kSet;
  claim->measure.clear();
  claim->events.clear();
  claim->aspect = "level";
  if (is_time) {
    // The words of the date itself: [first, last).
    size_t first = 0, last = 0;
    while (first < words.size() && words[first].end <= fb) ++first;
    last = first;
    while (last < words.size() && words[last].begin < fe) ++last;
    // The date's events: on each side, the first event word of its clause,
    // if at most kEventWordsAway words that are not capitalised (names,
    // titles) stand between. In "tariffs were the main topic when he
    // arrived for talks with Reagan on Wednesday" Wednesday is the talks'
    // day, not the tariffs'; "go to Moscow next month for talks on arms
    // control and a possible summit" names talks, not a meeting;
    // "Baker met West German Finance Minister Gerhard Stoltenberg ... in
    // Frankfurt on Monday" is a meeting on Monday.
    auto take = [&](size_t i, size_t* between) {
      if (words[i].begin < cb || words[i].end > ce || *between > kEventWordsAway) return true;
      const std::string& g = events_.GroupAt(words, i, nullptr);
      if (!g.empty()) {
        if (std::find(claim->events.begin(), claim->events.end(), g) == claim->events.end())
          claim->events.push_back(g);
        return true;
      }
      if (!std::isupper(static_cast<unsigned char>(s[words[i].begin]))) ++*between;
      return false;
    };
    size_t between = 0;
    for (size_t i = first; i-- > 0;)
      if (take(i, &between)) break;
    between = 0;
    for (size_t i = last; i < words.size(); ++i)
      if (take(i, &between)) break;
    return;
  }

  // Measure: nearest group word, in the clause first, then the sentence.
  size_t head = FindHead(*claim, words, fb, fe, cb, ce, &claim->measure);
  // An exchange rate: another currency named before a small amount in its
  // clause, with no head word between ("the dollar fell to 144.60 yen"):
  // the price of that currency, a market quote.
  std::string priced;
  const size_t fx = PricedCurrency(*claim, words, fb, cb, &priced);
  if (fx != SIZE_MAX && (head == SIZE_MAX || words[head].end <= words[fx].begin ||
                         words[head].begin >= fe || words[head].begin < cb)) {
    head = fx;
    claim->measure = "exchange_rate";
  }
  const std::string group = claim->measure;

  // Qualifiers: up to four words before and three after the head word, on
  // the head's side of the figure and in the head's clause (the figure's,
  // unless the head was found elsewhere in the sentence: "the bilateral
  // trade imbalance, which amounted to 51.48 billion dlrs"; none from a
  // clause with figures of its own).
  if (head != SIZE_MAX) {
    std::set<std::string> found;
    const bool head_before = words[head].end <= fb;
    auto [hb, he] = ClauseOf(breaks, 0, s.size(), words[head].begin);
    // A head word in another clause that states figures of its own
    // ("Owing foreigners 109 billion dlrs, Brazil halted interest on 68
    // billion dlrs of commercial bank debt") qualifies those, not this one.
    if (hb != cb && std::any_of(s.begin() + hb, s.begin() + he, [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch));
        }))
      hb = he;
    auto usable = [&](size_t j) {
      const Word& w = words[j];
      return !(w.end > fb && w.begin < fe) && (w.end <= fb) == head_before && w.begin >= hb &&
             w.end <= he;
    };
    // A capital inside the sentence, before another capitalised word that
    // is no head word, starts a name, not a qualifier: the "Federal" of the
    // Federal Reserve, the "Commercial" of Commercial Bank (but the
    // "Retail" of the Retail Price Index qualifies).
    auto in_name = [&](size_t j) {
      auto upper = [&](size_t k) {
        return std::isupper(static_cast<unsigned char>(s[words[k].begin])) != 0;
      };
      return words[j].begin > 0 && upper(j) && j + 1 < words.size() && upper(j + 1) &&
             measures_.GroupAt(words, j + 1, nullptr).empty();
    };
    size_t head_len = 0;
    measures_.GroupAt(words, head, &head_len);
    for (size_t back = 1; back <= 4 && back <= head && usable(head - back); ++back) {
      size_t len = 0;
      const std::string& q = qualifiers_.GroupAt(words, head - back, &len);
      if (!q.empty() && head - back + len <= head && !in_name(head - back)) found.insert(q);
    }
    for (size_t j = head + head_len; j < head + head_len + 3 && j < words.size() && usable(j);
         ++j) {
      const std::string& q = qualifiers_.GroupAt(words, j, nullptr);
      if (!q.empty() && !in_name(j) && !before_only_.count(q)) found.insert(q);
    }
    if (!priced.empty() && head == fx) {
      std::string lower = priced;
      for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      found.insert(lower);
    }
    // The basis a figure is stated on, anywhere in its sentence ("on a
    // customs cleared basis"): the word before "basis" names it.
    for (size_t j = 1; j < words.size(); ++j)
      if (aspect_words_.GroupAt(words, j, nullptr) == "basis" &&
          aspect_words_.GroupAt(words, j - 1, nullptr) != "determiner" &&
          !std::isdigit(static_cast<unsigned char>(words[j - 1].text[0])) &&
          (j + 1 == words.size() || !words[j + 1].text.starts_with("point")))
        found.insert(words[j - 1].text + "_basis");
    // Market quotes move through the day: the session they were taken in
    // ("opened at", "fell to close at") is part of what they measure. Only
    // words before the figure count: one after it usually dates the value
    // it is compared with ("compared with 7.84 pct at yesterday's close").
    if (quote_.count(group))
      for (size_t j = 0; j < words.size() && words[j].end <= fb; ++j) {
        if (words[j].begin < cb) continue;
        const std::string& g = aspect_words_.GroupAt(words, j, nullptr);
        if (g.starts_with("session_")) found.insert(g);
      }
    // A quarter is the period a figure covers when its time is a quarter
    // ("Net income for the quarter was $148 million" and "a profit of $148
    // million in the quarter" are one quarterly figure, wherever the word
    // "quarter" stands); the words decide only for undated figures. Other
    // grains say less: "this week" dates a report more often than a weekly
    // figure.
    if (claim->time && !claim->time->grain.empty()) {
      found.erase("quarterly");
      if (claim->time->grain == "quarter") found.insert("quarterly");
    }
    const char* sep = ":";
    for (const std::string& q : found) {
      claim->measure += sep + q;
      sep = "+";
    }
  }

  // Aspect: the first non-filler word either side of the figure.
  for (size_t i = words.size(); i-- > 0;) {
    if (words[i].end > fb) continue;
    if (filler_.count(words[i].text)) continue;
    if (before_.count(words[i].text)) claim->aspect = "change";
    break;
  }
  for (size_t i = 0; i < words.size() && claim->aspect == "level"; ++i) {
    if (words[i].begin < fe) continue;
    if (filler_.count(words[i].text)) continue;
    if (after_.count(words[i].text)) claim->aspect = "change";
    break;
  }

  auto is = [&](size_t i, const char* name) {
    return i < words.size() && aspect_words_.GroupAt(words, i, nullptr) == name;
  };
  // A coupon naming a security: "the 7-1/2 pct Treasury bonds of 2016".
  if (claim->kind == ClaimKind::kPercent) {
    size_t next = 0;
    while (next < words.size() && words[next].begin < fe) ++next;
    for (size_t k = next; k < next + 2 && k < words.size() && words[k].begin < ce; ++k) {
      if (is(k, "instrument")) {
        claim->aspect = "name";
        return;
      }
    }
  }

  // The earlier value a figure is compared with: "to $5 billion from $4
  // billion".
  for (size_t i = words.size(); i-- > 0;) {
    if (words[i].end > fb) continue;
    if (filler_.count(words[i].text)) continue;
    size_t len = 0;
    const bool pair = i > 0 && aspect_words_.GroupAt(words, i - 1, &len) == "prior" && len == 2;
    if (is(i, "prior") || pair) {
      claim->aspect = "prior";
      return;
    }
    break;
  }

  // A revised figure ("after a revised 0.5 pct fall") replaces an earlier
  // report of itself: it is the publisher's own update, not a rival figure.
  for (size_t i = words.size(), seen = 0; i-- > 0 && seen < 3;) {
    if (words[i].end > fb) continue;
    ++seen;
    if (is(i, "revised")) {
      claim->aspect = "revised";
      return;
    }
    if (!is(i, "determiner") && !filler_.count(words[i].text)) break;
  }

  // A part of a larger amount: "68 billion dlrs of its 108 billion dlr
  // debt", "interest on 68 billion dlrs of commercial debt".
  if (claim->kind == ClaimKind::kMoney) {
    size_t next = 0;
    while (next < words.size() && words[next].begin < fe) ++next;
    while (is(next, "worth")) ++next;
    if (next < words.size() && words[next].begin < ce &&
        (is(next, "part_of") || is(next, "portion"))) {
      size_t k = next + 1;
      while (is(k, "determiner")) ++k;
      const bool year = k < words.size() && words[k].text.size() == 4 &&
                        std::all_of(words[k].text.begin(), words[k].text.end(), [](char ch) {
                          return std::isdigit(static_cast<unsigned char>(ch));
                        });
      const bool of_figure = is(next, "part_of") && k < words.size() && words[k].begin < ce &&
                             std::isdigit(static_cast<unsigned char>(words[k].text[0])) && !year;
      const bool of_stock = stock_.count(group) && head != SIZE_MAX && head > next &&
                            head - next <= 4 && words[head].end <= ce;
      if (of_figure || of_stock) claim->aspect = "portion";
    }
    // One item of a whole's parts: "the deal includes payment to Renault of
    // 200 mln dlrs ..., 35 mln dlrs cash ... and 522 mln dlrs worth of
    // Chrysler stock". Only when the head stands before the figure (a head
    // after it names the part: "Mexico's package, including a 7.7 billion
    // dlr loan" is the loan's figure), and the word is in the figure's clause
    // or other figures of the list stand between ("Revenue, including
    // services, rose to $5 billion" is the whole).
    for (size_t i = words.size(); i-- > 0;) {
      if (words[i].end > fb || !is(i, "component")) continue;
      if (head == SIZE_MAX || words[head].begin >= fe) break;
      const bool in_clause = words[i].begin >= cb;
      const bool listed = std::any_of(s.begin() + words[i].end, s.begin() + fb, [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch));
      });
      if (in_clause || listed) claim->aspect = "portion";
      break;
    }
  }

  // Forecasts, targets, plans and estimates are other quantities than the
  // figures reported as facts.
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].begin < cb || words[i].end > ce) continue;
    if (words[i].begin >= fb && words[i].end <= fe) continue;
    if (is(i, "forecast")) {
      claim->aspect = "forecast " + claim->aspect;
      break;
    }
  }
}

}  // namespace wirefacts
