#include "text/boilerplate.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <memory>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

// Whether the presence of `atom` (a prefilter atom: lower-cased) in a text
// can be decided byte by byte (ContainsAtom) as a case-insensitive RE2
// matches it. Yes when each character is an ASCII non-letter or a non-ASCII
// character outside every case mapping (not UCHAR_CASE_SENSITIVE: "»", "©",
// "→"), which match only themselves, or an ASCII letter other than k and s,
// which matches only its two ASCII cases (k also matches U+212A KELVIN SIGN
// and s U+017F LONG S, so atoms with them are not decided this way).
bool AtomTestable(std::string_view atom) {
  if (atom.empty()) return false;
  for (size_t i = 0; i < atom.size();) {
    const unsigned char b = static_cast<unsigned char>(atom[i]);
    if (b < 0x80) {
      if (b == 'k' || b == 's' || (b >= 'A' && b <= 'Z')) return false;
      ++i;
      continue;
    }
    UChar32 c = 0;
    int32_t at = static_cast<int32_t>(i);
    U8_NEXT(atom.data(), at, static_cast<int32_t>(atom.size()), c);
    if (c < 0 || u_hasBinaryProperty(c, UCHAR_CASE_SENSITIVE)) return false;
    i = static_cast<size_t>(at);
  }
  return true;
}

// Occurrence of a testable atom in `text`, ASCII letters in either case.
// Candidates are found by the atom's first byte (string_view::find, i.e.
// memchr), once per case of a letter.
bool ContainsAtom(std::string_view text, std::string_view atom) {
  auto same = [](char t, char a) {
    return t == a || (a >= 'a' && a <= 'z' && t == static_cast<char>(a - 'a' + 'A'));
  };
  const char a0 = atom[0];
  const bool letter = a0 >= 'a' && a0 <= 'z';
  for (const char first : {a0, static_cast<char>(letter ? a0 - 'a' + 'A' : a0)}) {
    for (size_t i = text.find(first); i != std::string_view::npos && i + atom.size() <= text.size();
         i = text.find(first, i + 1)) {
      size_t k = 1;
      while (k < atom.size() && same(text[i + k], atom[k])) ++k;
      if (k == atom.size()) return true;
    }
    if (!letter) break;
  }
  return false;
}

}  // namespace

// The rules of one action. A paragraph is tested only against the rules
// whose required literals (RE2's prefilter atoms, FilteredRE2) it contains,
// each rule on its own, anchored at both ends: what one anchored RE2::Set
// of every rule answered, without its DFA, whose states multiplied with the
// counted repeats (".{0,200}") of the rules and were rebuilt paragraph after
// paragraph. The atoms of both actions are found in one pass (Rules::atoms).
class BoilerplateFilter::RuleSet {
 public:
  explicit RuleSet(const RE2::Options& options) : options_(options) {}

  // Adds a rule; false (with *error) when RE2 rejects it.
  bool Add(const std::string& pattern, std::string* error) {
    int id = 0;
    if (filter_.Add(pattern, options_, &id) != RE2::NoError) {
      *error = RE2(pattern, options_).error();
      return false;
    }
    ++rules_;
    patterns_.push_back(pattern);
    return true;
  }

  // After the last Add: the prefilter's atoms, lower-cased literals; empty
  // when no rule has any (then every rule is tested).
  std::vector<std::string> Compile() {
    std::vector<std::string> atoms;
    if (rules_ == 0) return atoms;
    filter_.Compile(&atoms);
    filter_.AllPotentials({}, &always_);
    has_atoms_ = !atoms.empty();
    for (int r : always_) gates_.push_back(MakeGate(patterns_[r]));
    return atoms;
  }

  // Whether some rule matches the whole of `text`, given the indices of
  // this set's atoms found in `text` (`atom_hits`), or null when they are
  // unknown (then every rule is tested).
  bool Matches(std::string_view text, const std::vector<int>* atom_hits) const {
    if (rules_ == 0) return false;
    const re2::StringPiece piece(text.data(), text.size());
    auto full = [&](int rule) {
      return filter_.GetRE2(rule).Match(piece, 0, piece.size(), RE2::ANCHOR_BOTH, nullptr, 0);
    };
    if (!has_atoms_ || atom_hits == nullptr) {
      for (int r = 0; r < rules_; ++r)
        if (full(r)) return true;
      return false;
    }
    for (size_t a = 0; a < always_.size(); ++a)
      if (Passes(gates_[a].get(), text) && full(always_[a])) return true;
    if (atom_hits->empty()) return false;
    std::vector<int> potential;
    filter_.AllPotentials(*atom_hits, &potential);
    for (int r : potential)
      if (full(r)) return true;
    return false;
  }

