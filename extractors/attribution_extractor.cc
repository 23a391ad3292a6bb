#include "extractors/attribution_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

namespace wirefacts {
namespace {

// State::mentions is sorted by `begin`: the mentions that can start at or
// before (after) a byte are found by binary search, so the scans below touch
// the mentions near a cue instead of the whole story (quadratic on long
// bodies). A mention never ends before it begins.
using MentionIt = std::vector<Mention>::const_iterator;
MentionIt FirstStartingAtOrAfter(const std::vector<Mention>& ms, size_t pos) {
  return std::lower_bound(ms.begin(), ms.end(), pos,
                          [](const Mention& m, size_t p) { return m.begin < p; });
}
MentionIt FirstStartingAfter(const std::vector<Mention>& ms, size_t pos) {
  return std::upper_bound(ms.begin(), ms.end(), pos,
                          [](size_t p, const Mention& m) { return p < m.begin; });
}

constexpr std::string_view kCuesFile = "extractors/rules/attribution_cues.tsv";
constexpr std::string_view kUnnamedFile = "extractors/rules/attribution_unnamed.tsv";
constexpr std::string_view kOutletsFile = "extractors/rules/attribution_outlets.tsv";
constexpr std::string_view kDatelineFile = "extractors/rules/attribution_dateline.tsv";
constexpr std::string_view kCreditsFile = "extractors/rules/attribution_credits.tsv";

// Credit lines are read only among a story's first and last lines.
constexpr int kCreditHeadLines = 4;
constexpr int kCreditTailLines = 8;
constexpr size_t kCreditMaxLine = 400;

// The longest bracketed tag after a name that a cue may follow ("Acme Corp
// (ACME.N) said", "Sen. Jane Doe (D-Ore.) said").
constexpr size_t kMaxNameTag = 16;
// Words of a name no actor list knows, taken as a speaker (UnlistedName).
constexpr size_t kMaxUnlistedWords = 4;

// How close after "Acme Corp's" another organisation makes it the lead's
// subject instead ("Acme Corp's wholly-owned subsidiary, Beta Inc, said").
constexpr size_t kOwnedWithin = 48;

// How far back a definite plural ("the officials") looks for the group it
// refers to, and how many of the story's latest unnamed sources "they" and
// named groups are checked against: bounds that keep long bodies linear.
constexpr size_t kGroupScanBytes = 8192;
constexpr size_t kNotedBack = 16;

// How many sentences at the start of a story count as its lead.
constexpr int kLeadSentences = 2;

// How many words a polled group read backwards from its poll words may have
// ("share analysts polled by Reuters"); groups with a head word of their own
// ("most of the 20 economists polled by ...") are read by the unnamed-source
// patterns instead.
constexpr size_t kPollGroupWords = 4;

// How many words the unnamed-source patterns do not know may stand between
// one unnamed person's determiner and head ("one senior coffee dealer").
constexpr int kSingularModifiers = 2;

enum class Role { kSpeech, kTell, kReport, kAccording, kCiting };

struct CueRule {
  std::string cue;
  Role role = Role::kSpeech;
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Collapses runs of ASCII white space to one space and lower-cases.
std::string NormKey(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// An outlet name as looked up: NormKey without trailing periods
// ("Bloomberg L.P." ~ "bloomberg l.p").
std::string OutletKey(std::string_view s) {
  std::string k = NormKey(s);
  while (!k.empty() && k.back() == '.') k.pop_back();
  return k;
}

std::string_view SV(re2::StringPiece p) { return std::string_view(p.data(), p.size()); }

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool IsWordChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '\'' || c == '-' || c == '.' ||
         (static_cast<unsigned char>(c) >= 0x80);
}

// Whether `w` is `lower` (lower-case ASCII) in any case.
bool EqualsLower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(w[i])) != lower[i]) return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// Quotation marks: “ and ” (U+201C/D) and the straight '"'.
constexpr std::string_view kOpenQuote = "\xE2\x80\x9C";
constexpr std::string_view kCloseQuote = "\xE2\x80\x9D";

// True when `s` (already right-trimmed) ends with a closing quotation mark.
// Tokenised wire copy writes quotes as `` and ''.
bool EndsWithCloseQuote(std::string_view s) {
  return EndsWith(s, kCloseQuote) || EndsWith(s, "\"") || EndsWith(s, "''");
}
bool StartsWithOpenQuote(std::string_view s) {
  return StartsWith(s, kOpenQuote) || StartsWith(s, "\"") || StartsWith(s, "``");
}

// Where a source was found and what it is.
enum class SourceType { kActor, kPronoun, kUnnamed, kBackref, kAnaphor };

struct Source {
  std::string name;  // canonical
  SourceType type = SourceType::kActor;
  bool is_org = false;
  bool is_person = false;
  bool report_prefix = false;  // "a report by X"
  bool unlisted = false;       // a name no actor list knows (UnlistedName)
  size_t begin = 0, end = 0;   // bytes of the source phrase
};

// Where the letters that end at `p` of `text` start, not before `from`.
size_t WordStart(std::string_view text, size_t from, size_t p) {
  while (p > from && std::isalpha(static_cast<unsigned char>(text[p - 1]))) --p;
  return p;
}

// The word (letters only) ending at byte `e` past white space, as [w, e).
std::pair<size_t, size_t> WordBefore(std::string_view text, size_t sb, size_t e) {
  while (e > sb && IsSpace(text[e - 1])) --e;
  size_t w = WordStart(text, sb, e);
  return {w, e};
}

// The last word of a name, without a final full stop ("Corp" of "Acme
// Corp.").
std::string_view LastWord(std::string_view name) {
  while (!name.empty() && (name.back() == '.' || IsSpace(name.back()))) name.remove_suffix(1);
  const size_t sp = name.find_last_of(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

// The source a mention names: its span, its actor and the actor's kind (a
// pronoun's mention names the actor it stands for).
Source MentionSource(const Mention& m) {
  Source s;
  s.begin = m.begin;
  s.end = m.end;
  s.name = m.actor;
  s.is_org = m.kind == ActorKind::kOrganization;
  s.is_person = m.kind == ActorKind::kPerson;
  s.type = m.form == MentionForm::kPronoun ? SourceType::kPronoun : SourceType::kActor;
  return s;
}

// One attribution found in a sentence, before choosing.
struct Candidate {
  size_t begin = 0, end = 0;
  size_t cue_begin = 0;
  Attribution attribution;
  int rank = 0;               // higher wins; ties go to the earliest
  bool quote_speech = false;  // the cue closes or opens a quotation
  bool relay = false;         // said_by is an outlet the sentence relays
  bool said_by_org = false;
  bool said_by_unnamed = false;  // an unnamed source said it directly
};

// Quotation state of one sentence.
struct QuoteInfo {
  bool open_at_start = false;
  bool open_at_end = false;
  bool starts_with_open = false;  // first character is an opening quote
  // [open, close) byte ranges of quotations inside the sentence (a quote
  // open at the start begins at the sentence start; one open at the end
  // ends at the sentence end).
  std::vector<std::pair<size_t, size_t>> spans;
};

}  // namespace

struct AttributionExtractor::Impl {
  std::unique_ptr<RE2> cue_re;          // one capture group: the surface
  std::map<std::string, CueRule> cues;  // by NormKey(surface)
  std::set<std::string> aux;
  std::set<std::string> clause_words;  // open a clause, not an appositive
  // Cues through which a name no actor list knows may speak, and words
  // that are no such name (UnlistedName; attribution_cues.tsv).
  std::set<std::string> unlisted_cues, unlisted_stops;
  std::set<std::string> intransitive;  // after "reported": no direct object
  std::set<std::string> object_stops;  // end the object of "familiar with"
  std::set<std::string> comparison;    // "than analysts expected"
  std::set<std::string> affiliation;   // "Jane Doe of Acme said"
  std::set<std::string> unit_nouns;    // "Chrysler Corp's Chrysler Motors unit said"
  std::set<std::string> person_pronouns, group_pronouns, org_pronouns;
  std::vector<std::string> poll_links;                // lower-case "polled by"
  std::set<std::string> poll_last;                    // their last words ("by")
  std::set<std::string> group_stops;                  // end a polled group read backwards
  std::set<std::string> possessives;                  // "its" in "Acme and its bankers"
  std::set<std::string> survey_nouns;                 // "survey", "poll"
  std::vector<std::string> prefixes;                  // lower-case "a report by"
  std::set<std::string> det_words;                    // lower-case single-word dets and heads
  std::unique_ptr<RE2> familiar_end, familiar_start;  // group 1: the object
  std::unique_ptr<RE2> backref_end, backref_start;
  std::unique_ptr<RE2> anaphor_end, anaphor_start;
  std::unique_ptr<RE2> plain_end, plain_start;
  std::unique_ptr<RE2> head_re;    // a whole word that is a head
  std::unique_ptr<RE2> head_find;  // a head, anywhere
  std::unique_ptr<RE2> plural_re;  // a whole head word that is plural
  std::unique_ptr<RE2> group_re;   // a whole head word "they" may stand for
  std::unique_ptr<RE2> dateline;
  std::set<std::string> outlets;                    // lower-case names
  std::set<std::string> outlet_words;               // as written
  std::set<std::string> outlet_nouns;               // lower-case "newspaper"
  std::set<std::string> document_nouns;             // lower-case "report"
  std::set<std::string> firm_nouns;                 // lower-case "company"
  std::set<std::string> institution_nouns;          // lower-case "ministry"
  std::set<std::string> body_nouns;                 // lower-case "government"
  std::set<std::string> legal_forms;                // lower-case "inc"
  std::set<std::string> role_words;                 // lower-case "chairman"
  std::map<std::string, std::string> outlet_canon;  // lower-case name -> canonical

  enum class CreditWhere { kHead, kTail, kAny };
  enum class CreditTrust { kList, kOutlet, kDateline };
  struct CreditRule {
    CreditWhere where = CreditWhere::kAny;
    CreditTrust trust = CreditTrust::kList;
    std::unique_ptr<RE2> re;
  };
  std::vector<CreditRule> credits;
  // Any credit rule at all, as one pattern: a line it rejects (nearly
  // every line) is not tried rule by rule.
  std::unique_ptr<RE2> credit_any;

  std::string Canonical(std::string_view name) const;
  // Whether `name` (a credited name, not a mention) is a known outlet.
  bool NamesOutlet(std::string_view name) const;
  bool SameOutlet(std::string_view a, std::string_view b) const;
  void Credits(std::string_view text, std::string_view own, std::vector<std::string>* relays) const;

  // Per-story state while extracting.
  struct State {
    const DocumentView* doc = nullptr;
    const std::vector<Mention>* mentions = nullptr;
    // The unnamed sources credited so far, in order: the name, whether it
    // is canonical "people familiar with ..." (of any number), and the bytes
    // of the phrase (its head and number are read from them when needed, on
    // the rare back-references that ask).
    struct Noted {
      std::string name;
      bool familiar = false;
      size_t begin = 0, end = 0;
    };
    std::vector<Noted> noted;
    std::string last_org;  // the organisation of the latest sentence credited to one
    // The organisation the lead sentence opens with ("Shell Francaise, a
    // subsidiary of Shell Petroleum NV, returned to profit ..."): wire
    // copy's subject, what "it" and "the company" stand for before any
    // organisation is credited.
    std::string lead_org;
    // The outlet a lead relays ("..., the Xinhua news agency said"): what
    // "it" stands for before any organisation is credited.
    std::string lead_outlet;
    std::set<std::string> own;  // the story's own outlet (dateline, source), lower-case
  };

  void ExtractImpl(const DocumentView& doc, const ActorResult& actors,
                   AttributionResult* out) const;

  std::vector<Candidate> SentenceCandidates(State& st, size_t sb, size_t se,
                                            const QuoteInfo& quotes) const;
  // `unlisted`: a name no actor list knows may be the source (UnlistedName).
  std::optional<Source> ResolveLeft(State& st, size_t sb, size_t p, bool unlisted = false) const;
  // A name no actor list knows, as written, ending at p ("Construction fell
  // three pct, Dodge said"): capitalised words opening a clause.
  std::optional<Source> UnlistedName(const State& st, size_t sb, size_t p) const;
  std::optional<Source> ResolveRight(State& st, size_t q, size_t se) const;
  // The group an outlet or pollster at bytes [mb, me) asked, when poll words
  // come right before it ("trading banks polled by Reuters"): the group with
  // its poll words and the outlet, read back to the clause start (at most
  // kPollGroupWords words). Records it as the story's latest unnamed source.
  std::optional<Source> PolledGroup(State& st, size_t sb, size_t mb, size_t me) const;
  // The group a survey an outlet ran asked, when the source phrase at byte
  // `q` is "[a|the] <organisation> <survey noun> of <unnamed group>"
  // ("according to a Reuters survey of 20 economists" -> "20 economists").
  std::optional<Source> SurveyedGroup(State& st, size_t q, size_t se) const;
  // "Jane Doe and John Roe said", "Acme and its bankers said": joins `s` (the
  // source before a cue, its phrase starting at `begin` with any title) with
  // the source before "and" when that one opens the clause. Returns false,
  // with `s` and `begin` unchanged, otherwise.
  bool JoinSpeakers(State& st, size_t sb, Source* s, size_t* begin) const;
  std::optional<Source> Unnamed(State& st, std::string_view text, size_t base, bool at_end) const;
  // Records `s` (an unnamed source just credited) as the story's most
  // recent unnamed source.
  void NoteUnnamed(State& st, const Source& s, bool familiar) const;
  // The head noun of an unnamed phrase, lower-case ("Company officials in
  // Seoul" -> "officials"); "" when it has none.
  std::string HeadOf(std::string_view phrase) const;
  bool IsPlural(std::string_view head) const;
  // "the <plural head>" (any case) -> the head, lower-case; else "".
  std::string DefinitePlural(std::string_view phrase) const;
  // "the <singular head>" (any case) -> the head, lower-case; else "".
  std::string DefiniteSingular(std::string_view phrase) const;
  // The object of "familiar with <object>" cut before a new clause, and the
  // canonical source "people familiar with <object>" (`o` has two words or
  // more).
  std::string_view FamiliarObject(std::string_view o) const;
  std::string FamiliarName(std::string_view o) const;
  // The name of the unnamed group whose head is bytes [hb, he): the unnamed
  // source credited there, if one of the latest was; else its phrase
  // with determiner and modifiers ("Company officials"), as "people familiar
  // with <X>" when it is followed by "familiar with <X>"; "" for a phrase
  // that itself refers back ("the officials", "one of the sources").
  std::string NamedGroup(const State& st, size_t hb, size_t he) const;
  // Whom a definite plural ("the officials") before byte `pos` refers to:
  // the story's last unnamed source when it agrees (same head, or
  // "people familiar with ..."), else the latest group with that head named
  // in the text before it (with its modifiers: "Company officials"), else the
  // bare head. Never a singular source.
  std::string PluralBackref(const State& st, size_t pos, const std::string& head) const;
  // Whom "they" at byte `pos` stands for: the nearest plural group named in
  // this or the previous sentence, else the last plural unnamed source credited,
  // else "they". Never an organisation nor one person.
  std::string TheyGroup(const State& st, size_t pos) const;
  // Whether `m` names a news outlet: by the list of names, or (`by_word`)
  // by a word of its name ("Times").
  bool IsOutlet(const Mention& m, bool by_word) const;
  bool IsOwn(const State& st, std::string_view name) const;
  std::string Tidy(std::string_view phrase) const;
};

namespace {

// Builds "(?:a|b|c)" from fragments, longest first so "one of the" wins
// over "one".
std::string Alternation(std::vector<std::string> parts) {
  std::stable_sort(parts.begin(), parts.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string out = "(?:";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '|';
    out += parts[i];
  }
  out += ')';
  return out;
}

// Turns a literal phrase into an RE2 fragment whose spaces match any white
// space.
std::string LiteralPhrase(std::string_view phrase) {
  std::string out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t sp = phrase.find(' ', i);
    std::string_view word = phrase.substr(i, sp == std::string_view::npos ? phrase.npos : sp - i);
    if (!word.empty()) {
      if (!out.empty()) out += "\\s+";
      out += RE2::QuoteMeta(std::string(word));
    }
    if (sp == std::string_view::npos) break;
    i = sp + 1;
  }
  return out;
}

Status Compile(const std::string& pattern, std::string_view what, std::unique_ptr<RE2>* out) {
  RE2::Options opts;
  opts.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, opts);
  if (!re->ok()) {
    return Status::InvalidInput(std::string(what) + ": bad pattern: " + re->error());
  }
  *out = std::move(re);
  return Status::OK();
}

// Byte ranges of one sentence's quotations; `open` is the state at its start.
QuoteInfo ScanQuotes(std::string_view text, size_t sb, size_t se, bool open) {
  QuoteInfo q;
  q.open_at_start = open;
  size_t cur = open ? sb : std::string_view::npos;
  size_t i = sb;
  while (i < se && IsSpace(text[i])) ++i;
  q.starts_with_open = text.substr(i, kOpenQuote.size()) == kOpenQuote ||
                       text.substr(i, 2) == "``" || (!open && i < se && text[i] == '"');
  // Every quote mark below starts with one of these bytes.
  static constexpr auto kMarkStart = [] {
    std::array<bool, 256> may{};
    for (char c : {kOpenQuote[0], kCloseQuote[0], '`', '\'', '"'})
      may[static_cast<unsigned char>(c)] = true;
    return may;
  }();
  for (i = sb; i < se;) {
    if (!kMarkStart[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    if (text.substr(i, kOpenQuote.size()) == kOpenQuote || text.substr(i, 2) == "``") {
      if (cur == std::string_view::npos) cur = i;
      i += text[i] == '`' ? 2 : kOpenQuote.size();
    } else if (text.substr(i, kCloseQuote.size()) == kCloseQuote || text.substr(i, 2) == "''") {
      const size_t n = text[i] == '\'' ? 2 : kCloseQuote.size();
      q.spans.emplace_back(cur == std::string_view::npos ? sb : cur, i + n);
      cur = std::string_view::npos;
      i += n;
    } else if (text[i] == '"') {
      if (cur == std::string_view::npos) {
        cur = i;
      } else {
        q.spans.emplace_back(cur, i + 1);
        cur = std::string_view::npos;
      }
      ++i;
    } else {
      ++i;
    }
  }
  if (cur != std::string_view::npos) {
    q.spans.emplace_back(cur, se);
    q.open_at_end = true;
  }
  return q;
}

bool InsideQuote(const QuoteInfo& q, size_t pos) {
  for (const auto& [b, e] : q.spans) {
    if (pos > b && pos < e) return true;
  }
  return false;
}

}  // namespace

Status AttributionExtractor::Create(const RuleFiles& rules,
                                    std::unique_ptr<AttributionExtractor>* out) {
  auto impl = std::make_unique<Impl>();

  // --- cues -----------------------------------------------------------------
  std::vector<RuleRecord> recs;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kCuesFile, &recs));
  std::vector<std::string> surfaces;
  for (const RuleRecord& r : recs) {
    auto where = [&] { return std::string(kCuesFile) + ":" + std::to_string(r.line); };
    if (r.fields.size() < 3 || r.fields[0].empty()) {
      return Status::InvalidInput(where() + ": want surface<TAB>cue<TAB>role");
    }
    const std::string key = NormKey(r.fields[0]);
    const std::string& role = r.fields[2];
    std::set<std::string>* word_set = role == "aux"              ? &impl->aux
                                      : role == "group_stop"     ? &impl->group_stops
                                      : role == "possessive"     ? &impl->possessives
                                      : role == "survey"         ? &impl->survey_nouns
                                      : role == "clause"         ? &impl->clause_words
                                      : role == "intransitive"   ? &impl->intransitive
                                      : role == "stop"           ? &impl->object_stops
                                      : role == "comparison"     ? &impl->comparison
                                      : role == "affiliation"    ? &impl->affiliation
                                      : role == "unit_noun"      ? &impl->unit_nouns
                                      : role == "role_word"      ? &impl->role_words
                                      : role == "pronoun_person" ? &impl->person_pronouns
                                      : role == "pronoun_group"  ? &impl->group_pronouns
                                      : role == "pronoun_org"    ? &impl->org_pronouns
                                      : role == "unlisted"       ? &impl->unlisted_cues
                                      : role == "unlisted_stop"  ? &impl->unlisted_stops
                                                                 : nullptr;
    if (word_set != nullptr) {
      word_set->insert(key);
      continue;
    }
    if (role == "prefix") {
      impl->prefixes.push_back(key);
      continue;
    }
    if (role == "poll") {
      impl->poll_links.push_back(key);
      impl->poll_last.insert(key.substr(key.rfind(' ') + 1));
      continue;
    }
    CueRule rule;
    rule.cue = r.fields[1];
    if (role == "speech") {
      rule.role = Role::kSpeech;
    } else if (role == "tell") {
      rule.role = Role::kTell;
    } else if (role == "report") {
      rule.role = Role::kReport;
    } else if (role == "according") {
      rule.role = Role::kAccording;
    } else if (role == "citing") {
      rule.role = Role::kCiting;
    } else {
      return Status::InvalidInput(where() + ": unknown role '" + role + "'");
    }
    impl->cues[key] = rule;
    surfaces.push_back(LiteralPhrase(key));
  }
  if (surfaces.empty()) return Status::InvalidInput(std::string(kCuesFile) + ": no cues");
  std::sort(impl->prefixes.begin(), impl->prefixes.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  WF_RETURN_IF_ERROR(
      Compile("(?i)\\b(" + Alternation(surfaces) + ")\\b", kCuesFile, &impl->cue_re));

  // --- unnamed sources --------------------------------------------------------
  recs.clear();
  WF_RETURN_IF_ERROR(rules.ReadRecords(kUnnamedFile, &recs));
  std::map<std::string, std::vector<std::string>> frag;
  for (const RuleRecord& r : recs) {
    auto where = [&] { return std::string(kUnnamedFile) + ":" + std::to_string(r.line); };
    if (r.fields.size() < 2 || r.fields[1].empty()) {
      return Status::InvalidInput(where() + ": want kind<TAB>pattern");
    }
    const std::string& kind = r.fields[0];
    if (kind != "det" && kind != "mod" && kind != "head" && kind != "familiar" &&
        kind != "backref" && kind != "anaphor" && kind != "post" && kind != "plural" &&
        kind != "group" && kind != "document" && kind != "firm" && kind != "institution" &&
        kind != "body" && kind != "legal_form") {
      return Status::InvalidInput(where() + ": unknown kind '" + kind + "'");
    }
    RE2 check("(?i)" + r.fields[1]);
    if (!check.ok()) return Status::InvalidInput(where() + ": bad pattern: " + check.error());
    if (check.NumberOfCapturingGroups() != 0) {
      return Status::InvalidInput(where() + ": patterns must not capture");
    }
    if (kind == "document" || kind == "firm" || kind == "institution" || kind == "body" ||
        kind == "legal_form") {
      std::set<std::string>& nouns = kind == "document"      ? impl->document_nouns
                                     : kind == "firm"        ? impl->firm_nouns
                                     : kind == "institution" ? impl->institution_nouns
                                     : kind == "body"        ? impl->body_nouns
                                                             : impl->legal_forms;
      for (const std::string& noun : SplitRuleList(r.fields[1])) nouns.insert(Lower(noun));
      continue;
    }
    frag[kind].push_back(r.fields[1]);
    if (kind == "det" && r.fields[1].find_first_of("\\(?[") == std::string::npos) {
      impl->det_words.insert(Lower(r.fields[1]));
    }
  }
  for (const char* k : {"det", "mod", "head", "familiar", "backref", "anaphor"}) {
    if (frag[k].empty()) {
      return Status::InvalidInput(std::string(kUnnamedFile) + ": no '" + k + "' rows");
    }
  }
  const std::string det = Alternation(frag["det"]);
  const std::string mod = Alternation(frag["mod"]);
  const std::string head = Alternation(frag["head"]);
  // An optional place or affiliation after the head ("officials in Seoul",
  // "analysts at Acme Bank") or the outlet that polled it ("economists
  // polled by Reuters"): up to four capitalised words after a `post`
  // preposition or poll words.
  std::vector<std::string> posts = frag["post"];
  for (const std::string& link : impl->poll_links) posts.push_back(LiteralPhrase(link));
  const std::string post = posts.empty() ? std::string()
                                         : "(?:\\s+" + Alternation(posts) +
                                               "(?:\\s+the)?(?:\\s+(?-i:[A-Z][\\w.&'’-]*)){1,4})?";
  const std::string core =
      "(?:" + det + "\\s+)?(?:" + mod + "(?:'s|’s)?\\s+){0,3}?" + head + "\\b" + post;
  const std::string obj =
      "((?:the|a|an|its|their|his|her|this|these|those|(?-i:[A-Z][\\w.'’-]*(?:'s|’s)))"
      "(?:\\s+[\\w'’-]+){1,4})";
  const std::string familiar = core + "\\s+" + Alternation(frag["familiar"]) + "\\s+" + obj;
  const std::string backref = Alternation(frag["backref"]) + "\\b";
  const std::string anaphor = Alternation(frag["anaphor"]) + "\\b";
  struct {
    const std::string& body;
    std::unique_ptr<RE2>* end;
    std::unique_ptr<RE2>* start;
  } builds[] = {{familiar, &impl->familiar_end, &impl->familiar_start},
                {backref, &impl->backref_end, &impl->backref_start},
                {anaphor, &impl->anaphor_end, &impl->anaphor_start},
                {core, &impl->plain_end, &impl->plain_start}};
  for (auto& b : builds) {
    WF_RETURN_IF_ERROR(Compile("(?i)\\b(?:" + b.body + ")$", kUnnamedFile, b.end));
    WF_RETURN_IF_ERROR(Compile("(?i)^(?:" + b.body + ")", kUnnamedFile, b.start));
  }
  WF_RETURN_IF_ERROR(Compile("(?i)^" + head + "$", kUnnamedFile, &impl->head_re));
  WF_RETURN_IF_ERROR(Compile("(?i)\\b(" + head + ")\\b", kUnnamedFile, &impl->head_find));
  for (const char* k : {"plural", "group"}) {
    if (frag[k].empty()) {
      return Status::InvalidInput(std::string(kUnnamedFile) + ": no '" + k + "' rows");
    }
  }
  WF_RETURN_IF_ERROR(
      Compile("(?i)^" + Alternation(frag["plural"]) + "$", kUnnamedFile, &impl->plural_re));
  WF_RETURN_IF_ERROR(
      Compile("(?i)^" + Alternation(frag["group"]) + "$", kUnnamedFile, &impl->group_re));

  // --- outlets and datelines ----------------------------------------------------
  recs.clear();
  WF_RETURN_IF_ERROR(rules.ReadRecords(kOutletsFile, &recs));
  for (const RuleRecord& r : recs) {
    if (r.fields.size() < 2 || r.fields[1].empty() ||
        (r.fields[0] != "name" && r.fields[0] != "word" && r.fields[0] != "noun")) {
      return Status::InvalidInput(std::string(kOutletsFile) + ":" + std::to_string(r.line) +
                                  ": want name|word|noun<TAB>value");
    }
    if (r.fields[0] == "noun") {
      impl->outlet_nouns.insert(Lower(r.fields[1]));
    } else if (r.fields[0] == "name") {
      impl->outlets.insert(OutletKey(r.fields[1]));
      impl->outlet_canon[OutletKey(r.fields[1])] =
          r.fields.size() > 2 && !r.fields[2].empty() ? r.fields[2] : r.fields[1];
    } else {
      impl->outlet_words.insert(r.fields[1]);
    }
  }
  recs.clear();
  WF_RETURN_IF_ERROR(rules.ReadRecords(kDatelineFile, &recs));
  std::vector<std::string> datelines;
  for (const RuleRecord& r : recs) {
    if (!r.fields.empty() && !r.fields[0].empty()) datelines.push_back(r.fields[0]);
  }
  if (datelines.empty()) return Status::InvalidInput(std::string(kDatelineFile) + ": no rows");
  WF_RETURN_IF_ERROR(Compile(Alternation(datelines), kDatelineFile, &impl->dateline));
  if (impl->dateline->NumberOfCapturingGroups() != static_cast<int>(datelines.size())) {
    return Status::InvalidInput(std::string(kDatelineFile) + ": each pattern needs one group");
  }

  // --- credit lines ---------------------------------------------------------------
  recs.clear();
  WF_RETURN_IF_ERROR(rules.ReadRecords(kCreditsFile, &recs));
  std::vector<std::string> any_credit;
  for (const RuleRecord& r : recs) {
    auto where = [&] { return std::string(kCreditsFile) + ":" + std::to_string(r.line); };
    if (r.fields.size() < 3 || r.fields[2].empty()) {
      return Status::InvalidInput(where() + ": want where<TAB>trust<TAB>pattern");
    }
    Impl::CreditRule rule;
    const std::string& w = r.fields[0];
    const std::string& t = r.fields[1];
    if (w == "head") {
      rule.where = Impl::CreditWhere::kHead;
    } else if (w == "tail") {
      rule.where = Impl::CreditWhere::kTail;
    } else if (w == "any") {
      rule.where = Impl::CreditWhere::kAny;
    } else {
      return Status::InvalidInput(where() + ": unknown where '" + w + "'");
    }
    if (t == "list") {
      rule.trust = Impl::CreditTrust::kList;
    } else if (t == "outlet") {
      rule.trust = Impl::CreditTrust::kOutlet;
    } else if (t == "dateline") {
      rule.trust = Impl::CreditTrust::kDateline;
    } else {
      return Status::InvalidInput(where() + ": unknown trust '" + t + "'");
    }
    WF_RETURN_IF_ERROR(Compile("(?i)" + r.fields[2], where(), &rule.re));
    if (rule.re->NumberOfCapturingGroups() != 1) {
      return Status::InvalidInput(where() + ": want one capture group");
    }
    impl->credits.push_back(std::move(rule));
    // In the union, "{m,n}" loses its bound: the language only grows, and
    // RE2 need not compile n copies of what it repeats a second time.
    std::string loose = r.fields[2];
    static const RE2 kBounded("([^\\\\]\\{\\d+,)\\d+\\}");
    RE2::GlobalReplace(&loose, kBounded, "\\1}");
    any_credit.push_back("(?:" + loose + ")");
  }
  if (!any_credit.empty()) {
    std::string any = "(?i)(?:";
    for (size_t i = 0; i < any_credit.size(); ++i) any += (i ? "|" : "") + any_credit[i];
    WF_RETURN_IF_ERROR(Compile(any + ")", kCreditsFile, &impl->credit_any));
  }

  out->reset(new AttributionExtractor(std::move(impl)));
  return Status::OK();
}

AttributionExtractor::AttributionExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
AttributionExtractor::~AttributionExtractor() = default;

void AttributionExtractor::Extract(const DocumentView& doc, const ActorResult& actors,
                                   AttributionResult* out) const {
  impl_->ExtractImpl(doc, actors, out);
}

void AttributionExtractor::CreditRelays(std::string_view text, std::string_view own,
                                        std::vector<std::string>* relays) const {
  impl_->Credits(text, own, relays);
}

std::string AttributionExtractor::CanonicalOutlet(std::string_view name) const {
  return impl_->Canonical(name);
}

// ---------------------------------------------------------------------------

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == ',' || s.front() == ';')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '.' || s.back() == ',' ||
                        s.back() == ';' || s.back() == ')' || s.back() == '(')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits a credited list at ",", ";", "&", "|", "/" and the word "and".
