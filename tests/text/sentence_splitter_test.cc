#include "text/sentence_splitter.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

namespace wirefacts {
namespace {

std::vector<std::string> Split(const std::string& text) {
  static std::unique_ptr<SentenceSplitter> splitter = [] {
    std::unique_ptr<SentenceSplitter> s;
    REQUIRE(SentenceSplitter::Create(RuleFiles(), &s).ok());
    return s;
  }();
  std::vector<Sentence> sentences;
  REQUIRE(splitter->Split(text, &sentences).ok());
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST_CASE("SentenceSplitter keeps abbreviations inside sentences", "[sentences]") {
  struct Case {
    const char* text;
    V want;
  };
  const Case cases[] = {
      {"China raised imports from the U.S. by a lot. Then it stopped.",
       {"China raised imports from the U.S. by a lot.", "Then it stopped."}},
      {"Talks resume on Jan. 30 in Washington. Nothing is agreed.",
       {"Talks resume on Jan. 30 in Washington.", "Nothing is agreed."}},
      {"Mr. Smith met Dr. Jones and Sen. Warren. They talked.",
       {"Mr. Smith met Dr. Jones and Sen. Warren.", "They talked."}},
      {"The U.S. Treasury said so. The U.K. Parliament did not.",
       {"The U.S. Treasury said so.", "The U.K. Parliament did not."}},
      {"Apple Inc. Chief Executive Tim Cook spoke. Shares rose.",
       {"Apple Inc. Chief Executive Tim Cook spoke.", "Shares rose."}},
      {"It ranked No. 1 in sales. No. The answer was no.",
       {"It ranked No. 1 in sales.", "No.", "The answer was no."}},
      {"Donald J. Trump spoke at 10 a.m. Pacific time on Friday.",
       {"Donald J. Trump spoke at 10 a.m. Pacific time on Friday."}},
      {"He used tools, e.g. hammers. It worked.", {"He used tools, e.g. hammers.", "It worked."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

TEST_CASE("SentenceSplitter breaks after an abbreviation before a sentence starter",
          "[sentences]") {
  CHECK(Split("The talks were held in the U.S. The next day they ended.") ==
        V{"The talks were held in the U.S.", "The next day they ended."});
  CHECK(Split("The deal closed in Jan. It was signed by Acme Corp. But nobody came.") ==
        V{"The deal closed in Jan.", "It was signed by Acme Corp.", "But nobody came."});
  CHECK(Split("Officials from the U.S. Under-Secretary's office came.") ==
        V{"Officials from the U.S. Under-Secretary's office came."});
}

TEST_CASE("SentenceSplitter never crosses a paragraph end", "[sentences]") {
  CHECK(Split("Trade offers\nIt is not the first time.\nDecisions pending") ==
        V{"Trade offers", "It is not the first time.", "Decisions pending"});
  CHECK(Split("Goods from the U.S.\nThe next paragraph.") ==
        V{"Goods from the U.S.", "The next paragraph."});
  CHECK(Split("Talks with Mr.\nSmith") == V{"Talks with Mr.", "Smith"});
  CHECK(Split("“This is a quote,” he said. “And another.” She left.") ==
        V{"“This is a quote,” he said.", "“And another.”", "She left."});
  CHECK(Split("  Spaces around.   ").front() == "Spaces around.");
  CHECK(Split("").empty());
}

TEST_CASE("SentenceSplitter spans are bytes of the UTF-8 text", "[sentences]") {
  // Characters of two, three and four bytes (one UTF-16 unit or a
  // surrogate pair to ICU) before and inside sentences.
  struct Case {
    const char* text;
    V want;
  } cases[] = {
      {"Caf\xc3\xa9 sales rose. Prices \xe2\x80\x94 mostly \xe2\x82\xac"
       "1 \xe2\x80\x94 fell.",
       {"Caf\xc3\xa9 sales rose.",
        "Prices \xe2\x80\x94 mostly \xe2\x82\xac"
        "1 \xe2\x80\x94 fell."}},
      {"Shares \xf0\x9f\x93\x88 jumped. They fell \xf0\x9f\x93\x89 later. Done.",
       {"Shares \xf0\x9f\x93\x88 jumped.", "They fell \xf0\x9f\x93\x89 later.", "Done."}},
      {"\xf0\x9f\x93\x88\xf0\x9f\x93\x88 Up again.\nZ\xc3\xbcrich closed.",
       {"\xf0\x9f\x93\x88\xf0\x9f\x93\x88 Up again.", "Z\xc3\xbcrich closed."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

TEST_CASE("SentenceSplitter rule files can add abbreviations", "[sentences]") {
  std::unique_ptr<SentenceSplitter> s;
  REQUIRE(SentenceSplitter::FromText("Xyz.\ttitle\nAbc.\tany\n", "The\n", &s).ok());
  const std::string text = "Ask Xyz. Brown now. It is in Abc. Corp and Abc. The end.";
  std::vector<Sentence> out;
  REQUIRE(s->Split(text, &out).ok());
  std::vector<std::string> got;
  for (const Sentence& x : out) got.push_back(text.substr(x.begin, x.end - x.begin));
  CHECK(got == V{"Ask Xyz. Brown now.", "It is in Abc. Corp and Abc.", "The end."});

  Status bad = SentenceSplitter::FromText("Mr.\tperson\n", "", &s);
  CHECK(bad.code() == Status::Code::kInvalidInput);
  CHECK(bad.message().find("line 1") != std::string::npos);
}

TEST_CASE("SentenceSplitter keeps a bracketed abbreviation inside a name", "[sentences]") {
  struct Case {
    const char* text;
    V want;
  };
  const Case cases[] = {
      {"Sales at Corvane (U.K.) Ltd rose. Profits fell.",
       {"Sales at Corvane (U.K.) Ltd rose.", "Profits fell."}},
      {"Marlo Textiles (H.K.) Ltd said so.", {"Marlo Textiles (H.K.) Ltd said so."}},
      // A sentence ending inside brackets still ends.
      {"It was delayed (see the U.S.) The next day it rose.",
       {"It was delayed (see the U.S.)", "The next day it rose."}},
      {"He went (to the U.S.) Then he came back.", {"He went (to the U.S.)", "Then he came back."}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(Split(c.text) == c.want);
  }
}

}  // namespace
}  // namespace wirefacts
