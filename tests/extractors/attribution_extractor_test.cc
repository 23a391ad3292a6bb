// Tests for AttributionExtractor. Actor mentions are built by hand (the
// ActorExtractor is tested on its own), with byte spans found by
// std::string::find; sentences come from a small splitter good enough for
// the test texts.
#include "extractors/attribution_extractor.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <catch2/catch.hpp>

namespace wirefacts {
namespace {

// A hand-made mention: every whole-word occurrence of `surface` not already
// covered by an earlier (longer) mention resolves to `actor`.
struct M {
  M(std::string s, std::string a, ActorKind k = ActorKind::kPerson,
    std::optional<MentionForm> f = std::nullopt)
      : surface(std::move(s)), actor(std::move(a)), kind(k), form(f) {}
  std::string surface;
  std::string actor;
  ActorKind kind = ActorKind::kPerson;
  std::optional<MentionForm> form;  // default: a name when surface is actor, else an alias
};

bool WordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

std::vector<Mention> BuildMentions(const std::string& text, const std::vector<M>& ms) {
  std::vector<Mention> out;
  for (const M& m : ms) {
    for (size_t pos = text.find(m.surface); pos != std::string::npos;
         pos = text.find(m.surface, pos + 1)) {
      size_t end = pos + m.surface.size();
      if ((pos > 0 && WordChar(text[pos - 1])) || (end < text.size() && WordChar(text[end]))) {
        continue;
      }
      bool covered = std::any_of(out.begin(), out.end(),
                                 [&](const Mention& o) { return pos < o.end && end > o.begin; });
      if (covered) continue;
      Mention mention;
      mention.begin = pos;
      mention.end = end;
      mention.text = m.surface;
      mention.actor = m.actor;
      mention.kind = m.kind;
      mention.form = m.form                 ? *m.form
                     : m.surface == m.actor ? MentionForm::kName
                                            : MentionForm::kAlias;
      out.push_back(mention);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

bool IsAbbreviation(const std::string& text, size_t dot) {
  size_t w = dot;
  while (w > 0 && !std::isspace(static_cast<unsigned char>(text[w - 1]))) --w;
  std::string word = text.substr(w, dot - w);
  if (word.find('.') != std::string::npos) return true;  // "U.S."
  static const char* kAbbr[] = {"Mr",  "Mrs", "Ms",   "Dr",  "Jan", "Feb", "Aug", "Sept", "Oct",
                                "Nov", "Dec", "Corp", "Inc", "Co",  "Sen", "Rep", "Gov",  "St"};
  for (const char* a : kAbbr) {
    if (word == a) return true;
  }
  return false;
}

// Sentences: a line end always ends one; inside a line, [.?!] (plus closing
// quotes) followed by white space and a capital or an opening quote.
std::vector<Sentence> Split(const std::string& text) {
  static const std::string kClose = "\xE2\x80\x9D", kOpen = "\xE2\x80\x9C";
  std::vector<Sentence> out;
  auto push = [&](size_t b, size_t e) {
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) out.push_back({b, e});
  };
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (text[i] != '.' && text[i] != '?' && text[i] != '!') continue;
    if (text[i] == '.' && IsAbbreviation(text, i)) continue;
    size_t j = i + 1;
    while (text.compare(j, kClose.size(), kClose) == 0 || (j < text.size() && text[j] == '"')) {
      j += text[j] == '"' ? 1 : kClose.size();
    }
    if (j >= text.size() || text[j] != ' ') continue;
    size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k < text.size() && (std::isupper(static_cast<unsigned char>(text[k])) ||
                            text.compare(k, kOpen.size(), kOpen) == 0 || text[k] == '"')) {
      push(start, j);
      start = j;
    }
  }
  push(start, text.size());
  return out;
}

struct Run {
  std::string text;
  std::vector<Sentence> sentences;
  AttributionResult result;

