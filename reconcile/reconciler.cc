#include "reconcile/reconciler.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <set>

#include "reconcile/independence.h"
#include "reconcile/tolerances.h"
#include "reconcile/value_comparison.h"
#include "reconcile/word_groups.h"

namespace wirefacts {
namespace {

bool SameStory(const Claim& a, const Claim& b) {
  if (a.story.id != 0 && b.story.id != 0) return a.story.id == b.story.id;
  return a.story.uri == b.story.uri && a.story.source == b.story.source;
}

// Two versions of one story: same uri and outlet, different stored rows.
bool OtherVersion(const Claim& a, const Claim& b) {
  return a.story.id != b.story.id && a.story.uri == b.story.uri && a.story.source == b.story.source;
}

// Two versions of one story state this figure in the same place: the new
// sentence is the old one with only the figure changed ("Net income was
// $184 million" -> "Net income was $148 million"). That is one quantity
// whatever actors the sentence names, even none.
bool SameSlotInNewVersion(const Claim& a, const Claim& b) {
  if (!OtherVersion(a, b) || a.text == b.text) return false;
  const size_t at = b.sentence.find(b.text);
  if (at == std::string::npos) return false;
  std::string replaced = b.sentence;
  replaced.replace(at, b.text.size(), a.text);
  return replaced == a.sentence;
}

// Canonical actors two claims share, but for what each is measured against
// and the banks arranging an issue; with `kind`, only actors of that kind.
std::vector<std::string> SharedActors(const Claim& a, const Claim& b,
                                      std::optional<ActorKind> kind = std::nullopt) {
  std::vector<std::string> out;
  for (const ClaimActor& x : a.actors) {
    if (kind && x.kind != *kind) continue;
    if (x.role == "benchmark" || x.role == "intermediary") continue;
    for (const ClaimActor& y : b.actors) {
      if (y.role == "benchmark" || y.role == "intermediary") continue;
      if (x.name == y.name && std::find(out.begin(), out.end(), x.name) == out.end())
        out.push_back(x.name);
    }
  }
  return out;
}

// True when `name` is the outlet of `c`'s story or one it relays.
bool CarriesStory(const Claim& c, const std::string& name) {
  return name == c.story.source ||
         std::find(c.story.relays.begin(), c.story.relays.end(), name) != c.story.relays.end();
}

// The organisations a figure is about: those named in its sentence that are
// not vouching for it (the speaker, the cited source, the story's own outlet
// or the outlets it relays) nor what it is measured against ("over
// comparable Treasury securities") nor the bank arranging it ("via Drexel"). "Net profit rose 12
// pct, Acme said" is about Acme; "..., one of the people told Bloomberg" is not about Bloomberg.
std::vector<std::string> SubjectOrganizations(const Claim& c, bool* from_speaker = nullptr) {
  if (from_speaker) *from_speaker = false;
  std::vector<std::string> out;
  for (const ClaimActor& a : c.actors) {
    if (a.kind != ActorKind::kOrganization || a.role == "speaker" || a.role == "benchmark" ||
        a.role == "intermediary")
      continue;
    if (c.attribution &&
        (CreditsActor(*c.attribution, a.name) || a.name == c.attribution->cited_source))
      continue;
    if (CarriesStory(c, a.name)) continue;
    out.push_back(a.name);
  }
  // A figure whose sentence names no one else is about the organisation
  // that states it: "Net income was $148 million, the company said."
  const bool others = std::any_of(c.actors.begin(), c.actors.end(), [](const ClaimActor& a) {
    return a.kind != ActorKind::kPlace && a.role != "speaker";
  });
  if (out.empty() && !others)
    for (const ClaimActor& a : c.actors)
      if (a.kind == ActorKind::kOrganization && a.role == "speaker" && a.name != c.story.source)
        out.push_back(a.name);
  if (from_speaker) *from_speaker = !out.empty() && !others;
  return out;
}

// Actors both figures are about: named in each figure's own clause (role
// "subject"), places left out (they say where, not whose).
std::vector<std::string> SharedSubjects(const Claim& a, const Claim& b) {
  std::vector<std::string> out;
  for (const ClaimActor& x : a.actors) {
    if (x.role != "subject" || x.kind == ActorKind::kPlace) continue;
    for (const ClaimActor& y : b.actors)
      if (y.role == "subject" && y.name == x.name &&
          std::find(out.begin(), out.end(), x.name) == out.end())
        out.push_back(x.name);
  }
  return out;
}

// True when `a` has a subject (non-place; with `kind`, of that kind) actor
// that `b`'s sentence never names.
bool HasForeignSubject(const Claim& a, const Claim& b,
                       std::optional<ActorKind> kind = std::nullopt) {
  for (const ClaimActor& x : a.actors) {
    if (x.role != "subject" || x.kind == ActorKind::kPlace) continue;
    if (kind && x.kind != *kind) continue;
    if (std::none_of(b.actors.begin(), b.actors.end(),
                     [&](const ClaimActor& y) { return y.name == x.name; }))
      return true;
  }
  return false;
}

// True when every mention of actor `name` in `c` is a counterpart.
bool OnlyCounterpart(const Claim& c, const std::string& name) {
  bool any = false;
  for (const ClaimActor& x : c.actors) {
    if (x.name != name) continue;
    if (x.role != "counterpart") return false;
    any = true;
  }
  return any;
}

// True when `a`'s sentence names an organisation -- other than what it is
// measured against, the other side of it, or the outlets that carry the
// story -- that `b`'s sentence never names.
bool HasForeignOrganization(const Claim& a, const Claim& b) {
  for (const ClaimActor& x : a.actors) {
    if (x.kind != ActorKind::kOrganization || x.role == "benchmark" || x.role == "counterpart")
      continue;
    if (CarriesStory(a, x.name)) continue;
    if (std::none_of(b.actors.begin(), b.actors.end(),
                     [&](const ClaimActor& y) { return y.name == x.name; }))
      return true;
  }
  return false;
}

// True when `text` holds the first word of `name` as a word, ignoring case.
bool FirstWordIn(const std::string& text, const std::string& name) {
  const std::vector<Word> words = Tokenize(name);
  if (words.empty() || words[0].text.size() < 3) return false;
  for (const Word& w : Tokenize(text))
    if (w.text == words[0].text) return true;
  return false;
}

// The organisation a figure's sentence credits when the story's headline
// names it too: a company reporting its own figures ("Volkswagen said" under
// "VOLKSWAGEN LATE FEBRUARY U.S. SALES OFF"), "" when none. Such a figure
// is about that company even when its sentence only says "U.S. car sales".
std::string SelfReporter(const Claim& c) {
  if (!c.attribution || c.attribution->said_by.empty()) return "";
  const std::string& who = c.attribution->said_by;
  const bool org = std::any_of(c.actors.begin(), c.actors.end(), [&](const ClaimActor& x) {
    return x.name == who && x.kind == ActorKind::kOrganization;
  });
  return org && FirstWordIn(c.story.headline, who) ? who : "";
}

// True when `a` reports its own company's figure and `b` is not about that
// company (neither its sentence nor its headline names it).
bool OtherCompany(const Claim& a, const Claim& b) {
  const std::string self = SelfReporter(a);
  if (self.empty()) return false;
  const bool named = std::any_of(b.actors.begin(), b.actors.end(),
                                 [&](const ClaimActor& x) { return x.name == self; });
  return !named && !FirstWordIn(b.story.headline, self) && !FirstWordIn(b.sentence, self);
}

// True when `a` has a party organisation -- the one stating the figure or
// a counterpart ("a proposal from Ecolab") -- that `b`'s sentence never
// names. Outlets relaying the story are no party.
bool HasForeignParty(const Claim& a, const Claim& b) {
  for (const ClaimActor& x : a.actors) {
    if (x.kind != ActorKind::kOrganization || (x.role != "speaker" && x.role != "counterpart"))
      continue;
    if (CarriesStory(a, x.name)) continue;
    if (a.attribution && x.name == a.attribution->cited_source) continue;
    if (std::none_of(b.actors.begin(), b.actors.end(),
                     [&](const ClaimActor& y) { return y.name == x.name; }))
      return true;
  }
  return false;
}

// The counterparts of a figure ("with the U.S.", "from Canada").
std::vector<std::string> Counterparts(const Claim& c) {
  std::vector<std::string> out;
  for (const ClaimActor& a : c.actors)
    if (a.role == "counterpart") out.push_back(a.name);
  return out;
}

// True when the two figures are about different counterparts: both name
// counterparts and share none (Japan's surplus with the U.S. vs with the
// EC); or one's counterpart is named in the other's sentence only outside
// its figure's clause (South Korea's whole surplus in "a 4.3 billion dlr
// surplus, including a record 7.1 billion surplus with the U.S." vs "its
// surplus with the United States"); or, for a bilateral measure, only one
// names a counterpart (Taiwan's surplus with the U.S. vs its whole surplus).
bool DifferentCounterparts(const Claim& a, const Claim& b, bool bilateral) {
  const std::vector<std::string> ca = Counterparts(a), cb = Counterparts(b);
  if (!ca.empty() && !cb.empty() && std::none_of(ca.begin(), ca.end(), [&](const std::string& n) {
        return std::find(cb.begin(), cb.end(), n) != cb.end();
      }))
    return true;
  auto named_elsewhere = [](const std::vector<std::string>& counterparts, const Claim& other) {
    return std::any_of(other.actors.begin(), other.actors.end(), [&](const ClaimActor& x) {
      return (x.role.empty() || x.role == "benchmark") &&
             std::find(counterparts.begin(), counterparts.end(), x.name) != counterparts.end();
    });
  };
  if (named_elsewhere(ca, b) || named_elsewhere(cb, a)) return true;
  return bilateral && ca.empty() != cb.empty();
}

// "level", "change", "forecast level" ... as shown in a reason: "" for a
// plain level.
std::string AspectNote(const std::string& aspect) {
  return aspect == "level" || aspect.empty() ? "" : " (" + aspect + ")";
}

// "price:spot+average" -> "price [spot, average]".
std::string MeasureName(const std::string& measure) {
  const size_t colon = measure.find(':');
  if (colon == std::string::npos) return measure;
  std::string out = measure.substr(0, colon) + " [";
  for (size_t i = colon + 1; i < measure.size(); ++i)
    out += measure[i] == '+' ? ", " : std::string(1, measure[i]);
  return out + "]";
}

// Days from ISO date `start` to `end` (first 10 characters); a large number
// when either does not parse.
long DaysBetween(const std::string& start, const std::string& end) {
  auto parse = [](const std::string& s, std::chrono::sys_days* d) {
    int y, m, dd;
    if (s.size() < 10 || std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &dd) != 3) return false;
    const std::chrono::year_month_day ymd{std::chrono::year{y},
                                          std::chrono::month{static_cast<unsigned>(m)},
                                          std::chrono::day{static_cast<unsigned>(dd)}};
    if (!ymd.ok()) return false;
    *d = std::chrono::sys_days{ymd};
    return true;
  };
  std::chrono::sys_days a, b;
  if (!parse(start, &a) || !parse(end, &b)) return 1L << 30;
  return (b - a).count();
}

// The number of a figure with the word after it, lower case: "60 mln stg"
// -> {"60", "mln"}, "171-billion-dlr" -> {"171", "billion"}; {"", ""} when
// the figure has no digits ("two billion dlrs").
std::pair<std::string, std::string> NumberCore(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && !std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  size_t j = i;
  while (j < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[j])) ||
          ((text[j] == '.' || text[j] == ',' || text[j] == '/') && j + 1 < text.size() &&
           std::isdigit(static_cast<unsigned char>(text[j + 1])))))
    ++j;
  std::string number = text.substr(i, j - i);
  while (j < text.size() && (text[j] == ' ' || text[j] == '-')) ++j;
  std::string word;
  while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j])))
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j++])));
  return {number, word};
}