std::vector<std::string_view> SplitCredits(std::string_view s) {
  std::vector<std::string_view> out;
  size_t start = 0;
  auto push = [&](size_t e) {
    std::string_view piece = Trim(s.substr(start, e - start));
    if (!piece.empty()) out.push_back(piece);
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == ',' || c == ';' || c == '&' || c == '|' || c == '/') {
      push(i);
      start = i + 1;
    } else if (IsSpace(c) && i + 4 < s.size() && Lower(s.substr(i + 1, 3)) == "and" &&
               IsSpace(s[i + 4])) {
      push(i);
      start = i + 4;
    }
  }
  push(s.size());
  return out;
}

}  // namespace

std::string AttributionExtractor::Impl::Canonical(std::string_view name) const {
  std::string key = OutletKey(name);
  if (auto it = outlet_canon.find(key); it != outlet_canon.end()) return it->second;
  if (StartsWith(key, "the ")) {
    if (auto it = outlet_canon.find(key.substr(4)); it != outlet_canon.end()) return it->second;
  } else if (auto it = outlet_canon.find("the " + key); it != outlet_canon.end()) {
    return it->second;
  }
  return std::string(name);
}

bool AttributionExtractor::Impl::NamesOutlet(std::string_view name) const {
  std::string key = OutletKey(name);
  if (outlets.count(key) || (StartsWith(key, "the ") && outlets.count(key.substr(4)))) return true;
  // A capitalised name of at most six words with an outlet word in it.
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  // Every word capitalised but a few joiners ("The Times of India").
  size_t words = 0;
  bool word = false;
  for (size_t i = 0; i < name.size();) {
    size_t e = name.find(' ', i);
    if (e == std::string_view::npos) e = name.size();
    std::string_view w = name.substr(i, e - i);
    ++words;
    if (outlet_words.count(std::string(w))) word = true;
    if (!w.empty() && !std::isupper(static_cast<unsigned char>(w[0])) && w != "of" && w != "the" &&
        w != "and" && w != "for" && w != "de" && w != "la") {
      return false;
    }
    i = e + 1;
  }
  return word && words <= 6;
}

