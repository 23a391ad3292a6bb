#include "extractors/actor_extractor.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extractors/actor_key_table.h"
#include "extractors/actor_titles.h"
#include "extractors/actor_tokens.h"
#include "extractors/alias_resolver.h"
#include "extractors/edit_distance.h"
#include "extractors/gazetteer.h"
#include "extractors/person_names.h"

namespace wirefacts {

namespace {

// The last white-space separated word of `text`.
std::string_view LastWord(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const size_t space = text.rfind(' ');
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

// True when `word` is one of the space-separated words of `name`.
bool NameHasWord(std::string_view name, std::string_view word) {
  while (!name.empty()) {
    const size_t space = name.find(' ');
    if (name.substr(0, space) == word) return true;
    if (space == std::string_view::npos) break;
    name.remove_prefix(space + 1);
  }
  return false;
}
struct ActorRules {
  Gazetteer gazetteer;
  NameLexicon lexicon;
  TitleTable titles;
  KeySet org_suffixes;
  KeySet legal_forms;         // the org_suffixes noted "legal": "Inc", "Corp"
  KeySet government_heads;    // those noted "government": "Department"
  KeySet org_prefixes;        // "Banco", "Banque"
  KeySet org_leads;           // "First" of "First Albany Corp"
  KeySet cues_after;          // "said" after a name
  KeySet cues_before;         // "said" / "according to" before
  KeySet org_descriptors;     // "automaker" before a name
  KeySet person_descriptors;  // those also a person's trade: "broker"
  KeySet place_cues;          // "town" (of) before a place's name
  // actor_org_cues.tsv: words next to a bare name that make it a company's.
  KeySet org_cues_after, org_cues_before, org_cues_appositive;
  // The "speech" cues: "it" of "X said it expects", "in its" of "X said in
  // its report" (at most `speech_len` tokens); and the words after the
  // speech cue that are none ("it was"), at most `speech_not_len`.
  KeySet org_cues_speech, org_cues_speech_not;
  size_t speech_len = 0, speech_not_len = 0;
  // The "lone" cues among them, enough to make a lone unknown word a
  // company; and the last words of the "lone" before cues ("in" of "stake
  // in").
  KeySet org_cues_lone_after, org_cues_lone_before, org_cues_lone_last;
  // Outlet words of attribution_outlets.tsv ("Ledger", "Courier") that are
  // not organisation heads: they end a name as an outlet ("Pacific Ledger")
  // but do not stop a person's name ("Jim Courier", "Heath Ledger").
  KeySet outlet_heads;
  // actor_company_words.tsv: words that make a name a company's as its
  // first or last word ("Air Lanka", "Texas Commerce").
  KeySet company_first, company_last;
};
}  // namespace

struct ActorExtractor::Impl : ActorRules {};

namespace {

// One recognised span, before canonicalisation.
struct Found {
  size_t b = 0, e = 0;  // tokens
  size_t tb = 0;        // kPerson: the first token of its title, b when none
  enum Type { kGazetteer, kOrgPattern, kPerson, kTypo } type = kGazetteer;
  GazetteerEntry entry;     // kGazetteer, kTypo (gazetteer or person target)
  std::string org;          // kOrgPattern: the name
  int person = -1;          // kPerson: candidate index; kTypo of a person: cluster
  std::string title_alias;  // kPerson: "President Donald Trump"
  PersonCandidate pc;       // kPerson
};

// The name of an organisation at tokens [b, e): TokenKey with brackets
// written tight, "X (Singapore) Ltd" also for "X ( Singapore ) Ltd".
std::string OrgKey(const std::vector<ActorToken>& toks, size_t b, size_t e) {
  std::string key;
  for (size_t i = b; i < e; ++i) {
    const bool open_before = i > b && toks[i - 1].norm == "(";
    if (i > b && toks[i].space_before && !open_before && toks[i].norm != ")") key.push_back(' ');
    key += toks[i].norm;
  }
  return key;
}

struct NameRun {
  std::vector<std::string> words;
  size_t end = 0;  // token after the name
};

class StoryScan {
 public:
  // `source` is the story's own outlet ("Pacific Ledger"), "" when unknown.
  StoryScan(const ActorRules& impl, std::string_view text, const std::vector<ActorToken>& toks,
            std::string_view source)
      : m_(impl), text_(text), t_(toks), owner_(toks.size(), -1) {
    SetSource(source);
    stop_.resize(toks.size());
    first_.resize(toks.size());
    suffix_.resize(toks.size());
    gaz_.assign(toks.size(), {nullptr, 0});
    gaz_done_.assign(toks.size(), 0);
    for (size_t i = 0; i < toks.size(); ++i) {
      if (!toks[i].word) continue;
      const NameLexicon::WordInfo info = impl.lexicon.Classify(toks[i].norm);
      stop_[i] = info.stop;
      first_[i] = info.first;
      suffix_[i] = impl.org_suffixes.count(toks[i].norm) > 0;
    }
    next_cap_.assign(toks.size(), toks.size());
    for (size_t i = toks.size(); i > 1; --i)
      next_cap_[i - 2] = toks[i - 1].word && toks[i - 1].cap ? i - 1 : next_cap_[i - 1];
  }

  void Run(ActorResult* out);

 private:
  void SetSource(std::string_view source);
  // Tokens of the story's own outlet at token i (within [i, end)), 0 if none.
  size_t SourceAt(size_t i, size_t end) const;
  bool Word(size_t i) const { return i < t_.size() && t_[i].word; }
  // A string_view compares sizes before bytes (the literals are sized at
  // compile time), where `std::string == const char*` runs strlen first.
  bool Is(size_t i, std::string_view s) const { return i < t_.size() && t_[i].norm == s; }
  // Token i is the one-character token `c` ("," "(" "-").
  bool P(size_t i, char c) const {
    return i < t_.size() && t_[i].norm.size() == 1 && t_[i].norm[0] == c;
  }
  bool Joined(size_t i) const { return i < t_.size() && !t_[i].space_before; }
  // Token i is a generational suffix of a name: "Jr", "Sr", "II", "III", "IV".
  bool GenerationSuffix(size_t i) const {
    return Is(i, "Jr") || Is(i, "Sr") || Is(i, "II") || Is(i, "III") || Is(i, "IV");
  }
  // Token i is a currency's prefix, a word with "$" joined to it ("US$7.4
  // billion", "A$52.5 million", "HK$"): part of an amount, never of a name.
  bool CurrencyPrefix(size_t i) const { return Word(i) && P(i + 1, '$') && Joined(i + 1); }
  // A title at token i that introduces a person's name: a given name or an
  // initial after it ("Bank of Japan Governor Satoshi Sumita", "Societe
  // Generale President Marc Vienot"), never "American President Lines".
  // Or two or three capitalised words that end the run, none an
  // organisation's head word ("Chairman Beryl Sprinkel", not "President
  // Cos Ltd").
  bool TitleBeforeName(size_t i, size_t end) const {
    const TitleMatch tm = m_.titles.Exact(t_, i, end);
    if (tm.len == 0 || tm.cls == TitleClass::kHonorific) return false;
    const size_t n = i + tm.len;
    if (IsFirst(n) || Initial(n)) return true;
    size_t k = n;
    while (k < end && k - n < 4 && Word(k) && t_[k].cap && !t_[k].upper && !IsSuffix(k)) ++k;
    return k - n >= 2 && k - n <= 3 && !(Word(k) && t_[k].cap);
  }
  // Token i is an initial before a name word: one capital letter, a dot
  // joined to it, then a capitalised word ("A. H. Robins Co", "A. Dale"),
  // never the article "A" or the pronoun "I".
  bool Initial(size_t i) const {
    return Word(i) && t_[i].norm.size() == 1 && t_[i].cap && Is(i + 1, ".") && Joined(i + 1) &&
           Word(i + 2) && t_[i + 2].cap;
  }
  std::string_view Surface(size_t b, size_t e) const {
    return text_.substr(t_[b].begin, t_[e - 1].end - t_[b].begin);
  }
  NameStop Stop(size_t i) const { return stop_[i]; }
  bool IsSuffix(size_t i) const { return Word(i) && suffix_[i]; }

  // Claims [b, e) as an organisation named by its words, or as `name`.
  void ClaimOrg(size_t b, size_t e) { ClaimOrg(b, e, TokenKey(t_, b, e)); }
  void ClaimOrg(size_t b, size_t e, std::string name) {
    Found f;
    f.type = Found::kOrgPattern;
    f.org = std::move(name);
    f.b = b;
    f.e = e;
    Claim(b, e, std::move(f));
  }

  // The name of the organisation [b, e) found by its form. A partnership
  // written with commas ("Goldman, Sachs and Co", "Kidder, Peabody and Co")
  // is named without them, and by the gazetteer's name when that is its
  // name without the head words ("Goldman Sachs"): other stories write it
  // without the commas. So is a name that is a gazetteer organisation's
  // name and legal forms ("Ford Motor Company" for Ford): other stories
  // write it without them.
  std::string PartnershipName(size_t b, size_t e) const {
    std::vector<ActorToken> kept;
    std::vector<size_t> at;  // token index of each kept token
    for (size_t k = b; k < e; ++k)
      if (!P(k, ',')) {  // the word after a comma keeps its space before
        kept.push_back(t_[k]);
        at.push_back(k);
      }
    const bool commas = kept.size() != e - b;
    size_t n = kept.size();
    while (n > 0 && (commas ? IsSuffix(at[n - 1]) : m_.legal_forms.count(kept[n - 1].norm) > 0))
      --n;
    if (n > 0 && (kept[n - 1].norm == "and" || kept[n - 1].norm == "&")) --n;
    if (n > 0 && n < kept.size()) {
      // Without commas, only the curated gazetteer: a mined name ("Warrington"
      // the club) may be another organisation's ("Warrington Inc").
      if (const auto* entries = m_.gazetteer.Find(TokenKey(kept, 0, n)))
        for (const GazetteerEntry& entry : *entries)
          if (entry.kind == ActorKind::kOrganization && (commas || entry.type != "mined"))
            return entry.canonical;
    }
    return OrgKey(kept, 0, kept.size());
  }
  bool IsFirst(size_t i) const { return Word(i) && first_[i]; }
  // Token i can be the lower-case second syllable of a hyphenated given
  // name: 2-5 lower-case ASCII letters, not a compound word, and not joined
  // to a further hyphen ("Trump-backed", "Seo-year-old").
  bool NameSyllable(size_t i) const {
    const std::string& n = t_[i].norm;
    if (n.size() < 2 || n.size() > 5) return false;
    for (char c : n)
      if (c < 'a' || c > 'z') return false;
    if (Is(i + 1, "-") && Joined(i + 1)) return false;
    return !m_.lexicon.IsCompoundWord(n);
  }
  // Gazetteer match at token i up to the end of its sentence (cached).
  const GazetteerEntry* Gaz(size_t i, size_t se, size_t* len) const {
    if (!gaz_done_[i]) {
      gaz_done_[i] = 1;
      size_t l = 0;
      gaz_[i] = {m_.gazetteer.LongestMatch(t_, i, se, &l), l};
    }
    *len = gaz_[i].second;
    return PickEntry(gaz_[i].first);
  }