// True when `sentence` states the number of figure text `figure` with the
// same following word (its first three letters): "increased to 65 mln stg
// from the original 60 mln" states "60 mln stg".
bool StatesNumber(const std::string& sentence, const std::string& figure) {
  const auto [number, word] = NumberCore(figure);
  if (number.empty() || word.empty()) return false;
  const std::string stem = word.substr(0, 3);
  for (size_t at = sentence.find(number); at != std::string::npos;
       at = sentence.find(number, at + 1)) {
    auto digitish = [&](size_t k) {
      return std::isdigit(static_cast<unsigned char>(sentence[k])) || sentence[k] == '.' ||
             sentence[k] == ',';
    };
    if (at > 0 && digitish(at - 1)) continue;
    size_t k = at + number.size();
    if (k < sentence.size() &&
        (std::isdigit(static_cast<unsigned char>(sentence[k])) ||
         ((sentence[k] == '.' || sentence[k] == ',' || sentence[k] == '/') &&
          k + 1 < sentence.size() && std::isdigit(static_cast<unsigned char>(sentence[k + 1])))))
      continue;
    while (k < sentence.size() && (sentence[k] == ' ' || sentence[k] == '-')) ++k;
    std::string next;
    while (k < sentence.size() && std::isalpha(static_cast<unsigned char>(sentence[k])) &&
           next.size() < stem.size())
      next += static_cast<char>(std::tolower(static_cast<unsigned char>(sentence[k++])));
    if (next == stem) return true;
  }
  return false;
}