bool AttributionExtractor::Impl::SameOutlet(std::string_view a, std::string_view b) const {
  return !a.empty() && !b.empty() && OutletKey(Canonical(a)) == OutletKey(Canonical(b));
}

void AttributionExtractor::Impl::Credits(std::string_view text, std::string_view own,
                                         std::vector<std::string>* relays) const {
  // The non-empty lines, as [begin, end) trimmed.
  std::vector<std::string_view> lines;
  for (size_t i = 0; i < text.size();) {
    size_t e = text.find('\n', i);
    if (e == std::string_view::npos) e = text.size();
    std::string_view line = text.substr(i, e - i);
    while (!line.empty() && IsSpace(line.front())) line.remove_prefix(1);
    while (!line.empty() && IsSpace(line.back())) line.remove_suffix(1);
    if (!line.empty()) lines.push_back(line);
    i = e + 1;
  }
  const int n = static_cast<int>(lines.size());
  re2::StringPiece sub[2];
  for (int i = 0; i < n; ++i) {
    const bool head = i < kCreditHeadLines;
    const bool tail = i >= n - kCreditTailLines;
    if (!head && !tail) {
      i = std::max(i, n - kCreditTailLines - 1);
      continue;
    }
    std::string_view line = lines[i];
    if (line.size() > kCreditMaxLine) continue;
    if (credit_any == nullptr ||
        !credit_any->Match(line, 0, line.size(), RE2::ANCHOR_START, nullptr, 0)) {
      continue;
    }
    for (const CreditRule& rule : credits) {
      if ((rule.where == CreditWhere::kHead && !head) ||
          (rule.where == CreditWhere::kTail && !tail)) {
        continue;
      }
      if (!rule.re->Match(line, 0, line.size(), RE2::ANCHOR_START, sub, 2)) continue;
      if (rule.trust == CreditTrust::kDateline && own.empty()) continue;
      for (std::string_view piece : SplitCredits(SV(sub[1]))) {
        if (EndsWith(Lower(piece), ".com")) piece.remove_suffix(4);
        bool ok = NamesOutlet(piece);
        if (!ok && rule.trust == CreditTrust::kOutlet) {
          ok = std::isupper(static_cast<unsigned char>(piece[0])) &&
               std::count(piece.begin(), piece.end(), ' ') < 6;
        }
        if (!ok || SameOutlet(piece, own)) continue;
        std::string name = Canonical(piece);
        if (std::find(relays->begin(), relays->end(), name) == relays->end()) {
          relays->push_back(std::move(name));
        }
      }
    }
  }
}

// ---------------------------------------------------------------------------

bool AttributionExtractor::Impl::IsOutlet(const Mention& m, bool by_word) const {
  if (m.kind != ActorKind::kOrganization) return false;
  if (outlets.count(OutletKey(m.actor)) || outlets.count(OutletKey(m.text))) return true;
  if (!by_word) return false;
  for (const std::string* name : {&m.actor, &m.text}) {
    size_t i = 0;
    while (i < name->size()) {
      size_t e = name->find(' ', i);
      if (e == std::string::npos) e = name->size();
      if (outlet_words.count(name->substr(i, e - i))) return true;
      i = e + 1;
    }
  }
  return false;
}

bool AttributionExtractor::Impl::IsOwn(const State& st, std::string_view name) const {
  return !name.empty() && (st.own.count(Lower(name)) > 0 || st.own.count(Lower(Canonical(name))));
}

