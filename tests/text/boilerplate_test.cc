#include "text/boilerplate.h"

#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace wirefacts {
namespace {

std::unique_ptr<BoilerplateFilter> Embedded() {
  std::unique_ptr<BoilerplateFilter> f;
  Status s = BoilerplateFilter::Create(RuleFiles(), &f);
  INFO(s.ToString());
  REQUIRE(s.ok());
  return f;
}

TEST_CASE("Boilerplate rules classify site furniture of many sites", "[boilerplate]") {
  using A = BoilerplateAction;
  struct Case {
    const char* line;
    A want;
  };
  const Case cases[] = {
      // Related-story links.
      {"Fed holds rates steady, signals patience on further hikes »", A::kDropLine},
      {"Oil prices slide as inventories build ›", A::kDropLine},
      {"Read more: Markets rally on trade hopes", A::kDropLine},
      {"Related: Five things to know about the shutdown", A::kDropLine},
      {"See also: How tariffs work", A::kDropLine},
      // Newsletters and promos.
      {"Sign up for our Morning Briefing newsletter.", A::kDropLine},
      {"Subscribe to The Daily Brief for the top stories every morning.", A::kDropLine},
      {"You may occasionally receive promotional content from the Daily Planet.", A::kDropLine},
      {"Get our free business newsletter delivered to your inbox.", A::kDropLine},
      {"By signing up, you agree to our Terms of Use and Privacy Policy.", A::kDropLine},
      {"Click here to read the full report.", A::kDropLine},
      {"Follow us on Twitter for live updates.", A::kDropLine},
      {"ADVERTISEMENT", A::kDropLine},
      {"Story continues below advertisement", A::kDropLine},
      // Copyright and credits.
      {"© 2019 Example Media Group. All rights reserved.", A::kDropLine},
      {"Copyright 2019 The Associated Press. All rights reserved.", A::kDropLine},
      {"Reporting by David Lawder; Editing by Chizu Nomiyama", A::kDropLine},
      // Terminal sections.
      {"More to Read", A::kDropRest},
      {"Related Coverage", A::kDropRest},
      {"You might also like:", A::kDropRest},
      {"Most Popular", A::kDropRest},
      // Reporting that merely looks similar stays.
      {"Copyright infringement lawsuits rose 20% last year, the report said.", A::kKeep},
      {"More than 200 people signed up for the program, officials said.", A::kKeep},
      {"Reporting by the newspaper found widespread fraud in the program.", A::kKeep},
      {"He said readers could subscribe to the theory if they wished.", A::kKeep},
      {"“Je ne sais pas,” he said, quoting «Le Monde»", A::kKeep},
      {"China offers a path to end U.S. trade deficit, sources say", A::kKeep},
      {"Trade offers", A::kKeep},
      {"Sales rose 5% >> analysts had expected 3%.", A::kKeep},
  };
  auto f = Embedded();
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(f->Classify(c.line) == c.want);
  }
}

TEST_CASE("Boilerplate filter drops lines and terminal sections", "[boilerplate]") {
  auto f = Embedded();
  const std::string in =
      "First paragraph of the story with enough text to matter here.\n"
      "Markets rally on hopes of a trade deal »\n"
      "Second paragraph of the story, also with a good amount of text.\n"
      "Third paragraph of the story, which is the last real one.\n"
      "More to Read\n"
      "Inside the business of something\n"
      "A newsletter blurb that no rule knows about.";
  TrackedText a = TrackedText::FromInput(in), b;
  CHECK(f->Filter(a, &b) == 4);
  CHECK(b.text ==
        "First paragraph of the story with enough text to matter here.\n"
        "Second paragraph of the story, also with a good amount of text.\n"
        "Third paragraph of the story, which is the last real one.");
  REQUIRE(b.src.size() == b.text.size() + 1);
  const OffsetMap m = b.ToOffsetMap();
  const size_t second = b.text.find("Second");
  CHECK(m.ToSource(second) == in.find("Second"));
  CHECK(m.ToSource(b.text.size()) == in.find("\nMore to Read"));
}

TEST_CASE("A terminal-section header early in a story drops its line only", "[boilerplate]") {
  auto f = Embedded();
  const std::string in =
      "Most Popular\n"
      "A long first paragraph of real reporting that must survive the filter.\n"
      "A long second paragraph of real reporting that must survive as well.";
  TrackedText a = TrackedText::FromInput(in), b;
  CHECK(f->Filter(a, &b) == 1);
  CHECK(b.text.find("first paragraph") != std::string::npos);
  CHECK(b.text.find("second paragraph") != std::string::npos);
}

TEST_CASE("Boilerplate rule errors name the line", "[boilerplate]") {
  std::unique_ptr<BoilerplateFilter> f;
  Status s = BoilerplateFilter::FromText("# comment\nline\tok\nkeep\tx\n", &f);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message().find("line 3") != std::string::npos);
  s = BoilerplateFilter::FromText("line\t(unclosed\n", &f);
  CHECK(s.code() == Status::Code::kInvalidInput);
  CHECK(s.message().find("line 1") != std::string::npos);
  REQUIRE(BoilerplateFilter::FromText("line\tbuy now!?\n", &f).ok());
  CHECK(f->Classify("BUY NOW") == BoilerplateAction::kDropLine);     // case-insensitive
  CHECK(f->Classify("please buy now") == BoilerplateAction::kKeep);  // whole line
}

// Rules whose literals are all shorter than the shared 3-byte atoms are
// gated by their own short atoms; the gate must never turn away a line the
// rule matches, whatever the case of its letters.
TEST_CASE("Rules of short literals match with and without their gate", "[boilerplate]") {
  std::unique_ptr<BoilerplateFilter> f;
  REQUIRE(BoilerplateFilter::FromText("line\t.{1,40}(»|>>|→)\n"
                                      "line\t(ab|\\(c\\))\\W{0,3}\\d{2}\n"
                                      "line\t(ok|ss)\\W{0,3}\n",
                                      &f)
              .ok());
  struct Case {
    const char* line;
    BoilerplateAction want;
  };
  const Case cases[] = {
      {"Markets close higher »", BoilerplateAction::kDropLine},
      {"Markets close higher >>", BoilerplateAction::kDropLine},
      {"Markets close higher \u2192", BoilerplateAction::kDropLine},
      {"Markets close higher", BoilerplateAction::kKeep},
      {"AB 12", BoilerplateAction::kDropLine},
      {"aB-12", BoilerplateAction::kDropLine},
      {"(C) 19", BoilerplateAction::kDropLine},
      {"(c)19", BoilerplateAction::kDropLine},
      {"AC 12", BoilerplateAction::kKeep},
      {"OK!", BoilerplateAction::kDropLine},
      {"o\u212A", BoilerplateAction::kDropLine},  // KELVIN SIGN folds to k
      {"\u017Fs", BoilerplateAction::kDropLine},  // LONG S folds to s
      {"Ok, fine", BoilerplateAction::kKeep},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    CHECK(f->Classify(c.line) == c.want);
  }
  // The embedded rules of this kind, in upper and mixed case.
  auto e = Embedded();
  for (const char* line : {"COPYRIGHT 2021 Example Media Group", "(C) 2020 Example News Ltd",
                           ">> Full coverage of the summit", "» Full coverage of the summit",
                           "Top stories of the week \u2192", "AD", "Ad:"}) {
    INFO(line);
    CHECK(e->Classify(line) == BoilerplateAction::kDropLine);
  }
}

}  // namespace
}  // namespace wirefacts
