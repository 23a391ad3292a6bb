#include "extractors/figure_rules.h"

#include <algorithm>
#include <mutex>

#include "re2/re2.h"
#include "re2/set.h"

namespace wirefacts {

namespace {

constexpr char kQualifiersFile[] = "extractors/rules/numbers_qualifiers.tsv";

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// Position of the next UTF-8 character start after `pos`.
size_t NextChar(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

}  // namespace

std::string NormalizeSurface(std::string_view s) {
  std::string out = CollapseSpaces(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// --- SurfaceTable -------------------------------------------------------------

void SurfaceTable::Add(std::string_view surface, int record, bool case_sensitive) {
  std::string collapsed = CollapseSpaces(surface);
  if (collapsed.empty()) return;
  surfaces_.push_back({collapsed, case_sensitive});
  if (case_sensitive) {
    exact_.emplace(collapsed, record);
  } else {
    folded_.emplace(NormalizeSurface(collapsed), record);
  }
}

std::string SurfaceTable::Pattern(bool word_start, bool word_end) const {
  if (surfaces_.empty()) return "(?:\\b\\B)";
  std::vector<Entry> sorted = surfaces_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry& a, const Entry& b) {
    return a.surface.size() > b.surface.size();
  });
  std::string out = "(?:";
  for (size_t i = 0; i < sorted.size(); ++i) {
    const std::string& s = sorted[i].surface;
    std::string alt;
    if (word_start && IsWordByte(static_cast<unsigned char>(s.front()))) alt += "\\b";
    size_t start = 0;
    while (start <= s.size()) {
      size_t sp = s.find(' ', start);
      if (sp == std::string::npos) sp = s.size();
      alt += RE2::QuoteMeta(s.substr(start, sp - start));
      if (sp < s.size()) alt += "\\s+";
      start = sp + 1;
    }
    if (word_end && IsWordByte(static_cast<unsigned char>(s.back()))) alt += "\\b";
    if (sorted[i].case_sensitive) alt = "(?-i:" + alt + ")";
    if (i) out += "|";
    out += alt;
  }
  out += ")";
  return out;
}

int SurfaceTable::Find(std::string_view s) const {
  std::string collapsed = CollapseSpaces(s);
  auto e = exact_.find(collapsed);
  if (e != exact_.end()) return e->second;
  auto f = folded_.find(NormalizeSurface(collapsed));
  if (f != folded_.end()) return f->second;
  return -1;
}

// --- FigurePatterns ---------------------------------------------------------

struct FigurePatterns::Impl {
  struct Compiled {
    std::string name;
    std::unique_ptr<RE2> re;
    std::vector<std::pair<std::string, int>> groups;  // name -> group index
    int ngroups = 0;
  };
  std::vector<Compiled> patterns;
  // Every pattern, unanchored, as one set: which patterns match somewhere
  // in a window, so that the others are not run over it. Null when the set
  // does not compile (then every pattern runs over every window).
  std::unique_ptr<RE2::Set> set;
  std::unique_ptr<RE2> anchor;
  size_t before = 0, after = 0;

  // The named groups of pattern matches seen before. Reading the groups of a
  // match costs more than finding it (the patterns are too large for RE2's
  // bit-state engine: its NFA runs over the match), and wire copy repeats
  // its figures ("15 mln dlrs"): about half the groups read on the Reuters
  // corpus are found here. The groups are a function of the match's bytes
  // and of what RE2 looks at outside them: \b and \B read the byte before
  // and the byte after, ^ and $ whether the match touches the text's start
  // or end (nothing else: RE2 has no lookaround). CaptureKey holds exactly
  // these, so a cached answer is the one RE2 would give. Bounded: emptied
  // when full.
  static constexpr size_t kCaptureCacheSize = 1 << 14;
  mutable std::mutex capture_mu;
  // CaptureKey -> per entry of Compiled::groups, offset from the match's
  // start and length; -1, -1 for a group that took no part.
  mutable std::unordered_map<std::string, std::vector<int>> capture_cache;