// True when each of two (near-duplicate) sentences has at least `min_words`
// (tolerance::kTemplateContentWords) words of three letters or more, not
// numbers, that the other lacks: one template filled in for two things.
bool TemplateInstances(const std::string& a, const std::string& b,
                       size_t min_words = tolerance::kTemplateContentWords) {
  const std::vector<Word> wa = Tokenize(a), wb = Tokenize(b);
  auto own = [](const std::vector<Word>& x, const std::vector<Word>& y) {
    std::set<std::string> in_y;
    for (const Word& w : y) in_y.insert(w.text);
    std::set<std::string> out;
    for (const Word& w : x)
      if (w.text.size() >= 3 && !std::isdigit(static_cast<unsigned char>(w.text[0])) &&
          !in_y.count(w.text))
        out.insert(w.text);
    return out.size();
  };
  return own(wa, wb) >= min_words && own(wb, wa) >= min_words;
}

// True when `a`'s sentence states at least tolerance::kTemplateOtherNumbers
// numbers, outside `a`'s figure, that `b`'s sentence lacks.
bool OtherNumbersDiffer(const Claim& a, const Claim& b) {
  auto numbers = [](const Claim& c) {
    std::set<std::string> out;
    const std::vector<Word> figure = Tokenize(c.text);
    for (const Word& w : Tokenize(c.sentence))
      if (std::isdigit(static_cast<unsigned char>(w.text[0])) &&
          std::none_of(figure.begin(), figure.end(),
                       [&](const Word& f) { return f.text == w.text; }))
        out.insert(w.text);
    return out;
  };
  const std::set<std::string> na = numbers(a), nb = numbers(b);
  size_t own = 0;
  for (const std::string& n : na) own += nb.count(n) == 0;
  return own >= tolerance::kTemplateOtherNumbers;
}