  const GazetteerEntry* PickEntry(const std::vector<GazetteerEntry>* list) const;
  size_t OrgPattern(size_t i, size_t end) const;
  NameRun ReadName(size_t j, size_t end, bool after_title, bool first_name_start) const;
  bool CueAfter(size_t k, size_t end) const;
  // Token k is a person's age: a number of 1 to 110 in digits.
  bool Age(size_t k) const;
  bool AgeAfter(size_t k, size_t end) const;
  // "a 27-year-old" before the name at [i, e), the name ending the noun
  // phrase (a comma, the sentence's end, a speech cue or "who", "was",
  // "has" after it): a person's age ("led by a 27-year-old Gaddafi,"), not
  // a thing's ("its 21-year-old Ste. Therese plant").
  bool AgeBefore(size_t i, size_t sb, size_t e, size_t se) const;
  bool CountryInParens(size_t k, size_t end) const;
  bool IsScore(size_t k) const;
  bool CueBefore(size_t i, size_t sb) const;
  std::string Appositive(size_t k, size_t end) const;
  std::string PortfolioTitle(size_t i, size_t sb) const;
  void Claim(size_t b, size_t e, Found f) {
    for (size_t i = b; i < e; ++i) owner_[i] = static_cast<int>(found_.size());
    found_.push_back(std::move(f));
  }
  void ScanSentence(size_t sb, size_t se);
  void ForEachRepeat(const std::vector<std::pair<size_t, size_t>>& sents,
                     const std::unordered_set<std::string>& learned, size_t longest,
                     const std::function<void(size_t, size_t)>& on_name);
  void LearnOrganizations(const std::vector<std::pair<size_t, size_t>>& sents);
  void LearnCuedCompanies(const std::vector<std::pair<size_t, size_t>>& sents);
  void LearnAcronyms(const std::vector<std::pair<size_t, size_t>>& sents);
  void LearnPlaces(const std::vector<std::pair<size_t, size_t>>& sents);
  void ListPersons(const std::vector<std::pair<size_t, size_t>>& sents);
  void DemoteCompanies(const std::vector<std::pair<size_t, size_t>>& sents);
  void DatelinePlace(const std::vector<std::pair<size_t, size_t>>& sents);
  void ClaimPlace(size_t b, size_t e) {
    Found f;
    f.type = Found::kGazetteer;
    f.entry.canonical = TokenKey(t_, b, e);
    f.entry.kind = ActorKind::kPlace;
    f.entry.form = MentionForm::kName;
    f.entry.type = "cue";
    f.b = b;
    f.e = e;
    Claim(b, e, std::move(f));
  }
  bool PersonAt(size_t k) const {
    return k < t_.size() && owner_[k] >= 0 && found_[owner_[k]].type == Found::kPerson;
  }
  bool AcronymAt(size_t k, size_t end) const;
  size_t CapRun(size_t i, size_t se) const;
  // The organisation the story names in full whose leading words start at
  // token i ("Corvane" of "Corvane Paper Co"); null when none. *len: the
  // tokens matched.
  const std::string* ShortOrgAt(size_t i, size_t se, size_t* len) const;
  // A cue of actor_org_cues.tsv around the bare name [i, e): an "after" cue
  // right after it, after "'s" or after "said its"; a "before" cue; an
  // appositive naming a company.
  bool OrgCue(size_t i, size_t e, size_t sb, size_t se) const;
  // A "speech" cue of actor_org_cues.tsv after the name that ends before
  // token e: a speech cue and "it" or "its" ("X said it expects"), not one
  // of the "not" rows ("X said it was").
  bool SpeechCue(size_t e, size_t se) const;
  // A "lone" cue of actor_org_cues.tsv around the one word at token i.
  bool LoneCue(size_t i, size_t sb, size_t se) const;
  // Token i - 1 is the given name no list knew of the person whose bare
  // surname is token i ("brought Muammar Gaddafi to power" beside "a
  // 27-year-old Gaddafi"): an unclaimed capitalised word inside the
  // sentence, no stop word, head word, known name or title, alone before
  // the surname. Not when the story gave the person (`cluster`: the
  // cluster's name words) another given name ("Tino Martinez" beside
  // "Edgar Martinez").
  bool UnlistedGivenName(size_t i, size_t sb, size_t se,
                         const std::vector<std::string>& cluster) const;
  void LinkAndTypos(size_t sb, size_t se);
  void RepeatOrgsOverGazetteer(size_t sb, size_t se);