// An unnamed phrase as written, its first word lower-cased when that word is
// a determiner or the head ("Analysts" -> "analysts", "A Republican senator"
// -> "a Republican senator").
std::string AttributionExtractor::Impl::Tidy(std::string_view phrase) const {
  // Collapse white space but keep case.
  std::string collapsed;
  bool space = false;
  for (char c : phrase) {
    if (IsSpace(c)) {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  size_t sp = std::min(collapsed.find(' '), collapsed.size());
  std::string first = Lower(std::string_view(collapsed).substr(0, sp));
  if (det_words.count(first) || RE2::FullMatch(first, *head_re)) {
    for (size_t i = 0; i < sp; ++i) {
      collapsed[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(collapsed[i])));
    }
  }
  return collapsed;
}

std::string_view AttributionExtractor::Impl::FamiliarObject(std::string_view o) const {
  // Cut the object at words that start a new clause.
  for (size_t i = 0; i < o.size(); ++i) {
    if (!IsSpace(o[i])) continue;
    size_t w = i + 1;
    size_t e = w;
    while (e < o.size() && !IsSpace(o[e])) ++e;
    if (object_stops.count(Lower(o.substr(w, e - w)))) return o.substr(0, i);
  }
  return o;
}

std::string AttributionExtractor::Impl::FamiliarName(std::string_view o) const {
  std::string object = NormKey(o.substr(0, o.find(' '))) + std::string(o.substr(o.find(' ')));
  return "people familiar with " + Tidy(object);
}

// head_find is \b(heads)\b: the whole match is the head (\b takes no
// bytes), so only the match is asked for, which RE2 finds with its DFAs.
std::string AttributionExtractor::Impl::HeadOf(std::string_view phrase) const {
  re2::StringPiece sub[1];
  std::string head;
  size_t at = 0;
  while (at < phrase.size() &&
         head_find->Match(phrase, at, phrase.size(), RE2::UNANCHORED, sub, 1)) {
    head = Lower(SV(sub[0]));
    at = static_cast<size_t>(sub[0].data() - phrase.data()) + std::max<size_t>(sub[0].size(), 1);
  }
  return head;
}

bool AttributionExtractor::Impl::IsPlural(std::string_view head) const {
  return !head.empty() && RE2::FullMatch(head, *plural_re);
}

std::string AttributionExtractor::Impl::DefinitePlural(std::string_view phrase) const {
  // Two words, the first "the": anything else is answered without a copy.
  if (phrase.size() < 5 || Lower(phrase.substr(0, 3)) != "the" || !IsSpace(phrase[3])) return {};
  const std::string key = NormKey(phrase);
  if (!StartsWith(key, "the ")) return {};
  std::string head = key.substr(4);
  if (head.find(' ') != std::string::npos || !IsPlural(head) || !RE2::FullMatch(head, *head_re)) {
    return {};
  }
  return head;
}

std::string AttributionExtractor::Impl::DefiniteSingular(std::string_view phrase) const {
  if (phrase.size() < 5 || Lower(phrase.substr(0, 3)) != "the" || !IsSpace(phrase[3])) return {};
  const std::string key = NormKey(phrase);
  if (!StartsWith(key, "the ")) return {};
  std::string head = key.substr(4);
  if (head.find(' ') != std::string::npos || IsPlural(head) || !RE2::FullMatch(head, *head_re)) {
    return {};
  }
  return head;
}

void AttributionExtractor::Impl::NoteUnnamed(State& st, const Source& s, bool familiar) const {
  State::Noted& n = st.noted.emplace_back();
  n.name = s.name;
  n.familiar = familiar;
  n.begin = s.begin;
  n.end = s.end;
}

namespace {

// The unnamed phrase (with its determiner and modifiers) whose head ends at
// byte `he` of the document, read within the head's sentence.
std::string_view PhraseEndingAt(const RE2& plain_end, const DocumentView& doc, size_t hb,
                                size_t he) {
  const std::vector<Sentence>& ss = *doc.sentences;
  const size_t sb = std::min(ss[SentenceAt(ss, hb)].begin, hb);
  std::string_view text = doc.text.substr(sb, he - sb);
  re2::StringPiece m[1];
  if (!plain_end.Match(text, 0, text.size(), RE2::UNANCHORED, m, 1)) {
    return doc.text.substr(hb, he - hb);
  }
  return SV(m[0]);
}

}  // namespace

std::string AttributionExtractor::Impl::PluralBackref(const State& st, size_t pos,
                                                      const std::string& head) const {
  std::string_view text = st.doc->text;
  if (!st.noted.empty()) {
    const State::Noted& last = st.noted.back();
    if (last.familiar || HeadOf(text.substr(last.begin, last.end - last.begin)) == head) {
      return last.name;
    }
  }
  // Only reached for a definite plural whose group was not the last one
  // credited: a scan of the text before it, once.
  std::string best;
  re2::StringPiece sub[1];
  size_t at = pos > kGroupScanBytes ? pos - kGroupScanBytes : 0;
  while (at < pos && head_find->Match(text, at, pos, RE2::UNANCHORED, sub, 1)) {
    const size_t hb = static_cast<size_t>(sub[0].data() - text.data());
    const size_t he = hb + sub[0].size();
    at = std::max(he, at + 1);
    if (Lower(SV(sub[0])) != head) continue;
    if (std::string name = NamedGroup(st, hb, he); !name.empty()) best = std::move(name);
  }
  return best.empty() ? head : best;
}

std::string AttributionExtractor::Impl::NamedGroup(const State& st, size_t hb, size_t he) const {
  // The group credited there ("officials familiar with the talks said").
  for (size_t k = st.noted.size(); k > 0 && k + kNotedBack > st.noted.size(); --k) {
    const State::Noted& n = st.noted[k - 1];
    if (hb >= n.begin && he <= n.end) return n.name;
  }
  std::string_view phrase = PhraseEndingAt(*plain_end, *st.doc, hb, he);
  if (!DefinitePlural(phrase).empty() || RE2::FullMatch(phrase, *backref_start)) return {};
  const std::vector<Sentence>& ss = *st.doc->sentences;
  const size_t pb = static_cast<size_t>(phrase.data() - st.doc->text.data());
  const size_t se = std::max(ss[SentenceAt(ss, hb)].end, he);
  std::string_view rest = st.doc->text.substr(pb, se - pb);
  re2::StringPiece m[2];
  if (familiar_start->Match(rest, 0, rest.size(), RE2::ANCHOR_START, m, 2)) {
    std::string_view o = FamiliarObject(SV(m[1]));
    if (o.find(' ') != std::string_view::npos) return FamiliarName(o);
  }
  return Tidy(phrase);
}

std::string AttributionExtractor::Impl::TheyGroup(const State& st, size_t pos) const {
  const std::vector<Sentence>& ss = *st.doc->sentences;
  const int si = SentenceAt(ss, pos);
  const size_t from = std::min(ss[si > 0 ? si - 1 : 0].begin, pos);
  std::string_view text = st.doc->text;
  re2::StringPiece sub[1];
  size_t at = from, hb = 0, he = 0;
  while (at < pos && head_find->Match(text, at, pos, RE2::UNANCHORED, sub, 1)) {
    const size_t b = static_cast<size_t>(sub[0].data() - text.data());
    const size_t e = b + sub[0].size();
    at = std::max(e, at + 1);
    if (RE2::FullMatch(SV(sub[0]), *group_re)) std::tie(hb, he) = std::make_pair(b, e);
  }
  if (he > hb) {
    if (std::string name = NamedGroup(st, hb, he); !name.empty()) return name;
    // "the officials" and the like: whom they refer to.
    return PluralBackref(st, hb, Lower(text.substr(hb, he - hb)));
  }
  // The last plural group credited.
  for (size_t k = st.noted.size(); k > 0 && k + kNotedBack > st.noted.size(); --k) {
    const State::Noted& n = st.noted[k - 1];
    if (n.familiar || IsPlural(HeadOf(text.substr(n.begin, n.end - n.begin)))) return n.name;
  }
  return "they";
}

namespace {

// The organisation named most recently before byte `before` whose
// canonical name holds `words` (lower case), or null.
const Mention* RecentOrganizationHolding(const std::vector<Mention>& mentions, size_t before,
                                         const std::string& words) {
  for (auto it = std::make_reverse_iterator(FirstStartingAfter(mentions, before));
       it != mentions.rend(); ++it)
    if (it->end <= before && it->kind == ActorKind::kOrganization && !it->actor.empty() &&
        Lower(it->actor).find(words) != std::string::npos)
      return &*it;
  return nullptr;
}

}  // namespace

// Matches the unnamed-source patterns against `text` (which starts at byte
// `base` of the document), anchored at its end (`at_end`) or its start.
// Records an unnamed source as the story's most recent one.
std::optional<Source> AttributionExtractor::Impl::Unnamed(State& st, std::string_view text,
                                                          size_t base, bool at_end) const {
  auto span = [&](std::string_view m) {
    size_t b = base + static_cast<size_t>(m.data() - text.data());
    return std::make_pair(b, b + m.size());
  };
  auto match = [&](const std::unique_ptr<RE2>& end_re, const std::unique_ptr<RE2>& start_re,
                   re2::StringPiece* sub, int n) {
    return (at_end ? end_re : start_re)->Match(text, 0, text.size(), RE2::UNANCHORED, sub, n);
  };
  re2::StringPiece m[2];
  // "officials familiar with the negotiations" -> "people familiar with ...".
  if (match(familiar_end, familiar_start, m, 2)) {
    std::string_view o = FamiliarObject(SV(m[1]));
    if (o.find(' ') != std::string_view::npos) {
      Source s;
      s.type = SourceType::kUnnamed;
      s.name = FamiliarName(o);
      std::tie(s.begin, s.end) = span(SV(m[0]));
      s.end = base + static_cast<size_t>(o.data() - text.data()) + o.size();
      NoteUnnamed(st, s, /*familiar=*/true);
      return s;
    }
  }
  if (match(backref_end, backref_start, m, 1)) {
    Source s;
    s.type = SourceType::kBackref;
    std::tie(s.begin, s.end) = span(SV(m[0]));
    if (std::string head = DefinitePlural(SV(m[0])); !head.empty()) {
      s.name = PluralBackref(st, s.begin, head);
    } else if (!DefiniteSingular(SV(m[0])).empty()) {
      // "the official": the last single source noted ("an administration
      // official"), not a group noted since ("officials now say").
      s.name = st.noted.empty() ? Tidy(SV(m[0])) : st.noted.back().name;
      for (auto n = st.noted.rbegin(); n != st.noted.rend(); ++n) {
        const std::string head = HeadOf(st.doc->text.substr(n->begin, n->end - n->begin));
        if (n->familiar || (!head.empty() && !IsPlural(head))) {
          s.name = n->name;
          break;
        }
      }
    } else {
      s.name = st.noted.empty() ? Tidy(SV(m[0])) : st.noted.back().name;
    }
    return s;
  }
  // "one banker on the committee said": the phrase names where the
  // source sits, not who speaks ("a spokesman for the company" is the
  // company's). The start of the preposition right before the phrase
  // (past "At the time", see below), or npos.
  auto preposition_before = [&](std::string_view phrase) -> size_t {
    if (!at_end) return std::string_view::npos;
    if (const size_t last_the = Lower(phrase).rfind(" the "); last_the != std::string::npos)
      phrase.remove_prefix(last_the + 1);
    const auto [w, b] = WordBefore(text, 0, static_cast<size_t>(phrase.data() - text.data()));
    const std::string word = Lower(text.substr(w, b - w));
    return word == "on" || word == "at" || word == "in" || word == "from" || word == "with" ||
                   word == "to" || word == "by"
               ? w
               : std::string_view::npos;
  };
  bool anaphor = match(anaphor_end, anaphor_start, m, 1);
  if (const size_t prep = anaphor ? preposition_before(SV(m[0])) : std::string_view::npos;
      prep != std::string_view::npos) {
    const auto [w, e] = WordBefore(text, 0, prep);
    const std::string before = Lower(text.substr(w, e - w));
    re2::StringPiece head[1];
    if (document_nouns.count(before)) {
      // "A statement from the bank said": the bank's document.
    } else if (RE2::FullMatch(before, *head_re) &&
               plain_end->Match(text.substr(0, e), 0, e, RE2::UNANCHORED, head, 1)) {
      // "Sources at the construction ministry said": those sources.
      Source s;
      s.type = SourceType::kUnnamed;
      s.begin = span(SV(head[0])).first;
      s.end = span(SV(m[0])).second;
      s.name = Tidy(text.substr(s.begin - base, s.end - s.begin));
      NoteUnnamed(st, s, /*familiar=*/false);
      return s;
    } else {
      anaphor = false;
    }
  }
  if (anaphor) {
    Source s;
    s.type = SourceType::kAnaphor;
    std::tie(s.begin, s.end) = span(SV(m[0]));
    s.name = Tidy(SV(m[0]));
    // The organisation the story last credited or, failing it, the most
    // recent one named before the phrase, when its name holds the phrase's
    // noun ("the bank" after "Citibank"); else the organisation the story
    // last credited, its subject in wire copy ("Acme said it would buy Beta
    // Corp. The company said ..." is Acme); else the most recent
    // organisation. With words before the noun, and for documents, see
    // attribution_unnamed.tsv.
    const Mention* nearest = nullptr;
    for (auto it = std::make_reverse_iterator(FirstStartingAfter(*st.mentions, s.begin));
         it != st.mentions->rend(); ++it) {
      if (it->end <= s.begin && it->kind == ActorKind::kOrganization && !it->actor.empty()) {
        nearest = &*it;
        break;
      }
    }
    std::string_view phrase = SV(m[0]);
    // "At the time the company said": the phrase opens at its last "the".
    if (const size_t last_the = Lower(phrase).rfind(" the "); last_the != std::string::npos) {
      phrase.remove_prefix(last_the + 1);
      s.begin = span(phrase).first;
      s.name = Tidy(phrase);
    }
    const std::string noun = Lower(phrase.substr(phrase.rfind(' ') + 1));
    // The words between "the" and the noun ("central" of "the central
    // bank"), if any.
    const size_t first_space = phrase.find(' ');
    const std::string words = Lower(phrase.substr(
        first_space + 1, phrase.rfind(' ') - std::min(phrase.rfind(' '), first_space + 1)));
    if (document_nouns.count(noun)) {
      // "The report said": the report of whoever the story last credited.
      if (!st.last_org.empty()) {
        s.name = st.last_org;
        s.is_org = true;
      } else if (!st.lead_org.empty()) {
        s.name = st.lead_org;
        s.is_org = true;
      }
      return s;
    }
    // "the Woolworth chain reported": an organisation named between "the"
    // and the noun is the source, whoever the story credited last.
    const Mention* named = nullptr;
    for (auto it = FirstStartingAtOrAfter(*st.mentions, s.begin);
         it != st.mentions->end() && it->begin < s.end; ++it)
      if (it->end <= s.end && it->kind == ActorKind::kOrganization && !it->actor.empty())
        named = &*it;
    if (!words.empty() && named != nullptr) {
      s.name = named->actor;
      s.is_org = true;
      return s;
    }
    if (!words.empty()) {
      // "the central bank" is the Central Bank of Brazil, not Citibank.
      if (const Mention* holder =
              RecentOrganizationHolding(*st.mentions, s.begin, words + " " + noun)) {
        s.name = holder->actor;
        s.is_org = true;
      }
      // "the Duluth-based company", "the research firm": a business the
      // story credited.
      else if (firm_nouns.count(noun) && (!st.last_org.empty() || !st.lead_org.empty())) {
        s.name = !st.last_org.empty() ? st.last_org : st.lead_org;
        s.is_org = true;
      }
      // As written ("the Italian treasury") it still names an organisation:
      // what "it said" stands for next, unless the story credited a named
      // one, more likely the same.
      else if (st.last_org.empty()) {
        s.is_org = true;
      }
      return s;
    }
    // The organisation last credited, when its name holds the noun ("The
    // exchange said" after the New York Stock Exchange spoke, though the
    // Securities and Exchange Commission was named since).
    if (!st.last_org.empty() && Lower(st.last_org).find(noun) != std::string::npos) {
      s.name = st.last_org;
      s.is_org = true;
    } else if (const Mention* holder = RecentOrganizationHolding(*st.mentions, s.begin, noun)) {
      s.name = holder->actor;
      s.is_org = true;
    } else if (!st.lead_outlet.empty() && outlet_nouns.count(noun)) {
      // "the paper" in a story whose lead relays the New York Times.
      s.name = st.lead_outlet;
      s.is_org = true;
    } else if (body_nouns.count(noun) || (institution_nouns.count(noun) && !st.last_org.empty() &&
                                          legal_forms.count(Lower(LastWord(st.last_org))))) {
      // "the government", "the union" with none named, or "the ministry"
      // when the organisation credited last is a company ("Acme Corp"): a
      // body of its own, as written; not what "it" or "the company" stand
      // for next.
    } else if (!st.last_org.empty()) {
      s.name = st.last_org;
      s.is_org = true;
    } else if (!st.lead_org.empty()) {
      s.name = st.lead_org;
      s.is_org = true;
    } else if (nearest != nullptr) {
      s.name = nearest->actor;
      s.is_org = true;
    }
    return s;
  }
  if (match(plain_end, plain_start, m, 1)) {
    // "But analysts said": a clause word the capitalised-modifier row let in
    // is not part of the source.
    std::string_view phrase = SV(m[0]);
    if (size_t sp = phrase.find_first_of(" \t\n\r");
        sp != std::string_view::npos && std::isupper(static_cast<unsigned char>(phrase[0])) &&
        clause_words.count(Lower(phrase.substr(0, sp)))) {
      phrase.remove_prefix(sp);
      while (!phrase.empty() && IsSpace(phrase.front())) phrase.remove_prefix(1);
    }
    // "a ministry spokesman", "one senior coffee dealer": one unnamed
    // person keeps the modifiers the pattern does not know, back to its
    // determiner (a group's name is read by the pattern alone). The words
    // before the match are read first: most matches have none to add.
    if (at_end) {
      const size_t pb = static_cast<size_t>(phrase.data() - text.data());
      size_t b = pb;
      for (int k = 0; k < kSingularModifiers + 1; ++k) {
        size_t e = b;
        while (e > 0 && IsSpace(text[e - 1])) --e;
        size_t w = WordStart(text, 0, e);
        if (w == e || e == b || (w > 0 && !IsSpace(text[w - 1]))) break;
        const std::string lw = Lower(text.substr(w, e - w));
        if (det_words.count(lw)) {
          if (k > 0 && !det_words.count(Lower(phrase.substr(0, phrase.find_first_of(" \t\n\r")))) &&
              !IsPlural(HeadOf(phrase))) {
            phrase = text.substr(w, pb + phrase.size() - w);
          }
          break;
        }
        if (!std::islower(static_cast<unsigned char>(text[w])) || clause_words.count(lw) ||
            group_stops.count(lw) || aux.count(lw) || cues.count(lw)) {
          break;
        }
        b = w;
      }
    }
    // A sentence's full stop after "analysts at Acme Bank" is no initial.
    if (!at_end && phrase.data() + phrase.size() == text.data() + text.size()) {
      while (!phrase.empty() && phrase.back() == '.') phrase.remove_suffix(1);
    }
    Source s;
    s.type = SourceType::kUnnamed;
    std::tie(s.begin, s.end) = span(phrase);
    if (std::string head = DefinitePlural(phrase); !head.empty()) {
      s.name = PluralBackref(st, s.begin, head);
    } else {
      s.name = Tidy(phrase);
      // "the dealer" after "one senior coffee dealer said": that source.
      if (std::string sing = DefiniteSingular(phrase); !sing.empty()) {
        for (size_t k = st.noted.size(); k > 0 && k + kNotedBack > st.noted.size(); --k) {
          const State::Noted& n = st.noted[k - 1];
          if (HeadOf(st.doc->text.substr(n.begin, n.end - n.begin)) == sing) {
            s.name = n.name;
            break;
          }
        }
      }
    }
    NoteUnnamed(st, s, /*familiar=*/false);
    return s;
  }
  return std::nullopt;
}

// The source whose phrase ends at byte `p` (the cue starts after it, maybe
// with auxiliaries between): an actor mention, a pronoun, or an unnamed
// source. An appositive (", the chief economist for ...,") between the
// source and the cue is skipped.
std::optional<Source> AttributionExtractor::Impl::ResolveLeft(State& st, size_t sb, size_t p,
                                                              bool unlisted) const {
  std::string_view text = st.doc->text;
  // Skip white space and auxiliaries ("has also said", "today said"), none
  // inside an actor's name ("USA Today said" is the newspaper).
  auto in_name = [&](size_t w) {
    for (auto it = std::make_reverse_iterator(FirstStartingAfter(*st.mentions, w));
         it != st.mentions->rend(); ++it)
      if (it->end > w)
        return true;
      else if (it->end + 200 < w)
        break;
    return false;
  };
  for (;;) {
    while (p > sb && IsSpace(text[p - 1])) --p;
    size_t w = WordStart(text, sb, p);
    if (w < p && aux.count(Lower(text.substr(w, p - w))) && !in_name(w)) {
      p = w;
      continue;
    }
    break;
  }
  if (p <= sb) return std::nullopt;
  // A second verb of the sentence's subject: "He blamed wages for the rise
  // and said ...", "It gave no comparison but said ...", "Acme Corp
  // rejected the bid and said ...": the subject the sentence opens with, a
  // name or a pronoun.
  {
    size_t w = WordStart(text, sb, p);
    const std::string joiner = Lower(text.substr(w, p - w));
    if ((joiner == "and" || joiner == "but") && w > sb && IsSpace(text[w - 1])) {
      size_t q = sb;
      while (q < w && (IsSpace(text[q]) || text[q] == '<' || text[q] == '(')) ++q;
      for (auto it = FirstStartingAtOrAfter(*st.mentions, q);
           it != st.mentions->end() && it->begin == q; ++it) {
        if (it->actor.empty() ||
            (it->kind != ActorKind::kPerson && it->kind != ActorKind::kOrganization))
          continue;
        // "Finance Ministry officials declined comment but said": the
        // unnamed source the name qualifies.
        size_t n = it->end;
        while (n < w && IsSpace(text[n])) ++n;
        size_t ne = n;
        while (ne < w && std::islower(static_cast<unsigned char>(text[ne]))) ++ne;
        if (ne > n && ne < w && IsSpace(text[ne])) {
          std::optional<Source> u = Unnamed(st, text.substr(sb, ne - sb), sb, /*at_end=*/true);
          if (u && u->type == SourceType::kUnnamed && u->begin <= it->begin) return u;
        }
        return ResolveLeft(st, sb, it->end, unlisted);
      }
      size_t e = q;
      while (e < w && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      const std::string first = Lower(text.substr(q, e - q));
      if (e > q && e < w && IsSpace(text[e]) &&
          (person_pronouns.count(first) || org_pronouns.count(first) ||
           group_pronouns.count(first)))
        return ResolveLeft(st, sb, e, unlisted);
      return std::nullopt;
    }
  }
  // An appositive: "X, the chief economist for Bloomberg Economics, said".
  if (text[p - 1] == ',') {
    const size_t close = p - 1;
    if (close <= sb) return std::nullopt;
    // A name set off after its title: "Acme Corp's chairman, John Smith,
    // said", "the society's general manager, finance, James Tyrrell, said".
    for (auto it = std::make_reverse_iterator(FirstStartingAfter(*st.mentions, close));
         it != st.mentions->rend() && it->end + 200 >= close; ++it) {
      if (it->end == close && it->begin > sb && it->kind == ActorKind::kPerson &&
          !it->actor.empty() && it->form != MentionForm::kPronoun) {
        size_t b = it->begin;
        while (b > sb && IsSpace(text[b - 1])) --b;
        if (b > sb && text[b - 1] == ',') return MentionSource(*it);
      }
      // An organisation set off after its role, the sentence's opening:
      // "Lead manager for the issue, Bank of Tokyo, said".
      if (it->end == close && it->begin > sb && it->kind == ActorKind::kOrganization &&
          !it->actor.empty()) {
        size_t b = it->begin;
        while (b > sb && IsSpace(text[b - 1])) --b;
        if (b <= sb || text[b - 1] != ',') continue;
        const std::string_view role = text.substr(sb, b - 1 - sb);
        const bool lower_rest =
            role.find(',') == std::string_view::npos &&
            std::count(role.begin(), role.end(), ' ') < 8 &&
            std::none_of(role.begin() + std::min<size_t>(1, role.size()), role.end(),
                         [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); });
        if (lower_rest && !HeadOf(role).empty()) return MentionSource(*it);
      }
    }
    // The appositive may hold a place written with its state or country
    // ("Entwistle Co, a Hudson, Mass.,-based defense contractor, said",
    // "Champion International Corp, based in Stamford, Conn., said"): when
    // the text after the nearest comma is a short piece that opens no
    // appositive, the comma before it is tried, twice at most.
    size_t open = close;
    bool found = false;
    for (int widen = 0; widen < 3 && !found; ++widen) {
      const size_t prev = open;
      open = text.rfind(',', prev - 1);
      if (open == std::string_view::npos || open < sb || open == 0) return std::nullopt;
      std::string_view inner = text.substr(open + 1, close - open - 1);
      while (!inner.empty() && IsSpace(inner.front())) inner.remove_prefix(1);
      size_t words = static_cast<size_t>(std::count(inner.begin(), inner.end(), ' ')) + 1;
      std::string first = Lower(inner.substr(0, inner.find(' ')));
      // A relative clause may run longer: "Emery Air Freight Corp, which has
      // launched a 40 dlr a share tender offer for 83 pct of Purolator
      // Courier Corp, said".
      const bool relative = first == "which" || first == "who" || first == "whose";
      if (inner.empty() || words > (relative ? 24u : 14u) || clause_words.count(first))
        return std::nullopt;
      const size_t inner_begin = static_cast<size_t>(inner.data() - text.data());
      const Mention* before_comma = nullptr;
      const Mention* at_inner = nullptr;
      const size_t last_begin = std::max(open, inner_begin);
      for (auto it = FirstStartingAtOrAfter(*st.mentions, std::min(sb, inner_begin));
           it != st.mentions->end() && it->begin <= last_begin; ++it) {
        const Mention& m = *it;
        if (m.end == open && m.begin >= sb) before_comma = &m;
        if (m.begin == inner_begin) at_inner = &m;
      }
      const bool lower_start = std::islower(static_cast<unsigned char>(inner[0])) ||
                               std::isdigit(static_cast<unsigned char>(inner[0]));
      // "Jane Doe, Chief Economist at ING, said": a capitalised appositive
      // only right after a person, and not when it opens with another actor
      // ("By agreeing with Trump, China may ..., said Lee").
      // "Melvin Sims, USDA general sales manager, said": an organisation
      // and the person's role in it, written in lower case.
      auto org_role = [&] {
        if (at_inner == nullptr || at_inner->kind != ActorKind::kOrganization ||
            at_inner->end >= close)
          return false;
        const std::string_view role = text.substr(at_inner->end, close - at_inner->end);
        if (role.empty() || !IsSpace(role.front()) ||
            std::count(role.begin(), role.end(), ' ') > 4 ||
            std::any_of(role.begin(), role.end(),
                        [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); }))
          return false;
        const std::string last(role.substr(role.rfind(' ') + 1));
        return RE2::FullMatch(last, *head_re) || role_words.count(last) > 0;
      };
      const bool titled_person =
          before_comma != nullptr && before_comma->kind == ActorKind::kPerson &&
          (at_inner == nullptr || at_inner->actor == before_comma->actor || org_role());
      if (lower_start || titled_person) {
        found = true;
        break;
      }
      // Widen only past a state or country written after a place ("Conn.",
      // "Mass.,-based ...") -- a short piece with no actor of its own in it
      // but a place -- never past a name or a clause.
      const std::string_view piece = text.substr(open + 1, prev - open - 1);
      const size_t piece_words = static_cast<size_t>(std::count(piece.begin(), piece.end(), ' '));
      if (piece_words > 4 || (at_inner != nullptr && at_inner->kind != ActorKind::kPlace &&
                              at_inner->kind != ActorKind::kCountry))
        return std::nullopt;
    }
    if (!found) return std::nullopt;
    p = open;
    while (p > sb && IsSpace(text[p - 1])) --p;
  }
  const std::vector<Mention>& ms = *st.mentions;
  // Brackets around or after a name: "<Acme Corp> said", "(Acme Corp)
  // said", "Acme Corp (ACME.N) said", "Sen. Jane Doe (D-Ore.) said",
  // "<Acme Corp> (ACM) said", "Acme Corp <ACM.N> said". A name in the
  // brackets ends just inside them; a short tag of one word after a name is
  // skipped.
  for (int k = 0; k < 2 && p > sb + 1 && (text[p - 1] == ')' || text[p - 1] == '>'); ++k) {
    const size_t close = p - 1;
    const size_t open = text.rfind(text[close] == ')' ? '(' : '<', close - 1);
    if (open == std::string_view::npos || open < sb) break;
    const bool named =
        std::any_of(FirstStartingAtOrAfter(ms, open + 1), FirstStartingAfter(ms, open + 1),
                    [&](const Mention& m) { return m.end == close && !m.actor.empty(); });
    if (named) {
      p = close;
      break;
    }
    // A company's whole name in brackets, the name found inside it after a
    // "The" or before more capitalised words: "(The Canam Manac Group Inc)
    // said", "<Renouf Corp International> said".
    {
      size_t first = open + 1;
      if (text.substr(first, 4) == "The ") first += 4;
      const Mention* inside = nullptr;
      for (auto it = FirstStartingAtOrAfter(ms, first); it != FirstStartingAfter(ms, first); ++it)
        if (!it->actor.empty() && it->kind == ActorKind::kOrganization && it->end <= close)
          inside = &*it;
      if (inside != nullptr) {
        std::string_view rest = text.substr(inside->end, close - inside->end);
        bool capitalised = true;
        for (size_t i = 0; i < rest.size(); ++i)
          if (!IsSpace(rest[i]) && (i == 0 || IsSpace(rest[i - 1])) &&
              !std::isupper(static_cast<unsigned char>(rest[i])))
            capitalised = false;
        if (capitalised) {
          p = inside->end;
          break;
        }
      }
    }
    std::string_view tag = text.substr(open + 1, close - open - 1);
    // A ticker in angle brackets is written in capitals ("<CRAA.S>"), or
    // all in lower case in a story set so ("<biow>"); a word in both is a
    // name ("<Acme>").
    auto has = [&](int (*is)(int)) {
      return std::any_of(tag.begin(), tag.end(),
                         [is](char c) { return is(static_cast<unsigned char>(c)) != 0; });
    };
    if (tag.empty() || tag.size() > kMaxNameTag ||
        tag.find_first_of(" \t\n,;") != std::string_view::npos ||
        (text[close] == '>' && has(std::islower) && has(std::isupper))) {
      break;
    }
    p = open;
    while (p > sb && IsSpace(text[p - 1])) --p;
  }
  // An organisation's document: "A Babcock statement said", "a Statistics
  // Office statement said", "the IMF's report said": the organisation
  // speaks through it.
  {
    const size_t w = WordStart(text, sb, p);
    if (w < p && document_nouns.count(Lower(text.substr(w, p - w)))) {
      size_t q = w;
      while (q > sb && IsSpace(text[q - 1])) --q;
      if (q >= sb + 2 && (text.substr(q - 2, 2) == "'s" || text.substr(q - 2, 2) == "s'")) q -= 2;
      for (auto it = std::make_reverse_iterator(FirstStartingAfter(ms, q)); it != ms.rend(); ++it) {
        if (it->end < q) break;
        if (it->end == q && it->begin >= sb && it->kind == ActorKind::kOrganization &&
            !it->actor.empty()) {
          Source s = MentionSource(*it);
          s.end = p;
          return s;
        }
      }
      // A name no list knows, one to four capitalised words after "a",
      // "an" or "the" ("a Babcock statement said"); not a day or a month
      // ("a Friday statement"), nor a word standing for an organisation
      // named before ("a Ministry statement").
      size_t b = q, words = 0;
      while (words < kMaxUnlistedWords) {
        size_t e = b;
        while (e > sb && IsSpace(text[e - 1])) --e;
        const size_t v = WordStart(text, sb, e);
        if (v == e || !std::isupper(static_cast<unsigned char>(text[v]))) break;
        const std::string word = Lower(text.substr(v, e - v));
        if (word == "a" || word == "an" || word == "the") break;
        if (unlisted_stops.count(word) || clause_words.count(word)) {
          words = 0;
          break;
        }
        b = v;
        ++words;
      }
      if (words > 0 && b < q) {
        size_t e = b;
        while (e > sb && IsSpace(text[e - 1])) --e;
        const std::string det =
            Lower(text.substr(WordStart(text, sb, e), e - WordStart(text, sb, e)));
        const bool overlaps =
            std::any_of(FirstStartingAtOrAfter(ms, sb), ms.end(),
                        [&](const Mention& m) { return m.begin < q && m.end > b; });
        if ((det == "a" || det == "an" || det == "the") && !overlaps) {
          Source s;
          s.type = SourceType::kActor;
          s.begin = b;
          s.end = p;
          s.name = std::string(text.substr(b, q - b));
          s.is_org = true;
          s.unlisted = true;
          return s;
        }
      }
    }
  }
  // A part of a company named before its noun: "Chrysler Corp's Chrysler
  // Motors unit said", "Eskey Inc <ESK> subsidiary said", "Trunkline Gas Co
  // pipeline subsidiary said": the part's name.
  {
    size_t w = WordStart(text, sb, p);
    if (w < p && unit_nouns.count(Lower(text.substr(w, p - w)))) {
      size_t q = w;
      for (int k = 0; k < 3; ++k) {
        while (q > sb && IsSpace(text[q - 1])) --q;
        // A ticker after the name: "Eskey Inc <ESK> subsidiary".
        if (q > sb && text[q - 1] == '>') {
          const size_t open = text.rfind('<', q - 1);
          if (open == std::string_view::npos || open < sb || q - open > kMaxNameTag + 2) break;
          q = open;
          continue;
        }
        // Not "the Exxon Corp subsidiary said": a unit described by its
        // parent, whose own name came before.
        auto described = [&](const Mention& m) {
          size_t e = m.begin;
          while (e > sb && IsSpace(text[e - 1])) --e;
          size_t v = WordStart(text, sb, e);
          const std::string word = Lower(text.substr(v, e - v));
          return word == "the" || word == "a" || word == "an" || word == "its" || word == "their";
        };
        const bool named = std::any_of(std::make_reverse_iterator(FirstStartingAfter(ms, q)),
                                       ms.rend(), [&](const Mention& m) {
                                         return m.end == q && m.begin >= sb && !m.actor.empty() &&
                                                m.kind == ActorKind::kOrganization && !described(m);
                                       });
        if (named) {
          p = q;
          break;
        }
        // Up to two lower-case words between: "pipeline subsidiary".
        size_t v = WordStart(text, sb, q);
        if (k == 2 || v == q || !std::islower(static_cast<unsigned char>(text[v]))) break;
        q = v;
      }
    }
  }
  // An actor mention ending right there.
  for (auto it = std::make_reverse_iterator(FirstStartingAfter(ms, p)); it != ms.rend(); ++it) {
    if (it->end == p && it->begin >= sb && !it->actor.empty()) {
      // "officials in Seoul said", "analysts at Acme Bank said": the place
      // or organisation only qualifies an unnamed source.
      if (it->kind != ActorKind::kPerson) {
        std::optional<Source> unnamed = Unnamed(st, text.substr(sb, p - sb), sb, /*at_end=*/true);
        if (unnamed && unnamed->type == SourceType::kUnnamed && unnamed->begin < it->begin)
          return unnamed;
        // "trading banks polled by Reuters said": the group, not the outlet.
        if (std::optional<Source> polled = PolledGroup(st, sb, it->begin, it->end)) return polled;
        // "Jane Doe of Acme Securities said": the person named before an
        // affiliation word ("of", "at") and the organisation or place.
        size_t e = it->begin;
        while (e > sb && IsSpace(text[e - 1])) --e;
        size_t w = WordStart(text, sb, e);
        if (w < e && Lower(text.substr(w, e - w)) == "the") {
          e = w;
          while (e > sb && IsSpace(text[e - 1])) --e;
          w = WordStart(text, sb, e);
        }
        if (w < e && affiliation.count(Lower(text.substr(w, e - w)))) {
          while (w > sb && IsSpace(text[w - 1])) --w;
          for (auto pt = std::make_reverse_iterator(FirstStartingAfter(ms, w)); pt != ms.rend();
               ++pt) {
            if (pt->end < w) break;
            if (pt->end == w && pt->begin >= sb && pt->kind == ActorKind::kPerson &&
                !pt->actor.empty()) {
              Source s;
              s.begin = pt->begin;
              s.end = it->end;
              s.name = pt->actor;
              s.is_person = true;
              return s;
            }
          }
        }
      }
      return MentionSource(*it);
    }
    if (it->end < p && it->end + 200 < p) break;
  }
  // A pronoun at the start of a clause: "he said", ", she said", "” he said".
  size_t w = WordStart(text, sb, p);
  std::string word = Lower(text.substr(w, p - w));
  // "Dealers said ... One said", "Another said": one of the unnamed group
  // the story named last, within the last three sentences; nobody if none.
  if (word == "one" || word == "another") {
    std::string_view before = text.substr(sb, w - sb);
    while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
    const bool clause_start = before.empty() || EndsWith(before, ",") || EndsWith(before, ";") ||
                              EndsWith(before, ":") || EndsWithCloseQuote(before) ||
                              EndsWith(before, " but") || EndsWith(before, " and");
    if (!clause_start || st.noted.empty()) return std::nullopt;
    const std::vector<Sentence>& ss = *st.doc->sentences;
    const int si = SentenceAt(ss, w);
    const State::Noted& n = st.noted.back();
    if (n.end > w || n.begin < ss[si >= 3 ? si - 3 : 0].begin) return std::nullopt;
    Source s;
    s.type = SourceType::kBackref;
    s.begin = w;
    s.end = p;
    s.name = n.name;
    // "One expert said ... another said": another expert.
    if (word == "another" && s.name.starts_with("one ")) s.name = "another" + s.name.substr(3);
    return s;
  }
  const bool group = group_pronouns.count(word) > 0;
  const bool org = org_pronouns.count(word) > 0;
  if (group || org || person_pronouns.count(word)) {
    std::string_view before = text.substr(sb, w - sb);
    while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
    bool clause_start = before.empty() || EndsWith(before, ",") || EndsWith(before, ";") ||
                        EndsWith(before, ":") || EndsWith(before, "\xE2\x80\x94") ||
                        EndsWithCloseQuote(before) || EndsWith(before, " and") ||
                        EndsWith(before, " but");
    // One opening word before it: "But it said", "Earlier it said",
    // "Yesterday he said".
    if (!clause_start && before.find(' ') == std::string_view::npos) {
      const std::string opener = Lower(before);
      clause_start = clause_words.count(opener) > 0 || aux.count(opener) > 0;
    }
    if (!clause_start) return std::nullopt;
    Source s;
    s.type = SourceType::kPronoun;
    s.begin = w;
    s.end = p;
    if (org && (!st.last_org.empty() || !st.lead_outlet.empty() || !st.lead_org.empty())) {
      // "it": the organisation the story last credited, which wire copy
      // keeps as the subject ("Acme said it bought Beta Corp. It said the
      // deal ..."), else the outlet the lead relays ("..., the New York
      // Times said. It said ..."), else the organisation the lead opens
      // with: the nearest organisation named is as often the object.
      s.name = !st.last_org.empty()      ? st.last_org
               : !st.lead_outlet.empty() ? st.lead_outlet
                                         : st.lead_org;
      s.is_org = true;
    } else if (group) {
      // "they": a group of people, never an organisation (the dateline's
      // outlet, a company the sentence is about) nor one person.
      s.name = TheyGroup(st, w);
    } else if (org) {
      // An organisation named in this or the previous sentence. "it" is
      // never a person nor an unnamed group.
      const std::vector<Sentence>& ss = *st.doc->sentences;
      int si = SentenceAt(ss, w);
      size_t from = ss[si > 0 ? si - 1 : 0].begin;
      for (auto it = std::make_reverse_iterator(FirstStartingAfter(ms, w));
           it != ms.rend() && it->begin >= from; ++it) {
        if (it->end <= w && it->begin >= from && it->kind == ActorKind::kOrganization &&
            !it->actor.empty()) {
          s.name = it->actor;
          s.is_org = true;
          break;
        }
      }
    } else {
      size_t person_end = 0;
      for (auto it = std::make_reverse_iterator(FirstStartingAfter(ms, w)); it != ms.rend(); ++it) {
        if (it->end <= w && it->kind == ActorKind::kPerson && !it->actor.empty()) {
          s.name = it->actor;
          s.is_person = true;
          person_end = it->end;
          break;
        }
      }
      // "..., one senior coffee dealer said. At the end of the talks, he
      // said ...": "he" is the one unnamed person credited since the last
      // person named.
      if (!st.noted.empty()) {
        const State::Noted& n = st.noted.back();
        if (n.end <= w && n.begin >= person_end) {
          const std::string head = HeadOf(text.substr(n.begin, n.end - n.begin));
          if (!head.empty() && !IsPlural(head)) {
            s.name = n.name;
            s.is_person = false;
            s.type = SourceType::kBackref;
          }
        }
      }
    }
    if (s.name.empty()) return std::nullopt;
    return s;
  }
  if (std::optional<Source> u = Unnamed(st, text.substr(sb, p - sb), sb, /*at_end=*/true)) return u;
  if (!unlisted) return std::nullopt;
  return UnlistedName(st, sb, p);
}