// True when a figure's period of a month or more had not ended when its
// story was published ("the cumulative fiscal 1987 program" in March 1987,
// "in the year to end-January"): a running figure that moves until then.
bool Ongoing(const Claim& c) {
  if (!c.time || c.time->grain.empty() || c.time->grain == "day" || c.time->grain == "week" ||
      c.time->start.empty() || c.time->end.empty())
    return false;
  const std::string day = c.story.published.substr(0, 10);
  return c.time->start.substr(0, 10) <= day && day <= c.time->end.substr(0, 10);
}

// Who made a forecast: the source a speaker relays ("one of the officials
// told Harbor Daily" -> the official), else the speaker; "" when nobody.
std::string Forecaster(const Claim& c) {
  if (!c.attribution) return "";
  return c.attribution->cited_source.empty() ? c.attribution->said_by : c.attribution->cited_source;
}

// True when the forecaster is a named actor of the sentence, not an unnamed
// source ("one of the officials", "industry analysts").
bool NamedSpeaker(const Claim& c) {
  const std::string who = Forecaster(c);
  return !who.empty() && std::any_of(c.actors.begin(), c.actors.end(), [&](const ClaimActor& x) {
    return x.name == who && x.kind != ActorKind::kPlace;
  });
}

bool SameDay(const Claim& a, const Claim& b) {
  return a.story.published.substr(0, 10) == b.story.published.substr(0, 10);
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

// "more than $1.2 trillion (Steven Mnuchin via Reuters, 2019-01-18)"
std::string Cite(const Claim& c) {
  std::string who;
  if (c.attribution && !c.attribution->said_by.empty()) who = c.attribution->said_by;
  std::string outlet = c.story.source.empty() ? c.story.uri : c.story.source;
  std::string out = c.text + " (";
  if (!who.empty() && who != outlet) out += who + " via ";
  out += outlet + ", " + c.story.published.substr(0, 10);
  if (c.time && !c.time->timex.empty()) out += ", about " + c.time->timex;
  return out + ")";
}

}  // namespace

Status Reconciler::Create(const RuleFiles& rules, std::unique_ptr<Reconciler>* out) {
  auto r = std::make_unique<Reconciler>();
  WF_RETURN_IF_ERROR(MeasureAnnotator::Create(rules, &r->annotator_));
  std::vector<RuleRecord> measures;
  WF_RETURN_IF_ERROR(rules.ReadRecords("reconcile/rules/measures.tsv", &measures));
  for (const RuleRecord& m : measures) {
    if (m.fields.size() < 3) continue;
    const std::string& flags = m.fields[2];
    for (size_t pos = 0; pos <= flags.size();) {
      size_t bar = flags.find('|', pos);
      if (bar == std::string::npos) bar = flags.size();
      if (flags.compare(pos, bar - pos, "bilateral") == 0) r->bilateral_.insert(m.fields[0]);
      if (flags.compare(pos, bar - pos, "quote") == 0) r->quote_.insert(m.fields[0]);
      if (flags.compare(pos, bar - pos, "moment") == 0) r->moment_.insert(m.fields[0]);
      if (flags.compare(pos, bar - pos, "by_party") == 0) r->by_party_.insert(m.fields[0]);
      if (flags.compare(pos, bar - pos, "of_implied") == 0) r->of_implied_.insert(m.fields[0]);
      pos = bar + 1;
    }
  }
  *out = std::move(r);
  return Status::OK();
}

bool Reconciler::MirroredBalance(const Claim& a, const Claim& b) const {
  auto subjects = [](const Claim& c) {
    std::vector<std::string> out;
    for (const ClaimActor& x : c.actors)
      if (x.role == "subject") out.push_back(x.name);
    return out;
  };
  auto meet = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& n) {
      return std::find(y.begin(), y.end(), n) != y.end();
    });
  };
  if (!meet(subjects(a), Counterparts(b)) || !meet(Counterparts(a), subjects(b))) return false;
  const std::string side_a = annotator_->Side(a), side_b = annotator_->Side(b);
  return !side_a.empty() && !side_b.empty() && side_a != side_b;
}

