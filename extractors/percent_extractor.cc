#include "extractors/percent_extractor.h"

#include <algorithm>
#include <map>
#include <string>
#include <unordered_set>

#include "extractors/figure_rules.h"
#include "extractors/number_parser.h"

namespace wirefacts {

namespace {

constexpr char kUnitsFile[] = "extractors/rules/percent_units.tsv";
constexpr char kHeadsFile[] = "extractors/rules/percent_heads.tsv";
constexpr char kPatternsFile[] = "extractors/rules/percent_patterns.tsv";

// How far back in its sentence a head word may be (in words).
constexpr int kHeadLookback = 25;

struct Unit {
  bool points = false;
  bool basis_points = false;
};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word of ASCII letters in text: [begin, end).
struct Word {
  size_t begin, end;
};

// The words after `pos` (at most `limit`), skipping spaces, hyphens and
// anything that is not a letter, stopping at sentence punctuation.
std::vector<Word> WordsAfter(std::string_view text, size_t pos, size_t stop, int limit) {
  std::vector<Word> out;
  size_t i = pos;
  while (i < stop && static_cast<int>(out.size()) < limit) {
    char c = text[i];
    if (c == '.' || c == ';' || c == ',' || c == '(' || c == ')' || c == ':' || c == '\n') break;
    if (IsAsciiLetter(c)) {
      size_t b = i;
      while (i < stop && IsAsciiLetter(text[i])) ++i;
      out.push_back({b, i});
      continue;
    }
    ++i;
  }
  return out;
}

}  // namespace

struct PercentExtractor::Impl {
  std::unique_ptr<NumberParser> numbers;
  std::unique_ptr<Qualifiers> qualifiers;
  std::vector<Unit> units;
  SurfaceTable unit_table;
  std::unordered_set<std::string> heads;
  std::unique_ptr<FigurePatterns> patterns;

  Status Load(const RuleFiles& rules);
  bool Interpret(std::string_view text, const FigureMatch& m, Value* value) const;
  bool IsHead(std::string_view word) const;
  std::string FindOf(const DocumentView& doc, size_t begin, size_t end) const;
};

Status PercentExtractor::Impl::Load(const RuleFiles& rules) {
  WF_RETURN_IF_ERROR(NumberParser::Create(rules, &numbers));
  WF_RETURN_IF_ERROR(Qualifiers::Create(rules, &qualifiers));
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kUnitsFile, &records));
  for (const RuleRecord& r : records) {
    std::string where = std::string(kUnitsFile) + ":" + std::to_string(r.line);
    if (r.fields.empty() || r.fields[0].empty()) continue;
    Unit u;
    std::string flags = (r.fields.size() > 1 ? r.fields[1] : std::string()) + ",";
    size_t start = 0;
    for (size_t comma; (comma = flags.find(',', start)) != std::string::npos; start = comma + 1) {
      std::string f = NormalizeSurface(flags.substr(start, comma - start));
      if (f.empty()) continue;
      if (f == "points")
        u.points = true;
      else if (f == "bp")
        u.basis_points = true;
      else
        return Status::InvalidInput(where + ": unknown flag '" + f + "'");
    }
    unit_table.Add(r.fields[0], static_cast<int>(units.size()));
    units.push_back(u);
  }
  WF_RETURN_IF_ERROR(rules.ReadRecords(kHeadsFile, &records));
  for (const RuleRecord& r : records) {
    if (!r.fields.empty() && !r.fields[0].empty()) heads.insert(NormalizeSurface(r.fields[0]));
  }
  std::map<std::string, std::string> macros = {
      {"NUM", numbers->Pattern()},
      {"QUAL", qualifiers->Pattern()},
      {"PCT", unit_table.Pattern(/*word_start=*/false, true)},
  };
  return FigurePatterns::Create(rules, kPatternsFile, macros, &patterns);
}