std::optional<Source> AttributionExtractor::Impl::UnlistedName(const State& st, size_t sb,
                                                               size_t p) const {
  std::string_view text = st.doc->text;
  // Capitalised words back from p: at most four, joined by spaces, "and",
  // "&" or "of" between them ("Dodge", "USX", "S and P", "Bank of Montreal").
  size_t b = p, words = 0;
  size_t e = p;
  while (e > sb && IsSpace(text[e - 1])) --e;
  size_t cur = e;
  while (words < kMaxUnlistedWords) {
    size_t w = cur;
    while (w > sb && (std::isalnum(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '.' ||
                      text[w - 1] == '&' || text[w - 1] == '-' || text[w - 1] == '\''))
      --w;
    if (w == cur) break;
    const std::string_view word = text.substr(w, cur - w);
    const bool cap = std::isupper(static_cast<unsigned char>(word[0]));
    const bool joiner = word == "and" || word == "&" || word == "of";
    if (!cap && !(joiner && words > 0)) break;
    if (cap) {
      b = w;
      ++words;
    }
    if (w == sb || !IsSpace(text[w - 1])) break;
    cur = w;
    while (cur > sb && IsSpace(text[cur - 1])) --cur;
  }
  if (words == 0) return std::nullopt;
  // Where a clause opens before the words (past a "the": "..., the Navy
  // said"): the sentence's start, a comma, a semicolon, a colon, a closing
  // quote, "and", "but".
  std::string_view before = text.substr(sb, b - sb);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  if (before == "the" || EndsWith(before, " the")) {
    before.remove_suffix(3);
    while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  }
  const bool clause_start = before.empty() || EndsWith(before, ",") || EndsWith(before, ";") ||
                            EndsWith(before, ":") || EndsWithCloseQuote(before) ||
                            EndsWith(before, " and") || EndsWith(before, " but");
  if (!clause_start) return std::nullopt;
  std::string_view name = text.substr(b, e - b);
  // A sentence's opening "The" or "But" is no name ("The Fed said" leaves
  // "Fed").
  while (true) {
    const size_t sp = name.find(' ');
    if (sp == std::string_view::npos) break;
    const std::string first = Lower(name.substr(0, sp));
    if (first != "the" && first != "a" && first != "an" && !clause_words.count(first) &&
        !unlisted_stops.count(first))
      break;
    name.remove_prefix(sp + 1);
    b += sp + 1;
  }
  // Nor a determiner, a pronoun, a clause word or a noun that stands for
  // an organisation named before ("One said", "We said", "Company said").
  const std::string lower = Lower(name);
  if (name.empty() || name.back() == '.' || clause_words.count(lower) ||
      person_pronouns.count(lower) || org_pronouns.count(lower) || group_pronouns.count(lower) ||
      det_words.count(lower) || unlisted_stops.count(lower))
    return std::nullopt;
  // No actor may overlap it: a known name is the mentions' to resolve.
  for (auto it = FirstStartingAtOrAfter(*st.mentions, sb); it != st.mentions->end(); ++it) {
    if (it->begin >= e) break;
    if (it->end > b) return std::nullopt;
  }
  Source s;
  s.type = SourceType::kActor;
  s.begin = b;
  s.end = e;
  s.name = std::string(name);
  s.unlisted = true;
  // A short form of an organisation the story names ("Hardie said" in a
  // story of James Hardie Industries Ltd, "USG said" of USG Corp): that one.
  // Not the name's last word: a surname closing a name read as an
  // organisation ("Bank of Japan Governor Satoshi Sumita").
  const std::string key = " " + Lower(name) + " ";
  for (const Mention& m : *st.mentions) {
    if (m.kind != ActorKind::kOrganization || m.actor.empty()) continue;
    const std::string held = " " + Lower(m.actor) + " ";
    const size_t at = held.find(key);
    if (at != std::string::npos && at + key.size() < held.size()) {
      s.name = m.actor;
      s.is_org = true;
      s.unlisted = false;
      break;
    }
  }
  return s;
}

// The source whose phrase starts at byte `q` ("according to X", "said X",
// "citing X"), skipping a report prefix ("a report by") and "the".
std::optional<Source> AttributionExtractor::Impl::ResolveRight(State& st, size_t q,
                                                               size_t se) const {
  std::string_view text = st.doc->text;
  while (q < se && IsSpace(text[q])) ++q;
  bool report = false;
  std::string lower = Lower(text.substr(q, std::min<size_t>(40, se - q)));
  for (const std::string& p : prefixes) {
    if (StartsWith(lower, p) && (lower.size() == p.size() || IsSpace(lower[p.size()]))) {
      report = true;
      q += p.size();
      while (q < se && IsSpace(text[q])) ++q;
      break;
    }
  }
  const std::vector<Mention>& ms = *st.mentions;
  if (!report) {
    if (std::optional<Source> g = SurveyedGroup(st, q, se)) return g;
  }
  size_t alt = q;
  std::string_view head = text.substr(q, 4);
  if (head == "the " || head == "The ") alt = q + 4;
  for (size_t i = static_cast<size_t>(FirstStartingAtOrAfter(ms, q) - ms.begin());
       i < ms.size() && ms[i].begin <= alt; ++i) {
    const Mention& m = ms[i];
    if ((m.begin == q || m.begin == alt) && !m.actor.empty()) {
      // "said First Chicago's Johnson": the person after the possessive.
      std::string_view poss = text.substr(m.end, 3);
      if (StartsWith(poss, "'s") || StartsWith(text.substr(m.end, 4), "\xE2\x80\x99s")) {
        size_t n = m.end + (poss[0] == '\'' ? 2 : 4);
        while (n < se && IsSpace(text[n])) ++n;
        for (size_t k = i + 1; k < ms.size() && ms[k].begin <= n; ++k) {
          if (ms[k].begin == n && ms[k].kind == ActorKind::kPerson && !ms[k].actor.empty()) {
            Source s;
            s.begin = m.begin;
            s.end = ms[k].end;
            s.name = ms[k].actor;
            s.is_person = true;
            return s;
          }
        }
      }
      Source s = MentionSource(m);
      s.type = SourceType::kActor;  // what follows a cue is named there
      s.report_prefix = report;
      return s;
    }
    if (m.begin > alt) break;
  }
  if (report) return std::nullopt;
  const size_t noted = st.noted.size();
  std::optional<Source> s = Unnamed(st, text.substr(q, se - q), q, /*at_end=*/false);
  if (s && s->type == SourceType::kUnnamed) {
    // "according to Airbus spokesman Jaime Perez-Guerra": the named person;
    // "said lead manager Goldman, Sachs and Co": the named firm.
    size_t n = s->end;
    while (n < se && IsSpace(text[n])) ++n;
    for (const Mention& m : ms) {
      if (m.begin > n) break;
      if (m.begin == n && !m.actor.empty() &&
          (m.kind == ActorKind::kPerson || m.kind == ActorKind::kOrganization)) {
        st.noted.resize(noted);
        s->type = SourceType::kActor;
        s->name = m.actor;
        s->is_person = m.kind == ActorKind::kPerson;
        s->is_org = m.kind == ActorKind::kOrganization;
        s->end = m.end;
        break;
      }
    }
  }
  return s;
}

std::optional<Source> AttributionExtractor::Impl::PolledGroup(State& st, size_t sb, size_t mb,
                                                              size_t me) const {
  if (poll_links.empty()) return std::nullopt;
  std::string_view text = st.doc->text;
  // The words before the outlet, nearest first: [the] <poll words> <group>.
  constexpr size_t kMaxWords = kPollGroupWords + 4;
  std::array<std::pair<size_t, size_t>, kMaxWords> words;
  size_t n = 0;
  for (size_t p = mb; n < kMaxWords;) {
    while (p > sb && IsSpace(text[p - 1])) --p;
    if (p <= sb) break;
    size_t w = p;
    while (w > sb && !IsSpace(text[w - 1])) --w;
    words[n++] = {w, p};
    p = w;
  }
  auto word = [&](size_t k) {
    return text.substr(words[k].first, words[k].second - words[k].first);
  };
  size_t k = 0;
  if (k < n && EqualsLower(word(k), "the")) ++k;
  // Nearly every outlet before a cue has no poll words: one look-up says so.
  if (k >= n || !poll_last.count(Lower(word(k)))) return std::nullopt;
  size_t link_words = 0;
  for (const std::string& link : poll_links) {
    const size_t lw = static_cast<size_t>(std::count(link.begin(), link.end(), ' ')) + 1;
    if (k + lw > n) continue;
    const size_t lb = words[k + lw - 1].first;
    if (NormKey(text.substr(lb, words[k].second - lb)) == link) {
      link_words = lw;
      break;
    }
  }
  if (link_words == 0) return std::nullopt;
  size_t gb = std::string_view::npos;
  for (size_t j = k + link_words; j < n && j < k + link_words + kPollGroupWords; ++j) {
    std::string_view w = word(j);
    const char last = w.back();
    if (last == ',' || last == ';' || last == ':' || last == ')' || EndsWithCloseQuote(w)) break;
    const std::string lw = Lower(w);
    if (clause_words.count(lw) || group_stops.count(lw) || aux.count(lw) || cues.count(lw)) break;
    gb = words[j].first;
    if (w.front() == '(' || w.front() == '"') {
      gb += 1;
      break;
    }
    if (StartsWithOpenQuote(w)) {
      gb += StartsWith(w, "``") ? 2 : kOpenQuote.size();
      break;
    }
  }
  if (gb == std::string_view::npos || gb >= words[k + link_words - 1].first) return std::nullopt;
  Source s;
  s.type = SourceType::kUnnamed;
  s.begin = gb;
  s.end = me;
  s.name = Tidy(text.substr(gb, me - gb));
  // A sentence's capital is not part of the name ("Businessmen polled by
  // Reuters" -> "businessmen polled by Reuters"), unless a name starts there.
  const std::vector<Sentence>& ss = *st.doc->sentences;
  size_t start = ss[SentenceAt(ss, gb)].begin;
  while (start < gb && (IsSpace(text[start]) || text[start] == '"' || text[start] == '`')) ++start;
  if (StartsWith(text.substr(start), kOpenQuote)) start += kOpenQuote.size();
  const bool named =
      std::any_of(FirstStartingAtOrAfter(*st.mentions, gb), FirstStartingAfter(*st.mentions, gb),
                  [](const Mention& m) { return !m.actor.empty(); });
  if (start == gb && !named && s.name.size() > 1 &&
      std::islower(static_cast<unsigned char>(s.name[1]))) {
    s.name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s.name[0])));
  }
  NoteUnnamed(st, s, /*familiar=*/false);
  return s;
}