std::optional<Relation> Reconciler::Compare(const Claim& a, const Claim& b) const {
  if (a.kind != b.kind || SameStory(a, b)) return std::nullopt;

  // Two sentences that both state both figures ("50 pct of the seats while
  // holding 35 pct of the debt"): each figure corresponds to its twin in the
  // other sentence, not to the other figure.
  if (a.text != b.text && a.sentence.find(b.text) != std::string::npos &&
      b.sentence.find(a.text) != std::string::npos)
    return std::nullopt;

  ValueComparison cmp;
  std::string quantity;
  std::vector<std::string> shared;
  switch (a.kind) {
    case ClaimKind::kMoney:
    case ClaimKind::kPercent: {
      if (a.measure.empty() || a.measure != b.measure || a.aspect != b.aspect) return std::nullopt;
      if (a.aspect == "name") return std::nullopt;  // "the 7-1/2 pct Treasury bonds"
      // A rise and a fall are two changes, whatever their sizes: a price
      // raised by 0.50 cent one day and lowered by 0.50 cent another.
      if (a.aspect.ends_with("change")) {
        const std::string up_a = annotator_->Direction(a);
        const std::string up_b = up_a.empty() ? "" : annotator_->Direction(b);
        if (!up_b.empty() && up_a != up_b) return std::nullopt;
      }
      if (a.kind == ClaimKind::kMoney &&
          (a.value.currency != b.value.currency || a.value.per != b.value.per))
        return std::nullopt;
      if (a.kind == ClaimKind::kPercent && a.value.points != b.value.points) return std::nullopt;
      // "25 percent tariff" and "25 percent stake" are percentages of
      // different things.
      if (a.kind == ClaimKind::kPercent && !a.value.of.empty() && !b.value.of.empty() &&
          a.value.of != b.value.of)
        return std::nullopt;
      // Whom the figure is about: places say where, not whose ("New York
      // investment firms"), so a shared place alone is not enough.
      shared = SharedActors(a, b);
      std::erase_if(shared, [&](const std::string& name) {
        return std::any_of(a.actors.begin(), a.actors.end(), [&](const ClaimActor& x) {
          return x.name == name && x.kind == ActorKind::kPlace;
        });
      });
      // Sharing only the other side of the figures ("filed with the
      // Securities and Exchange Commission", "bought from Hongkong Land")
      // makes two figures one quantity only when neither names an
      // organisation the other never names: Hertz's shelf offering and New
      // York Telephone's, both "with the SEC", are two.
      if (!shared.empty() && !SameSlotInNewVersion(a, b) &&
          std::all_of(shared.begin(), shared.end(),
                      [&](const std::string& name) {
                        return OnlyCounterpart(a, name) && OnlyCounterpart(b, name);
                      }) &&
          (HasForeignOrganization(a, b) || HasForeignOrganization(b, a)))
        return std::nullopt;
      // A market price of a moment: the dollar at 145 yen in March and at
      // 145 yen in April are two prices, not one confirmed.
      if (moment_.count(a.measure.substr(0, a.measure.find(':'))) && !SameDay(a, b))
        return std::nullopt;
      if (quote_.count(a.measure.substr(0, a.measure.find(':')))) {
        // A market's move is its day's: "U.S. hog prices rose 1.00 dlr" in
        // Monday's report and in Tuesday's are two moves, unless both name
        // the period moved over ("consumer prices rose 13.9 pct in
        // February"). A company's own price change is one decision, told
        // again on later days ("Acme raised its cathode price by 0.50 cent").
        if (a.aspect.ends_with("change") && !SameDay(a, b) && !OtherVersion(a, b) &&
            !(a.time && b.time && !a.time->start.empty() && !b.time->start.empty()) &&
            SubjectOrganizations(a).empty() && SubjectOrganizations(b).empty())
          return std::nullopt;
      }
      const bool same_slot = SameSlotInNewVersion(a, b);
      if ((shared.empty() && !same_slot) || !TimesCompatible(a.time, b.time)) return std::nullopt;
      // Each figure is about someone the other's sentence never names
      // ("South Korea would buy $40 billion of Canadian energy" vs "Japan
      // would buy $40 billion of Canadian energy"): a shared counterpart
      // does not make them one quantity.
      // One balance seen from both ends: Canada's deficit with Japan is
      // Japan's surplus with Canada (the measure's signed views).
      const bool bilateral = bilateral_.count(a.measure.substr(0, a.measure.find(':'))) > 0;
      const bool mirrored = bilateral && MirroredBalance(a, b);
      if (!mirrored) {
        if (HasForeignSubject(a, b) && HasForeignSubject(b, a)) return std::nullopt;
        if (DifferentCounterparts(a, b, bilateral)) return std::nullopt;
      }
      // Figures about organisations relate only when one of them is shared:
      // two companies' profits are two quantities.
      bool speaker_a = false, speaker_b = false;
      const std::vector<std::string> orgs_a = SubjectOrganizations(a, &speaker_a);
      const std::vector<std::string> orgs_b = SubjectOrganizations(b, &speaker_b);
      // An organisation known only as the one stating the figure does not
      // set apart a figure whose sentence names no organisation ("..., the
      // Commerce Department said" against the same figure without it).
      const bool one_sided = (speaker_a && orgs_b.empty()) || (speaker_b && orgs_a.empty());
      if ((!orgs_a.empty() || !orgs_b.empty()) && !one_sided) {
        const bool common = std::any_of(orgs_a.begin(), orgs_a.end(), [&](const std::string& o) {
          return std::find(orgs_b.begin(), orgs_b.end(), o) != orgs_b.end();
        });
        if (!common) return std::nullopt;
      }
      cmp = CompareAmounts(a.value, b.value);
      // One figure inside the other's interval ("up to 500 mln dlrs" and
      // "300 mln dlrs") says little by itself: two companies' shelf
      // offerings "with the Securities and Exchange Commission" share an
      // organisation and fit. Unless the two share the actor they are about,
      // neither may be about an organisation the other never names, nor be
      // a rival party's or another company's own figure (as for conflicts,
      // below).
      if ((cmp.relation == ValueRelation::kARefinesB ||
           cmp.relation == ValueRelation::kBRefinesA) &&
          !OtherVersion(a, b) && !mirrored && SharedSubjects(a, b).empty()) {
        if (HasForeignSubject(a, b, ActorKind::kOrganization) ||
            HasForeignSubject(b, a, ActorKind::kOrganization))
          return std::nullopt;
        if (by_party_.count(a.measure.substr(0, a.measure.find(':'))) && HasForeignParty(a, b) &&
            HasForeignParty(b, a))
          return std::nullopt;
        if (OtherCompany(a, b) || OtherCompany(b, a)) return std::nullopt;
      }
      // Quotes move from day to day: reported on different days, two prices,
      // yields or index levels agree only when stated alike ("18 dlrs" and
      // "18 dlr"), not when one merely rounds to the other (a copper price
      // cut to 66 cents, then to 65.50; two eurobonds priced at 101-1/2 and
      // 101-3/4), unless both name one period.
      if (cmp.relation == ValueRelation::kAgree &&
          quote_.count(a.measure.substr(0, a.measure.find(':'))) && !SameDay(a, b) &&
          !OtherVersion(a, b) && (a.value.low != b.value.low || a.value.high != b.value.high) &&
          !(a.time && b.time && !a.time->start.empty() && a.time->start == b.time->start &&
            a.time->end == b.time->end))
        return std::nullopt;
      // A company's own figure ("McDonald's Corp said it filed ... covering
      // 300 mln dlrs of debt securities") agrees with nothing that is not
      // about that company, whatever else the two sentences share ("with
      // the Securities and Exchange Commission").
      if (cmp.relation == ValueRelation::kAgree && !OtherVersion(a, b) &&
          SharedSubjects(a, b).empty() && (OtherCompany(a, b) || OtherCompany(b, a)))
        return std::nullopt;
      // A conflict needs more than a shared country and head word: the
      // period (one side dated) or a shared organisation must pin it down,
      // or the two are more likely different quantities ("Brazil's debt").
      if (cmp.relation == ValueRelation::kDisagree && !a.time && !b.time && orgs_a.empty() &&
          !OtherVersion(a, b))
        return std::nullopt;
      if (cmp.relation == ValueRelation::kDisagree && !OtherVersion(a, b)) {
        if (!a.aspect.starts_with("forecast") && cmp.ratio > tolerance::kMaxReportedConflictRatio)
          return std::nullopt;
        // Unless both say which period they are about, only figures
        // reported days apart are two reports of one state of affairs.
        const bool both_dated =
            a.time && b.time && !a.time->start.empty() && !b.time->start.empty();
        if (!both_dated && std::labs(DaysBetween(a.story.published, b.story.published)) >
                               tolerance::kUndatedConflictDays)
          return std::nullopt;
        // A disagreement is only worth a fact-checker's time when both
        // figures are about one actor in their own clauses: "its 108 billion
        // dlr foreign debt" in a clause about Brazil vs "the 77 billion dlr
        // package for Mexico" in a sentence that also names Brazil.
        if (!mirrored && SharedSubjects(a, b).empty()) return std::nullopt;
        // Nor when either figure is about an organisation or country the
        // other's sentence never names: Hertz's shelf offering against
        // Quaker Oats' (both "with the Securities and Exchange
        // Commission"), one Dutch borrower's loan against another's,
        // Thailand's growth forecast in a U.S. embassy report against U.S.
        // growth.
        for (ActorKind kind : {ActorKind::kOrganization, ActorKind::kCountry})
          if (HasForeignSubject(a, b, kind) || HasForeignSubject(b, a, kind)) return std::nullopt;
        // Rival parties to one target: Waste Management's bid for ChemLawn
        // (stated by Waste Management) and a proposal from Ecolab are two
        // deals, for measures whose figure belongs to a party (`by_party`).
        if (by_party_.count(a.measure.substr(0, a.measure.find(':'))) && HasForeignParty(a, b) &&
            HasForeignParty(b, a))
          return std::nullopt;
        // Nor a company's own figure against a figure not about it.
        if (OtherCompany(a, b) || OtherCompany(b, a)) return std::nullopt;
        // Two parts of one stock ("3.6 billion dlrs of debt falling due",
        // "5.8 billion dlrs of previously restructured debt") are usually
        // two different parts; and the earlier values two reports compare
        // with are only comparable when both say which period they are.
        if (a.aspect.ends_with("portion")) return std::nullopt;
        if (a.aspect == "prior" && !both_dated) return std::nullopt;
        // A sentence that states the other's number too ("increased to 65
        // mln stg from the original 60 mln", "including a record 7.1 billion
        // surplus with the U.S.") knows both: an update or another part,
        // not a rival report.
        if (StatesNumber(a.sentence, b.text) || StatesNumber(b.sentence, a.text))
          return std::nullopt;
        // Forecasts and plans differ by forecaster and are revised as news
        // comes in: two forecasters of whom one is named (IPECODE vs the
        // finance minister, a World Bank official vs "Argentine officials")
        // or one forecaster on two days never conflict, nor does a forecast
        // nobody is said to have made. Unnamed sources relaying one plan
        // ("people familiar with the talks", "two government sources")
        // can.
        if (a.aspect.starts_with("forecast")) {
          if (Forecaster(a).empty() || Forecaster(b).empty()) return std::nullopt;
          const bool same = Forecaster(a) == Forecaster(b);
          if (same ? !SameDay(a, b) : NamedSpeaker(a) || NamedSpeaker(b)) return std::nullopt;
        }
        // A surplus and a deficit are one balance only between two named
        // counterparts: Japan's surplus is not the U.S. deficit.
        if (bilateral && !mirrored && (Counterparts(a).empty() || Counterparts(b).empty())) {
          const std::string side_a = annotator_->Side(a), side_b = annotator_->Side(b);
          if (!side_a.empty() && !side_b.empty() && side_a != side_b) return std::nullopt;
        }
        // One parent's stakes in two companies ("Newmont Gold, 95 pct owned
        // by Newmont" vs "Foote, 83 pct owned by Newmont").
        {
          const std::string held_a = annotator_->OwnedCompany(a);
          const std::string held_b = held_a.empty() ? "" : annotator_->OwnedCompany(b);
          if (!held_b.empty()) {
            bool common = false;
            for (const Word& w : Tokenize(held_a)) common = common || FirstWordIn(held_b, w.text);
            if (!common) return std::nullopt;
          }
        }
        // A share of something ("1.8 pct of GDP", "a 30 pct share") and a
        // plain rate ("grew 1.1 pct") are different quantities.
        if (a.kind == ClaimKind::kPercent && a.value.of.empty() != b.value.of.empty() &&
            !of_implied_.count(a.measure.substr(0, a.measure.find(':'))))
          return std::nullopt;
        // Quotes move from day to day and through the day: two disagree
        // only when taken on one day and both name the session (which joins
        // the measure: "closed at"). "The dollar fell to 144.60 yen" and "to
        // 144.30 yen" are two moments. A running total moves until its
        // period ends.
        if (quote_.count(a.measure.substr(0, a.measure.find(':'))) &&
            (!SameDay(a, b) || a.measure.find("session_") == std::string::npos))
          return std::nullopt;
        if ((Ongoing(a) || Ongoing(b)) && !SameDay(a, b)) return std::nullopt;
        // A month's figure and a quarter's or a year's are different
        // quantities, even when one period holds the other.
        if (both_dated && !a.time->grain.empty() && !b.time->grain.empty() &&
            a.time->grain != b.time->grain && a.time->timex != "PRESENT_REF" &&
            b.time->timex != "PRESENT_REF")
          return std::nullopt;
        // One outlet's house template filled in twice ("The notes have a
        // 7-1/2 pct coupon and were priced at ..."): two instruments or two
        // companies, not two reports of one figure.
        if (SentenceOverlap(a.sentence, b.sentence) >= tolerance::kNearDuplicateShare &&
            ((!a.story.source.empty() && a.story.source == b.story.source) ||
             TemplateInstances(a.sentence, b.sentence)))
          return std::nullopt;
        // A periodic report ("treasury bills rose 950 mln dlrs to 74.55
        // billion dlrs in week ended March 4, ...") filled in for another
        // period: undated figures in sentences of the same words (one word
        // apart at most on one side: "rose" for "fell") whose other numbers
        // differ too.
        if (!a.time && !b.time && !TemplateInstances(a.sentence, b.sentence, 2) &&
            OtherNumbersDiffer(a, b) && OtherNumbersDiffer(b, a))
          return std::nullopt;
      }
      quantity = MeasureName(a.measure) + AspectNote(a.aspect);
      if (mirrored) quantity += ", one side's surplus as the other's deficit";
      break;
    }
    case ClaimKind::kDate:
    case ClaimKind::kDuration: {
      std::vector<std::string> events;
      for (const std::string& e : a.events)
        if (std::find(b.events.begin(), b.events.end(), e) != b.events.end()) events.push_back(e);
      // When something happens is checkable only for one event of named
      // people: organisations meet and talk again and again.
      shared = SharedActors(a, b, ActorKind::kPerson);
      if (events.empty() || shared.empty()) return std::nullopt;
      // "now", "currently", "in the past" (TimeML's PRESENT_REF, PAST_REF,
      // FUTURE_REF) name no day to check: "his current term" and "at
      // current levels" are not one date.
      if (a.kind == ClaimKind::kDate &&
          (a.value.timex.ends_with("_REF") || b.value.timex.ends_with("_REF")))
        return std::nullopt;
      cmp = a.kind == ClaimKind::kDate ? CompareDates(a.value, b.value)
                                       : CompareDurations(a.value, b.value);
      // Two different dates for "a meeting" are more often two meetings than
      // a disagreement; and "this year" holds every day of it, which tells a
      // fact-checker nothing. Keep agreement and close refinements only.
      if (cmp.relation == ValueRelation::kDisagree) return std::nullopt;
      if (a.kind == ClaimKind::kDate && (cmp.relation == ValueRelation::kARefinesB ||
                                         cmp.relation == ValueRelation::kBRefinesA)) {
        const Value& wide = cmp.relation == ValueRelation::kARefinesB ? b.value : a.value;
        if (DaysBetween(wide.start, wide.end) > tolerance::kMaxRefinedDateSpanDays)
          return std::nullopt;
      }
      quantity = "when: " + Join(events, "/");
      break;
    }
    case ClaimKind::kSet:
      return std::nullopt;
  }

  // A new version of a story: only a figure it changed in the same sentence
  // is worth a fact-checker's attention (a correction); figures it kept are
  // the same report, not corroboration.
  if (OtherVersion(a, b)) {
    if (cmp.relation != ValueRelation::kDisagree ||
        SentenceOverlap(a.sentence, b.sentence) < tolerance::kNearDuplicateShare)
      return std::nullopt;
    Relation r;
    r.kind = RelationKind::kConflicts;
    r.reason_code = "correction";
    r.score = 0.9;
    r.a = a;
    r.b = b;
    r.independent = false;
    r.reason = "correction: a new version of the story changed the figure: " + Cite(a) +
               " became " + Cite(b) + ": " + cmp.gap;
    return r;
  }

  Relation r;
  switch (cmp.relation) {
    case ValueRelation::kNone:
      return std::nullopt;
    case ValueRelation::kAgree:
      r.kind = RelationKind::kCorroborates;
      r.reason_code = "agree";
      r.score = 0.9;
      break;
    case ValueRelation::kARefinesB:
    case ValueRelation::kBRefinesA:
      r.kind = RelationKind::kRefines;
      r.reason_code = "inside";
      r.score = 0.8;
      break;
    case ValueRelation::kDisagree:
      // One wording on two days with another figure and no period named is
      // a recurring report ("The Bank bought 11 mln stg of band one bills"
      // in Wednesday's and Friday's money-market reports): each day's own
      // figure, not two accounts of one.
      if (!a.time && !b.time && !SameDay(a, b) &&
          SentenceOverlap(a.sentence, b.sentence) >= tolerance::kNearDuplicateShare)
        return std::nullopt;
      r.kind = RelationKind::kConflicts;
      r.reason_code = "values_differ";
      r.score = 0.7;
      break;
  }
  // Less sure when only one side says which period it is about.
  if (a.time.has_value() != b.time.has_value()) r.score -= 0.1;

  r.a = a;
  r.b = b;
  const IndependenceVerdict iv = JudgeIndependence(a, b);
  r.independent = iv.independent;
  r.reason = std::string(RelationKindName(r.kind)) + ": same quantity: " + quantity + " (" +
             Join(shared, ", ") + "); " + Cite(a) + " vs " + Cite(b) + ": " + cmp.gap;
  if (!iv.independent) r.reason += "; not independent: " + iv.why;
  return r;
}

Status Reconciler::Reconcile(const std::vector<Claim>& fresh, CandidateSource* candidates,
                             std::vector<Relation>* out) const {
  std::vector<Claim> found;
  for (const Claim& claim : fresh) {
    found.clear();
    WF_RETURN_IF_ERROR(candidates->FindCandidates(claim, &found));
    for (const Claim& stored : found) {
      if (std::optional<Relation> r = Compare(stored, claim)) out->push_back(std::move(*r));
    }
  }
  return Status::OK();
}

}  // namespace wirefacts
