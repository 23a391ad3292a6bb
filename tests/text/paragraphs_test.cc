#include "text/paragraphs.h"

#include <catch2/catch.hpp>

#include <string>

namespace wirefacts {
namespace {

std::string LayOut(const std::string& in, LayoutStats* stats = nullptr) {
  TrackedText a = TrackedText::FromInput(in), b;
  LayoutStats s = LayOutParagraphs(a, &b);
  if (stats) *stats = s;
  REQUIRE(b.src.size() == b.text.size() + 1);
  return b.text;
}

TEST_CASE("LayOutParagraphs normalises line ends and white space", "[paragraphs]") {
  struct Case {
    const char* in;
    const char* want;
  };
  const Case cases[] = {
      {"One.\r\nTwo.\rThree.\n", "One.\nTwo.\nThree."},
      {"Trailing spaces.   \nNext line.\t\n", "Trailing spaces.\nNext line."},
      {"\n\nBlank lines.\n\n\nCollapse.\n\n", "Blank lines.\nCollapse."},
      {"  Indented lead.\nNext.", "Indented lead.\nNext."},
      {"", ""},
  };
  for (const Case& c : cases) {
    INFO(c.in);
    CHECK(LayOut(c.in) == c.want);
  }
}

TEST_CASE("LayOutParagraphs keeps one-paragraph-a-line text", "[paragraphs]") {
  const std::string modern =
      "China has offered to go on a six-year buying spree to ramp up imports from the U.S., a "
      "move that would reconfigure the relationship, officials said.\n"
      "Trade offers\n"
      "It is not the first time China has made an offer to reduce the deficit as a way of trying "
      "to break the deadlock between the sides.\n";
  LayoutStats stats;
  CHECK(LayOut(modern, &stats) == modern.substr(0, modern.size() - 1));
  CHECK_FALSE(stats.hard_wrapped);
  CHECK(stats.joined == 0);
  CHECK(stats.paragraphs == 3);
}

TEST_CASE("LayOutParagraphs joins a broken line that continues in lower case", "[paragraphs]") {
  CHECK(LayOut("A long paragraph that a careless tool broke\nin the middle of a sentence.") ==
        "A long paragraph that a careless tool broke in the middle of a sentence.");
  // A headline before a capitalised line is not a wrap.
  CHECK(LayOut("Decisions pending\nNo decisions were made.") ==
        "Decisions pending\nNo decisions were made.");
}

TEST_CASE("LayOutParagraphs unwraps 1980s wire copy", "[paragraphs]") {
  const std::string wire =
      "Showers continued throughout the week in\n"
      "the Bahia cocoa zone, alleviating the drought since early\n"
      "January and improving prospects for the coming temporao,\n"
      "although normal humidity levels have not been restored,\n"
      "Comissaria Smith said in its weekly review.\n"
      "    The dry period means the temporao will be late this year.\n"
      "    Arrivals for the week ended February 22 were 155,221 bags\n"
      "of 60 kilos making a cumulative total for the season of 5.93\n"
      "mln against 5.81 at the same stage last year.\n"
      "    Sorghum nil (nil)\n"
      "    SUBPRODUCTS\n";
  LayoutStats stats;
  const std::string out = LayOut(wire, &stats);
  CHECK(stats.hard_wrapped);
  CHECK(out ==
        "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
        "since early January and improving prospects for the coming temporao, although normal "
        "humidity levels have not been restored, Comissaria Smith said in its weekly review.\n"
        "The dry period means the temporao will be late this year.\n"
        "Arrivals for the week ended February 22 were 155,221 bags of 60 kilos making a "
        "cumulative total for the season of 5.93 mln against 5.81 at the same stage last year.\n"
        "Sorghum nil (nil)\n"
        "SUBPRODUCTS");
  CHECK(stats.paragraphs == 5);
}

TEST_CASE("LayOutParagraphs unwraps wrapped text without indentation", "[paragraphs]") {
  // A short first line (the dateline was cut off) ending in an initial.
  const std::string wire =
      "Arvin Industries Inc said L.K.\n"
      "Evans has been elected president, succeeding James Baker who\n"
      "remains chairman.  Evans had been executive vice president.\n";
  CHECK(LayOut(wire) ==
        "Arvin Industries Inc said L.K. Evans has been elected president, succeeding James Baker "
        "who remains chairman.  Evans had been executive vice president.");
  // Paragraphs separated by blank lines stay apart.
  const std::string blank =
      "The first paragraph of a wrapped text runs on for a while and\n"
      "then wraps around to a second line of similar length before\n"
      "it ends here.\n\n"
      "The second paragraph starts after a blank line and also wraps\n"
      "over to the next line.\n";
  CHECK(LayOut(blank) ==
        "The first paragraph of a wrapped text runs on for a while and then wraps around to a "
        "second line of similar length before it ends here.\n"
        "The second paragraph starts after a blank line and also wraps over to the next line.");
}

TEST_CASE("LayOutParagraphs maps a joined line break to the break", "[paragraphs]") {
  const std::string in =
      "one two three four five six seven eight nine ten\n"
      "eleven twelve thirteen fourteen fifteen sixteen\n"
      "seventeen.";
  TrackedText a = TrackedText::FromInput(in), b;
  LayOutParagraphs(a, &b);
  const size_t sp = b.text.find(" eleven");
  REQUIRE(sp != std::string::npos);
  const OffsetMap m = b.ToOffsetMap();
  CHECK(m.ToSource(sp) == in.find('\n'));
  CHECK(m.ToSource(sp + 1) == in.find("eleven"));
  CHECK(m.ToSource(b.text.size()) == in.size());
}

}  // namespace
}  // namespace wirefacts