std::optional<Source> AttributionExtractor::Impl::SurveyedGroup(State& st, size_t q,
                                                                size_t se) const {
  if (survey_nouns.empty()) return std::nullopt;
  std::string_view text = st.doc->text;
  auto next_word = [&](size_t at) {
    while (at < se && IsSpace(text[at])) ++at;
    size_t e = at;
    while (e < se && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
    return std::make_pair(at, e);
  };
  auto [w, we] = next_word(q);
  size_t ob = q;
  if (const std::string_view det = text.substr(w, we - w);
      EqualsLower(det, "a") || EqualsLower(det, "an") || EqualsLower(det, "the")) {
    ob = next_word(we).first;
  }
  const Mention* outlet = nullptr;
  for (auto it = FirstStartingAtOrAfter(*st.mentions, ob);
       it != st.mentions->end() && it->begin == ob; ++it) {
    if (it->kind == ActorKind::kOrganization && !it->actor.empty()) outlet = &*it;
  }
  if (outlet == nullptr) return std::nullopt;
  std::tie(w, we) = next_word(outlet->end);
  if (we == w || !survey_nouns.count(Lower(text.substr(w, we - w)))) return std::nullopt;
  std::tie(w, we) = next_word(we);
  if (Lower(text.substr(w, we - w)) != "of") return std::nullopt;
  // The group: words to the clause's end, at most kPollGroupWords + 2.
  const size_t gb = next_word(we).first;
  size_t ge = gb;
  for (size_t at = gb, n = 0; n < kPollGroupWords + 2; ++n) {
    while (at < se && IsSpace(text[at])) ++at;
    size_t e = at;
    while (e < se && !IsSpace(text[e])) ++e;
    if (e == at) break;
    std::string_view w = text.substr(at, e - at);
    const std::string lw = Lower(w);
    if (clause_words.count(lw) || group_stops.count(lw) || aux.count(lw) || cues.count(lw)) break;
    const char last = w.back();
    const bool stop = last == ',' || last == ';' || last == ':' || (last == '.' && e == se);
    ge = stop ? e - 1 : e;
    if (stop) break;
    at = e;
  }
  if (ge <= gb) return std::nullopt;
  Source g;
  g.type = SourceType::kUnnamed;
  g.begin = q;
  g.end = ge;
  g.name = Tidy(text.substr(gb, ge - gb));
  if (!g.name.empty())
    g.name[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(g.name[0])));
  NoteUnnamed(st, g, /*familiar=*/false);
  return g;
}