 private:
  // A precondition of a rule the shared atoms cannot rule out (its literals
  // are all shorter than FilteredRE2's 3-byte atoms: "»", ">>", "©"): the
  // rule's own prefilter with atoms of any length, its atoms looked for
  // byte by byte. Exact as any prefilter is: a paragraph the rule matches
  // holds the atoms the prefilter requires, so a paragraph for which
  // AllPotentials comes out empty cannot match. One-byte atoms (the digits
  // of "\d{4}") are common and not looked for but taken as found, which
  // only lets more paragraphs through (the prefilter is monotone: finding
  // more atoms never rules a rule out). Null (always test the rule) unless
  // every other atom is AtomTestable and one of them is required.
  struct Gate {
    re2::FilteredRE2 filter{1};
    std::vector<std::string> atoms;
    std::vector<int> searched;  // indices of the atoms looked for
    std::vector<int> assumed;   // indices of the atoms taken as found
    bool any_atom = false;      // each searched atom alone lets the rule through
  };
  std::unique_ptr<Gate> MakeGate(const std::string& pattern) const {
    auto g = std::make_unique<Gate>();
    int id = 0;
    if (g->filter.Add(pattern, options_, &id) != RE2::NoError) return nullptr;
    g->filter.Compile(&g->atoms);
    for (int a = 0; a < static_cast<int>(g->atoms.size()); ++a) {
      if (g->atoms[a].size() == 1) {
        g->assumed.push_back(a);
      } else if (AtomTestable(g->atoms[a])) {
        g->searched.push_back(a);
      } else {
        return nullptr;
      }
    }
    std::vector<int> passes;
    g->filter.AllPotentials(g->assumed, &passes);
    if (g->searched.empty() || !passes.empty()) return nullptr;
    g->any_atom = true;
    for (size_t k = 0; k < g->searched.size() && g->any_atom; ++k) {
      std::vector<int> found = g->assumed;
      found.push_back(g->searched[k]);
      g->filter.AllPotentials(found, &passes);
      g->any_atom = !passes.empty();
    }
    return g;
  }
  static bool Passes(const Gate* g, std::string_view text) {
    if (g == nullptr) return true;
    if (g->any_atom) {
      for (int a : g->searched)
        if (ContainsAtom(text, g->atoms[a])) return true;
      return false;
    }
    std::vector<int> found = g->assumed, passes;
    for (int a : g->searched)
      if (ContainsAtom(text, g->atoms[a])) found.push_back(a);
    if (found.size() == g->assumed.size()) return false;
    g->filter.AllPotentials(found, &passes);
    return !passes.empty();
  }

  RE2::Options options_;
  int rules_ = 0;
  std::vector<std::string> patterns_;         // in the order added
  std::vector<std::unique_ptr<Gate>> gates_;  // per always_ rule
  re2::FilteredRE2 filter_;                   // holds the rules, compiled, in the order added
  std::vector<int> always_;                   // rules the prefilter cannot rule out
  bool has_atoms_ = false;
};

struct BoilerplateFilter::Rules {
  explicit Rules(const RE2::Options& options) : line(options), rest(options) {}

  // Compiles both rule sets and the set of their atoms: `rest`'s first,
  // then `line`'s from index line_first.
  void Compile(const RE2::Options& options) {
    const std::vector<std::string> rest_atoms = rest.Compile();
    const std::vector<std::string> line_atoms = line.Compile();
    line_first = static_cast<int>(rest_atoms.size());
    if (rest_atoms.empty() && line_atoms.empty()) return;
    // Matching the lower-cased atoms case-insensitively finds every
    // occurrence the prefilter counts on, and maybe more.
    RE2::Options o = options;
    o.set_case_sensitive(false);
    atoms = std::make_unique<RE2::Set>(o, RE2::UNANCHORED);
    for (const std::vector<std::string>* list : {&rest_atoms, &line_atoms}) {
      for (const std::string& a : *list) {
        if (atoms->Add(RE2::QuoteMeta(a), nullptr) < 0) {
          atoms.reset();  // test every rule
          return;
        }
      }
    }
    if (!atoms->Compile()) atoms.reset();
  }