  const SentenceAttribution* For(int sentence) const {
    for (const auto& s : result.sentences) {
      if (s.sentence == sentence) return &s;
    }
    return nullptr;
  }
  // The sentence containing `needle`.
  int SentenceOf(const std::string& needle) const {
    size_t pos = text.find(needle);
    REQUIRE(pos != std::string::npos);
    return SentenceAt(sentences, pos);
  }
  std::string Phrase(const SentenceAttribution& s) const {
    return text.substr(s.begin, s.end - s.begin);
  }
};

const AttributionExtractor& Extractor() {
  static std::unique_ptr<AttributionExtractor> ex = [] {
    std::unique_ptr<AttributionExtractor> e;
    Status s = AttributionExtractor::Create(RuleFiles(), &e);
    INFO(s.ToString());
    REQUIRE(s.ok());
    return e;
  }();
  return *ex;
}

Run Extract(std::string text, const std::vector<M>& ms) {
  Run run;
  run.text = std::move(text);
  run.sentences = Split(run.text);
  DocumentView doc;
  doc.text = run.text;
  doc.sentences = &run.sentences;
  ActorResult actors;
  actors.mentions = BuildMentions(run.text, ms);
  Extractor().Extract(doc, actors, &run.result);
  return run;
}

constexpr ActorKind kPerson = ActorKind::kPerson;
constexpr ActorKind kOrg = ActorKind::kOrganization;
constexpr ActorKind kCountry = ActorKind::kCountry;
constexpr ActorKind kPlace = ActorKind::kPlace;

struct Case {
  const char* text;
  std::vector<M> mentions;
  int sentence;         // which sentence to check
  const char* said_by;  // nullptr: no attribution expected
  const char* cue;
  const char* cited;
  const char* phrase;  // nullptr: not checked
};

TEST_CASE("AttributionExtractor: patterns", "[attribution]") {
  const Case cases[] = {
      {"Apple's revenue rose 5%, Chief Executive Tim Cook said.",
       {{"Apple", "Apple", kOrg}, {"Tim Cook", "Tim Cook", kPerson}},
       0,
       "Tim Cook",
       "said",
       "",
       "Chief Executive Tim Cook said"},
      {"Sales fell, according to the company.",
       {},
       0,
       "the company",
       "according to",
       "",
       "according to the company"},
      {"Acme posted results on Tuesday. Sales fell, according to the company.",
       {{"Acme", "Acme Corp", kOrg}},
       1,
       "Acme Corp",
       "according to",
       "",
       nullptr},
      {"The deal is worth $2 billion, two people briefed on the talks told Reuters.",
       {{"Reuters", "Reuters", kOrg}},
       0,
       "Reuters",
       "told",
       "people familiar with the talks",
       "two people briefed on the talks told Reuters"},
      {"NEW YORK (Reuters) - The deal is worth $2 billion, two people briefed on the talks told "
       "Reuters.",
       {{"Reuters", "Reuters", kOrg}},
       0,
       "people familiar with the talks",
       "told",
       "",
       nullptr},
      {"Mnuchin said on Tuesday that tariffs would fall.",
       {{"Mnuchin", "Steven Mnuchin", kPerson}},
       0,
       "Steven Mnuchin",
       "said",
       "",
       "Mnuchin said"},
      {"\xE2\x80\x9CWe are close to a deal,\xE2\x80\x9D said Larry Kudlow, the White House "
       "economic adviser.",
       {{"Larry Kudlow", "Larry Kudlow", kPerson}, {"White House", "White House", kOrg}},
       0,
       "Larry Kudlow",
       "said",
       "",
       "said Larry Kudlow"},
      {"Exports rose 4% last year, said Jane Doe, an economist at ING.",
       {{"Jane Doe", "Jane Doe", kPerson}, {"ING", "ING", kOrg}},
       0,
       "Jane Doe",
       "said",
       "",
       nullptr},
      {"Janet Yellen, the Treasury secretary, said inflation would ease.",
       {{"Janet Yellen", "Janet Yellen", kPerson}},
       0,
       "Janet Yellen",
       "said",
       "",
       "Janet Yellen, the Treasury secretary, said"},
      {"Goldman Sachs estimated that growth would slow to 2%.",
       {{"Goldman Sachs", "Goldman Sachs", kOrg}},
       0,
       "Goldman Sachs",
       "estimated",
       "",
       nullptr},
      {"Oil prices rose 2%, analysts said.", {}, 0, "analysts", "said", "", "analysts said"},
      {"Analysts say the shares are worth $40.", {}, 0, "analysts", "said", "", nullptr},
      {"On Tuesday, a Republican senator said the talks had stalled.",
       {},
       0,
       "a Republican senator",
       "said",
       "",
       "a Republican senator said"},
      {"Microsoft announced a $10 billion buyback.",
       {{"Microsoft", "Microsoft", kOrg}},
       0,
       "Microsoft",
       "announced",
       "",
       nullptr},
      {"The company will cut 500 jobs, Bloomberg News reported on Friday, citing people "
       "familiar with the plans.",
       {{"Bloomberg News", "Bloomberg News", kOrg}},
       0,
       "Bloomberg News",
       "reported",
       "people familiar with the plans",
       "Bloomberg News reported"},
      {"Profit doubled, Smith wrote in a note to clients.",
       {{"Smith", "Ann Smith", kPerson}},
       0,
       "Ann Smith",
       "wrote",
       "",
       nullptr},
      {"Tom Smith runs the fund. Prices will rise 10%, he said.",
       {{"Tom Smith", "Tom Smith", kPerson}},
       1,
       "Tom Smith",
       "said",
       "",
       "he said"},
      {"Ford will cut jobs, according to sources familiar with the matter. The cuts could total "
       "5,000, one of the people said.",
       {{"Ford", "Ford", kOrg}},
       1,
       "people familiar with the matter",
       "said",
       "",
       "one of the people said"},
      {"Ford will cut jobs, according to sources familiar with the matter.",
       {{"Ford", "Ford", kOrg}},
       0,
       "people familiar with the matter",
       "according to",
       "",
       nullptr},
      {"Inflation hit 5%, according to Eurostat, ECB President Christine Lagarde said.",
       {{"Eurostat", "Eurostat", kOrg},
        {"ECB", "European Central Bank", kOrg},
        {"Christine Lagarde", "Christine Lagarde", kPerson}},
       0,
       "Christine Lagarde",
       "said",
       "",
       nullptr},
      {"\xE2\x80\x9CWe will not pay,\xE2\x80\x9D Smith said. \xE2\x80\x9CThe price is too "
       "high.\xE2\x80\x9D",
       {{"Smith", "John Smith", kPerson}},
       1,
       "John Smith",
       "said",
       "",
       nullptr},
      {"Mary Jones leads the union. \xE2\x80\x9CThe price is too high. We will walk "
       "away,\xE2\x80\x9D she said.",
       {{"Mary Jones", "Mary Jones", kPerson}},
       1,
       "Mary Jones",
       "said",
       "",
       nullptr},
      {"Mary Jones leads the union. \xE2\x80\x9CThe price is too high. We will walk "
       "away,\xE2\x80\x9D she said.",
       {{"Mary Jones", "Mary Jones", kPerson}},
       2,
       "Mary Jones",
       "said",
       "",
       "she said"},
      {"Apple reported revenue of $84 billion.",
       {{"Apple", "Apple", kOrg}},
       0,
       "Apple",
       "reported",
       "",
       nullptr},
      {"Economists argue it would be hard to close the gap, which they say is sustained by "
       "demand.",
       {},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      // With no organisation named before it, "the company" stays as written.
      {"The company reported a loss of $5 million.", {}, 0, "the company", "reported", "", nullptr},
      {"Jane Doe, Chief Economist at ING, said exports rose.",
       {{"Jane Doe", "Jane Doe", kPerson}, {"ING", "ING", kOrg}},
       0,
       "Jane Doe",
       "said",
       "",
       "Jane Doe, Chief Economist at ING, said"},
      // A clause between commas is not an appositive of the actor before it.
      {"China bought more from the U.S., and imports rose, said Lee.",
       {{"China", "China", kCountry},
        {"U.S.", "United States", kCountry},
        {"Lee", "Ann Lee", kPerson}},
       0,
       "Ann Lee",
       "said",
       "",
       nullptr},
      // "they" is a group of people, never the organisation named before.
      {"The Fed raised rates by 0.25 point. They said more increases may follow.",
       {{"Fed", "Federal Reserve", kOrg}},
       1,
       "they",
       "said",
       "",
       nullptr},
      {"Mnuchin told Bloomberg Television the talks went well.",
       {{"Mnuchin", "Steven Mnuchin", kPerson}, {"Bloomberg Television", "Bloomberg", kOrg}},
       0,
       "Steven Mnuchin",
       "told",
       "",
       nullptr},
      {"\"We will win,\" Lee said. \"They will lose.\"",
       {{"Lee", "Ann Lee", kPerson}},
       1,
       "Ann Lee",
       "said",
       "",
       nullptr},
      {"He said prices would rise.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Prices will rise, Lee has also said.",
       {{"Lee", "Ann Lee", kPerson}},
       0,
       "Ann Lee",
       "said",
       "",
       "Lee has also said"},
      {"The increase was better than analysts had predicted.",
       {},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      {"The issue has been resolved, according to Airbus spokesman Jaime Perez.",
       {{"Jaime Perez", "Jaime Perez", kPerson}},
       0,
       "Jaime Perez",
       "according to",
       "",
       "according to Airbus spokesman Jaime Perez"},
      // A company's whole name in brackets, found after "The" or before
      // more capitalised words.
      {"(The Harbor Mills Inc) said sales rose 5 pct.",
       {{"Harbor Mills Inc", "Harbor Mills Inc", kOrg}},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"<Harbor Mills Inc International> said sales rose 5 pct.",
       {{"Harbor Mills Inc", "Harbor Mills Inc", kOrg}},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A longer relative clause between the subject and its cue.
      {"Acme Corp, which has launched a 40 dlr a share tender offer for 83 pct of Harbor Mills "
       "Inc, said it would sell assets worth 5 mln dlrs.",
       {{"Acme Corp", "Acme Corp", kOrg}, {"Harbor Mills Inc", "Harbor Mills Inc", kOrg}},
       0,
       "Acme Corp",
       "said",
       "",
       nullptr},
      // A second verb of the sentence's subject.
      {"Acme Corp rejected the 28 dlr bid and said it would consider alternatives.",
       {{"Acme Corp", "Acme Corp", kOrg}},
       0,
       "Acme Corp",
       "said",
       "",
       nullptr},
      {"Harbor Mills said sales fell. It gave no comparison but said costs rose 4 pct.",
       {{"Harbor Mills", "Harbor Mills Inc", kOrg}},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // An organisation's document: the organisation, named or not.
      {"Delta Paper said sales fell. Costs rose 4 pct, a Harbor Mills statement said.",
       {{"Harbor Mills", "Harbor Mills Inc", kOrg}, {"Delta Paper", "Delta Paper Co", kOrg}},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       "Harbor Mills statement said"},
      {"Delta Paper said sales fell. Costs rose 4 pct, a Quillbrook survey said.",
       {{"Delta Paper", "Delta Paper Co", kOrg}},
       1,
       "Quillbrook",
       "said",
       "",
       "Quillbrook survey said"},
      // Not a day ("a Friday statement"): no organisation named.
      {"Delta Paper said sales fell. Costs rose 4 pct, a Friday statement said.",
       {{"Delta Paper", "Delta Paper Co", kOrg}},
       1,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      // A day or an adverb between the source and the cue.
      {"Acme Corp today said profit rose 5 pct.",
       {{"Acme Corp", "Acme Corp", kOrg}},
       0,
       "Acme Corp",
       "said",
       "",
       nullptr},
      // An organisation set off after its role.
      {"Lead manager for the issue, Harbor Mills Inc, said the notes yield 7.5 pct.",
       {{"Harbor Mills Inc", "Harbor Mills Inc", kOrg}},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A person's organisation and role in an appositive.
      {"A bonus of 43.25 dlrs was awarded, Lena Ortiz, Harbor Mills general sales manager, said.",
       {{"Lena Ortiz", "Lena Ortiz", kPerson}, {"Harbor Mills", "Harbor Mills Inc", kOrg}},
       0,
       "Lena Ortiz",
       "said",
       "",
       nullptr},
      // Members of a body.
      {"Senate staff members said the bill would cost 2 billion dlrs.",
       {},
       0,
       "Senate staff members",
       "said",
       "",
       nullptr},
      // "the official": the last single source, not a group noted since.
      {"Output rose, an administration official said. Officials now say talks went well. "
       "Loans rose 5 pct, the official said.",
       {},
       2,
       "an administration official",
       "said",
       "",
       nullptr},
      // Reports of the press are an unnamed source.
      {"Kaufhof wants a stake of up to 12.5 pct, Japanese press reports said.",
       {},
       0,
       "Japanese press reports",
       "said",
       "",
       nullptr},
      // "One said", "another said": one of the group named last.
      {"Prices rose 5 pct, dealers said. One said they would rise 3 pct.",
       {},
       1,
       "dealers",
       "said",
       "",
       "One said"},
      {"Costs will rise 5 pct, one expert said. Another said they would rise 3 pct.",
       {},
       1,
       "another expert",
       "said",
       "",
       "Another said"},
      // With no group named before, nobody.
      {"Acme shares rose 2 pct. One said they would rise 3 pct.",
       {},
       1,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      // A company's statement is the company the story last credited.
      {"Harbor Mills said sales fell. Costs rose 4 pct, a company statement said.",
       {{"Harbor Mills", "Harbor Mills Inc", kOrg}},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A pronoun after one opening word.
      {"Harbor Mills said sales fell. But it said costs rose 4 pct.",
       {{"Harbor Mills", "Harbor Mills Inc", kOrg}},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A part of a company named before its noun.
      {"Acme Corp's Harbor Mills unit said sales rose 5 pct.",
       {{"Acme Corp", "Acme Corp", kOrg}, {"Harbor Mills", "Harbor Mills", kOrg}},
       0,
       "Harbor Mills",
       "said",
       "",
       nullptr},
      {"Acme Corp's Harbor Mills <HBM> pipeline subsidiary said sales rose 5 pct.",
       {{"Acme Corp", "Acme Corp", kOrg}, {"Harbor Mills", "Harbor Mills", kOrg}},
       0,
       "Harbor Mills",
       "said",
       "",
       nullptr},
      // A name set off after its title.
      {"Acme Corp's chairman, John Smith, said sales rose 5 pct.",
       {{"Acme Corp", "Acme Corp", kOrg}, {"John Smith", "John Smith", kPerson}},
       0,
       "John Smith",
       "said",
       "",
       nullptr},
      // An appositive holding a place with its state.
      {"Entwistle Co, a Hudson, Mass.,-based defense contractor, said it holds 13.9 pct.",
       {{"Entwistle Co", "Entwistle Co", kOrg}, {"Hudson", "Hudson", kPlace}},
       0,
       "Entwistle Co",
       "said",
       "",
       nullptr},
      {"Champion Corp, based in Stamford, Conn., said costs rose 4 pct.",
       {{"Champion Corp", "Champion Corp", kOrg}, {"Stamford", "Stamford", kPlace}},
       0,
       "Champion Corp",
       "said",
       "",
       nullptr},
      // Not past a name of another actor: the appositive is no place.
      {"Profits rose at Acme Corp, Harbor Mills, said Lee.",
       {{"Acme Corp", "Acme Corp", kOrg},
        {"Harbor Mills", "Harbor Mills", kOrg},
        {"Lee", "Ann Lee", kPerson}},
       0,
       "Ann Lee",
       "said",
       "",
       nullptr},
      // A firm after its role in a deal.
      {"Acme Corp is raising 150 mln dlrs through an offering of notes, said lead manager Harbor "
       "Securities Inc.",
       {{"Acme Corp", "Acme Corp", kOrg}, {"Harbor Securities Inc", "Harbor Securities Inc", kOrg}},
       0,
       "Harbor Securities Inc",
       "said",
       "",
       nullptr},
      {"Talks resume on Monday, producer delegates said.",
       {},
       0,
       "producer delegates",
       "said",
       "",
       nullptr},
      {"\"We expected 22 dlrs,\" said one arbitrageur.",
       {},
       0,
       "one arbitrageur",
       "said",
       "",
       nullptr},
      {"The notes yield 9.2 pct, syndicate managers said.",
       {},
       0,
       "syndicate managers",
       "said",
       "",
       nullptr},
      {"\xE2\x80\x9CWe will not wait.\xE2\x80\x9D\nsaid Stephen Harper, Prime Minister of Canada.",
       {{"Stephen Harper", "Stephen Harper", kPerson}},
       1,
       "Stephen Harper",
       "said",
       "",
       nullptr},
      {"The Times reported that someone familiar with the situation said he was ill. The "
       "insider, who asked not to be named, said he was tired.",
       {{"The Times", "The Times", kOrg}},
       1,
       "people familiar with the situation",
       "said",
       "",
       nullptr},
      {"The Times reported that someone familiar with the situation said he was ill.",
       {{"The Times", "The Times", kOrg}},
       0,
       "The Times",
       "reported",
       "people familiar with the situation",
       "The Times reported"},
      {"Citing people familiar with the plan, The Wall Street Journal reported that the deal "
       "was off.",
       {{"The Wall Street Journal", "The Wall Street Journal", kOrg}},
       0,
       "The Wall Street Journal",
       "reported",
       "people familiar with the plan",
       nullptr},
      {"\"The market has overreacted,\" said First Chicago's Johnson.",
       {{"First Chicago", "First Chicago", kOrg}, {"Johnson", "Ed Johnson", kPerson}},
       0,
       "Ed Johnson",
       "said",
       "",
       "said First Chicago's Johnson"},
      {"Acme said on Monday that people familiar with the matter said it would grow.",
       {{"Acme", "Acme", kOrg}},
       0,
       "Acme",
       "said",
       "",
       nullptr},
      {"Profit rose 5%, the bank's chief economist said.",
       {},
       0,
       "the bank's chief economist",
       "said",
       "",
       nullptr},
      {"`` We will win , '' said Lee .",
       {{"Lee", "Ann Lee", kPerson}},
       0,
       "Ann Lee",
       "said",
       "",
       nullptr},
      {"China would buy $1 trillion, said one of the people.",
       {},
       0,
       "one of the people",
       "said",
       "",
       "said one of the people"},
      {"People familiar with the matter said the deal is worth $1 billion.",
       {},
       0,
       "people familiar with the matter",
       "said",
       "",
       nullptr},
      {"Prices will rise, a person briefed on the plans told reporters.",
       {},
       0,
       "people familiar with the plans",
       "told",
       "",
       nullptr},
      {"The plan costs $3 billion, according to a report by the Financial Times.",
       {{"Financial Times", "Financial Times", kOrg}},
       0,
       "Financial Times",
       "according to",
       "",
       nullptr},
      {"Shares rose 3%, Jones, 54, said.",
       {{"Jones", "Ed Jones", kPerson}},
       0,
       "Ed Jones",
       "said",
       "",
       nullptr},
      {"Officials with knowledge of the probe said it would end in May.",
       {},
       0,
       "people familiar with the probe",
       "said",
       "",
       nullptr},
      {"Germany said it would spend $5 billion.",
       {{"Germany", "Germany", kCountry}},
       0,
       "Germany",
       "said",
       "",
       nullptr},
      {"By agreeing to buy more from the United States, China may shift its surplus, said Ann "
       "Lee.",
       {{"United States", "United States", kCountry},
        {"China", "China", kCountry},
        {"Ann Lee", "Ann Lee", kPerson}},
       0,
       "Ann Lee",
       "said",
       "",
       "said Ann Lee"},
  };
  for (const Case& c : cases) {
    Run run = Extract(c.text, c.mentions);
    INFO(c.text);
    INFO("sentences: " << run.sentences.size());
    const SentenceAttribution* got = run.For(c.sentence);
    if (c.said_by == nullptr) {
      CHECK(got == nullptr);
      if (got) INFO("unexpected: " << got->attribution.said_by);
      continue;
    }
    REQUIRE(got != nullptr);
    CHECK(got->attribution.said_by == c.said_by);
    CHECK(got->attribution.cue == c.cue);
    CHECK(got->attribution.cited_source == c.cited);
    if (c.phrase) CHECK(run.Phrase(*got) == c.phrase);
  }
}

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    Run run = Extract(c.text, c.mentions);
    INFO(c.text);
    const SentenceAttribution* got = run.For(c.sentence);
    if (c.said_by == nullptr) {
      if (got) INFO("unexpected: " << got->attribution.said_by);
      CHECK(got == nullptr);
      continue;
    }
    REQUIRE(got != nullptr);
    CHECK(got->attribution.said_by == c.said_by);
    CHECK(got->attribution.cue == c.cue);
    CHECK(got->attribution.cited_source == c.cited);
    if (c.phrase) CHECK(run.Phrase(*got) == c.phrase);
  }
}

// One case per cue class of the issue (said, told, according to, reported,
// estimated, forecast, projected, announced, added, noted).
TEST_CASE("AttributionExtractor: cue classes", "[attribution]") {
  const M kim{"Kim Park", "Kim Park", kPerson};
  const M acme{"Acme", "Acme Corp", kOrg};
  CheckCases({
      {"Output rose 2% in May, Kim Park said.", {kim}, 0, "Kim Park", "said", "", "Kim Park said"},
      {"Kim Park told lawmakers that costs rose $4 million.",
       {kim},
       0,
       "Kim Park",
       "told",
       "",
       nullptr},
      {"Costs rose $4 million, according to Kim Park.",
       {kim},
       0,
       "Kim Park",
       "according to",
       "",
       "according to Kim Park"},
      {"Acme reported a profit of $3 million.", {acme}, 0, "Acme Corp", "reported", "", nullptr},
      {"Acme estimated the damage at $40 million.",
       {acme},
       0,
       "Acme Corp",
       "estimated",
       "",
       nullptr},
      {"Kim Park forecast growth of 3% next year.", {kim}, 0, "Kim Park", "forecast", "", nullptr},
      {"The ministry projected a deficit of 2.5% of output.",
       {{"ministry", "Finance Ministry", kOrg}},
       0,
       "Finance Ministry",
       "projected",
       "",
       nullptr},
      {"Acme announced a $2 billion buyback on Tuesday.",
       {acme},
       0,
       "Acme Corp",
       "announced",
       "",
       nullptr},
      {"Margins will improve next year, Kim Park added.",
       {kim},
       0,
       "Kim Park",
       "said",
       "",
       nullptr},
      {"Prices fell 1% in March, Kim Park noted.", {kim}, 0, "Kim Park", "said", "", nullptr},
      // "than analysts expected" compares; it credits nobody.
      {"Sales rose 9%, more than analysts had estimated.",
       {},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: pronouns carry the last person named", "[attribution]") {
  const M lena{"Lena Ortiz", "Lena Ortiz", kPerson};
  const M ortiz{"Ortiz", "Lena Ortiz", kPerson};
  CheckCases({
      // The speaker of an earlier sentence.
      {"Lena Ortiz spoke in Lima on Monday. The deficit will reach 3% next year, she said.",
       {lena},
       1,
       "Lena Ortiz",
       "said",
       "",
       "she said"},
      // The subject of an earlier sentence.
      {"Lena Ortiz met bankers on Monday. Rates would rise, she said.",
       {lena},
       1,
       "Lena Ortiz",
       "said",
       "",
       nullptr},
      // The most recent of two people.
      {"Tom Reyes left. Lena Ortiz took over, and she said costs fell 5%.",
       {{"Tom Reyes", "Tom Reyes", kPerson}, lena},
       1,
       "Lena Ortiz",
       "said",
       "",
       nullptr},
      {"\xE2\x80\x9CWe expect 4% growth,\xE2\x80\x9D Ortiz said. \xE2\x80\x9CMaybe "
       "more.\xE2\x80\x9D "
       "She added that costs would rise $2 billion.",
       {lena, ortiz},
       2,
       "Lena Ortiz",
       "said",
       "",
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: it and the company stand for the organisation credited",
          "[attribution]") {
  const M acme{"Harbor Mills", "Harbor Mills Inc", kOrg};
  const M beta{"Delta Paper", "Delta Paper Co", kOrg};
  const M bank{"First Lakes Bank", "First Lakes Bank", kOrg};
  CheckCases({
      // The organisation credited earlier, not the object named since.
      {"Harbor Mills said it bought Delta Paper. It said the deal was worth $40 million.",
       {acme, beta},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       "It said"},
      {"Harbor Mills said it bought Delta Paper. Sales will rise 5%, it said.",
       {acme, beta},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       "it said"},
      {"Harbor Mills said it bought Delta Paper. The company said sales would rise 5%.",
       {acme, beta},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // Nothing credited yet: an organisation of this or the last sentence.
      {"Delta Paper cut 200 jobs. It said costs fell 3%.",
       {beta},
       1,
       "Delta Paper Co",
       "said",
       "",
       nullptr},
      // A noun the nearest organisation's name holds points at it.
      {"Harbor Mills said it borrowed from First Lakes Bank. The bank said the loan was $5 "
       "million.",
       {acme, bank},
       1,
       "First Lakes Bank",
       "said",
       "",
       nullptr},
      // The organisation credited before, when its name holds the noun,
      // over another named since ("the exchange" after the Harbor Stock
      // Exchange spoke, though the Securities and Exchange Board was named).
      {"Harbor Stock Exchange said it fined a broker. The Securities and Exchange Board "
       "agreed. The exchange said the fine was $5 million.",
       {{"Harbor Stock Exchange", "Harbor Stock Exchange", kOrg},
        {"Securities and Exchange Board", "Securities and Exchange Board", kOrg}},
       2,
       "Harbor Stock Exchange",
       "said",
       "",
       nullptr},
      // Else the last organisation named whose name holds it, not the
      // nearest ("The ministry said" after a commission was named).
      {"Output will grow 2%, the Finance Ministry said. The Budget Commission made the forecast. "
       "The ministry said prices would rise 3%.",
       {{"Finance Ministry", "Finance Ministry", kOrg},
        {"Budget Commission", "Budget Commission", kOrg}},
       2,
       "Finance Ministry",
       "said",
       "",
       nullptr},
      // Words before the noun: the organisation whose name holds them all,
      // else the phrase as written.
      {"Harbor Mills said it borrowed from First Lakes Bank. Prices rose 2%, the central bank "
       "said.",
       {acme, bank},
       1,
       "the central bank",
       "said",
       "",
       nullptr},
      {"Prices rose 2% in Brazil, the Central Bank of Brazil said. Output fell 1%, the central "
       "bank said.",
       {{"Central Bank of Brazil", "Central Bank of Brazil", kOrg}},
       1,
       "Central Bank of Brazil",
       "said",
       "",
       nullptr},
      {"At the time the company said it would buy 3 mln shares.",
       {},
       0,
       "the company",
       "said",
       "",
       nullptr},
      // A business described ("the Duluth-based company"): the one credited.
      {"Harbor Mills said sales fell. Net income was $5 million, the Duluth-based company said.",
       {acme},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"Harbor Mills said sales fell. Costs rose 3 pct, the textile maker said.",
       {acme},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // An organisation named between "the" and the noun speaks, not the
      // one credited last.
      {"Harbor Mills said sales fell. Delta Paper said it bid for Harbor Mills. Profit rose 9 "
       "pct, the Harbor chain reported.",
       {acme, beta, {"Harbor", "Harbor Mills Inc", kOrg}},
       2,
       "Harbor Mills Inc",
       "reported",
       "",
       "the Harbor chain reported"},
      // Not a group named after its people.
      {"Harbor Mills said sales fell. The Hunt group said it holds 9 pct.",
       {acme},
       1,
       "the Hunt group",
       "said",
       "",
       nullptr},
      // A public body's noun never stands for the company credited last.
      {"Harbor Mills said sales fell. Output fell 3 pct, the ministry said.",
       {acme},
       1,
       "the ministry",
       "said",
       "",
       nullptr},
      {"Harbor Mills said sales fell. Wages rose 2 pct, the union said.",
       {acme},
       1,
       "the union",
       "said",
       "",
       nullptr},
      // Nor does the body a source sits on speak for it: the source does.
      {"Harbor Mills said sales fell. \"Rates will rise 2 pct,\" one banker on the committee "
       "said.",
       {acme},
       1,
       "one banker on the committee",
       "said",
       "",
       nullptr},
      {"Harbor Mills said sales fell. Output rose 4 pct, sources at the trade ministry said.",
       {acme},
       1,
       "sources at the trade ministry",
       "said",
       "",
       nullptr},
      // A newspaper whose name holds a day.
      {"Harbor Daily Today said it sold 5 pct more copies.",
       {{"Harbor Daily Today", "Harbor Daily Today", kOrg}},
       0,
       "Harbor Daily Today",
       "said",
       "",
       nullptr},
      // A spokesman for the company is the company's.
      {"Harbor Mills said sales fell. Costs rose 4 pct, a spokesman for the company said.",
       {acme},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A document is the organisation the story last credited.
      {"Harbor Mills said sales fell. The report said costs rose 4%.",
       {acme},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"The annual report said costs rose 4%.", {}, 0, "the annual report", "said", "", nullptr},
      // A person credited is no antecedent of "it"; with no organisation
      // in sight "it" credits nobody.
      {"Lena Ortiz spoke on Monday. Prices rose 2%, it said.",
       {{"Lena Ortiz", "Lena Ortiz", kPerson}},
       1,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: brackets around or after a name", "[attribution]") {
  const M mill{"Harbor Mills Inc", "Harbor Mills Inc", kOrg};
  const M paper{"Delta Paper", "Delta Paper Co", kOrg};
  const M kim{"Dana Kim", "Dana Kim", kPerson};
  CheckCases({
      {"<Harbor Mills Inc> said sales rose 5 pct.",
       {mill},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A ticker written in lower case, as some stories are.
      {"Harbor Mills Inc <hmil> said sales rose 5 pct.",
       {mill},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"(Harbor Mills Inc) said sales rose 5 pct.",
       {mill},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"Harbor Mills Inc (HMI.N) said sales rose 5 pct.",
       {mill},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"<Harbor Mills Inc> (HMI) reported sales of 40 mln dlrs.",
       {mill},
       0,
       "Harbor Mills Inc",
       "reported",
       "",
       nullptr},
      {"Sen. Dana Kim (D-Ore.) said costs would rise 2 pct.",
       {kim},
       0,
       "Dana Kim",
       "said",
       "",
       nullptr},
      // The organisation credited in brackets is what "it" stands for later.
      {"<Harbor Mills Inc> said it bought Delta Paper. It said the price was 40 mln dlrs.",
       {mill, paper},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"Harbor Mills Inc <HMI.N> said sales rose 5 pct.",
       {mill},
       0,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A parenthetical of several words is no tag of a name.
      {"Harbor Mills Inc (which makes paper) said sales rose 5 pct.",
       {mill},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: a person before an affiliation", "[attribution]") {
  const M firm{"Harbor Securities", "Harbor Securities Inc", kOrg};
  const M kim{"Dana Kim", "Dana Kim", kPerson};
  CheckCases({
      {"Profits will rise 5 pct, Dana Kim of Harbor Securities said.",
       {kim, firm},
       0,
       "Dana Kim",
       "said",
       "",
       "Dana Kim of Harbor Securities said"},
      {"Analyst Dana Kim at the Harbor Securities said profits would rise 5 pct.",
       {kim, firm},
       0,
       "Dana Kim",
       "said",
       "",
       "Analyst Dana Kim at the Harbor Securities said"},
      {"Dana Kim in Oslo said prices fell 2 pct.",
       {kim, {"Oslo", "Oslo", kPlace}},
       0,
       "Dana Kim",
       "said",
       "",
       nullptr},
      // No person before the affiliation: the organisation.
      {"The chief economist of Harbor Securities said profits would rise 5 pct.",
       {firm},
       0,
       "Harbor Securities Inc",
       "said",
       "",
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: they and the officials stand for a group of people",
          "[attribution]") {
  const M outlet{"Reuters", "Reuters", kOrg};
  const M mill{"Harbor Mills", "Harbor Mills Inc", kOrg};
  const M kim{"Dana Kim", "Dana Kim", kPerson};
  CheckCases({
      // The group named before in the same sentence, not the dateline's outlet.
      {"OSLO (Reuters) - Grain dealers put the harvest at 2 mln tonnes, and they said exports "
       "would fall 10 pct.",
       {outlet},
       0,
       "Grain dealers",
       "said",
       "",
       "they said"},
      // ... or in the previous sentence, credited or not.
      {"Harbor Mills cut prices. Analysts expect sales to fall 4 pct. They said margins would "
       "narrow.",
       {mill},
       2,
       "analysts",
       "said",
       "",
       nullptr},
      {"Bankers said rates would rise. Harbor Mills borrowed $5 mln. Costs rose 2 pct, they said.",
       {mill},
       2,
       "bankers",
       "said",
       "",
       nullptr},
      // One person is no antecedent; with no group in sight "they" stays as written.
      {"Dana Kim runs Harbor Mills. Sales will rise 5 pct, they said.",
       {kim, mill},
       1,
       "they",
       "said",
       "",
       "they said"},
      // A plural back-reference takes the matching group named before, not
      // the singular source credited since.
      {"Company officials estimate output at 40,000 tonnes. A company spokesman said exports "
       "rose 3 pct. The officials said prices would hold.",
       {},
       2,
       "Company officials",
       "said",
       "",
       "The officials said"},
      {"A company spokesman said exports rose 3 pct. The officials said prices would hold.",
       {},
       1,
       "officials",
       "said",
       "",
       nullptr},
      // The same head credited last.
      {"Traders said stocks fell 2 pct. The traders said volume was thin at 3 mln shares.",
       {},
       1,
       "traders",
       "said",
       "",
       nullptr},
      // "the people" still refers back to people familiar with a matter.
      {"Harbor Mills will cut 300 jobs, according to officials familiar with the plan. The "
       "officials said the cuts start in May.",
       {mill},
       1,
       "people familiar with the plan",
       "said",
       "",
       nullptr},
      {"Harbor Mills will cut 300 jobs, people familiar with the plan said. Costs will fall 5 "
       "pct, they said.",
       {mill},
       1,
       "people familiar with the plan",
       "said",
       "",
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: before any credit, it is the lead's subject", "[attribution]") {
  const M mill{"Harbor Mills", "Harbor Mills Inc", kOrg};
  const M parent{"Delta Holdings", "Delta Holdings PLC", kOrg};
  const M outlet{"Xinhua", "Xinhua", kOrg};
  CheckCases({
      {"Harbor Mills, a unit of Delta Holdings, returned to profit last year. It said sales rose "
       "5 pct.",
       {mill, parent},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"Harbor Mills, a unit of Delta Holdings, returned to profit last year. The company said "
       "sales rose 5 pct.",
       {mill, parent},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // The owner is not the subject when the organisation it owns follows.
      {"Delta Holdings' unit Harbor Mills returned to profit. It said sales rose 5 pct.",
       {mill, parent},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      {"Delta Holdings's wholly owned unit Harbor Mills returned to profit. It said sales rose 5 "
       "pct.",
       {mill, parent},
       1,
       "Harbor Mills Inc",
       "said",
       "",
       nullptr},
      // A lead an outlet relays: "it" is the outlet.
      {"Harbor Mills signed a contract with Delta Holdings, Xinhua said. It said the deal was "
       "worth 2 mln dlrs.",
       {mill, parent, outlet},
       1,
       "Xinhua",
       "said",
       "",
       nullptr},
      // Though the sentence before names another organisation.
      {"Harbor Mills will buy engines from Delta Holdings, the Xinhua news agency said. The "
       "order includes parts from Delta Holdings. It said the deal was worth 2 mln dlrs.",
       {mill, parent, {"Xinhua news agency", "Xinhua", kOrg}},
       2,
       "Xinhua",
       "said",
       "",
       nullptr},
      // "the paper" is the relayed newspaper, even after another credit.
      {"Harbor Mills will close two plants, the Harbor Daily reported on Friday. Delta Holdings "
       "said it would buy one. The paper said the plants employ 900 people.",
       {mill, parent, {"Harbor Daily", "Harbor Daily", kOrg}},
       2,
       "Harbor Daily",
       "said",
       "",
       nullptr},
      // A lead that does not open with an organisation has no subject to offer.
      {"Sales of paper rose at Harbor Mills. Delta Holdings bought paper. It said prices fell 2 "
       "pct.",
       {mill, parent},
       2,
       "Delta Holdings PLC",
       "said",
       "",
       nullptr},
  });
}

// A name no actor list knows still speaks, as written, through a verb of
// saying right after it at a clause's start.
TEST_CASE("AttributionExtractor: names no list knows", "[attribution]") {
  CheckCases({
      {"Construction fell three pct in January, Dodgson said.",
       {},
       0,
       "Dodgson",
       "said",
       "",
       nullptr},
      {"USX said output fell 4 pct.", {}, 0, "USX", "said", "", nullptr},
      {"S and P said downgrades rose 60 pct.", {}, 0, "S and P", "said", "", nullptr},
      {"But Exporters said sales fell 3 pct.", {}, 0, "Exporters", "said", "", nullptr},
      {"Yesterday Tollbrook said sales rose 2 pct.", {}, 0, "Tollbrook", "said", "", nullptr},
      {"Acme won a 57 mln dlr contract, the Navy said.", {}, 0, "Navy", "said", "", nullptr},
      // A short form of an organisation the story names is that one.
      {"Tollbrook Steel Corp cut prices. Tollbrook said sales fell 4 pct.",
       {{"Tollbrook Steel Corp", "Tollbrook Steel Corp", kOrg}},
       1,
       "Tollbrook Steel Corp",
       "said",
       "",
       nullptr},
      // One that speaks of itself as "it" is what "it said" stands for.
      {"Dodgson said its board met. It said the dividend rose 10 pct.",
       {},
       1,
       "Dodgson",
       "said",
       "",
       nullptr},
      // So is an organisation as written when no named one was credited.
      {"The Italian treasury said it would offer bills. It said the yield was 9.30 pct.",
       {},
       1,
       "the Italian treasury",
       "said",
       "",
       nullptr},
      // Not a determiner, a pronoun, a month, nor a word before a noun.
      {"The forecast was based on a rate of 160 yen.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Total estimated output was 408 mln barrels.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Value added tax will rise 2 pct.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Private reports said prices rose 1 pct.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Output rose 2 pct, May said.", {}, 0, nullptr, nullptr, nullptr, nullptr},
      {"Beghin-Say estimates the plant would cost 80 mln dlrs.",
       {},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      // Nor in the middle of a clause.
      {"The plan that Tollbrook said would cut costs 5 pct was dropped.",
       {},
       0,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
      // Nor the first of two speakers joined by "and".
      {"Minister of Trade and Lena Ortiz said tariffs would fall 5 pct.",
       {{"Lena Ortiz", "Lena Ortiz", kPerson}},
       0,
       "Lena Ortiz",
       "said",
       "",
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: quotations across sentences", "[attribution]") {
  const M lena{"Lena Ortiz", "Lena Ortiz", kPerson};
  const M ortiz{"Ortiz", "Lena Ortiz", kPerson};
  const std::string kO = "\xE2\x80\x9C", kC = "\xE2\x80\x9D";
  // Speaker named at the end of a three-sentence quotation.
  const std::string end_named =
      kO + "Exports fell 4%. Imports held up. That is good news," + kC + " Lena Ortiz said.";
  // Speaker named at its start.
  const std::string start_named =
      "Lena Ortiz said: " + kO + "Exports fell 4%. Imports held up. We will do better." + kC;
  // A new quotation after "..., she said." in the same paragraph continues her.
  const std::string follow = "Lena Ortiz runs the agency. " + kO + "Exports fell," + kC +
                             " she said. " + kO + "Imports rose 3%." + kC;
  // Not across a paragraph with another speaker's cue.
  const std::string other = kO + "Exports fell," + kC + " Ortiz said.\nTom Reyes disagreed. " + kO +
                            "Imports rose 3%." + kC;
  CheckCases({
      {end_named.c_str(), {lena}, 0, "Lena Ortiz", "said", "", nullptr},
      {end_named.c_str(), {lena}, 1, "Lena Ortiz", "said", "", nullptr},
      {start_named.c_str(), {lena}, 1, "Lena Ortiz", "said", "", nullptr},
      {start_named.c_str(), {lena}, 2, "Lena Ortiz", "said", "", nullptr},
      {follow.c_str(), {lena}, 2, "Lena Ortiz", "said", "", nullptr},
      {other.c_str(),
       {{"Tom Reyes", "Tom Reyes", kPerson}, ortiz},
       2,
       nullptr,
       nullptr,
       nullptr,
       nullptr},
  });
}

TEST_CASE("AttributionExtractor: unnamed sources and relays", "[attribution]") {
  const M bloomberg{"Bloomberg", "Bloomberg", kOrg};
  const M ft{"Financial Times", "Financial Times", kOrg};
  CheckCases({
      {"The merger values Acme at $9 billion, people familiar with the matter said.",
       {},
       0,
       "people familiar with the matter",
       "said",
       "",
       nullptr},
      {"Tariffs may rise to 25%, officials said.", {}, 0, "officials", "said", "", nullptr},
      // A place or affiliation after the head stays in the source's name.
      {"Exports may rise 4%, officials in Lima said.",
       {{"Lima", "Lima", kPlace}},
       0,
       "officials in Lima",
       "said",
       "",
       nullptr},
      {"Margins could fall 2%, analysts at Acme Bank said.",
       {{"Acme Bank", "Acme Bank", kOrg}},
       0,
       "analysts at Acme Bank",
       "said",
       "",
       nullptr},
      // A named organisation alone is still the speaker.
      {"Margins could fall 2%, Acme Bank said.",
       {{"Acme Bank", "Acme Bank", kOrg}},
       0,
       "Acme Bank",
       "said",
       "",
       nullptr},
      {"Analysts said margins could fall 2 points.", {}, 0, "analysts", "said", "", nullptr},
      {"The fund lost $300 million, a source close to the company said.",
       {},
       0,
       "people familiar with the company",
       "said",
       "",
       nullptr},
      {"The budget rises 4% next year, two government sources told reporters.",
       {},
       0,
       "two government sources",
       "told",
       "",
       nullptr},
      {"Acme will cut 5% of jobs, Bloomberg reported, citing people familiar with the plans.",
       {bloomberg},
       0,
       "Bloomberg",
       "reported",
       "people familiar with the plans",
       nullptr},
      {"Officials familiar with the talks said a deal was near. The offer is worth $1 billion, one "
       "of the "
       "people told Bloomberg.",
       {bloomberg},
       1,
       "Bloomberg",
       "told",
       "people familiar with the talks",
       nullptr},
      // Telling an organisation that is no outlet relays nothing.
      {"The investors told the Harbor Commission they hold 9 pct.",
       {{"Harbor Commission", "Harbor Commission", kOrg}},
       0,
       "investors",
       "told",
       "",
       nullptr},
      {"The offer is worth $1 billion, according to a report in the Financial Times.",
       {ft},
       0,
       "Financial Times",
       "according to",
       "",
       nullptr},
  });
}

// An outlet or pollster that asked a group is not who spoke: the group is.
TEST_CASE("AttributionExtractor: a polled group, not its pollster", "[attribution]") {
  const M wire{"Reuters", "Reuters", kOrg};
  const M daily{"Harbor Daily", "Harbor Daily", kOrg};
  const M bank{"Pinecrest Bank", "Pinecrest Bank", kOrg};
  CheckCases({
      {"Economists polled by Reuters said money supply would grow 3 pct.",
       {wire},
       0,
       "economists polled by Reuters",
       "said",
       "",
       "Economists polled by Reuters said"},
      {"Profit may rise 12 pct this year, fund analysts surveyed by Harbor Daily said.",
       {daily},
       0,
       "fund analysts surveyed by Harbor Daily",
       "said",
       "",
       nullptr},
      // A group without a head word of its own, read back to the clause.
      {"Lending rates will ease by half a point, trading banks polled by Reuters said.",
       {wire},
       0,
       "trading banks polled by Reuters",
       "said",
       "",
       "trading banks polled by Reuters said"},
      {"Shopkeepers questioned by Harbor Daily estimated that sales fell 4 pct.",
       {daily},
       0,
       "shopkeepers questioned by Harbor Daily",
       "estimated",
       "",
       nullptr},
      {"Most of the 14 economists polled by Reuters forecast growth of 2 pct.",
       {wire},
       0,
       "14 economists polled by Reuters",
       "forecast",
       "",
       nullptr},
      {"Prices will fall 3 pct, said dealers contacted by Harbor Daily.",
       {daily},
       0,
       "dealers contacted by Harbor Daily",
       "said",
       "",
       nullptr},
      {"Output rose 5 pct in May, according to a Reuters survey of oil traders.",
       {wire},
       0,
       "oil traders",
       "according to",
       "",
       nullptr},
      {"Output rose 5 pct in May, according to the Harbor Daily poll of 30 economists.",
       {daily},
       0,
       "30 economists",
       "according to",
       "",
       nullptr},
      // A survey with no group named stays its outlet's.
      {"Output rose 5 pct in May, according to the Reuters survey.",
       {wire},
       0,
       "Reuters",
       "according to",
       "",
       nullptr},
      // Poll words away from the cue change nothing.
      {"Pinecrest Bank, which was surveyed by Harbor Daily last year, said deposits rose 2 pct.",
       {bank, daily},
       0,
       "Pinecrest Bank",
       "said",
       "",
       nullptr},
      // "they" stands for the polled group.
      {"Profit will rise 10 pct, analysts polled by Reuters said. They forecast a dividend of "
       "20 cents.",
       {wire},
       1,
       "analysts polled by Reuters",
       "forecast",
       "",
       nullptr},
      // A clause word opening the sentence is not part of an unnamed source.
      {"But analysts said margins could fall 2 points.", {}, 0, "analysts", "said", "", nullptr},
  });
}

// Two sources of one cue joined by "and" are both credited, as
// "<first> and <second>".
TEST_CASE("AttributionExtractor: two speakers joined by and", "[attribution]") {
  const M doe{"Jane Doe", "Jane Doe", kPerson};
  const M roe{"John Roe", "John Roe", kPerson};
  const M roe_short{"Roe", "John Roe", kPerson};
  const M acme{"Acme", "Acme Corp", kOrg};
  const M beta{"Beta Inc", "Beta Inc", kOrg};
  const M daily{"Harbor Daily", "Harbor Daily", kOrg};
  CheckCases({
      {"Jane Doe and John Roe said sales rose 4 pct.",
       {doe, roe},
       0,
       "Jane Doe and John Roe",
       "said",
       "",
       "Jane Doe and John Roe said"},
      {"Costs will rise 3 pct, Finance Minister Jane Doe and Central Bank Governor John Roe "
       "told reporters.",
       {doe, roe},
       0,
       "Jane Doe and John Roe",
       "told",
       "",
       "Finance Minister Jane Doe and Central Bank Governor John Roe told"},
      {"Acme Corp and Beta Inc said they would merge in a deal worth 2 billion dlrs.",
       {{"Acme Corp", "Acme Corp", kOrg}, beta},
       0,
       "Acme Corp and Beta Inc",
       "said",
       "",
       nullptr},
      // An organisation and its advisers, by its back-reference.
      {"Acme posted a loss. The company and its bankers said the sale would raise 90 mln dlrs.",
       {acme},
       1,
       "Acme Corp and its bankers",
       "said",
       "",
       nullptr},
      {"Prices may fall 2 pct, analysts and industry sources said.",
       {},
       0,
       "analysts and industry sources",
       "said",
       "",
       nullptr},
      // Two unnamed groups that told an outlet: the outlet relays them.
      {"The budget will be neutral, bankers and economists told Harbor Daily.",
       {daily},
       0,
       "Harbor Daily",
       "told",
       "bankers and economists",
       nullptr},
      {"Roe and other analysts said the crop may fall 5 pct.",
       {roe_short},
       0,
       "John Roe and other analysts",
       "said",
       "",
       nullptr},
      // Not joined: "and" between clauses, a list, a demonym.
      {"Acme bought Beta Inc and Jane Doe said the price was 4 mln dlrs.",
       {acme, beta, doe},
       0,
       "Jane Doe",
       "said",
       "",
       "Jane Doe said"},
      {"Sales rose 4 pct, Acme, Beta Inc and Jane Doe said.",
       {acme, beta, doe},
       0,
       "Jane Doe",
       "said",
       "",
       nullptr},
      {"British and Acme officials said tariffs would fall 2 pct.",
       {{"British", "United Kingdom", kCountry, MentionForm::kDemonym}, acme},
       0,
       "Acme officials",
       "said",
       "",
       nullptr},
      // The first of three: no pair is who spoke.
      {"Jane Doe and Bill Poe and John Roe said sales rose 4 pct.",
       {doe, roe, {"Bill Poe", "Bill Poe", kPerson}},
       0,
       "John Roe",
       "said",
       "",
       nullptr},
  });
}

// Relays read from credit lines, on the text and on the input as given.
TEST_CASE("AttributionExtractor: credit lines", "[attribution]") {
  struct CreditCase {
    const char* text;
    const char* own;
    std::vector<std::string> relays;
  };
  const CreditCase cases[] = {
      {"(Bloomberg) -- Acme will cut jobs.\nThe cuts start in May.",
       "Los Angeles Times",
       {"Bloomberg"}},
      {"WASHINGTON (AP) \xE2\x80\x94 Costs rose.\nThey fell later.",
       "Chicago Tribune",
       {"Associated Press"}},
      // A dateline names the story's own outlet, or nothing when unknown.
      {"LONDON (Reuters) - Costs rose.", "Reuters", {}},
      {"(Bloomberg) -- Acme will cut jobs.", "", {}},
      {"(Bloomberg News) -- Acme will cut jobs.", "Bloomberg", {}},
      {"By Jane Doe, Associated Press\nCosts rose.", "Daily Planet", {"Associated Press"}},
      {"By Jane Doe | Bloomberg\nCosts rose.", "", {"Bloomberg"}},
      {"By 2020, The New York Times reported it would cut jobs.", "", {}},
      {"Costs rose.\nReporting by David Lawder; Editing by Tom Brown", "Reuters", {}},
      {"Costs rose.\nAdditional reporting by Jane Doe in London and The Associated Press.",
       "",
       {"Associated Press"}},
      {"Costs rose.\nReporting by Bloomberg News", "", {"Bloomberg"}},
      {"Costs rose.\nThis story was first published by ProPublica.", "", {"ProPublica"}},
      {"Costs rose.\nThis article originally appeared in The Guardian.", "", {"The Guardian"}},
      {"Costs rose.\nThe report was published by the Labor Department.", "", {}},
      {"Costs rose.\n-- Bloomberg", "", {"Bloomberg"}},
      {"Costs rose.\n\xC2\xA9 2019 Bloomberg L.P.", "", {"Bloomberg"}},
      {"Costs rose.\n\xC2\xA9 2019 Daily Planet. All rights reserved.", "Daily Planet", {}},
      {"Costs rose.\n-- With assistance from Jane Doe.", "", {}},
  };
  for (const CreditCase& c : cases) {
    INFO(c.text);
    std::vector<std::string> relays;
    Extractor().CreditRelays(c.text, c.own, &relays);
    CHECK(relays == c.relays);
  }
  // Extract reads the credit lines of the normalised text too, and the
  // relays of the lead and of credit lines are one list.
  std::string text = "(Bloomberg) -- Acme will cut jobs, Bloomberg News reported.";
  std::vector<Sentence> sentences = {{0, text.size()}};
  ActorResult actors;
  actors.mentions = BuildMentions(text, {{"Bloomberg News", "Bloomberg News", kOrg}});
  DocumentView doc;
  doc.text = text;
  doc.sentences = &sentences;
  doc.source = "Los Angeles Times";
  AttributionResult result;
  Extractor().Extract(doc, actors, &result);
  CHECK(result.relays == std::vector<std::string>{"Bloomberg"});
  CHECK(Extractor().CanonicalOutlet("the associated press") == "Associated Press");
  CHECK(Extractor().CanonicalOutlet("Acme") == "Acme");
}

TEST_CASE("AttributionExtractor: one entry per attributed sentence", "[attribution]") {
  Run run = Extract(
      "Trade grew 3% in 2018. Exports rose, Kim said. Imports fell. Prices rose, Kim said, "
      "according to data.",
      {{"Kim", "Kim Lee", kPerson}});
  REQUIRE(run.sentences.size() == 4);
  REQUIRE(run.result.sentences.size() == 2);
  CHECK(run.result.sentences[0].sentence == 1);
  CHECK(run.result.sentences[1].sentence == 3);
  CHECK(run.result.sentences[1].attribution.said_by == "Kim Lee");
}

TEST_CASE("AttributionExtractor: relays", "[attribution]") {
  struct RelayCase {
    const char* text;
    std::vector<M> mentions;
    std::vector<std::string> relays;
  };
  const RelayCase cases[] = {
      {"(Reuters) - China offered more, Bloomberg reported on Friday, citing people familiar "
       "with the matter.",
       {{"Reuters", "Reuters", kOrg}, {"Bloomberg", "Bloomberg", kOrg}},
       {"Bloomberg"}},
      {"The plan costs $3 billion, according to a report by the Financial Times.",
       {{"Financial Times", "Financial Times", kOrg}},
       {"Financial Times"}},
      {"The firm will cut jobs, The Wall Street Journal reported.",
       {{"The Wall Street Journal", "The Wall Street Journal", kOrg}},
       {"The Wall Street Journal"}},
      // The dateline's outlet is the story's own, never a relay.
      {"LONDON (Reuters) - Prices rose, Reuters reported.", {{"Reuters", "Reuters", kOrg}}, {}},
      // An organisation reporting data is not a news outlet unless its name
      // says so.
      {"Grain loadings fell 2%, the Association of American Railroads reported.",
       {{"Association of American Railroads", "Association of American Railroads", kOrg}},
       {}},
      {"Prices rose, the Sunday Times reported.",
       {{"Sunday Times", "Sunday Times", kOrg}},
       {"Sunday Times"}},
      // A company reporting figures is not a news outlet.
      {"Apple reported revenue of $84 billion.", {{"Apple", "Apple", kOrg}}, {}},
      {"Sales fell, according to the company.", {}, {}},
      {"China offered to buy more, according to Bloomberg.",
       {{"Bloomberg", "Bloomberg", kOrg}},
       {"Bloomberg"}},
      {"Sales fell, according to Acme.", {{"Acme", "Acme", kOrg}}, {}},
      {"Mnuchin said tariffs would fall.", {{"Mnuchin", "Steven Mnuchin", kPerson}}, {}},
      // Only the lead counts.
      {"Prices rose. Nothing changed. Trade grew, Bloomberg reported.",
       {{"Bloomberg", "Bloomberg", kOrg}},
       {}},
  };
  for (const RelayCase& c : cases) {
    INFO(c.text);
    Run run = Extract(c.text, c.mentions);
    CHECK(run.result.relays == c.relays);
  }
}

TEST_CASE("AttributionExtractor: the story's own outlet is not a relay", "[attribution]") {
  std::string text = "The deal is worth $2 billion, two people briefed on the talks told Reuters.";
  std::vector<Sentence> sentences = {{0, text.size()}};
  ActorResult actors;
  actors.mentions = BuildMentions(text, {{"Reuters", "Reuters", kOrg}});
  DocumentView doc;
  doc.text = text;
  doc.sentences = &sentences;
  doc.source = "Reuters";
  AttributionResult result;
  Extractor().Extract(doc, actors, &result);
  REQUIRE(result.sentences.size() == 1);
  CHECK(result.sentences[0].attribution.said_by == "people familiar with the talks");
  CHECK(result.sentences[0].attribution.cue == "told");
  CHECK(result.sentences[0].attribution.cited_source.empty());
  CHECK(result.relays.empty());

  // Without the source, Reuters relays the people.
  doc.source = "";
  Extractor().Extract(doc, actors, &result);
  REQUIRE(result.sentences.size() == 1);
  CHECK(result.sentences[0].attribution.said_by == "Reuters");
  CHECK(result.sentences[0].attribution.cited_source == "people familiar with the talks");
  CHECK(result.relays == std::vector<std::string>{"Reuters"});
}

TEST_CASE("AttributionExtractor: bad rule files are reported", "[attribution]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "wf_attribution_rules_test";
  fs::create_directories(dir / "extractors" / "rules");
  {
    std::ofstream out(dir / "extractors" / "rules" / "attribution_cues.tsv");
    out << "said\tsaid\tshouted\n";
  }
  std::unique_ptr<AttributionExtractor> ex;
  Status s = AttributionExtractor::Create(RuleFiles(dir.string()), &ex);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("attribution_cues.tsv") != std::string::npos);
  CHECK(s.message().find("shouted") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("AttributionExtractor: empty input", "[attribution]") {
  DocumentView doc;
  ActorResult actors;
  AttributionResult result;
  result.relays.push_back("stale");
  Extractor().Extract(doc, actors, &result);
  CHECK(result.sentences.empty());
  CHECK(result.relays.empty());
}

// --- Seeds --------------------------------------------------------------

std::optional<std::string> ReadSeed(const std::string& name) {
  std::ifstream in(std::string(WF_SHARED_DIR) + "/seeds/" + name, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = s->find(from); pos != std::string::npos; pos = s->find(from, pos + to.size())) {
    s->replace(pos, from.size(), to);
  }
}

TEST_CASE("AttributionExtractor: seed 002 (Reuters citing Bloomberg)", "[attribution][seed]") {
  auto seed = ReadSeed("002_a392a3f069af33d4.txt");
  if (!seed) {
    WARN("seeds not found under " WF_SHARED_DIR "; skipping");
    return;
  }
  Run run = Extract(*seed, {{"Reuters", "Reuters", kOrg},
                            {"The Wall Street Journal", "The Wall Street Journal", kOrg},
                            {"the Journal", "The Wall Street Journal", kOrg},
                            {"Bloomberg", "Bloomberg", kOrg},
                            {"Steve Mnuchin", "Steven Mnuchin", kPerson},
                            {"Steven Mnuchin", "Steven Mnuchin", kPerson},
                            {"Donald Trump", "Donald Trump", kPerson},
                            {"Trump", "Donald Trump", kPerson},
                            {"Xi Jinping", "Xi Jinping", kPerson},
                            {"Xi", "Xi Jinping", kPerson},
                            {"Robert Lighthizer", "Robert Lighthizer", kPerson},
                            {"Lighthizer", "Robert Lighthizer", kPerson},
                            {"Liu He", "Liu He", kPerson},
                            {"United States", "United States", kCountry},
                            {"U.S.", "United States", kCountry},
                            {"China", "China", kCountry},
                            {"Buones Aires", "Buenos Aires", kPlace},
                            {"Beijing", "Beijing", kPlace},
                            {"Washington", "Washington", kPlace}});

  const SentenceAttribution* a = run.For(run.SentenceOf("more than $1.2 trillion"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "Steven Mnuchin");
  CHECK(a->attribution.cue == "said");
  CHECK(run.Phrase(*a) == "Treasury Secretary Steve Mnuchin said");

  a = run.For(run.SentenceOf("more than $1 trillion"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "Bloomberg");
  CHECK(a->attribution.cue == "told");
  CHECK(a->attribution.cited_source == "people familiar with the matter");

  a = run.For(0);
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "Bloomberg");
  CHECK(a->attribution.cue == "reported");
  CHECK(a->attribution.cited_source == "people familiar with the matter");

  a = run.For(run.SentenceOf("according to the Journal"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "The Wall Street Journal");
  CHECK(a->attribution.cue == "according to");

  a = run.For(run.SentenceOf("a Republican senator"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "a Republican senator");

  a = run.For(run.SentenceOf("Reuters reported on Jan. 9"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "Reuters");

  CHECK(run.For(run.SentenceOf("$200 billion worth")) == nullptr);
  CHECK(run.For(run.SentenceOf("The Bloomberg report on Friday")) == nullptr);
  CHECK(run.result.relays == std::vector<std::string>{"Bloomberg"});
}

TEST_CASE("AttributionExtractor: seed 000 (Bloomberg via the LA Times)", "[attribution][seed]") {
  auto seed = ReadSeed("000_ffebdd4ffa0c8fcf.txt");
  if (!seed) {
    WARN("seeds not found under " WF_SHARED_DIR "; skipping");
    return;
  }
  // What the normaliser does before extraction: the headline line goes and
  // mis-decoded closing quotes are repaired.
  std::string text = seed->substr(seed->find('\n') + 1);
  ReplaceAll(&text, "\xC3\xA2\xE2\x82\xAC", "\xE2\x80\x9D");  // "â€"
  ReplaceAll(&text, "\xE2\x80\xA0", "\xE2\x80\x9D");          // "†"
  Run run = Extract(text, {{"Tom Orlik", "Tom Orlik", kPerson},
                           {"Orlik", "Tom Orlik", kPerson},
                           {"Bloomberg Economics", "Bloomberg Economics", kOrg},
                           {"Steven Mnuchin", "Steven Mnuchin", kPerson},
                           {"President Trump", "Donald Trump", kPerson},
                           {"Trump", "Donald Trump", kPerson},
                           {"Liu He", "Liu He", kPerson},
                           {"Wang Qishan", "Wang Qishan", kPerson},
                           {"Commerce Ministry", "Commerce Ministry", kOrg},
                           {"World Economic Forum", "World Economic Forum", kOrg},
                           {"Los Angeles Times", "Los Angeles Times", kOrg},
                           {"China", "China", kCountry},
                           {"United States", "United States", kCountry},
                           {"U.S.", "United States", kCountry},
                           {"Beijing", "Beijing", kPlace},
                           {"Bejing", "Beijing", kPlace},
                           {"Washington", "Washington", kPlace},
                           {"Davos", "Davos", kPlace}});

  const SentenceAttribution* a = run.For(0);
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "people familiar with the negotiations");
  CHECK(a->attribution.cue == "according to");

  a = run.For(run.SentenceOf("more than $1 trillion"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "people familiar with the negotiations");
  CHECK(a->attribution.cue == "said");

  for (const char* s : {"the people said. Economists", "the Americans"}) {
    INFO(s);
    a = run.For(run.SentenceOf(s));
    REQUIRE(a != nullptr);
    CHECK(a->attribution.said_by == "people familiar with the negotiations");
  }
  a = run.For(run.SentenceOf("about $600 billion"));
  REQUIRE(a != nullptr);
  CHECK(a->attribution.said_by == "people familiar with the negotiations");

  for (const char* s : {"said Tom Orlik", "If China switches", "Additionally, the types",
                        "Over the years", "always been unacceptable"}) {
    INFO(s);
    a = run.For(run.SentenceOf(s));
    REQUIRE(a != nullptr);
    CHECK(a->attribution.said_by == "Tom Orlik");
  }
  CHECK(run.For(run.SentenceOf("Economists who have studied")) == nullptr);
  CHECK(run.For(run.SentenceOf("The officials asked not")) == nullptr);
  CHECK(run.For(run.SentenceOf("Airplanes, soybeans")) == nullptr);
  CHECK(run.result.relays.empty());
}

}  // namespace
}  // namespace wirefacts