  static void CaptureKey(std::string_view text, size_t begin, size_t end, int pattern,
                         std::string* key);
  // Fills m.groups for the match [m.begin, m.end) of `c`.
  void ReadGroups(std::string_view text, const Compiled& c, FigureMatch* m) const;
};

void FigurePatterns::Impl::CaptureKey(std::string_view text, size_t begin, size_t end, int pattern,
                                      std::string* key) {
  key->clear();
  key->append(reinterpret_cast<const char*>(&pattern), sizeof pattern);
  key->push_back(static_cast<char>((begin > 0 ? 1 : 0) | (end < text.size() ? 2 : 0)));
  key->push_back(begin > 0 ? text[begin - 1] : '\0');
  key->push_back(end < text.size() ? text[end] : '\0');
  key->append(text.substr(begin, end - begin));
}

void FigurePatterns::Impl::ReadGroups(std::string_view text, const Compiled& c,
                                      FigureMatch* m) const {
  thread_local std::string key;
  CaptureKey(text, m->begin, m->end, m->pattern, &key);
  thread_local std::vector<int> spans;
  spans.clear();
  bool cached = false;
  {
    std::lock_guard<std::mutex> lock(capture_mu);
    auto it = capture_cache.find(key);
    if (it != capture_cache.end()) {
      spans.assign(it->second.begin(), it->second.end());
      cached = true;
    }
  }
  if (!cached) {
    // The same search over the match alone: its first match is the match
    // itself (the pattern's preferred match at its start, none starting
    // earlier), and RE2 reads the groups of it. The text given is the match
    // and one byte either side, all RE2 looks at (see above).
    const size_t cb = m->begin > 0 ? m->begin - 1 : 0;
    const size_t ce = std::min(text.size(), m->end + 1);
    thread_local std::vector<re2::StringPiece> groups;
    groups.assign(c.ngroups + 1, re2::StringPiece());
    c.re->Match(text.substr(cb, ce - cb), m->begin - cb, m->end - cb, RE2::UNANCHORED,
                groups.data(), static_cast<int>(groups.size()));
    for (const auto& [name, index] : c.groups) {
      const re2::StringPiece& g = groups[index];
      if (g.data() == nullptr) {
        spans.push_back(-1);
        spans.push_back(-1);
      } else {
        spans.push_back(static_cast<int>(g.data() - text.data() - m->begin));
        spans.push_back(static_cast<int>(g.size()));
      }
    }
    std::lock_guard<std::mutex> lock(capture_mu);
    if (capture_cache.size() >= kCaptureCacheSize) capture_cache.clear();
    capture_cache.emplace(key, spans);
  }
  for (size_t i = 0; i < c.groups.size(); ++i) {
    if (spans[2 * i] < 0) continue;
    m->groups.emplace(c.groups[i].first, text.substr(m->begin + spans[2 * i], spans[2 * i + 1]));
  }
}

FigurePatterns::FigurePatterns(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
FigurePatterns::~FigurePatterns() = default;

Status FigurePatterns::Create(const RuleFiles& rules, std::string_view file,
                              const std::map<std::string, std::string>& macros,
                              std::unique_ptr<FigurePatterns>* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(file, &records));
  auto impl = std::make_unique<Impl>();
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  bool set_ok = true;
  for (const RuleRecord& r : records) {
    std::string where = std::string(file) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2 || r.fields[0].empty() || r.fields[1].empty()) {
      return Status::InvalidInput(where + ": expected name <TAB> pattern");
    }
    const std::string& tmpl = r.fields[1];
    std::string expanded;
    for (size_t i = 0; i < tmpl.size();) {
      if (tmpl[i] == '{') {
        size_t close = tmpl.find('}', i);
        std::string name =
            close == std::string::npos ? std::string() : tmpl.substr(i + 1, close - i - 1);
        bool is_macro = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        });
        if (is_macro) {
          auto it = macros.find(name);
          if (it == macros.end())
            return Status::InvalidInput(where + ": unknown macro {" + name + "}");
          expanded += it->second;
          i = close + 1;
          continue;
        }
      }
      expanded.push_back(tmpl[i]);
      ++i;
    }
    Impl::Compiled c;
    c.name = r.fields[0];
    c.re = std::make_unique<RE2>(expanded, options);
    if (!c.re->ok()) return Status::InvalidInput(where + ": " + c.re->error());
    c.ngroups = c.re->NumberOfCapturingGroups();
    for (const auto& [name, index] : c.re->NamedCapturingGroups()) {
      c.groups.emplace_back(name, index);
    }
    set_ok = set_ok && set->Add(expanded, nullptr) == static_cast<int>(impl->patterns.size());
    impl->patterns.push_back(std::move(c));
  }
  if (set_ok && !impl->patterns.empty() && set->Compile()) impl->set = std::move(set);
  out->reset(new FigurePatterns(std::move(impl)));
  return Status::OK();
}

