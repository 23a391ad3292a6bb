#include "pipeline/claim_builder.h"

#include <algorithm>
#include <cctype>
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

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status ClaimBuilder::Create(const RuleFiles& rules, std::unique_ptr<ClaimBuilder>* out) {
  auto builder = std::make_unique<ClaimBuilder>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/time_anaphors.tsv", &records));
  for (const RuleRecord& r : records) builder->anaphors_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/speech_verbs.tsv", &records));
  for (const RuleRecord& r : records) builder->speech_verbs_.push_back(Lower(r.fields[0]));
  WF_RETURN_IF_ERROR(rules.ReadRecords("pipeline/rules/introductory_words.tsv", &records));
  for (const RuleRecord& r : records) builder->introductory_.push_back(Lower(r.fields[0]));
  *out = std::move(builder);
  return Status::OK();
}

bool ClaimBuilder::DatesSaying(std::string_view text, size_t begin) const {
  // The one or two words before the date, lower-cased.
  auto previous_word = [&](size_t* pos) {
    size_t e = *pos;
    while (e > 0 && text[e - 1] == ' ') --e;
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    *pos = b;
    return Lower(text.substr(b, e - b));
  };
  size_t pos = begin;
  std::string word = previous_word(&pos);
  if (word == "on") word = previous_word(&pos);
  return std::find(speech_verbs_.begin(), speech_verbs_.end(), word) != speech_verbs_.end();
}

std::vector<Extraction> ClaimBuilder::ResolveOverlaps(std::vector<Extraction> figures) {
  std::sort(figures.begin(), figures.end(), [](const Extraction& a, const Extraction& b) {
    if (Priority(a.kind) != Priority(b.kind)) return Priority(a.kind) < Priority(b.kind);
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });
  std::vector<Extraction> kept;
  for (Extraction& e : figures) {
    bool overlaps = false;
    for (const Extraction& k : kept) {
      if (e.begin < k.end && k.begin < e.end) {
        overlaps = true;
        break;
      }
    }
    if (!overlaps && e.end > e.begin) kept.push_back(std::move(e));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Extraction& a, const Extraction& b) { return a.begin < b.begin; });
  return kept;
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

  std::vector<const Extraction*> dates;
  for (const Extraction& e : figures)
    if (e.kind == ClaimKind::kDate) dates.push_back(&e);

  // The last date of each sentence, for anaphoric carry-over.
  auto last_date_in = [&](const Sentence& s) -> const Extraction* {
    const Extraction* found = nullptr;
    for (const Extraction* d : dates)
      if (d->begin >= s.begin && d->end <= s.end) found = d;
    return found;
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

    // Time: only figures other than dates refer to a time.
    if (e.kind != ClaimKind::kDate && e.kind != ClaimKind::kSet) {
      const std::vector<size_t> breaks = ClauseBreaks(text, sentence.begin, sentence.end);
      const auto [first, last] = ClauseOf(breaks, sentence.begin, sentence.end, e.begin);
      const Extraction* best = nullptr;
      size_t best_distance = SIZE_MAX;
      for (const Extraction* d : dates) {
        if (d->begin < first || d->end > last) continue;
        if (DatesSaying(text, d->begin)) continue;
        const size_t lo = std::min(d->end, e.end), hi = std::max(d->begin, e.begin);
        // No other money or percent figure may stand between the two.
        bool blocked = false;
        for (const Extraction& other : figures) {
          if (&other == &e || !IsFigure(other.kind)) continue;
          if (other.begin >= lo && other.end <= hi) blocked = true;
        }
        if (blocked) continue;
        const size_t distance = d->begin >= e.end ? d->begin - e.end : e.begin - d->end;
        // Ties go to the date after the figure ("$200 billion in 2019").
        if (distance < best_distance || (distance == best_distance && d->begin > e.begin)) {
          best = d;
          best_distance = distance;
        }
      }
      if (!best && c.sentence_index > 0) {
        const std::string opening = Lower(c.sentence.substr(0, 40));
        for (const std::string& a : anaphors_) {
          if (opening.compare(0, a.size(), a) == 0 &&
              (opening.size() == a.size() ||
               !std::isalpha(static_cast<unsigned char>(opening[a.size()])))) {
            best = last_date_in(nt.sentences[c.sentence_index - 1]);
            break;
          }
        }
      }
      if (best) c.time = best->value;
    }

    // Actors of the sentence, each once, in order of first mention. Those
    // named in the figure's own clause get the role "subject": the figure
    // is about them ("Brazil's 109 billion dlr foreign debt"), while the rest
    // of the sentence only sets the scene ("..., Argentina's minister said").
    const std::vector<size_t> breaks = ClauseBreaks(text, sentence.begin, sentence.end);
    auto [clause_first, clause_last] = ClauseOf(breaks, sentence.begin, sentence.end, e.begin);
    if (clause_first == sentence.begin && clause_last < sentence.end) {
      // An introductory clause shares the subject of the clause after it.
      size_t w = clause_first;
      while (w < clause_last && std::isalpha(static_cast<unsigned char>(text[w]))) ++w;
      const std::string first_word = Lower(text.substr(clause_first, w - clause_first));
      if (std::find(introductory_.begin(), introductory_.end(), first_word) != introductory_.end())
        clause_last = ClauseOf(breaks, sentence.begin, sentence.end, clause_last + 1).second;
    }
    std::set<std::string> seen;
    for (const Mention& m : actors.mentions) {
      if (m.begin < sentence.begin || m.end > sentence.end) continue;
      const bool in_clause = m.begin >= clause_first && m.end <= clause_last;
      if (!seen.insert(m.actor).second) {
        if (in_clause)
          for (ClaimActor& a : c.actors)
            if (a.name == m.actor) a.role = "subject";
        continue;
      }
      c.actors.push_back({m.actor, m.kind, in_clause ? "subject" : ""});
    }

    for (const SentenceAttribution& sa : attributions.sentences) {
      if (sa.sentence == c.sentence_index) {
        c.attribution = sa.attribution;
        for (ClaimActor& a : c.actors)
          if (a.name == sa.attribution.said_by) a.role = "speaker";
        break;
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