bool PercentExtractor::Impl::Interpret(std::string_view text, const FigureMatch& m,
                                       Value* value) const {
  *value = Value();
  std::string_view unit_text = m.Group("unit2");
  if (unit_text.empty()) unit_text = m.Group("unit");
  int ui = unit_table.Find(unit_text);
  if (ui < 0) return false;
  const Unit& unit = units[ui];
  const double scale = unit.basis_points ? 0.01 : 1.0;
  value->points = unit.points;

  ParsedNumber n1;
  if (!numbers->Parse(m.Group("num"), &n1)) return false;
  std::string_view qual_text = m.Group("qual");
  QualifierType qual = qualifiers->Find(qual_text);
  if (m.Group("num2").empty()) {
    Qualifiers::Apply(qual, n1.value * scale, value);
    value->resolution = n1.resolution * scale;
    return true;
  }
  // A range.
  ParsedNumber n2;
  if (!ParseRangeEnd(text, m, *numbers, n1, &n2)) return false;
  if (!(n1.value < n2.value)) return false;
  // "5% to 7 percentage points": both ends must be of one kind.
  std::string_view first_unit = m.Group("unit");
  if (!first_unit.empty()) {
    int fi = unit_table.Find(first_unit);
    if (fi < 0 || units[fi].points != unit.points || units[fi].basis_points != unit.basis_points) {
      return false;
    }
  }
  value->low = n1.value * scale;
  value->high = n2.value * scale;
  value->approx = qual == QualifierType::kApprox;
  value->resolution = std::min(n1.resolution, n2.resolution) * scale;
  return true;
}

bool PercentExtractor::Impl::IsHead(std::string_view word) const {
  std::string w = NormalizeSurface(word);
  if (heads.count(w)) return true;
  if (w.size() > 3 && w.back() == 's' && heads.count(w.substr(0, w.size() - 1))) return true;
  if (w.size() > 4 && w.ends_with("es") && heads.count(w.substr(0, w.size() - 2))) return true;
  return false;
}

std::string PercentExtractor::Impl::FindOf(const DocumentView& doc, size_t begin,
                                           size_t end) const {
  std::string_view text = doc.text;
  size_t sent_begin = 0, sent_end = text.size();
  if (doc.sentences && !doc.sentences->empty()) {
    const Sentence& s = (*doc.sentences)[SentenceAt(*doc.sentences, begin)];
    if (s.begin <= begin) {
      sent_begin = s.begin;
      sent_end = std::max(s.end, end);
    }
  }
  // "a 25 percent tariff", "a 1.4% gain".
  std::vector<Word> after = WordsAfter(text, end, sent_end, 4);
  if (!after.empty()) {
    std::string_view w = text.substr(after[0].begin, after[0].end - after[0].begin);
    if (IsHead(w)) return NormalizeSurface(w);
    // "25 percent of (the) shares".
    if (NormalizeSurface(w) == "of") {
      for (size_t i = 1; i < after.size(); ++i) {
        std::string x =
            NormalizeSurface(text.substr(after[i].begin, after[i].end - after[i].begin));
        if (x == "the" || x == "its" || x == "their" || x == "his" || x == "her" || x == "a" ||
            x == "an" || x == "all" || x == "total") {
          continue;
        }
        return x;
      }
    }
  }
  // The nearest head word before the figure in its sentence.
  size_t i = begin;
  for (int n = 0; i > sent_begin && n < kHeadLookback;) {
    while (i > sent_begin && !IsAsciiLetter(text[i - 1])) --i;
    size_t e = i;
    while (i > sent_begin && IsAsciiLetter(text[i - 1])) --i;
    if (e == i) break;
    ++n;
    std::string_view w = text.substr(i, e - i);
    if (IsHead(w)) return NormalizeSurface(w);
  }
  return "";
}

PercentExtractor::PercentExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PercentExtractor::~PercentExtractor() = default;

Status PercentExtractor::Create(const RuleFiles& rules, std::unique_ptr<PercentExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(impl->Load(rules));
  out->reset(new PercentExtractor(std::move(impl)));
  return Status::OK();
}

void PercentExtractor::Extract(const DocumentView& doc, std::vector<Extraction>* out) const {
  const size_t first = out->size();
  impl_->patterns->Extract(
      doc.text, ClaimKind::kPercent, "percent",
      [&](const FigureMatch& m, Value* v, size_t*) { return impl_->Interpret(doc.text, m, v); },
      out);
  for (size_t i = first; i < out->size(); ++i)
    (*out)[i].value.of = impl_->FindOf(doc, (*out)[i].begin, (*out)[i].end);
}

}  // namespace wirefacts