namespace {

// The start of the capitalised words (a title: "Treasury Secretary") right
// before byte `b` of `text`, back to the sentence start `sb`.
size_t TitleStart(std::string_view text, size_t sb, size_t b) {
  for (;;) {
    size_t e = b;
    while (e > sb && IsSpace(text[e - 1])) --e;
    size_t w = e;
    while (w > sb && IsWordChar(text[w - 1])) --w;
    if (w == e || e == b || !std::isupper(static_cast<unsigned char>(text[w]))) break;
    b = w;
  }
  return b;
}

}  // namespace

bool AttributionExtractor::Impl::JoinSpeakers(State& st, size_t sb, Source* s,
                                              size_t* begin) const {
  if (s->type != SourceType::kActor && s->type != SourceType::kAnaphor &&
      s->type != SourceType::kUnnamed) {
    return false;
  }
  std::string_view text = st.doc->text;
  size_t e = *begin;
  // "its bankers": the possessive belongs to the second source's phrase.
  std::string possessive;
  auto [w, we] = WordBefore(text, sb, e);
  if (s->type == SourceType::kUnnamed && w < we &&
      possessives.count(Lower(text.substr(w, we - w)))) {
    possessive = Lower(text.substr(w, we - w));
    e = w;
    std::tie(w, we) = WordBefore(text, sb, e);
  }
  if (we - w != 3 || Lower(text.substr(w, 3)) != "and") return false;
  const size_t noted = st.noted.size();
  std::optional<Source> first = ResolveLeft(st, sb, w);
  auto reject = [&] {
    st.noted.resize(noted);
    return false;
  };
  if (!first || first->name.empty() || first->name == s->name ||
      (first->type != SourceType::kActor && first->type != SourceType::kAnaphor &&
       first->type != SourceType::kUnnamed)) {
    return reject();
  }
  // "British and Commonwealth Shipping said": a demonym qualifies, it does
  // not speak.
  for (auto it = FirstStartingAtOrAfter(*st.mentions, first->begin);
       it != st.mentions->end() && it->begin == first->begin; ++it) {
    if (it->end == first->end && it->form == MentionForm::kDemonym) return reject();
  }
  // Only "and" between the two phrases (no clause of their own).
  size_t fe = first->end;
  while (fe < w && (IsSpace(text[fe]) || text[fe] == ')' || text[fe] == '>')) ++fe;
  if (fe != w) return reject();
  // The first source opens the clause: "Jane Doe and John Roe said", ",
  // Treasury Secretary Jane Doe and ...", not "Acme bought Beta and Jane Doe
  // said" nor a list "A, B and C" ("B and C" alone is not who spoke).
  const size_t fb =
      first->type == SourceType::kActor ? TitleStart(text, sb, first->begin) : first->begin;
  std::string_view before = text.substr(sb, fb - sb);
  while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
  bool opens = before.empty() || EndsWith(before, ";") || EndsWith(before, ":") ||
               EndsWithCloseQuote(before) || EndsWith(before, "\xE2\x80\x94");
  if (!opens && !EndsWith(before, ",")) {
    auto [pw, pe] = WordBefore(text, sb, fb);
    const std::string prev = Lower(text.substr(pw, pe - pw));
    opens = pw < pe && prev != "and" && prev != "or" &&
            (clause_words.count(prev) > 0 || group_stops.count(prev) > 0);
  } else if (EndsWith(before, ",")) {
    // A comma opens the clause unless it ends an item of a list ("A, B and
    // C said"): what comes before it is then another source.
    const size_t before_noted = st.noted.size();
    const size_t comma = static_cast<size_t>(before.data() - text.data()) + before.size() - 1;
    std::optional<Source> item = comma > sb ? ResolveLeft(st, sb, comma) : std::nullopt;
    st.noted.resize(before_noted);
    opens = !item || item->type == SourceType::kPronoun;
  }
  if (!opens) return reject();
  s->name = first->name + " and " + (possessive.empty() ? "" : possessive + " ") + s->name;
  s->begin = first->begin;
  // Two organisations are what "it" and "the company" may stand for next
  // ("Carolina Power and Light Co said"); two unnamed groups stay unnamed
  // ("bankers and economists told Reuters": Reuters relays them).
  s->is_org = first->is_org && s->is_org;
  s->is_person = false;
  s->type = first->type == SourceType::kUnnamed && s->type == SourceType::kUnnamed
                ? SourceType::kUnnamed
                : SourceType::kActor;
  *begin = fb;
  return true;
}