  const ActorRules& m_;
  std::string_view text_;
  const std::vector<ActorToken>& t_;
  std::vector<int> owner_;
  std::vector<NameStop> stop_;
  std::vector<char> first_, suffix_;
  // The first capitalised word token after each token; t_.size() if none.
  std::vector<size_t> next_cap_;
  mutable std::vector<std::pair<const std::vector<GazetteerEntry>*, size_t>> gaz_;
  mutable std::vector<char> gaz_done_;
  std::vector<Found> found_;
  // Organisations named in full by their form, as (words, name).
  std::vector<std::pair<std::vector<std::string>, std::string>> short_orgs_;
  std::string source_;                     // the story's outlet, canonical
  std::vector<std::string> source_keys_;   // its token keys ("Pacific Ledger")
  std::vector<size_t> source_lens_;        // their lengths in tokens
  std::unordered_set<std::string> seen_;   // canonical names seen so far
  std::unordered_set<std::string> named_;  // gazetteer actors named in the story
  std::vector<PersonCandidate> persons_;
  std::vector<int> cluster_of_;
  std::vector<PersonCluster> clusters_;
  // How often each capitalised word is written in the story: a typo is
  // written once (AliasResolver::Resolve).
  std::unordered_map<std::string, int> cap_counts_;
};

const GazetteerEntry* StoryScan::PickEntry(const std::vector<GazetteerEntry>* list) const {
  if (list == nullptr) return nullptr;
  for (const GazetteerEntry& e : *list) {
    if (!e.short_form) return &e;
    if (seen_.count(e.canonical)) return &e;
  }
  return nullptr;
}

// The outlet is matched as written and, for "The Korea Herald", also
// without its article ("the Korea Herald's own estimate").
void StoryScan::SetSource(std::string_view source) {
  std::vector<ActorToken> st = TokenizeForActors(source, nullptr);
  size_t words = 0;
  for (const ActorToken& t : st) words += t.word && t.cap ? 1 : 0;
  if (words == 0) return;
  source_ = TokenKey(st, 0, st.size());
  source_keys_.push_back(source_);
  source_lens_.push_back(st.size());
  if (st.size() > 1 && (st[0].norm == "The" || st[0].norm == "the")) {
    source_keys_.push_back(TokenKey(st, 1, st.size()));
    source_lens_.push_back(st.size() - 1);
  }
}

size_t StoryScan::SourceAt(size_t i, size_t end) const {
  for (size_t k = 0; k < source_keys_.size(); ++k) {
    size_t n = source_lens_[k];
    if (i + n > end || t_[i].norm.size() > source_keys_[k].size() ||
        source_keys_[k].compare(0, t_[i].norm.size(), t_[i].norm) != 0)
      continue;
    if (TokenKey(t_, i, i + n) == source_keys_[k]) return n;
  }
  return 0;
}

// A capitalised sequence ending in an organisation head word ("Commerce
// Ministry", "Bloomberg Economics"), or a head word followed by "of" and a
// capitalised sequence ("Ministry of Finance"). Returns its length in
// tokens (>= 2) or 0.
size_t StoryScan::OrgPattern(size_t i, size_t end) const {
  if (!Word(i) || !t_[i].cap) return 0;
  NameStop s = Stop(i);
  if ((s == NameStop::kFunction || s == NameStop::kPronoun || s == NameStop::kWeekday ||
       s == NameStop::kMonth) &&
      !Initial(i)) {
    // "First Albany Corp": a lead word before a company's name that ends in
    // a legal form.
    if (!m_.org_leads.count(t_[i].norm) || !Word(i + 1) || m_.org_leads.count(t_[i + 1].norm))
      return 0;
    const size_t n = OrgPattern(i + 1, end);
    return n > 0 && m_.legal_forms.count(t_[i + n].norm) ? n + 1 : 0;
  }
  size_t j = i, last = 0;
  bool of_form = false;
  if (m_.org_prefixes.count(t_[i].norm) && Word(i + 1) && t_[i + 1].cap) {
    // "Banque Nationale de Paris": the capitalised run after the head word.
    size_t k = i + 1;
    while (k < end && k - i < 8 && !(Word(k) && t_[k].cap && TitleBeforeName(k, end)) &&
           ((Word(k) && t_[k].cap) || ((Is(k, "de") || Is(k, "del") || Is(k, "do") || Is(k, "&")) &&
                                       Word(k + 1) && t_[k + 1].cap)))
      ++k;
    return k - i;
  }
  // An outlet word ends an outlet's name unless the name reads as a
  // person's ("Jim Courier").
  const bool outlet_ok = !IsFirst(i);
  size_t bracketed = 0;   // tokens of a bracket joined below: no part of the limit
  size_t joined_and = 0;  // an "and" joining two parts of a company's name, 0 if none
  bool possessive = false;
  while (j < end && j - i < 8 + bracketed) {
    if (Word(j) && t_[j].cap && !CurrencyPrefix(j)) {
      if (j > i && TitleBeforeName(j, end)) break;
      if ((IsSuffix(j) || (outlet_ok && m_.outlet_heads.count(t_[j].norm))) && j > i) last = j + 1;
      ++j;
      continue;
    }
    // Connectors inside a name: "of", "for", "and", "&", "et", "-", "'s".
    const std::string_view n = t_[j].norm;
    bool next_cap = Word(j + 1) && t_[j + 1].cap && !CurrencyPrefix(j + 1);
    // "and" joins two parts of one name ("Trade and Industry Ministry"), not
    // a complete organisation and the next name.
    size_t glen = 0;
    bool joins_names = (n == "and" || n == "&") && (last > 0 || Gaz(j + 1, end, &glen) != nullptr);
    // After a head word that is no legal form, "and", one unknown word and
    // a legal form end one company's name ("Nippon Telegraph and Telephone
    // Corp", "Harris Bank and Trust Co"); after a legal form "and" starts
    // the next name ("Ford Motor Co and Chrysler Corp").
    if (joins_names && last == j && !m_.legal_forms.count(t_[j - 1].norm) && next_cap &&
        !t_[j + 1].upper && Gaz(j + 1, end, &glen) == nullptr && !IsFirst(j + 1) && Word(j + 2) &&
        m_.legal_forms.count(t_[j + 2].norm) && !(Word(j + 3) && t_[j + 3].cap)) {
      joins_names = false;
      joined_and = j;
    }
    // "of" / "for" only after a head word ("Bank of Japan", "Institute for
    // Fiscal Studies"), never "John Casesa of Schroder & Co".
    // A legal form takes "of" only ("Edison Co of New York Inc"): "Surveys
    // Limited for The Sunday Express" names two.
    bool after_head =
        (n == "of" || (n == "for" && !m_.legal_forms.count(t_[j - 1].norm))) && IsSuffix(j - 1);
    if ((after_head || n == "and" || n == "&" || n == "de" || n == "et") && next_cap &&
        !joins_names) {
      if (after_head) of_form = true;
      ++j;
      continue;
    }
    // A possessive after a head word ends a complete name: "Talbot Inc's
    // Ferro Co unit" names the parent and its unit, two organisations.
    if (last == j && j > i + 1 && n == "'s") break;
    // So does a country's, a place's or a known organisation's possessive
    // before a name: "Sweden's Stora Kopparbergs AB", "Shell's Scallop
    // Petroleum Co" name the company after it. A legal form alone ("Co" of
    // "Sun Co's Sun Refining and Marketing Co") opens no name.
    if (n == "'s" && j == i + 1) {
      if (m_.legal_forms.count(t_[i].norm)) break;
      size_t l = 0;
      const GazetteerEntry* g = Gaz(i, end, &l);
      if (g != nullptr && l == 1 &&
          (g->kind == ActorKind::kCountry || g->kind == ActorKind::kPlace ||
           g->kind == ActorKind::kOrganization))
        break;
    }
    if ((n == "-" || n == "'s") && Joined(j) && (n == "'s" || (Joined(j + 1) && next_cap))) {
      possessive = possessive || n == "'s";
      ++j;
      continue;
    }
    // An initial inside a firm's name, "C. Itoh and Co", "Edward D. Jones &
    // Co": the dot joined to a one-letter word, further initials, then a
    // name word of two or more letters ("L.P and" is no initial).
    if (P(j, '.') && Joined(j) && t_[j - 1].norm.size() == 1 && Word(j - 1) && t_[j - 1].cap) {
      size_t k = j + 1;
      while (Word(k) && t_[k].norm.size() == 1 && t_[k].cap && Is(k + 1, ".") && Joined(k + 1))
        k += 2;
      if (Word(k) && t_[k].cap && !t_[k].upper && t_[k].norm.size() >= 2) {
        ++j;
        continue;
      }
    }
    // A partnership's names in a list, "Kidder, Peabody and Co", "Smith
    // Barney, Harris Upham and Co": one or two unknown capitalised words,
    // no given name first, a comma, then up to two more comma-separated
    // parts of one to three capitalised words, and "and" or "&" before a
    // head word. A name already complete ("Drexel Inc, Kidder and Co") or
    // another known name before the comma ("Chicago, Kidder and Co") is a
    // list item of its own. A given name alone before the comma is a
    // partner's surname ("Ryan, Beck and Co"); before another word it
    // starts a person's name.
    if (last == 0 && next_cap && j - i <= 2 && P(j, ',') && !of_form &&
        !(IsFirst(i) && j - i == 2)) {
      // A known organisation whose name goes on with the word after the
      // comma is that firm ("Goldman, Sachs and Co" for Goldman Sachs).
      bool unknown = true;
      for (size_t k = i; k < j && unknown; ++k) {
        size_t l = 0;
        const GazetteerEntry* g = Gaz(k, end, &l);
        unknown = Word(k) && t_[k].cap && !t_[k].upper &&
                  (g == nullptr || (g->kind == ActorKind::kOrganization && Word(j + 1) &&
                                    NameHasWord(g->canonical, t_[j + 1].norm)));
      }
      size_t k = j;
      for (int part = 0; unknown && part < 3 && P(k, ','); ++part) {
        size_t w = k + 1;
        while (w < end && w - (k + 1) < 3 && Word(w) && t_[w].cap && !t_[w].upper && !IsSuffix(w) &&
               !Is(w, "And"))
          ++w;
        // A part led by a given name or an initial is a firm of its own in
        // the list ("Citicorp, J.P. Morgan and Co", "Lloyds, Samuel Montagu
        // and Co").
        if (w == k + 1 || IsFirst(k + 1) || (Is(w, ".") && Joined(w))) break;
        k = w;
      }
      if (unknown && k > j && (Is(k, "and") || Is(k, "And") || Is(k, "&")) && IsSuffix(k + 1)) {
        j = k;
        continue;
      }
    }
    // A bracketed market or line of business inside a company's name, "X
    // (Singapore) Ltd", "X ( Holdings ) Ltd": one to three capitalised words
    // in brackets after a name word and before another; the name counts only
    // when a head word follows ("last" ends the name). One letter ("(M) Sdn
    // Bhd") only before at most three words that end the name with a head
    // word: elsewhere it is a trademark sign ("AccuPoint (T) Group H Strep
    // Test").
    if (n == "(" && j > i && Word(j - 1) && t_[j - 1].cap) {
      size_t k = j + 1;
      while (k < end && k - j <= 3 && Word(k) && t_[k].cap) ++k;
      bool ok = k > j + 1 && k - j <= 4 && P(k, ')') && Word(k + 1) && t_[k + 1].cap;
      // An acronym of the words before it is their short form, no part of a
      // name: "European Community (EC) Commission", "Ministry of
      // International Trade and Industry (MITI)". Its last letter begins the
      // word right before the bracket, the others words before that, in
      // order (words between may be skipped).
      if (ok && k == j + 2 && t_[j + 1].upper) {
        const std::string& a = t_[j + 1].norm;
        size_t w = j;  // the acronym's letters are matched from the last
        bool initials = Word(j - 1) && t_[j - 1].cap;
        for (size_t x = a.size(); initials && x > 0; --x) {
          const char c = a[x - 1];
          if (c < 'A' || c > 'Z') continue;
          const size_t lo = j > 12 ? j - 12 : 0;
          while (w > lo && !(Word(w - 1) && t_[w - 1].cap && t_[w - 1].norm[0] == c)) {
            if (w == j) {  // the last letter: only the word right before
              w = lo;
              break;
            }
            --w;
          }
          if (w == lo)
            initials = false;
          else
            --w;
        }
        if (initials) ok = false;
      }
      if (ok && k == j + 2 && t_[j + 1].norm.size() == 1) {
        size_t h = k + 1;
        while (h < end && h <= k + 3 && Word(h) && t_[h].cap) ++h;
        ok = IsSuffix(h - 1) && !(Word(h) && t_[h].cap);
      }
      // After a possessive the bracket is the owned company's ("Qintex
      // Inc's Qintex America (Media) Ltd"): that name starts after it.
      if (ok && !possessive) {
        bracketed += k + 1 - j;
        j = k + 1;
        continue;
      }
    }
    break;
  }
  if (of_form) {
    for (size_t c = i + 2; c < j; ++c) {
      if (!(Is(c, "and") || Is(c, "&")) || c == joined_and) continue;
      bool own_head = false;
      for (size_t d = c + 2; d < j; ++d) own_head = own_head || IsSuffix(d);
      if (own_head) {
        j = c;
        break;
      }
    }
    size_t k = j;
    while (k > i && !(Word(k - 1) && t_[k - 1].cap)) --k;
    if (k - i >= 3) return k - i;
  }
  return last > i + 1 ? last - i : 0;
}

NameRun StoryScan::ReadName(size_t j, size_t end, bool after_title, bool first_name_start) const {
  NameRun r;
  size_t k = j;
  while (k < end && r.words.size() < 4) {
    const ActorToken& tk = t_[k];
    if (!tk.word) break;
    if (!tk.cap) {
      // Particles between name words ("von der Leyen", "bin Salman").
      size_t p = k;
      while (p < end && Word(p) && !t_[p].cap && Stop(p) == NameStop::kParticle) ++p;
      if (p > k && !r.words.empty() && Word(p) && t_[p].cap && !t_[p].upper) {
        for (; k < p; ++k) r.words.push_back(t_[k].norm);
        continue;
      }
      break;
    }
    if (tk.upper) break;  // headlines, acronyms
    // A title is not a name ("Deputy General Manager of ...").
    if (k == j && m_.titles.Exact(t_, k, end).len > 0) break;
    // Another title introducing a name ends this one ("Cofinec CEO Stephen").
    if (k > j && Word(k + 1) && t_[k + 1].cap && m_.titles.Exact(t_, k, end).len > 0) break;
    NameStop s = Stop(k);
    if (s != NameStop::kNone && Initial(k)) s = NameStop::kNone;
    if (s == NameStop::kFunction || s == NameStop::kWeekday || s == NameStop::kCommon ||
        s == NameStop::kParticle)
      break;
    if (s == NameStop::kPronoun && !(after_title && !r.words.empty())) break;
    if (s == NameStop::kMonth &&
        !((after_title || first_name_start) && !r.words.empty() &&
          !(k + 1 < end && t_[k + 1].word && !t_[k + 1].cap && isdigit(t_[k + 1].norm[0]))))
      break;
    // A price after a name word ends the name before that word ("Lou Gulf
    // 1.73" in a commodity table); a score or a count does not ("Ann Lee 68").
    if (!r.words.empty() && Word(k + 1) && isdigit(static_cast<unsigned char>(t_[k + 1].norm[0])) &&
        Is(k + 2, ".") && Joined(k + 2) && Word(k + 3) && Joined(k + 3) &&
        isdigit(static_cast<unsigned char>(t_[k + 3].norm[0])))
      break;
    // A demonym or an organisation inside a name ends it.
    size_t glen = 0;
    const GazetteerEntry* ge = Gaz(k, end, &glen);
    // A one-word organisation after a given name and another name word
    // is a family name when a generational suffix follows it or the name
    // ends there ("William Clay Ford Jr.", "Henry Ford II").
    const bool family_name =
        ge != nullptr && ge->kind == ActorKind::kOrganization && glen == 1 && first_name_start &&
        !r.words.empty() &&
        (GenerationSuffix(k + 1) || (r.words.size() >= 2 && !(Word(k + 1) && t_[k + 1].cap)));
    // Not a given name opening the name that a mined list also knows as a
    // club ("Nancy Kassebaum", not AS Nancy).
    const bool given_first = ge != nullptr && r.words.empty() && first_name_start && glen == 1 &&
                             ge->type == "mined" && IsFirst(k);
    if (ge != nullptr && !family_name && !given_first &&
        (ge->form == MentionForm::kDemonym || ge->kind == ActorKind::kOrganization || glen > 1))
      break;
    // So does a country's possessive after a full name ("Secretary George
    // Shultz China's troubles"); not after one word ("Michael Jordan's").
    if (ge != nullptr && ge->kind == ActorKind::kCountry && r.words.size() >= 2 && Is(k + 1, "'s"))
      break;
    std::string w = tk.norm;
    size_t next = k + 1;
    // Initials ("W.") and hyphenated names ("Jean-Claude").
    if (w.size() == 1 && Is(next, ".") && Joined(next)) {
      w += ".";
      ++next;
    }
    // "Jean-Pierre", "Lloyd-Webber", and romanised given names with a
    // lower-case second syllable ("Min-jun", "Jae-in", "Jong-un"); never a
    // compound ("Tokyo-based", "Saudi-led", "Trump-era", "Ex-chief").
    const bool compound_only = ge != nullptr || m_.lexicon.IsCompoundWord(tk.norm);
    while (Is(next, "-") && Joined(next) && Word(next + 1) && Joined(next + 1) &&
           (t_[next + 1].cap || (!compound_only && NameSyllable(next + 1)))) {
      w += "-" + t_[next + 1].norm;
      next += 2;
    }
    r.words.push_back(w);
    k = next;
  }
  while (!r.words.empty() && Stop(k - 1) == NameStop::kParticle) {  // trailing particle
    r.words.pop_back();
    --k;
  }
  r.end = k;
  // "General Motors", "Major League Baseball"; "Banque Paribas".
  // Not a given name and a family name that is also a head word, when an
  // age or a title follows ("Jim Press, the vice chairman,", "Tom Capital,
  // 45,").
  bool head = false;
  for (size_t x = j; x < k; ++x)
    head = head || IsSuffix(x) || (Word(x) && m_.org_prefixes.count(t_[x].norm));
  if (head && !(first_name_start && k - j == 2 && IsSuffix(k - 1) &&
                (AgeAfter(k, end) || !Appositive(k, end).empty())))
    r.words.clear();
  // A title as the last word names an office of what the words before it
  // name ("the Opec President said", "Alan Moore, Lloyds Treasurer,"),
  // unless a given name starts the name ("John Major").
  if (r.words.size() >= 2 && !after_title && !first_name_start && !IsFirst(j)) {
    const TitleMatch last = m_.titles.Exact(t_, k - 1, k);
    if (last.len == 1 && last.cls != TitleClass::kHonorific) r.words.clear();
  }
  return r;
}

// Token k is a score after a team name: a number of one to three digits in
// the same sentence, not followed by a lower-case word ("Atlanta 25 people")
// or a unit-like "-" / "." / "," / ":" joined to it ("London 1996-08-30",
// "10.5", "2,000", "8:30").
bool StoryScan::IsScore(size_t k) const {
  if (!Word(k) || t_[k].sentence != t_[k - 1].sentence) return false;
  const std::string& n = t_[k].norm;
  if (n.empty() || n.size() > 3) return false;
  for (char c : n)
    if (c < '0' || c > '9') return false;
  if (k + 1 < t_.size() && t_[k + 1].sentence == t_[k].sentence) {
    const ActorToken& nx = t_[k + 1];
    if (nx.word && !nx.cap && !(nx.norm[0] >= '0' && nx.norm[0] <= '9')) return false;
    if (!nx.space_before) return false;
  }
  return true;
}

bool StoryScan::CueAfter(size_t k, size_t end) const {
  if (k >= end) return false;
  if (Is(k, "'s") && k + 1 < end) return false;
  return m_.cues_after.count(LowerAscii(t_[k].norm)) > 0;
}

bool StoryScan::CueBefore(size_t i, size_t sb) const {
  if (i > sb && m_.cues_before.count(LowerAscii(t_[i - 1].norm))) return true;
  if (i > sb + 1 && m_.cues_before.count(LowerAscii(TokenKey(t_, i - 2, i)))) return true;
  return false;
}

// ", 45 ," after a name, the sentence going on ("Ivan Petrov , 41 , was
// fined"): a person's age.
bool StoryScan::Age(size_t k) const {
  if (!Word(k)) return false;
  const std::string& n = t_[k].norm;
  if (n.empty() || n.size() > 3) return false;
  int v = 0;
  for (char c : n) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  return v >= 1 && v <= 110;
}

bool StoryScan::AgeAfter(size_t k, size_t end) const {
  if (!P(k, ',') || k + 3 >= end || !Age(k + 1) || !P(k + 2, ',')) return false;
  const ActorToken& nx = t_[k + 3];
  return (nx.word && !nx.cap && !isdigit(static_cast<unsigned char>(nx.norm[0]))) || nx.norm == "-";
}

bool StoryScan::AgeBefore(size_t i, size_t sb, size_t e, size_t se) const {
  if (i < sb + 5 || !Is(i - 1, "old") || !Is(i - 3, "year") || !P(i - 2, '-') || !P(i - 4, '-') ||
      !Joined(i - 1) || !Joined(i - 2) || !Joined(i - 3) || !Joined(i - 4) || !Age(i - 5))
    return false;
  if (e >= se || P(e, ',') || P(e, ';') || (P(e, '.') && e + 1 >= se)) return true;
  return CueAfter(e, se) || Is(e, "who") || Is(e, "was") || Is(e, "is") || Is(e, "has") ||
         Is(e, "had");
}

// "( Kenya )" after a name, as in results lists ("Ann Lee ( Kenya ) 4:01.2"):
// the country a competitor represents.
bool StoryScan::CountryInParens(size_t k, size_t end) const {
  if (!P(k, '(') || k + 2 >= end) return false;
  size_t l = 0;
  const GazetteerEntry* g = Gaz(k + 1, end, &l);
  return g != nullptr && g->kind == ActorKind::kCountry && g->form != MentionForm::kDemonym &&
         Is(k + 1 + l, ")") && !IsSuffix(k + 2 + l);
}

// ", the chief economist for Bloomberg Economics," after a name: returns
// "chief economist, Bloomberg Economics" (or "chief economist"), "" if none.
std::string StoryScan::Appositive(size_t k, size_t end) const {
  if (!Is(k, ",")) return "";
  size_t j = k + 1;
  if (Is(j, "the") || Is(j, "a") || Is(j, "an") || Is(j, "its") || Is(j, "their")) ++j;
  TitleMatch tm = m_.titles.Match(t_, j, end, [](size_t) { return true; });
  if (tm.len == 0 || tm.cls == TitleClass::kHonorific) return "";
  // ", Treasurer Paul Keating said": the title introduces the next name.
  if (Word(j + tm.len) && t_[j + tm.len].cap && !t_[j + tm.len].upper) return "";
  std::string title = TokenKey(t_, j, j + tm.len);
  size_t o = j + tm.len;
  if (Is(o, "of") || Is(o, "for") || Is(o, "at") || Is(o, "with")) {
    size_t b = o + 1, e = b;
    if (Is(b, "the") && Word(b + 1) && t_[b + 1].cap) b = e = b + 1;
    while (
        e < end && e - b < 6 &&
        ((Word(e) && t_[e].cap) || ((Is(e, "&") || Is(e, "of")) && Word(e + 1) && t_[e + 1].cap)))
      ++e;
    if (e > b) title += ", " + std::string(Surface(b, e));
  }
  return title;
}

// The title before a name that starts at token i after a portfolio: a
// title, "for" or "of", then capitalised words (and "and", "&", "the") up
// to the name ("Secretary of State for Economic Affairs Allen Wallis",
// "director for Latin America and the Caribbean Rainer Steckhan"); "" if
// none. The portfolio's mentions (a region) stay theirs.
std::string StoryScan::PortfolioTitle(size_t i, size_t sb) const {
  if (i < sb + 3 || !Word(i - 1) || !t_[i - 1].cap) return "";
  size_t b = i;
  while (b > sb && i - b < 12) {
    const size_t k = b - 1;
    if (!((Word(k) && t_[k].cap) || Is(k, "of") || Is(k, "for") || Is(k, "and") || Is(k, "&") ||
          Is(k, "the") || (Joined(k) && (P(k, '-') || P(k, '.')))))
      break;
    --b;
  }
  // A title in lower case ("director") may stand right before the run.
  for (size_t s = b > sb + 3 ? b - 3 : sb; s + 2 < i; ++s) {
    const TitleMatch tm = m_.titles.Exact(t_, s, i);
    if (tm.len == 0 || tm.cls == TitleClass::kHonorific || s + tm.len < b) continue;
    const size_t o = s + tm.len;
    if ((Is(o, "for") || Is(o, "of")) && o + 1 < i) return TokenKey(t_, s, i);
  }
  return "";
}

void StoryScan::ScanSentence(size_t sb, size_t se) {
  size_t i = sb;
  while (i < se) {
    if (!t_[i].word || owner_[i] >= 0) {
      ++i;
      continue;
    }
    // Candidates at i; the longest wins, ties in this order.
    size_t best = 0;
    Found f;
    size_t glen = 0;
    const GazetteerEntry* g = Gaz(i, se, &glen);
    // A mined one-word name that is also a common word ("Wednesday" for
    // Sheffield Wednesday) needs more than the word.
    if (g != nullptr && glen == 1 && g->type == "mined" && Stop(i) != NameStop::kNone)
      g = nullptr, glen = 0;
    // "US$ 40 billion", "A$": a country code joined to "$" is a currency.
    if (g != nullptr && Is(i + glen, "$") && Joined(i + glen)) g = nullptr, glen = 0;
    if (g != nullptr) {
      best = glen;
      f.type = Found::kGazetteer;
      f.entry = *g;
    }
    // Title (+ portfolio words) + name.
    // A department's head word ends the department's name, no portfolio:
    // "Commerce Department Under-Secretary Robert Ortner".
    auto portfolio_ok = [&](size_t k) {
      if (Stop(k) != NameStop::kNone || t_[k].upper || m_.government_heads.count(t_[k].norm))
        return false;
      const std::vector<GazetteerEntry>* e = m_.gazetteer.Find(t_[k].norm);
      return e == nullptr || e->front().kind == ActorKind::kOrganization;
    };
    for (size_t j = i + 1; g != nullptr && glen > 1 && j < i + glen; ++j) {
      TitleMatch inner = m_.titles.Match(t_, j, se, portfolio_ok);
      if (inner.len == 0 || j + inner.len < i + glen) continue;
      NameRun nr = ReadName(j + inner.len, se, true, false);
      if (nr.words.empty()) continue;
      // "U.S. Treasury Secretary Steven Mnuchin": "U.S." + the title.
      g = PickEntry(m_.gazetteer.LongestMatch(t_, i, j, &glen));
      best = g != nullptr ? glen : 0;
      if (g != nullptr) f.entry = *g;
      break;
    }
    // A title introduces a name only with a capitalised word after it: the
    // table is not consulted where none follows within a title's reach.
    const bool cap_ahead = next_cap_[i] < se && next_cap_[i] <= i + m_.titles.MaxSpan();
    TitleMatch tm = cap_ahead ? m_.titles.Match(t_, i, se, portfolio_ok) : TitleMatch();
    if (tm.len > 0) {
      NameRun nr = ReadName(i + tm.len, se, true, false);
      // A role before a lone country or place is a team or a nation
      // ("champion Germany", "rival Brazil"), not a person.
      if (tm.cls == TitleClass::kRole && nr.words.size() == 1) {
        size_t l = 0;
        if (Gaz(i + tm.len, se, &l) != nullptr && l == 1) nr.words.clear();
      }
      // A company named by its form from the name's first word on, a head
      // word or a bracket right after the name ("lead manager Morgan
      // Guaranty Ltd", "Morgan Guaranty (Switzerland) AG", "lead manager
      // Bear, Stearns and Co"); not "Secretary James Baker and Office of
      // Management".
      const bool partners = P(nr.end, ',') && nr.words.size() <= 2 && Word(nr.end + 1) &&
                            t_[nr.end + 1].cap && !IsFirst(i + tm.len);
      // "Lazard Freres et Cie", "Harrow Quill and Co": a legal form after a
      // connector.
      const bool legal = (Is(nr.end, "and") || Is(nr.end, "&") || Is(nr.end, "et")) &&
                         Word(nr.end + 1) && m_.legal_forms.count(t_[nr.end + 1].norm);
      if (!nr.words.empty() && (IsSuffix(nr.end) || P(nr.end, '(') || partners || legal) &&
          OrgPattern(i + tm.len, se) > nr.end - (i + tm.len))
        nr.words.clear();
      if (!nr.words.empty() && nr.end - i > best) {
        best = nr.end - i;
        f = Found();
        f.type = Found::kPerson;
        PersonCandidate pc;
        pc.words = nr.words;
        pc.pos = t_[i + tm.len].begin;
        if (tm.cls != TitleClass::kHonorific) {
          pc.title = TokenKey(t_, i, i + tm.len);
          f.title_alias = std::string(Surface(i, nr.end));
        }
        std::string app = Appositive(nr.end, se);
        if (app.size() > pc.title.size()) pc.title = app;
        f.b = i + tm.len;
        f.tb = i;
        f.pc = std::move(pc);
      }
    }
    size_t olen = OrgPattern(i, se);
    // "Marks & Spencer": two name words joined by a spaced "&".
    if (olen == 0 && t_[i].cap && !t_[i].upper && Stop(i) == NameStop::kNone && Is(i + 1, "&") &&
        t_[i + 1].space_before && Word(i + 2) && t_[i + 2].cap && !t_[i + 2].upper &&
        t_[i + 2].space_before && Stop(i + 2) == NameStop::kNone && !(Word(i + 3) && t_[i + 3].cap))
      olen = 3;
    if (olen > best) {
      best = olen;
      f = Found();
      f.type = Found::kOrgPattern;
      f.org = PartnershipName(i, i + olen);
    }
    // The story's own outlet, wherever the text names it.
    if (size_t slen = SourceAt(i, se);
        slen > best || (slen > 0 && slen == best && f.type != Found::kGazetteer)) {
      best = slen;
      f = Found();
      f.type = Found::kOrgPattern;
      f.org = source_;
    }
    // Person names without a title: a given name first, or a speech cue or
    // an appositive title next to the name.
    if (t_[i].cap) {
      // A given name, or an initial ("S. Waugh").
      bool first = IsFirst(i) || (t_[i].norm.size() == 1 && Is(i + 1, ".") && Joined(i + 1) &&
                                  Word(i + 2) && t_[i + 2].cap);
      // "San Paolo di Torino", "Santa Rosa", "St. Helena": a given name
      // after a saint's prefix names a place or a firm, not a person.
      if (first && i > sb) {
        const size_t p = P(i - 1, '.') && i - 1 > sb ? i - 2 : i - 1;
        for (std::string_view saint :
             {"San", "Santa", "Santo", "Sao", "São", "St", "Saint", "Ste", "Sainte", "Sankt"})
          if (Is(p, saint)) first = false;
      }
      NameRun nr = ReadName(i, se, false, first);
      size_t n = nr.words.size();
      bool ok = false;
      std::string app;
      if (n >= 2 && first) ok = true;
      if (n >= 2 && (CueAfter(nr.end, se) || CueBefore(i, sb))) ok = true;
      const bool aged = n >= 1 && (AgeAfter(nr.end, se) || AgeBefore(i, sb, nr.end, se));
      if (aged) ok = true;
      if (n >= 2 && CountryInParens(nr.end, se)) ok = true;
      if (n >= 2) {
        app = Appositive(nr.end, se);
        if (!app.empty()) ok = true;
      }
      // "Exchequer Nigel Lawson said", "for Economic Affairs Allen Wallis
      // said": a name that a given name starts inside the run is the
      // person's, the words before it a title's or a department's. So is
      // the name after a country or a region inside a sentence ("the
      // Caribbean Rainer Steckhan said"), which is no first word of a name.
      if (ok && !first && n >= 3) {
        size_t len = 0;
        const GazetteerEntry* g = Gaz(i, se, &len);
        if (i > sb && Word(i - 1) && !t_[i - 1].cap && g != nullptr && len == 1 &&
            g->form != MentionForm::kDemonym &&
            (g->kind == ActorKind::kCountry ||
             (g->kind == ActorKind::kPlace && g->type != "city" && g->type != "district")))
          ok = false;
        for (size_t k = i + 1; ok && k + 1 < nr.end; ++k)
          if (IsFirst(k) && t_[k].space_before && Word(k - 1) && t_[k - 1].cap &&
              ReadName(k, se, false, true).end == nr.end)
            ok = false;
      }
      // A given name, then a title or an age after the name, outweighs a
      // company's name read from its head word alone ("Jim Press, the vice
      // chairman," beside "Oxford University Press").
      const bool described = first && (aged || !app.empty()) && nr.end - i == best &&
                             f.type == Found::kOrgPattern && f.org != source_;
      if (ok && (nr.end - i > best || described)) {
        best = nr.end - i;
        f = Found();
        f.type = Found::kPerson;
        PersonCandidate pc;
        pc.words = nr.words;
        pc.pos = t_[i].begin;
        pc.title = app.empty() ? PortfolioTitle(i, sb) : app;
        f.b = i;
        f.tb = i;
        f.pc = std::move(pc);
      }
    }
    // A company's unit for a country or a region right after its name
    // ("Ford Australia", "GM Europe", "IBM Japan"): an organisation of its
    // own, named after the company.
    // Companies of the curated list only: not "OPEC Mexico", nor a mined
    // name ("House Iran committee", "Continental Europe"); not a compound
    // ("Ford U.S.-built").
    const bool company = f.type == Found::kGazetteer && f.entry.kind == ActorKind::kOrganization &&
                         f.entry.form != MentionForm::kDemonym &&
                         (f.entry.type == "company" || f.entry.type == "rating");
    if (company) {
      const size_t c = i + best;
      size_t clen = 0;
      const GazetteerEntry* cg =
          c < se && Word(c) && t_[c].cap && t_[c].space_before ? Gaz(c, se, &clen) : nullptr;
      if (cg != nullptr && cg->form != MentionForm::kDemonym && !CurrencyPrefix(c + clen - 1) &&
          !(Joined(c + clen) && (P(c + clen, '-') || P(c + clen, '/'))) &&
          (cg->kind == ActorKind::kCountry ||
           (cg->kind == ActorKind::kPlace && (cg->type == "region" || cg->type == "nation")))) {
        const std::string org = f.entry.canonical + " " + std::string(Surface(c, c + clen));
        f = Found();
        f.type = Found::kOrgPattern;
        f.org = org;
        best += clen;
      }
    }
    // An airline named "Air" and a country or a place ("Air China", "Air
    // New Zealand", "Air Berlin"), never the place alone.
    if (Is(i, "Air") && Word(i + 1) && t_[i + 1].cap && t_[i + 1].space_before) {
      size_t plen = 0;
      const GazetteerEntry* pg = Gaz(i + 1, se, &plen);
      if (pg != nullptr && pg->form != MentionForm::kDemonym && 1 + plen > best &&
          (pg->kind == ActorKind::kCountry || pg->kind == ActorKind::kPlace) &&
          !CurrencyPrefix(i + plen)) {
        best = 1 + plen;
        f = Found();
        f.type = Found::kOrgPattern;
        f.org = std::string(Surface(i, i + best));
      }
    }
    if (best == 0) {
      ++i;
      continue;
    }
    if (f.type == Found::kPerson) {
      f.person = static_cast<int>(persons_.size());
      persons_.push_back(f.pc);
    }
    size_t b = f.type == Found::kPerson ? f.b : i;
    size_t e = i + best;
    f.e = e;
    if (f.type != Found::kPerson) f.b = i;
    if (f.type == Found::kGazetteer) seen_.insert(f.entry.canonical);
    if (f.type == Found::kPerson) {
      // Title tokens are not mentions but are used up.
      for (size_t k = i; k < b; ++k) owner_[k] = -2;
    }
    Claim(b, e, std::move(f));
    i = e;
  }
}

// Unclaimed capitalised name words from token i (at most four, within the
// sentence): the length of the run, 0 when none.
size_t StoryScan::CapRun(size_t i, size_t se) const {
  size_t k = i;
  while (k < se && k - i < 4 && owner_[k] == -1 && Word(k) && t_[k].cap &&
         Stop(k) == NameStop::kNone && !(k > i && t_[k].upper != t_[i].upper))
    ++k;
  return k - i;
}

// Calls on_name(b, e) for every unclaimed run of tokens [b, e) that is one
// of the `learned` names (TokenKey; at most `longest` tokens), longest
// first and not followed by another capitalised word, in text order.
void StoryScan::ForEachRepeat(const std::vector<std::pair<size_t, size_t>>& sents,
                              const std::unordered_set<std::string>& learned, size_t longest,
                              const std::function<void(size_t, size_t)>& on_name) {
  if (learned.empty()) return;
  for (auto [sb, se] : sents) {
    for (size_t i = sb; i < se; ++i) {
      size_t n = std::min(CapRun(i, se), longest);
      for (; n > 0; --n)
        if (learned.count(TokenKey(t_, i, i + n)) && !(Word(i + n) && t_[i + n].cap)) break;
      if (n == 0) continue;
      on_name(i, i + n);
      i += n - 1;
    }
  }
}

// Organisations learned from descriptors: "automaker Chrysler" makes
// "Chrysler" an organisation there and wherever the story repeats it. Not
// the surname of a person the story names ("the Handelsblatt daily,
// Steckhan said" beside "Rainer Steckhan").
void StoryScan::LearnOrganizations(const std::vector<std::pair<size_t, size_t>>& sents) {
  std::unordered_set<std::string> learned;
  size_t longest = 0;
  for (auto [sb, se] : sents) {
    for (size_t i = sb + 1; i < se; ++i) {
      if (owner_[i] != -1 || !t_[i].cap) continue;
      size_t d = Is(i - 1, ",") && i >= sb + 2 ? i - 2 : i - 1;
      if (!Word(d) || t_[d].cap || !m_.org_descriptors.count(t_[d].norm)) continue;
      size_t n = CapRun(i, se);
      if (n == 0) continue;
      if (Is(i + n, "'s") || Is(i + n, "(") || Is(i + n, ",") || Is(i + n, ".") || i + n == se ||
          (Word(i + n) && !t_[i + n].cap)) {
        learned.insert(TokenKey(t_, i, i + n));
        longest = std::max(longest, n);
      }
    }
  }
  if (!learned.empty())
    for (const PersonCandidate& pc : persons_)
      if (!pc.words.empty()) learned.erase(pc.words.back());
  ForEachRepeat(sents, learned, longest, [&](size_t b, size_t e) { ClaimOrg(b, e); });
}

// A lone unknown word inside a sentence with a "lone" company cue of
// actor_org_cues.tsv next to it ("Petofi's board", "a stake in Petofi",
// "Petofi shareholders") names a company, there and wherever the story
// repeats it. Not the last word of a longer name ("Pratt and Whitney
// unit", "Pitman-Moore unit"), a word after "the", a word the story also
// writes in lower case, a gazetteer name, a given name, a title, or the
// surname of a person the story names ("Kerrel shares" beside "Anna
// Kerrel"); nor a word of an organisation it names, which names that one
// ("Saturn" beside "Saturn Corp", LinkAndTypos). The same pass over the
// tokens counts the story's capitalised words (cap_counts_).
void StoryScan::LearnCuedCompanies(const std::vector<std::pair<size_t, size_t>>& sents) {
  // Token tests and the cue first; the story-wide tests only for the few
  // words left.
  std::vector<size_t> cued;
  for (auto [sb, se] : sents) {
    for (size_t i = sb; i < se; ++i) {
      if (!t_[i].word || !t_[i].cap) continue;
      ++cap_counts_[t_[i].norm];
      if (owner_[i] != -1 || i == sb || t_[i].sentence_initial || t_[i].norm.size() < 3 ||
          (Word(i - 1) && t_[i - 1].cap) || (Word(i + 1) && t_[i + 1].cap) || !LoneCue(i, sb, se))
        continue;
      if (Is(i - 1, "the") || Is(i - 1, "and") || Is(i - 1, "&") || Is(i - 1, "of") ||
          Is(i - 1, "'s") || ((P(i - 1, '-') || P(i - 1, '/')) && Joined(i)) ||
          (P(i + 1, '-') && Joined(i + 1)) || Stop(i) != NameStop::kNone || IsFirst(i))
        continue;
      cued.push_back(i);
    }
  }
  if (cued.empty()) return;
  std::unordered_set<std::string> skip;
  for (const PersonCandidate& pc : persons_)
    if (!pc.words.empty()) skip.insert(pc.words.back());
  for (const Found& f : found_)
    if (f.type == Found::kOrgPattern || f.type == Found::kGazetteer)
      for (size_t k = f.b; k < f.e; ++k)
        if (Word(k)) skip.insert(t_[k].norm);
  std::unordered_set<std::string> learned;
  for (size_t i : cued) {
    const std::string& w = t_[i].norm;
    const std::string lw = LowerAscii(w);
    if (skip.count(w) || m_.gazetteer.Find(w) != nullptr || m_.titles.Exact(t_, i, i + 1).len > 0 ||
        m_.org_descriptors.count(lw))
      continue;
    bool lower = false;
    for (size_t k = 0; k < t_.size() && !lower; ++k)
      lower = t_[k].word && !t_[k].cap && t_[k].norm == lw;
    if (!lower) learned.insert(w);
  }
  ForEachRepeat(sents, learned, 1, [&](size_t b, size_t e) { ClaimOrg(b, e); });
}

// "( CNB )" at token k: an all-capitals word of 2-6 letters in brackets.
bool StoryScan::AcronymAt(size_t k, size_t end) const {
  if (!Is(k, "(") || k + 2 >= end || !Word(k + 1) || !t_[k + 1].upper || !Is(k + 2, ")"))
    return false;
  const std::string& a = t_[k + 1].norm;
  if (a.size() < 2 || a.size() > 6) return false;
  for (char c : a)
    if (c < 'A' || c > 'Z') return false;
  return owner_[k + 1] == -1;
}

// Acronyms defined in brackets after an organisation's name ("the Central
// Narcotics Bureau ( CNB )") name that organisation there and wherever the
// story repeats them. The name is an organisation found by its form or the
// gazetteer, and the acronym starts with the initial of one of its words.
// A capitalised run that is no organisation by its form is not one by its
// acronym alone ("Most Favoured Nation ( MFN )").
void StoryScan::LearnAcronyms(const std::vector<std::pair<size_t, size_t>>& sents) {
  std::unordered_map<std::string, std::string> learned;
  for (const Found& f : found_) {
    const bool org = f.type == Found::kOrgPattern ||
                     (f.type == Found::kGazetteer && f.entry.kind == ActorKind::kOrganization &&
                      f.entry.form != MentionForm::kDemonym);
    if (!org || !AcronymAt(f.e, t_.size()) || t_[f.e].sentence != t_[f.e - 1].sentence) continue;
    const std::string& a = t_[f.e + 1].norm;
    bool initial = false;
    for (size_t k = f.b; k < f.e; ++k) initial = initial || (Word(k) && t_[k].norm[0] == a[0]);
    if (!initial || learned.count(a)) continue;
    learned[a] = f.type == Found::kOrgPattern ? f.org : f.entry.canonical;
  }
  if (learned.empty()) return;
  for (auto [sb, se] : sents) {
    for (size_t i = sb; i < se; ++i) {
      if (owner_[i] != -1 || !Word(i) || !t_[i].upper) continue;
      auto it = learned.find(t_[i].norm);
      if (it == learned.end()) continue;
      Found f;
      f.type = Found::kOrgPattern;
      f.org = it->second;
      f.b = i;
      f.e = i + 1;
      Claim(i, i + 1, std::move(f));
    }
  }
}

// Places learned from cues: "the town of Hilltown" makes "Hilltown" a place
// there and wherever the story repeats it.
void StoryScan::LearnPlaces(const std::vector<std::pair<size_t, size_t>>& sents) {
  std::unordered_set<std::string> learned;
  size_t longest = 0;
  for (auto [sb, se] : sents) {
    for (size_t i = sb + 2; i < se; ++i) {
      if (owner_[i] != -1 || !t_[i].cap || t_[i].upper || !Is(i - 1, "of") || !Word(i - 2) ||
          t_[i - 2].cap || !m_.place_cues.count(t_[i - 2].norm))
        continue;
      size_t n = std::min<size_t>(CapRun(i, se), 3);
      if (n == 0 || (Word(i + n) && t_[i + n].cap) || Is(i + n, "'s")) continue;
      learned.insert(TokenKey(t_, i, i + n));
      longest = std::max(longest, n);
    }
  }
  ForEachRepeat(sents, learned, longest, [&](size_t b, size_t e) { ClaimPlace(b, e); });
}

// Names of two or three unknown words that stand where a results list or a
// coordination puts persons: beside a person in a list ("Ann Lee , Bo Kerr
// and Cy Dunn"), after a squad number ("4 - Bo Kerr ,"), or before the
// minute of a goal ("Bo Kerr ( 31st )"). No word of the name may be a
// gazetteer entry, an organisation word or a stop word.
void StoryScan::ListPersons(const std::vector<std::pair<size_t, size_t>>& sents) {
  auto sep = [&](size_t k) { return P(k, ',') || Is(k, "and") || P(k, ';'); };
  auto ordinal = [&](size_t k) {
    if (!Word(k) || !isdigit(static_cast<unsigned char>(t_[k].norm[0]))) return false;
    const std::string& n = t_[k].norm;
    size_t d = 0;
    while (d < n.size() && isdigit(static_cast<unsigned char>(n[d]))) ++d;
    const std::string rest = n.substr(d);
    return d <= 3 && (rest == "st" || rest == "nd" || rest == "rd" || rest == "th");
  };
  auto squad = [&](size_t i, size_t sb) {
    if (i < sb + 2 || !P(i - 1, '-') || !Word(i - 2) || t_[i - 2].norm.size() > 2) return false;
    for (char c : t_[i - 2].norm)
      if (c < '0' || c > '9') return false;
    return i - 2 == sb || P(i - 3, ',') || P(i - 3, ';') || P(i - 3, '(') || P(i - 3, '-') ||
           P(i - 3, ':');
  };
  for (auto [sb, se] : sents) {
    // Every cue needs a person in the sentence or a number (a squad number,
    // a minute).
    bool cue = false;
    for (size_t k = sb; k < se && !cue; ++k)
      cue = PersonAt(k) || (Word(k) && isdigit(static_cast<unsigned char>(t_[k].norm[0])));
    if (!cue) continue;
    for (int round = 0; round < 3; ++round) {
      bool added = false;
      for (size_t i = sb; i < se; ++i) {
        if (owner_[i] != -1 || !Word(i) || !t_[i].cap || t_[i].upper) continue;
        // The name starts at a boundary, not inside a longer capitalised
        // phrase ("Chief Executive Officer , Jo Kerr").
        if (i > sb && (Word(i - 1) && t_[i - 1].cap)) continue;
        // A list item is closed on both sides ("Ann Lee , Bo Kerr ,"), unlike
        // an appositive ("Ann Lee , Deputy Administrator for Trade").
        // "and" joins the name to what comes before it: that must be a person
        // ("Minister of Trade and Industry , Jo Kerr" is no list).
        const bool open_ok = i == sb || P(i - 1, ',') || P(i - 1, ';') || P(i - 1, '(') ||
                             P(i - 1, ':') || (Is(i - 1, "and") && PersonAt(i - 2));
        const bool after_dash = P(i - 1, '-');  // "Romania - Ivo Talmer ( 31st )"
        const bool numbered = squad(i, sb);
        if (!open_ok && !after_dash && !numbered) continue;
        NameRun nr = ReadName(i, se, false, IsFirst(i));
        const size_t n = nr.words.size();
        if (n < 2 || n > 3) continue;
        bool unknown = true;
        for (size_t k = i; k < nr.end && unknown; ++k) {
          size_t l = 0;
          unknown = owner_[k] == -1 && !(Word(k) && Gaz(k, se, &l) != nullptr);
        }
        for (size_t k = i; k < nr.end && unknown; ++k)
          unknown = !Word(k) || (t_[k].norm.size() >= 2 && m_.titles.Exact(t_, k, nr.end).len == 0);
        if (!unknown || (Word(nr.end) && t_[nr.end].cap)) continue;
        const bool close_ok =
            nr.end == se || sep(nr.end) || P(nr.end, ')') || P(nr.end, '(') || P(nr.end, '.');
        const bool left = open_ok && close_ok && i >= sb + 2 && sep(i - 1) && PersonAt(i - 2);
        const bool right = open_ok && close_ok && sep(nr.end) && PersonAt(nr.end + 1);
        const bool minute = (open_ok || after_dash) && P(nr.end, '(') && ordinal(nr.end + 1);
        const bool number =
            numbered && (nr.end == se || P(nr.end, ',') || P(nr.end, ';') || P(nr.end, '(') ||
                         P(nr.end, ')') || P(nr.end, '.') || ordinal(nr.end));
        if (!(left || right || minute || number)) continue;
        Found f;
        f.type = Found::kPerson;
        f.pc.words = nr.words;
        f.pc.pos = t_[i].begin;
        f.person = static_cast<int>(persons_.size());
        persons_.push_back(f.pc);
        f.b = i;
        f.tb = i;
        f.e = nr.end;
        Claim(i, nr.end, std::move(f));
        i = nr.end - 1;
        added = true;
      }
      if (!added) break;
    }
  }
}

// A dateline opening one of the story's first lines: a place in capitals,
// perhaps its region after a comma, then the date ("HILLTOWN , Westmark
// 1996-08-30", "HILLTOWN, March 3"). The place and the region are places.
void StoryScan::DatelinePlace(const std::vector<std::pair<size_t, size_t>>& sents) {
  for (size_t s = 0; s < sents.size() && s < 3; ++s) {
    const auto [sb, se] = sents[s];
    size_t k = sb;
    while (k < se && k - sb < 6 &&
           ((Word(k) && t_[k].upper) ||
            (k > sb && Joined(k) && (Is(k, ".") || Is(k, "-")) && Word(k - 1) && t_[k - 1].cap)))
      ++k;
    if (k == sb || owner_[sb] != -1) continue;
    size_t place_end = k;
    while (place_end > sb && Is(place_end - 1, "-")) --place_end;
    size_t rb = 0, re = 0;
    if (Is(k, ",")) {
      rb = re = k + 1;
      while (re < se && re - rb < 4 &&
             ((Word(re) && t_[re].cap && !t_[re].upper && Stop(re) != NameStop::kMonth) ||
              (Is(re, ".") && Joined(re))))
        ++re;
      k = re;
    }
    const bool iso = Word(k) && t_[k].norm.size() == 4 &&
                     isdigit(static_cast<unsigned char>(t_[k].norm[0])) && Is(k + 1, "-") &&
                     Joined(k + 1);
    const bool month = Word(k) && Stop(k) == NameStop::kMonth && Word(k + 1) &&
                       isdigit(static_cast<unsigned char>(t_[k + 1].norm[0]));
    if (!iso && !month) continue;
    bool free = true;
    for (size_t x = sb; x < place_end; ++x) free = free && owner_[x] == -1;
    if (free) ClaimPlace(sb, place_end);
    if (re > rb) {
      size_t e = re;
      while (e > rb && Is(e - 1, ".")) --e;
      bool rfree = e > rb;
      for (size_t x = rb; x < e; ++x) rfree = rfree && owner_[x] == -1;
      if (rfree) ClaimPlace(rb, e);
    }
  }
}

// Persons of the sentence scan that the story shows to be companies. A name
// (words, or a title word and one word as in "General Dynamics") is a
// company when:
//  - the story names an organisation in full whose leading words it is
//    ("Caesars World" beside "Caesars World Inc"; "General Dynamics" beside
//    "General Dynamics Corp"), or their short forms ("Con Edison" beside
//    "Consolidated Edison Co");
//  - its last or first word is a company word of actor_company_words.tsv,
//    or its last word a country or region ("Texas Commerce", "Air Lanka",
//    "Statistics Canada");
//  - a company cue of actor_org_cues.tsv stands next to it anywhere in the
//    story ("Caesars World board", "Pan Am's shares", "K Mart said its
//    sales", "Diamond Shamrock said it raised");
//  - an organisation descriptor of actor_org_descriptors.tsv that names no
//    person's trade stands right before it ("the daily Asahi Shimbun
//    said").
// A name that a given name starts needs both a full organisation or a
// company word and a cue ("Dean Witter's branch offices" beside "Dean
// Witter Reynolds Inc", "Stanley Works said it acquired"), or a cue that
// it employs someone ("Dean Witter analyst Karen Gibbs"). The
// decision holds for every mention of the name in the story, and its bare
// repeats that nothing else claimed become the company too.
void StoryScan::DemoteCompanies(const std::vector<std::pair<size_t, size_t>>& sents) {
  std::vector<std::pair<std::vector<std::string>, std::string>> full;
  for (const Found& f : found_) {
    std::string name;
    if (f.type == Found::kOrgPattern)
      name = f.org;
    else if (f.type == Found::kGazetteer && f.entry.kind == ActorKind::kOrganization &&
             f.entry.form != MentionForm::kDemonym)
      name = f.entry.canonical;
    else
      continue;
    std::vector<std::string> words;
    for (size_t k = f.b; k < f.e; ++k)
      if (Word(k)) words.push_back(t_[k].norm);
    if (words.size() >= 2) full.emplace_back(std::move(words), std::move(name));
  }
  // The full organisation whose leading words are the words of [b, e), or
  // their short forms: each word that or its first three letters or more,
  // one word written out ("Con Edison" of "Consolidated Edison Co").
  auto full_org = [&](size_t b, size_t e) -> const std::string* {
    std::vector<std::string> words;
    for (size_t k = b; k < e; ++k)
      if (Word(k)) words.push_back(t_[k].norm);
    for (const auto& [fw, name] : full) {
      if (fw.size() <= words.size()) continue;
      bool same = false, ok = true;
      for (size_t k = 0; k < words.size() && ok; ++k) {
        const std::string& w = words[k];
        if (w == fw[k])
          same = true;
        else
          ok = w.size() >= 3 && fw[k].size() > w.size() && fw[k].compare(0, w.size(), w) == 0;
      }
      if (ok && same) return &name;
    }
    return nullptr;
  };
  std::vector<size_t> sent_of(t_.size(), 0);
  for (size_t s = 0; s < sents.size(); ++s)
    for (size_t k = sents[s].first; k < sents[s].second; ++k) sent_of[k] = s;
  struct Evidence {
    bool given = false, titled = false, form = false, cue = false, employer = false;
    // A speech cue ("said it expects") counts unless a title stood before
    // the name somewhere ("spokesman Taro Okabe said it expects").
    bool speech = false, person_title = false;
    bool described = false;  // after an organisation descriptor
    std::string full;
  };
  // "Dean Witter analyst Karen Gibbs", "the Dean Witter economist": a role
  // written in lower case between the name and a person's full name, or
  // after "the" and the name; "Chris Callies of Dean Witter": the name
  // after a person and "of" or "from". Either says the name is an
  // employer, even when a given name starts it; "appointed David Drake
  // chief executive" does not.
  auto employer = [&](size_t b, size_t e) {
    if (Word(e) && !t_[e].cap) {
      const TitleMatch tm = m_.titles.Exact(t_, e, t_.size());
      if (tm.len > 0 && tm.cls == TitleClass::kRole &&
          ((PersonAt(e + tm.len) && found_[owner_[e + tm.len]].pc.words.size() >= 2) ||
           (b > 0 && (Is(b - 1, "the") || Is(b - 1, "The")))))
        return true;
    }
    return b >= 2 && (Is(b - 1, "of") || Is(b - 1, "from")) && PersonAt(b - 2);
  };
  std::unordered_map<std::string, Evidence> ev;
  for (const Found& f : found_) {
    if (f.type != Found::kPerson) continue;
    // A name of two or more words after a title, no given name first, is
    // judged alone ("sole manager Kidder Peabody said" beside "Kidder,
    // Peabody and Co").
    const size_t n = f.pc.words.size();
    const bool titled = f.tb < f.b && n == 1;
    const size_t b = titled ? f.tb : f.b;
    if (!titled && (n < 2 || (f.tb < f.b && IsFirst(f.b)))) continue;
    Evidence& e = ev[TokenKey(t_, b, f.e)];
    e.titled = titled;
    if (titled && m_.titles.Exact(t_, f.tb, f.b).len != f.b - f.tb) continue;  // portfolio words
    e.given = e.given || IsFirst(f.b) || (t_[f.b].norm.size() == 1 && Is(f.b + 1, "."));
    if (e.full.empty())
      if (const std::string* o = full_org(b, f.e)) e.full = *o;
    const std::string& first = f.pc.words.front();
    const std::string& last = f.pc.words.back();
    size_t l = 0;
    const GazetteerEntry* g = Gaz(f.e - 1, f.e, &l);
    // A country or a region, not a city: cities are surnames too ("Osamu
    // Fukushima", "Deogracias Madrid").
    const bool land =
        g != nullptr && l == 1 &&
        (g->kind == ActorKind::kCountry ||
         (g->kind == ActorKind::kPlace && g->type != "city" && g->type != "district"));
    e.form = e.form || m_.company_last.count(last) || (!titled && m_.company_first.count(first)) ||
             (!titled && land);
    // "the Japanese daily Asahi Shimbun said": an organisation descriptor
    // right before the name.
    e.described = e.described || (!titled && b > 0 && Word(b - 1) && !t_[b - 1].cap &&
                                  m_.org_descriptors.count(t_[b - 1].norm) &&
                                  !m_.person_descriptors.count(t_[b - 1].norm));
    const auto [sb, se] = sents[sent_of[b]];
    e.cue = e.cue || OrgCue(b, f.e, sb, se);
    e.speech = e.speech || SpeechCue(f.e, se);
    e.person_title = e.person_title || (!titled && f.tb < f.b);
    e.employer = e.employer || employer(b, f.e);
  }
  // Cues count at every place the story writes the name, read as a person
  // or not ("Honeywell Bull, a computer company" beside "Honeywell Bull
  // said").
  size_t longest_key = 0;
  for (const auto& [key, e] : ev)
    if (!e.titled)
      longest_key = std::max<size_t>(longest_key, std::count(key.begin(), key.end(), ' ') + 1);
  for (auto [sb, se] : sents)
    for (size_t i = sb; i < se; ++i) {
      if (!Word(i) || !t_[i].cap || (i > sb && Word(i - 1) && t_[i - 1].cap)) continue;
      for (size_t n = 2; n <= longest_key && i + n <= se; ++n) {
        if (Word(i + n) && t_[i + n].cap) continue;
        auto it = ev.find(TokenKey(t_, i, i + n));
        if (it == ev.end() || it->second.titled) continue;
        it->second.cue = it->second.cue || OrgCue(i, i + n, sb, se);
        it->second.speech = it->second.speech || SpeechCue(i + n, se);
        it->second.employer = it->second.employer || employer(i, i + n);
      }
    }
  std::unordered_map<std::string, std::string> company;  // name -> organisation
  for (auto& [key, e] : ev) {
    e.cue = e.cue || (e.speech && !e.person_title);
    const bool yes =
        e.employer || (e.given ? (!e.full.empty() || e.form) && e.cue
                               : !e.full.empty() || e.form || e.described || (e.cue && !e.titled));
    if (yes) company[key] = e.full.empty() ? key : e.full;
  }
  if (company.empty()) return;
  std::vector<PersonCandidate> kept;
  for (size_t x = 0; x < found_.size(); ++x) {
    Found& f = found_[x];
    if (f.type != Found::kPerson) continue;
    const bool titled = f.tb < f.b && f.pc.words.size() == 1;
    auto it = company.find(TokenKey(t_, titled ? f.tb : f.b, f.e));
    if (it == company.end()) {
      f.person = static_cast<int>(kept.size());
      kept.push_back(f.pc);
      continue;
    }
    f.type = Found::kOrgPattern;
    f.org = it->second;
    f.person = -1;
    f.title_alias.clear();
    if (titled) {
      for (size_t k = f.tb; k < f.b; ++k) owner_[k] = static_cast<int>(x);
      f.b = f.tb;
    }
  }
  persons_ = std::move(kept);
  std::unordered_set<std::string> learned;
  size_t longest = 0;
  for (const auto& [key, org] : company) {
    if (ev[key].titled) continue;
    learned.insert(key);
    longest = std::max<size_t>(longest, std::count(key.begin(), key.end(), ' ') + 1);
  }
  ForEachRepeat(sents, learned, longest, [&](size_t b, size_t e) {
    Found f;
    f.type = Found::kOrgPattern;
    f.org = company[TokenKey(t_, b, e)];
    f.b = b;
    f.e = e;
    Claim(b, e, std::move(f));
  });
}

const std::string* StoryScan::ShortOrgAt(size_t i, size_t se, size_t* len) const {
  const std::string* org = nullptr;
  *len = 0;
  for (const auto& [words, name] : short_orgs_) {
    if (words.size() < 2) continue;
    size_t n = 0;
    while (n + 1 < words.size() && i + n < se && owner_[i + n] == -1 && Word(i + n) &&
           t_[i + n].norm == words[n])
      ++n;
    if (n > *len && !(Word(i + n) && t_[i + n].cap)) {
      org = &name;
      *len = n;
    }
  }
  return org;
}

bool StoryScan::LoneCue(size_t i, size_t sb, size_t se) const {
  auto after = [&](size_t k) {
    return k < se && Word(k) && !t_[k].cap && m_.org_cues_lone_after.count(t_[k].norm);
  };
  if (after(i + 1) || (Is(i + 1, "'s") && Joined(i + 1) && after(i + 2))) return true;
  if (Word(i + 1) && m_.cues_after.count(t_[i + 1].norm) && Is(i + 2, "its") && after(i + 3))
    return true;
  if (i == sb || !Word(i - 1) || !m_.org_cues_lone_last.count(t_[i - 1].norm)) return false;
  for (size_t n = 1; n <= 3 && i >= sb + n; ++n) {
    bool words = true;
    for (size_t k = i - n; k < i; ++k) words = words && Word(k) && !t_[k].cap;
    if (words && m_.org_cues_lone_before.count(TokenKey(t_, i - n, i))) return true;
  }
  return false;
}

bool StoryScan::SpeechCue(size_t e, size_t se) const {
  if (e + 1 >= se || !Word(e) || !Word(e + 1) || !m_.cues_after.count(LowerAscii(t_[e].norm)))
    return false;
  bool cue = false;
  for (size_t n = 1; n <= m_.speech_len && e + 1 + n <= se && !cue; ++n)
    cue = m_.org_cues_speech.count(LowerAscii(TokenKey(t_, e + 1, e + 1 + n))) > 0;
  if (!cue) return false;
  for (size_t n = 2; n <= m_.speech_not_len && e + 1 + n <= se; ++n)
    if (m_.org_cues_speech_not.count(LowerAscii(TokenKey(t_, e + 1, e + 1 + n)))) return false;
  return true;
}

bool StoryScan::OrgCue(size_t i, size_t e, size_t sb, size_t se) const {
  auto after = [&](size_t k) {
    return k < se && Word(k) && !t_[k].cap && m_.org_cues_after.count(LowerAscii(t_[k].norm));
  };
  if (after(e)) return true;
  // "X's shares", "X's board"; "X said its net income", "X said its board".
  if (Is(e, "'s") && Joined(e) && after(e + 1)) return true;
  if (e + 2 < se && Word(e) && m_.cues_after.count(LowerAscii(t_[e].norm)) && Is(e + 1, "its") &&
      after(e + 2))
    return true;
  for (size_t n = 1; n <= 3 && i >= sb + n; ++n) {
    bool words = true;
    for (size_t k = i - n; k < i; ++k) words = words && Word(k) && !t_[k].cap;
    if (words && m_.org_cues_before.count(LowerAscii(TokenKey(t_, i - n, i)))) return true;
  }
  // ", the closely held investment concern": an appositive of lower-case
  // words (and hyphens) naming a company. A possessive ends it: "Taft, the
  // company's vice chairman" is a person.
  if (!P(e, ',') || !(Is(e + 1, "the") || Is(e + 1, "a") || Is(e + 1, "an"))) return false;
  for (size_t k = e + 2; k < se && k < e + 10; ++k) {
    if (P(k, '-')) continue;
    if (!Word(k) || t_[k].cap || Is(k + 1, "'s")) break;
    const std::string w = LowerAscii(t_[k].norm);
    if (m_.org_cues_appositive.count(w) || m_.org_descriptors.count(w)) return true;
  }
  return false;
}

// The leading words of an organisation the story names in full, where the
// sentence scan read a place, a demonym or another organisation inside them
// ("American Express" beside "American Express Co", "Union Texas" beside
// "Union Texas Petroleum Co", "Shearson Lehman" beside "Shearson Lehman
// Brothers Inc"): that organisation. At least two words, one of them
// unclaimed, so a place named in full ("New York" beside "New York Times
// Co") stays the place; the gazetteer's mentions inside become the one
// organisation's mention.
void StoryScan::RepeatOrgsOverGazetteer(size_t sb, size_t se) {
  for (size_t i = sb; i < se; ++i) {
    if (!Word(i) || !t_[i].cap || (owner_[i] >= 0 && found_[owner_[i]].b != i)) continue;
    if (owner_[i] >= 0 && found_[owner_[i]].type != Found::kGazetteer) continue;
    if (owner_[i] == -2 || (i > sb && Word(i - 1) && t_[i - 1].cap)) continue;
    const std::string* org = nullptr;
    size_t best = 0;
    for (const auto& [words, name] : short_orgs_) {
      if (words.size() < 3 || words.size() - 1 <= best) continue;
      size_t n = 0;
      bool free = false, claimed = false, ok = true;
      while (n + 1 < words.size() && i + n < se && t_[i + n].norm == words[n]) {
        const int o = owner_[i + n];
        if (o == -1) {
          free = true;
        } else if (o < 0 || found_[o].type != Found::kGazetteer || found_[o].b < i) {
          ok = false;
          break;
        } else {
          claimed = true;
        }
        ++n;
      }
      // The run ends where a gazetteer mention inside it ends.
      if (!ok || n < 2 || !free || !claimed || (Word(i + n) && t_[i + n].cap)) continue;
      if (owner_[i + n - 1] >= 0 && found_[owner_[i + n - 1]].e != i + n) continue;
      if (n > best) {
        best = n;
        org = &name;
      }
    }
    if (org == nullptr) continue;
    int keep = -1;
    for (size_t k = i; k < i + best; ++k) {
      const int o = owner_[k];
      if (o < 0 || o == keep) continue;
      if (keep < 0) {
        keep = o;
      } else {
        found_[o].b = found_[o].e = found_[keep].b;
      }
    }
    Found& f = found_[keep];
    f = Found();
    f.type = Found::kOrgPattern;
    f.org = *org;
    f.b = i;
    f.e = i + best;
    for (size_t k = i; k < i + best; ++k) owner_[k] = keep;
    i += best - 1;
  }
}

bool StoryScan::UnlistedGivenName(size_t i, size_t sb, size_t se,
                                  const std::vector<std::string>& cluster) const {
  if (i <= sb || owner_[i - 1] != -1 || !Word(i - 1)) return false;
  const ActorToken& g = t_[i - 1];
  if (!g.cap || g.upper || g.sentence_initial || Stop(i - 1) != NameStop::kNone || IsSuffix(i - 1))
    return false;
  if (cluster.size() != 1 && !(cluster.size() >= 2 && cluster.back() == t_[i].norm &&
                               cluster[cluster.size() - 2] == g.norm))
    return false;
  size_t glen = 0;
  return Gaz(i - 1, se, &glen) == nullptr && m_.titles.Exact(t_, i - 1, i).len == 0 &&
         !(Word(i - 2) && t_[i - 2].cap);
}

void StoryScan::LinkAndTypos(size_t sb, size_t se) {
  for (size_t i = sb; i < se; ++i) {
    if (owner_[i] != -1 || !t_[i].word || !t_[i].cap) continue;
    NameStop s = Stop(i);
    if (s == NameStop::kFunction || s == NameStop::kPronoun || s == NameStop::kWeekday ||
        s == NameStop::kMonth || s == NameStop::kParticle) {
      // A lead word repeats the organisation it leads ("First Eastern
      // shares" after "First Eastern Corp").
      size_t len = 0;
      const std::string* org = m_.org_leads.count(t_[i].norm) ? ShortOrgAt(i, se, &len) : nullptr;
      if (org != nullptr && len >= 2) {
        ClaimOrg(i, i + len, *org);
        i += len - 1;
      }
      continue;
    }
    // A bare surname of a person named in the story, unless it also leads
    // the name of a company the story names in full and a cue says the
    // company is meant ("Pesch interests" with "Pesch and Co" and "LeRoy
    // Pesch" in the story).
    int k = AliasResolver(&m_.lexicon)
                .LookupWord(t_[i].norm, t_[i].begin, persons_, cluster_of_, clusters_);
    if (k >= 0 && !t_[i].upper) {
      size_t len = 0;
      if (ShortOrgAt(i, se, &len) != nullptr && len == 1 && OrgCue(i, i + 1, sb, se)) k = -1;
    }
    if (k >= 0) {
      const size_t b = UnlistedGivenName(i, sb, se, clusters_[k].words) ? i - 1 : i;
      Found f;
      f.type = Found::kTypo;
      f.person = k;
      f.b = b;
      f.e = i + 1;
      Claim(b, i + 1, f);
      continue;
    }
    if (t_[i].upper || s == NameStop::kCommon) continue;
    // The leading words of an organisation the story names in full ("Corvane"
    // or "Corvane Paper" after "Corvane Paper Co"): that organisation. Not
    // when the first word is a listed given name ("James" of "James River
    // Corp" may be a person), a title ("General" of "General Electric Co") or a word
    // that describes organisations ("Bank" of "Bank of Boston Corp").
    if (!IsFirst(i) && m_.titles.Exact(t_, i, i + 1).len == 0 &&
        !m_.org_descriptors.count(t_[i].norm) && t_[i].norm.size() >= 3) {
      size_t len = 0;
      if (const std::string* org = ShortOrgAt(i, se, &len); org != nullptr) {
        ClaimOrg(i, i + len, *org);
        i += len - 1;
        continue;
      }
    }
    // Typos of known names: runs of up to three unclaimed capitalised words.
    size_t run = i;
    while (run < se && run - i < 3 && owner_[run] == -1 && Word(run) && t_[run].cap &&
           !t_[run].upper)
      ++run;
    bool done = false;
    for (size_t e = run; e > i && !done; --e) {
      if (e - i == 1 && (t_[i].sentence_initial || IsFirst(i))) break;
      std::string key = TokenKey(t_, i, e);
      int thr = TypoThreshold(key.size());
      if (thr == 0) continue;
      int best = thr + 1;
      std::string canonical;
      ActorKind kind = ActorKind::kPlace;
      int person = -1;
      bool ambiguous = false;
      auto consider = [&](const std::string& name, const std::string& canon, ActorKind kd, int p) {
        if (name.empty() || name[0] != key[0]) return;
        // Lengths further apart than the threshold are further apart in
        // edit distance too (DamerauLevenshtein would return thr + 1).
        if (name.size() > key.size() + thr || key.size() > name.size() + thr) return;
        if (key.rfind(name, 0) == 0 || name.rfind(key, 0) == 0) return;  // derived forms
        int d = DamerauLevenshtein(key, name, thr);
        if (d > thr) return;
        if (d < best) {
          best = d, canonical = canon, kind = kd, person = p, ambiguous = false;
        } else if (d == best && canon != canonical) {
          ambiguous = true;
        }
      };
      for (const GazetteerName& n : m_.gazetteer.NamesStartingWith(key[0]))
        consider(n.key, n.canonical, n.kind, -1);
      // Two spellings each written twice or more are two names, not a slip
      // ("Reagan" beside "Donald Regan ... Regan").
      if (e - i == 1)
        for (size_t c = 0; c < clusters_.size(); ++c)
          if (cap_counts_[t_[i].norm] < 2 || cap_counts_[clusters_[c].words.back()] < 2)
            consider(clusters_[c].words.back(), clusters_[c].name, ActorKind::kPerson,
                     static_cast<int>(c));
      // A short name is only a typo when the story also spells the actor
      // right ("Bejing" beside "Beijing"); a long one ("Buones Aires") is
      // distinctive enough alone.
      if (best <= thr && !ambiguous && person < 0 && key.size() < 10 && !named_.count(canonical))
        ambiguous = true;
      if (best <= thr && !ambiguous) {
        Found f;
        f.type = Found::kTypo;
        f.person = person;
        f.entry.canonical = canonical;
        f.entry.kind = kind;
        f.entry.form = MentionForm::kAlias;
        f.b = i;
        f.e = e;
        Claim(i, e, f);
        i = e - 1;
        done = true;
      }
    }
  }
}

void StoryScan::Run(ActorResult* out) {
  // Sentence token ranges.
  std::vector<std::pair<size_t, size_t>> sents;
  for (size_t i = 0; i < t_.size();) {
    size_t j = i;
    while (j < t_.size() && t_[j].sentence == t_[i].sentence) ++j;
    sents.push_back({i, j});
    i = j;
  }
  for (auto [b, e] : sents) ScanSentence(b, e);
  DemoteCompanies(sents);
  LearnAcronyms(sents);
  LearnOrganizations(sents);
  LearnPlaces(sents);
  DatelinePlace(sents);
  ListPersons(sents);
  LearnCuedCompanies(sents);  // also counts capitalised words (cap_counts_)
  AliasResolver(&m_.lexicon).Resolve(persons_, &cluster_of_, &clusters_, &cap_counts_);
  // A one-word place or country that is the surname of a person named in
  // full in the story is that person ("Michael Jordan ... Jordan scored").
  for (Found& f : found_) {
    if (f.type != Found::kGazetteer || f.e - f.b != 1 || f.entry.form != MentionForm::kName ||
        f.entry.kind == ActorKind::kOrganization)
      continue;
    for (size_t c = 0; c < clusters_.size(); ++c) {
      if (clusters_[c].words.size() >= 2 && clusters_[c].words.back() == t_[f.b].norm) {
        f.type = Found::kTypo;  // resolved to a person, form alias
        f.person = static_cast<int>(c);
        break;
      }
    }
  }
  // A city or region named as a side in a result ("Leeds 1 Southampton 0",
  // standings rows "CHICAGO 74 56 .569") is its team, an organisation.
  for (Found& f : found_)
    if (f.type == Found::kGazetteer && f.entry.kind == ActorKind::kPlace &&
        f.entry.form != MentionForm::kDemonym && IsScore(f.e))
      f.entry.kind = ActorKind::kOrganization;
  for (const Found& f : found_) {
    if (f.type == Found::kGazetteer) named_.insert(f.entry.canonical);
    // Organisations found by their form (a suffix, a descriptor) may be
    // named again by their leading words.
    if (f.type == Found::kOrgPattern && f.e - f.b >= 2) {
      std::vector<std::string> words;
      for (size_t k = f.b; k < f.e; ++k)
        if (Word(k)) words.push_back(t_[k].norm);
      // A firm named after a person with an initial ("Edward A. Viner and
      // Co") is named again by the surname and what follows it: the leading
      // given names and initials may go. Not "James River Corp" ("River").
      size_t lead = 0;
      bool initial = false;
      while (lead + 2 < words.size() &&
             (words[lead].size() == 1 || m_.lexicon.Classify(words[lead]).first)) {
        initial = initial || words[lead].size() == 1;
        ++lead;
      }
      if (initial)
        short_orgs_.emplace_back(std::vector<std::string>(words.begin() + lead, words.end()),
                                 f.org);
      if (words.size() >= 2) short_orgs_.emplace_back(std::move(words), f.org);
    }
  }
  bool long_orgs = false;  // RepeatOrgsOverGazetteer needs names of three words or more
  for (const auto& so : short_orgs_) long_orgs = long_orgs || so.first.size() >= 3;
  if (long_orgs)
    for (auto [b, e] : sents) RepeatOrgsOverGazetteer(b, e);
  for (auto [b, e] : sents) LinkAndTypos(b, e);

  std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) { return a.b < b.b; });
  std::map<std::pair<std::string, int>, size_t> actor_index;
  for (const Found& f : found_) {
    if (f.e == f.b) continue;  // merged into another (RepeatOrgsOverGazetteer)
    Mention m;
    m.begin = t_[f.b].begin;
    m.end = t_[f.e - 1].end;
    m.text = std::string(text_.substr(m.begin, m.end - m.begin));
    std::string title;
    switch (f.type) {
      case Found::kGazetteer:
        m.actor = f.entry.canonical;
        m.kind = f.entry.kind;
        m.form = f.entry.form;
        if (m.form == MentionForm::kName && m.text != m.actor) m.form = MentionForm::kAlias;
        break;
      case Found::kOrgPattern:
        m.actor = f.org;
        m.kind = ActorKind::kOrganization;
        m.form = MentionForm::kName;
        break;
      case Found::kPerson: {
        const PersonCluster& c = clusters_[cluster_of_[f.person]];
        m.actor = c.name;
        m.kind = ActorKind::kPerson;
        title = c.title;
        m.form = TokenKey(t_, f.b, f.e) == c.name ? MentionForm::kName : MentionForm::kAlias;
        break;
      }
      case Found::kTypo:
        if (f.person >= 0) {
          m.actor = clusters_[f.person].name;
          m.kind = ActorKind::kPerson;
          title = clusters_[f.person].title;
        } else {
          m.actor = f.entry.canonical;
          m.kind = f.entry.kind;
        }
        m.form = MentionForm::kAlias;
        break;
    }
    auto key = std::make_pair(m.actor, static_cast<int>(m.kind));
    auto it = actor_index.find(key);
    if (it == actor_index.end()) {
      Actor a;
      a.name = m.actor;
      a.kind = m.kind;
      a.aliases.push_back(m.actor);
      it = actor_index.emplace(key, out->actors.size()).first;
      out->actors.push_back(std::move(a));
    }
    Actor& a = out->actors[it->second];
    a.mentions++;
    if (title.size() > a.title.size()) a.title = title;
    auto add_alias = [&a](const std::string& s, bool local) {
      if (s.empty()) return;
      if (std::find(a.aliases.begin(), a.aliases.end(), s) == a.aliases.end())
        a.aliases.push_back(s);
      if (local &&
          std::find(a.local_aliases.begin(), a.local_aliases.end(), s) == a.local_aliases.end())
        a.local_aliases.push_back(s);
    };
    // Leading-word short forms ("Corvane") name the actor only within this
    // story: as aliases they would merge different organisations across
    // stories ("Rainbow" of "Rainbow Corp Ltd" and of "Rainbow Inc").
    const bool story_local = f.type == Found::kOrgPattern && m.text != f.org;
    // The gazetteer's short forms ("the Bank", "the Journal"), valid only
    // after the full name, and a person's name read as a misspelling of
    // another ("Mnuchn" for "Steven Mnuchin": the mention's last word is no
    // word of the name) are aliases of this story only (Actor::local_aliases).
    const bool local = (f.type == Found::kGazetteer && f.entry.short_form) ||
                       (m.kind == ActorKind::kPerson && !NameHasWord(m.actor, LastWord(m.text)));
    if (!story_local) add_alias(m.text, local);
    if (f.type == Found::kPerson) add_alias(f.title_alias, local);
    out->mentions.push_back(std::move(m));
  }
}

}  // namespace