  RuleSet line;
  RuleSet rest;
  std::unique_ptr<RE2::Set> atoms;  // null: test every rule
  int line_first = 0;               // index in `atoms` of line's first atom
};

BoilerplateFilter::BoilerplateFilter(std::unique_ptr<Rules> rules) : rules_(std::move(rules)) {}
BoilerplateFilter::~BoilerplateFilter() = default;

Status BoilerplateFilter::Create(const RuleFiles& rules, std::unique_ptr<BoilerplateFilter>* out) {
  std::string text;
  WF_RETURN_IF_ERROR(rules.Read(kRuleFile, &text));
  return FromText(text, out).WithContext(kRuleFile);
}

Status BoilerplateFilter::FromText(std::string_view rule_text,
                                   std::unique_ptr<BoilerplateFilter>* out) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  auto r = std::make_unique<Rules>(options);
  for (const RuleRecord& rec : ParseRuleText(rule_text)) {
    const std::string where = "line " + std::to_string(rec.line);
    if (rec.fields.size() < 2 || rec.fields[1].empty()) {
      return Status::InvalidInput(where + ": expected ACTION<TAB>PATTERN");
    }
    const std::string& action = rec.fields[0];
    RuleSet* set = nullptr;
    if (action == "line") {
      set = &r->line;
    } else if (action == "rest") {
      set = &r->rest;
    } else {
      return Status::InvalidInput(where + ": action must be 'line' or 'rest', not '" + action +
                                  "'");
    }
    std::string error;
    if (!set->Add(rec.fields[1], &error)) {
      return Status::InvalidInput(where + ": bad pattern: " + error);
    }
  }
  r->Compile(options);
  out->reset(new BoilerplateFilter(std::move(r)));
  return Status::OK();
}

BoilerplateAction BoilerplateFilter::Classify(std::string_view paragraph) const {
  if (paragraph.empty() || paragraph.size() > kMaxBoilerplateBytes) {
    return BoilerplateAction::kKeep;
  }
  // The atoms found, split by rule set; unknown when the set's DFA gives up.
  std::vector<int> rest_hits, line_hits;
  bool known = false;
  if (rules_->atoms) {
    std::vector<int> hits;
    RE2::Set::ErrorInfo error{};
    rules_->atoms->Match(re2::StringPiece(paragraph.data(), paragraph.size()), &hits, &error);
    known = error.kind == RE2::Set::kNoError;
    for (int h : hits) {
      if (h < rules_->line_first)
        rest_hits.push_back(h);
      else
        line_hits.push_back(h - rules_->line_first);
    }
  }
  if (rules_->rest.Matches(paragraph, known ? &rest_hits : nullptr))
    return BoilerplateAction::kDropRest;
  if (rules_->line.Matches(paragraph, known ? &line_hits : nullptr))
    return BoilerplateAction::kDropLine;
  return BoilerplateAction::kKeep;
}

int BoilerplateFilter::Filter(const TrackedText& in, TrackedText* out) const {
  const std::string_view s = in.text;
  out->Reset(s.size());
  int dropped = 0;
  bool first = true;
  size_t kept_end = 0;  // past the last paragraph kept
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) nl = s.size();
    const BoilerplateAction action = Classify(s.substr(pos, nl - pos));
    if (action == BoilerplateAction::kDropRest && pos * 2 >= s.size()) {
      for (size_t p = pos; p < s.size(); p = s.find('\n', p) + 1) {
        ++dropped;
        if (s.find('\n', p) == std::string_view::npos) break;
      }
      break;
    }
    if (action != BoilerplateAction::kKeep) {
      ++dropped;
    } else {
      if (!first) out->AppendMapped("\n", in.src[kept_end]);
      out->AppendCopy(in, pos, nl - pos);
      kept_end = nl;
      first = false;
    }
    pos = nl + 1;
  }
  // The end maps past the last paragraph kept.
  out->Finish(in.src[kept_end]);
  return dropped;
}

}  // namespace wirefacts