std::vector<Candidate> AttributionExtractor::Impl::SentenceCandidates(
    State& st, size_t sb, size_t se, const QuoteInfo& quotes) const {
  std::string_view text = st.doc->text;
  std::string_view sentence = text.substr(sb, se - sb);
  std::vector<Candidate> cands;
  std::optional<Source> cited;

  // cue_re is \b(cues)\b: its group is the whole match (\b takes no
  // bytes), so the match alone is asked for -- RE2's DFAs, without a
  // capturing engine.
  re2::StringPiece sub[1];
  size_t pos = 0;
  while (pos < sentence.size() &&
         cue_re->Match(sentence, pos, sentence.size(), RE2::UNANCHORED, sub, 1)) {
    size_t cb = sb + static_cast<size_t>(sub[0].data() - sentence.data());
    size_t ce = cb + sub[0].size();
    pos = ce - sb;
    auto rule_it = cues.find(NormKey(SV(sub[0])));
    if (rule_it == cues.end()) continue;
    const CueRule& rule = rule_it->second;

    if (rule.role == Role::kCiting) {
      if (auto s = ResolveRight(st, ce, se); s && !cited) {
        cited = s;
      }
      continue;
    }
    if (rule.role == Role::kAccording) {
      auto s = ResolveRight(st, ce, se);
      if (!s) continue;
      Candidate c;
      c.begin = cb;
      c.end = s->end;
      c.cue_begin = cb;
      c.attribution.said_by = s->name;
      c.attribution.cue = rule.cue;
      c.rank = 1;
      c.said_by_org = s->is_org;
      for (auto it = FirstStartingAtOrAfter(*st.mentions, s->begin);
           it != st.mentions->end() && it->begin == s->begin; ++it) {
        if (it->end == s->end && IsOutlet(*it, /*by_word=*/true)) c.relay = true;
      }
      if (s->report_prefix && s->is_org) c.relay = true;
      cands.push_back(c);
      continue;
    }

    // speech, tell, report: the source is before the cue, or after it when
    // the cue follows a comma or a closing quote (", said Tom Orlik").
    Candidate c;
    c.cue_begin = cb;
    c.attribution.cue = rule.cue;
    c.rank = 2;
    // A name no list knows speaks only through a verb of saying right
    // after it ("Dodge said"), not through one that may be an adjective
    // ("Total estimated production", "The forecast was").
    const bool saying = cb > sb && IsSpace(text[cb - 1]) &&
                        unlisted_cues.count(Lower(text.substr(cb, ce - cb))) > 0;
    std::optional<Source> s = ResolveLeft(st, sb, cb, saying);
    // "Avery said its board ...": a name no list knows that speaks of
    // itself as "it" is an organisation, what "it said" stands for next.
    if (s && s->unlisted) {
      size_t q = ce;
      while (q < se && IsSpace(text[q])) ++q;
      size_t qe = q;
      while (qe < se && std::isalpha(static_cast<unsigned char>(text[qe]))) ++qe;
      const std::string next = Lower(text.substr(q, qe - q));
      s->is_org = next == "it" || next == "its";
    }
    if (s) {
      // "better than analysts had predicted", "as analysts expected": a
      // comparison, not an attribution.
      size_t e = s->begin;
      while (e > sb && IsSpace(text[e - 1])) --e;
      size_t w = WordStart(text, sb, e);
      const std::string prev = Lower(text.substr(w, e - w));
      if (comparison.count(prev) && w > sb) continue;
    }
    size_t after = ce;
    if (s) {
      c.begin = s->begin;
      c.end = ce;
      // Take a title before a named source into the phrase ("Treasury
      // Secretary Steve Mnuchin said"): capitalised words back to the clause.
      if (s->type == SourceType::kActor) c.begin = TitleStart(text, sb, c.begin);
      JoinSpeakers(st, sb, &*s, &c.begin);
    } else {
      std::string_view before = text.substr(sb, cb - sb);
      while (!before.empty() && IsSpace(before.back())) before.remove_suffix(1);
      if (!(before.empty() || EndsWith(before, ",") || EndsWithCloseQuote(before))) continue;
      s = ResolveRight(st, ce, se);
      if (!s || s->report_prefix) continue;
      c.begin = cb;
      c.end = s->end;
      after = s->end;
    }
    c.attribution.said_by = s->name;
    c.said_by_org = s->is_org;
    const bool unnamed = s->type == SourceType::kUnnamed || s->type == SourceType::kBackref;
    c.said_by_unnamed = unnamed;

    bool intransitive_report = false;
    // The word after the cue (past white space).
    size_t q = after;
    while (q < se && IsSpace(text[q])) ++q;
    if (rule.role == Role::kTell) {
      size_t alt = text.substr(q, 4) == "the " ? q + 4 : q;
      for (auto it = FirstStartingAtOrAfter(*st.mentions, q); it != st.mentions->end(); ++it) {
        const Mention& m = *it;
        if (m.begin > alt) break;
        if ((m.begin == q || m.begin == alt) && m.kind == ActorKind::kOrganization &&
            !m.actor.empty()) {
          if (IsOwn(st, m.actor) || IsOwn(st, m.text)) break;
          if ((unnamed || s->type == SourceType::kAnaphor) && IsOutlet(m, /*by_word=*/true)) {
            // "one of the people told Bloomberg": the outlet relays them;
            // "officials told the committee" is no relay.
            c.attribution.cited_source = c.attribution.said_by;
            c.attribution.said_by = m.actor;
            c.said_by_org = true;
            c.relay = true;
            c.end = m.end;
          }
          break;
        }
      }
    } else if (rule.role == Role::kReport && s->is_org) {
      // Reporting with no direct object: "Bloomberg reported on Friday",
      // "reported that", ", the Journal reported."
      std::string_view rest = text.substr(q, se - q);
      std::string next = Lower(rest.substr(0, rest.find_first_of(" \t\n,.;:")));
      if (rest.empty() || rest[0] == ',' || rest[0] == '.' || rest[0] == ';' ||
          intransitive.count(next)) {
        intransitive_report = true;
      }
    }
    if (s->is_org) {
      for (auto it = FirstStartingAtOrAfter(*st.mentions, s->begin);
           it != st.mentions->end() && it->begin == s->begin; ++it) {
        if (it->end == s->end && IsOutlet(*it, intransitive_report)) c.relay = true;
      }
    }
    // Speech that closes or opens a quotation: "“...,” Orlik said." or
    // "He said: “...".
    std::string_view before = text.substr(sb, c.begin - sb);
    while (!before.empty() && (IsSpace(before.back()) || before.back() == ',')) {
      before.remove_suffix(1);
    }
    std::string_view rest = text.substr(c.end, se - c.end);
    while (!rest.empty() && (IsSpace(rest.front()) || rest.front() == ':' || rest.front() == ',')) {
      rest.remove_prefix(1);
    }
    c.quote_speech = EndsWithCloseQuote(before) || StartsWithOpenQuote(rest);
    cands.push_back(c);
  }

  // "X reported/said, citing Y" (or "Citing Y, X reported"): Y is the
  // cited source of X's cue.
  if (cited) {
    for (Candidate& c : cands) {
      if (c.attribution.cited_source.empty() && c.attribution.said_by != cited->name) {
        c.attribution.cited_source = cited->name;
        if (c.said_by_org) c.relay = true;
      }
    }
  }
  // "The Times reported that people familiar with the plan said ...": the
  // outlet relays the unnamed source.
  for (Candidate& c : cands) {
    if (!c.said_by_org || !c.attribution.cited_source.empty()) continue;
    if (c.attribution.cue != "reported" && !c.relay) continue;
    for (const Candidate& d : cands) {
      if (d.cue_begin > c.cue_begin && d.said_by_unnamed && d.attribution.cited_source.empty()) {
        c.attribution.cited_source = d.attribution.said_by;
        c.relay = true;
        break;
      }
    }
  }
  for (Candidate& c : cands) {
    if (IsOwn(st, c.attribution.said_by)) c.relay = false;
    if (!InsideQuote(quotes, c.begin)) c.rank += 1;
  }
  return cands;
}

void AttributionExtractor::Impl::ExtractImpl(const DocumentView& doc, const ActorResult& actors,
                                             AttributionResult* out) const {
  out->sentences.clear();
  out->relays.clear();
  if (doc.sentences == nullptr || doc.sentences->empty()) return;
  const std::vector<Sentence>& ss = *doc.sentences;

  State st;
  st.doc = &doc;
  std::vector<Mention> sorted = actors.mentions;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  st.mentions = &sorted;

  // The story's own outlet: the caller's, and its dateline's ("(Reuters) - ").
  if (!doc.source.empty()) {
    st.own.insert(Lower(doc.source));
    st.own.insert(Lower(Canonical(doc.source)));
    for (const Mention& m : sorted) {
      if (Lower(m.text) == Lower(doc.source) && !m.actor.empty()) st.own.insert(Lower(m.actor));
    }
  }
  {
    std::string_view first = doc.text.substr(ss[0].begin, ss[0].end - ss[0].begin);
    const int n = dateline->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> groups(n + 1);
    if (dateline->Match(first, 0, first.size(), RE2::ANCHOR_START, groups.data(), n + 1)) {
      for (int g = 1; g <= n; ++g) {
        if (groups[g].data() == nullptr) continue;
        size_t b = ss[0].begin + static_cast<size_t>(groups[g].data() - first.data());
        size_t e = b + groups[g].size();
        // Another known outlet's tag under a known source ("(AP) -" in a Los
        // Angeles Times story) is relayed (CreditRelays), not the story's own.
        if (!doc.source.empty() && NamesOutlet(SV(groups[g])) &&
            !SameOutlet(SV(groups[g]), doc.source)) {
          break;
        }
        st.own.insert(Lower(SV(groups[g])));
        for (const Mention& m : sorted) {
          if (m.begin >= b && m.end <= e && !m.actor.empty()) st.own.insert(Lower(m.actor));
        }
        break;
      }
    }
  }

  // The lead's subject: its first organisation, when only capitalised
  // words (or "the") and punctuation come before it.
  for (auto it = sorted.cbegin(); it != sorted.cend() && it->begin < ss[0].end; ++it) {
    const Mention& m = *it;
    if (m.kind != ActorKind::kOrganization || m.actor.empty() || m.begin < ss[0].begin) continue;
    std::string_view before = doc.text.substr(ss[0].begin, m.begin - ss[0].begin);
    // The dateline ("LONDON (Reuters) - ") is not part of the sentence proper.
    if (size_t dash = before.find(") -"); dash != std::string_view::npos) {
      before.remove_prefix(dash + 3);
    }
    bool subject = true;
    for (size_t i = 0; i < before.size() && subject; ++i) {
      const bool word_start = std::isalpha(static_cast<unsigned char>(before[i])) &&
                              (i == 0 || !std::isalpha(static_cast<unsigned char>(before[i - 1])));
      if (word_start && std::islower(static_cast<unsigned char>(before[i])) &&
          Lower(before.substr(i, 4)) != "the ") {
        subject = false;
      }
    }
    if (!subject) break;
    // "Acme Corp's 49 pct owned Beta Inc affiliate said": the owner is not
    // the subject when another organisation follows closely.
    const std::string_view after = doc.text.substr(m.end, 4);
    if (StartsWith(after, "'s") || StartsWith(after, "' ") || StartsWith(after, "\xE2\x80\x99s") ||
        StartsWith(after, "\xE2\x80\x99 ")) {
      bool owned = false;
      for (auto o = std::next(it); o != sorted.cend() && o->begin < m.end + kOwnedWithin; ++o) {
        if (o->begin >= m.end && o->kind == ActorKind::kOrganization) owned = true;
      }
      if (owned) break;
    }
    if (!IsOutlet(m, /*by_word=*/false) && !IsOwn(st, m.actor)) st.lead_org = m.actor;
    break;
  }

  std::vector<std::optional<Candidate>> chosen(ss.size());
  std::vector<QuoteInfo> quotes(ss.size());
  bool open = false;
  for (size_t i = 0; i < ss.size(); ++i) {
    quotes[i] = ScanQuotes(doc.text, ss[i].begin, ss[i].end, open);
    open = quotes[i].open_at_end;
    // A paragraph end closes any quotation (wire copy re-opens it).
    if (ss[i].end < doc.text.size() &&
        doc.text.substr(ss[i].end,
                        (i + 1 < ss.size() ? ss[i + 1].begin : doc.text.size()) - ss[i].end)
                .find('\n') != std::string_view::npos) {
      open = false;
    }
    std::vector<Candidate> cands = SentenceCandidates(st, ss[i].begin, ss[i].end, quotes[i]);
    const Candidate* best = nullptr;
    for (const Candidate& c : cands) {
      if (best == nullptr || c.rank > best->rank) best = &c;
    }
    if (best != nullptr) {
      chosen[i] = *best;
      if (best->said_by_org && !best->relay) st.last_org = best->attribution.said_by;
      // A lead an outlet relays ("Acme signed ..., the Xinhua news agency
      // said. It said ...") makes "it" the outlet, not the lead's subject.
      if (i == 0 && best->relay) {
        st.lead_org.clear();
        if (best->said_by_org) st.lead_outlet = best->attribution.said_by;
      }
      if (static_cast<int>(i) < kLeadSentences) {
        for (const Candidate& c : cands) {
          if (!c.relay) continue;
          std::string name = Canonical(c.attribution.said_by);
          if (std::find(out->relays.begin(), out->relays.end(), name) == out->relays.end()) {
            out->relays.push_back(std::move(name));
          }
        }
      }
    }
  }

  // Quoted speech without a cue of its own inherits its speaker.
  auto same_paragraph = [&](size_t a, size_t b) {  // sentences a < b
    return doc.text.substr(ss[a].end, ss[b].begin - ss[a].end).find('\n') == std::string_view::npos;
  };
  // 1) Sentences of one multi-sentence quotation share the speaker named
  //    where it opens or closes.
  for (size_t i = 0; i < ss.size();) {
    if (!quotes[i].open_at_end || quotes[i].open_at_start) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < ss.size() && quotes[j].open_at_start && quotes[j].open_at_end) ++j;
    if (j >= ss.size() || !quotes[j].open_at_start) {
      i = j;
      continue;
    }
    const Candidate* speaker = nullptr;
    if (chosen[j] && chosen[j]->quote_speech) speaker = &*chosen[j];
    if (!speaker && chosen[i] && chosen[i]->quote_speech) speaker = &*chosen[i];
    if (speaker) {
      Candidate copy = *speaker;
      for (size_t k = i; k <= j; ++k) {
        if (!chosen[k]) chosen[k] = copy;
      }
    }
    i = j + 1;
  }
  // 2) A quotation that starts right after a sentence of quoted speech, in
  //    the same paragraph, continues that speaker ("“...,” Orlik said.
  //    “That's always been unacceptable ...”").
  for (size_t i = 1; i < ss.size(); ++i) {
    if (chosen[i] || !quotes[i].starts_with_open) continue;
    if (chosen[i - 1] && chosen[i - 1]->quote_speech && same_paragraph(i - 1, i)) {
      chosen[i] = chosen[i - 1];
    }
  }

  for (size_t i = 0; i < ss.size(); ++i) {
    if (!chosen[i]) continue;
    SentenceAttribution sa;
    sa.sentence = static_cast<int>(i);
    sa.begin = chosen[i]->begin;
    sa.end = chosen[i]->end;
    sa.attribution = chosen[i]->attribution;
    out->sentences.push_back(std::move(sa));
  }
  Credits(doc.text, doc.source, &out->relays);
}

}  // namespace wirefacts