ActorExtractor::ActorExtractor(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ActorExtractor::~ActorExtractor() = default;

Status ActorExtractor::Create(const RuleFiles& rules, std::unique_ptr<ActorExtractor>* out) {
  auto impl = std::make_unique<Impl>();
  WF_RETURN_IF_ERROR(impl->gazetteer.Load(rules));
  WF_RETURN_IF_ERROR(impl->lexicon.Load(rules));
  WF_RETURN_IF_ERROR(impl->titles.Load(rules));
  {
    const char* kSuffixes = "extractors/rules/actor_org_suffixes.tsv";
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords(kSuffixes, &rows));
    for (const RuleRecord& r : rows) {
      if (r.fields.empty() || r.fields[0].empty()) continue;
      const std::string pos = r.fields.size() > 2 ? r.fields[2] : "";
      if (pos == "lead") {
        impl->org_leads.insert(r.fields[0]);
        continue;
      }
      bool first = pos == "first";
      (first ? impl->org_prefixes : impl->org_suffixes).insert(r.fields[0]);
      if (!first && r.fields.size() > 1 && r.fields[1] == "legal")
        impl->legal_forms.insert(r.fields[0]);
      if (!first && r.fields.size() > 1 && r.fields[1] == "government")
        impl->government_heads.insert(r.fields[0]);
    }
  }
  {
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_org_descriptors.tsv", &rows));
    for (const RuleRecord& r : rows)
      if (!r.fields.empty() && !r.fields[0].empty()) {
        impl->org_descriptors.insert(r.fields[0]);
        if (r.fields.size() > 1 && r.fields[1] == "person")
          impl->person_descriptors.insert(r.fields[0]);
      }
  }
  {
    // Outlet words: the `word` rows of the attribution outlet table.
    const char* kOutlets = "extractors/rules/attribution_outlets.tsv";
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords(kOutlets, &rows));
    for (const RuleRecord& r : rows)
      if (r.fields.size() >= 2 && r.fields[0] == "word" && !r.fields[1].empty() &&
          !impl->org_suffixes.count(r.fields[1]))
        impl->outlet_heads.insert(r.fields[1]);
  }
  {
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords("extractors/rules/actor_place_cues.tsv", &rows));
    for (const RuleRecord& r : rows)
      if (!r.fields.empty() && !r.fields[0].empty()) impl->place_cues.insert(r.fields[0]);
  }
  {
    const char* kOrgCues = "extractors/rules/actor_org_cues.tsv";
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords(kOrgCues, &rows));
    for (const RuleRecord& r : rows) {
      const std::string pos = r.fields.size() >= 2 ? r.fields[1] : "";
      if (r.fields.empty() || r.fields[0].empty() ||
          (pos != "after" && pos != "before" && pos != "appositive" && pos != "speech"))
        return Status::InvalidInput(std::string(kOrgCues) + ":" + std::to_string(r.line) +
                                    ": expected cue<TAB>after|before|appositive|speech");
      const std::string strength = r.fields.size() >= 3 ? r.fields[2] : "";
      if (!strength.empty() && strength != "lone" && !(strength == "not" && pos == "speech"))
        return Status::InvalidInput(std::string(kOrgCues) + ":" + std::to_string(r.line) +
                                    ": the third column is empty, lone or (speech) not");
      if (strength == "not") {
        const std::string key = NameKey(r.fields[0]);
        impl->org_cues_speech_not.insert(key);
        impl->speech_not_len =
            std::max<size_t>(impl->speech_not_len, TokenizeForActors(key, nullptr).size());
        continue;
      }
      (pos == "after"        ? impl->org_cues_after
       : pos == "before"     ? impl->org_cues_before
       : pos == "appositive" ? impl->org_cues_appositive
                             : impl->org_cues_speech)
          .insert(NameKey(r.fields[0]));
      if (pos == "speech")
        impl->speech_len =
            std::max<size_t>(impl->speech_len, TokenizeForActors(r.fields[0], nullptr).size());
      if (strength == "lone" && pos == "after")
        impl->org_cues_lone_after.insert(NameKey(r.fields[0]));
      if (strength == "lone" && pos == "before") {
        const std::string key = NameKey(r.fields[0]);
        impl->org_cues_lone_before.insert(key);
        impl->org_cues_lone_last.insert(key.substr(key.rfind(' ') + 1));
      }
    }
  }
  {
    const char* kWords = "extractors/rules/actor_company_words.tsv";
    std::vector<RuleRecord> rows;
    WF_RETURN_IF_ERROR(rules.ReadRecords(kWords, &rows));
    for (const RuleRecord& r : rows) {
      const std::string pos = r.fields.size() >= 2 ? r.fields[1] : "";
      if (r.fields.empty() || r.fields[0].empty() || (pos != "first" && pos != "last"))
        return Status::InvalidInput(std::string(kWords) + ":" + std::to_string(r.line) +
                                    ": expected word<TAB>first|last");
      (pos == "first" ? impl->company_first : impl->company_last).insert(r.fields[0]);
    }
  }
  const char* kCues = "extractors/rules/actor_name_cues.tsv";
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kCues, &records));
  for (const RuleRecord& r : records) {
    if (r.fields.size() < 2 || (r.fields[1] != "after" && r.fields[1] != "before"))
      return Status::InvalidInput(std::string(kCues) + ":" + std::to_string(r.line) +
                                  ": expected cue<TAB>after|before");
    (r.fields[1] == "after" ? impl->cues_after : impl->cues_before).insert(NameKey(r.fields[0]));
  }
  out->reset(new ActorExtractor(std::move(impl)));
  return Status::OK();
}