const std::string& FigurePatterns::name(int pattern) const { return impl_->patterns[pattern].name; }

Status FigurePatterns::SetAnchor(const std::string& anchor, size_t before, size_t after) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(anchor, options);
  if (!re->ok()) return Status::InvalidInput("figure anchor: " + re->error());
  impl_->anchor = std::move(re);
  impl_->before = before;
  impl_->after = after;
  return Status::OK();
}

void FigurePatterns::Scan(std::string_view text, std::vector<FigureMatch>* out) const {
  // The windows to scan: the whole text, or the text around anchor matches.
  std::vector<std::pair<size_t, size_t>> windows;
  if (!impl_->anchor) {
    windows.emplace_back(0, text.size());
  } else {
    re2::StringPiece hit;
    size_t pos = 0;
    while (pos < text.size() &&
           impl_->anchor->Match(text, pos, text.size(), RE2::UNANCHORED, &hit, 1)) {
      size_t b = hit.data() - text.data(), e = b + hit.size();
      size_t wb = b > impl_->before ? b - impl_->before : 0;
      while (wb > 0 && (static_cast<unsigned char>(text[wb]) & 0xC0) == 0x80) --wb;
      size_t we = std::min(text.size(), e + impl_->after);
      if (!windows.empty() && wb <= windows.back().second) {
        windows.back().second = std::max(windows.back().second, we);
      } else {
        windows.emplace_back(wb, we);
      }
      pos = e > b ? e : NextChar(text, b);
    }
  }
  // Which patterns can match in each window: the set is run over the window
  // and one character either side, so that \b, ^ and $ at the window's edges
  // see what the patterns see (a pattern's match in the window is then a set
  // match too; the set may say yes where the pattern finds nothing).
  const size_t npatterns = impl_->patterns.size();
  std::vector<char> active(windows.size() * npatterns, 1);
  if (impl_->set) {
    std::vector<int> hits;
    for (size_t w = 0; w < windows.size(); ++w) {
      size_t b = windows[w].first, e = windows[w].second;
      if (b > 0) {
        --b;
        while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
      }
      if (e < text.size()) e = NextChar(text, e);
      hits.clear();
      RE2::Set::ErrorInfo error{};
      const bool any = impl_->set->Match(re2::StringPiece(text.data() + b, e - b), &hits, &error);
      if (error.kind != RE2::Set::kNoError) continue;  // the DFA gave up: run every pattern
      std::fill(active.begin() + w * npatterns, active.begin() + (w + 1) * npatterns, 0);
      if (any)
        for (int h : hits) active[w * npatterns + h] = 1;
    }
  }
  for (size_t p = 0; p < npatterns; ++p) {
    const Impl::Compiled& c = impl_->patterns[p];
    re2::StringPiece found;
    for (size_t w = 0; w < windows.size(); ++w) {
      if (!active[w * npatterns + p]) continue;
      const auto [wstart, wend] = windows[w];
      size_t pos = wstart;
      // Where the match is first (the DFAs only), then its groups.
      while (pos < wend && c.re->Match(text, pos, wend, RE2::UNANCHORED, &found, 1)) {
        size_t begin = found.data() - text.data();
        size_t end = begin + found.size();
        auto word = [&](size_t i) { return IsWordByte(static_cast<unsigned char>(text[i])); };
        bool cut_start = begin > 0 && begin < text.size() && word(begin - 1) && word(begin);
        bool cut_end = end > begin && end < text.size() && word(end - 1) && word(end);
        if (end == begin || cut_start || cut_end) {
          pos = NextChar(text, begin);
          continue;
        }
        FigureMatch m;
        m.begin = begin;
        m.end = end;
        m.pattern = static_cast<int>(p);
        impl_->ReadGroups(text, c, &m);
        out->push_back(std::move(m));
        pos = end;
      }
    }
  }
}

