#include "reconcile/independence.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "reconcile/tolerances.h"
#include "reconcile/word_groups.h"

namespace wirefacts {
namespace {

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// An outlet's name for comparison: lower-case, without a leading "the" and a
// trailing "news" or "l.p." ("The Bloomberg News" ~ "Bloomberg").
std::string OutletKey(const std::string& s) {
  std::string k = Lower(s);
  while (!k.empty() && (k.back() == ' ' || k.back() == '.')) k.pop_back();
  if (k.rfind("the ", 0) == 0) k.erase(0, 4);
  for (const char* suffix : {" news", " l.p", " lp"}) {
    const std::string x = suffix;
    if (k.size() > x.size() && k.compare(k.size() - x.size(), x.size(), x) == 0) {
      k.erase(k.size() - x.size());
    }
  }
  return k;
}

bool SameName(const std::string& a, const std::string& b) {
  return !a.empty() && !b.empty() && OutletKey(a) == OutletKey(b);
}

std::set<std::string> Trigrams(const std::string& s) {
  const std::vector<Word> words = Tokenize(s);
  std::set<std::string> out;
  for (size_t i = 0; i + 2 < words.size(); ++i)
    out.insert(words[i].text + " " + words[i + 1].text + " " + words[i + 2].text);
  return out;
}

}  // namespace

double SentenceOverlap(const std::string& a, const std::string& b) {
  const std::set<std::string> ta = Trigrams(a), tb = Trigrams(b);
  if (ta.empty() || tb.empty()) return 0;
  size_t shared = 0;
  for (const std::string& t : ta) shared += tb.count(t);
  return static_cast<double>(shared) / static_cast<double>(std::min(ta.size(), tb.size()));
}

std::vector<std::string> RelayedOutlets(const Claim& c) {
  std::vector<std::string> out;
  const bool credited_to_person =
      c.attribution && std::any_of(c.actors.begin(), c.actors.end(), [&](const ClaimActor& a) {
        return a.kind == ActorKind::kPerson && CreditsActor(*c.attribution, a.name);
      });
  if (!credited_to_person) out = c.story.relays;
  // "X told Bloomberg", "Bloomberg reported": the figure comes through that
  // outlet (an organisation named in the sentence).
  if (c.attribution && (c.attribution->cue == "told" || c.attribution->cue == "reported")) {
    for (const ClaimActor& a : c.actors) {
      if (a.kind == ActorKind::kOrganization && CreditsActor(*c.attribution, a.name) &&
          std::find(out.begin(), out.end(), a.name) == out.end())
        out.push_back(a.name);
    }
  }
  return out;
}

IndependenceVerdict JudgeIndependence(const Claim& a, const Claim& b) {
  IndependenceVerdict v;
  if (SameName(a.story.source, b.story.source)) {
    v.independent = false;
    v.why = "both from " + a.story.source;
    return v;
  }
  const std::vector<std::string> ra = RelayedOutlets(a), rb = RelayedOutlets(b);
  for (const std::string& x : rb) {
    if (SameName(x, a.story.source)) {
      v.independent = false;
      v.why = b.story.source + " relays " + x;
      return v;
    }
  }
  for (const std::string& x : ra) {
    if (SameName(x, b.story.source)) {
      v.independent = false;
      v.why = a.story.source + " relays " + x;
      return v;
    }
    for (const std::string& y : rb) {
      if (SameName(x, y)) {
        v.independent = false;
        v.why = "both trace back to " + x;
        return v;
      }
    }
  }
  if (SentenceOverlap(a.sentence, b.sentence) >= tolerance::kNearDuplicateShare) {
    v.independent = false;
    v.why = "the two sentences repeat one text";
    std::string origin = !rb.empty() ? rb.front() : (!ra.empty() ? ra.front() : "");
    if (!origin.empty()) v.why += "; both trace back to " + origin;
  }
  return v;
}

}  // namespace wirefacts