void ActorExtractor::Extract(const DocumentView& doc, ActorResult* out) const {
  out->mentions.clear();
  out->actors.clear();
  std::vector<ActorToken> toks = TokenizeForActors(doc.text, doc.sentences);
  StoryScan scan(*impl_, doc.text, toks, doc.source);
  scan.Run(out);
  // Aliases are every name the actor is known by, not only the forms this
  // story used, so lookups ("claims --actor WSJ", "--actor Mnuchin") and
  // cross-story merging find it: the gazetteer's names, and a person's
  // surname (last name token, when it is a real word of 3+ letters).
  for (Actor& a : out->actors) {
    auto add = [&a](const std::string& alias) {
      if (!alias.empty() && std::find(a.aliases.begin(), a.aliases.end(), alias) == a.aliases.end())
        a.aliases.push_back(alias);
    };
    if (a.kind == ActorKind::kPerson) {
      const size_t space = a.name.rfind(' ');
      if (space != std::string::npos && a.name.size() - space - 1 >= 3 &&
          std::isupper(static_cast<unsigned char>(a.name[space + 1])))
        add(a.name.substr(space + 1));
    } else {
      for (const std::string& name : impl_->gazetteer.NamesOf(a.name, a.kind)) add(name);
    }
  }
}

}  // namespace wirefacts