// --- Qualifiers -------------------------------------------------------------

Status Qualifiers::Create(const RuleFiles& rules, std::unique_ptr<Qualifiers>* out) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kQualifiersFile, &records));
  auto q = std::make_unique<Qualifiers>();
  for (const RuleRecord& r : records) {
    std::string where = std::string(kQualifiersFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 2) return Status::InvalidInput(where + ": expected surface, type");
    QualifierType t;
    const std::string& name = r.fields[1];
    if (name == "lower")
      t = QualifierType::kLower;
    else if (name == "upper")
      t = QualifierType::kUpper;
    else if (name == "approx")
      t = QualifierType::kApprox;
    else if (name == "exact")
      t = QualifierType::kExact;
    else
      return Status::InvalidInput(where + ": unknown type '" + name + "'");
    q->table_.Add(r.fields[0], static_cast<int>(q->types_.size()));
    q->types_.push_back(t);
  }
  *out = std::move(q);
  return Status::OK();
}

QualifierType Qualifiers::Find(std::string_view s) const {
  if (s.empty()) return QualifierType::kNone;
  int i = table_.Find(s);
  return i < 0 ? QualifierType::kNone : types_[i];
}

void Qualifiers::Apply(QualifierType q, double v, Value* value) {
  switch (q) {
    case QualifierType::kLower:
      value->low = v;
      value->high.reset();
      break;
    case QualifierType::kUpper:
      value->low.reset();
      value->high = v;
      break;
    case QualifierType::kApprox:
      value->approx = true;
      value->low = v;
      value->high = v;
      break;
    default:
      value->low = v;
      value->high = v;
      break;
  }
}

// --- Selection ----------------------------------------------------------------

void FigurePatterns::Extract(std::string_view text, ClaimKind kind, std::string_view prefix,
                             const InterpretFn& interpret, std::vector<Extraction>* out) const {
  std::vector<FigureMatch> matches;
  Scan(text, &matches);
  std::vector<Value> values;
  std::vector<Candidate> candidates;
  std::vector<int> pattern_of;
  for (const FigureMatch& m : matches) {
    Value v;
    size_t end = m.end;
    if (!interpret(m, &v, &end)) continue;
    candidates.push_back({m.begin, end, static_cast<int>(values.size())});
    values.push_back(std::move(v));
    pattern_of.push_back(m.pattern);
  }
  for (const Candidate& c : SelectLongest(std::move(candidates))) {
    Extraction e;
    e.kind = kind;
    e.begin = c.begin;
    e.end = c.end;
    e.value = std::move(values[c.index]);
    e.rule = std::string(prefix) + "/" + name(pattern_of[c.index]);
    out->push_back(std::move(e));
  }
}

bool ParseRangeEnd(std::string_view text, const FigureMatch& m, const NumberParser& numbers,
                   const ParsedNumber& first, ParsedNumber* second) {
  if (NormalizeSurface(m.Group("qual")) != "between" && PreviousWord(text, m.begin) == "from")
    return false;
  if (!numbers.Parse(m.Group("num2"), second)) return false;
  const std::string sep = NormalizeSurface(m.Group("sep"));
  return sep.empty() || sep == "to" || (!first.words && !second->words);
}

std::vector<Candidate> SelectLongest(std::vector<Candidate> candidates) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     size_t la = a.end - a.begin, lb = b.end - b.begin;
                     if (la != lb) return la > lb;
                     if (a.begin != b.begin) return a.begin < b.begin;
                     return a.index < b.index;
                   });
  std::vector<Candidate> kept;
  for (const Candidate& c : candidates) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Candidate& k) {
      return c.begin < k.end && k.begin < c.end;
    });
    if (!overlaps) kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

std::string PreviousWord(std::string_view text, size_t pos) {
  size_t e = std::min(pos, text.size());
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t')) --e;
  size_t b = e;
  while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') ||
                   (text[b - 1] >= 'A' && text[b - 1] <= 'Z'))) {
    --b;
  }
  return NormalizeSurface(text.substr(b, e - b));
}

}  // namespace wirefacts
