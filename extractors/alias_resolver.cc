#include "extractors/alias_resolver.h"

#include "extractors/edit_distance.h"

namespace wirefacts {
namespace {

std::string Join(const std::vector<std::string>& w) {
  std::string s;
  for (const std::string& x : w) {
    if (!s.empty()) s.push_back(' ');
    s += x;
  }
  return s;
}

// The words joined by spaces, ASCII letters lower-cased and hyphens read as
// spaces: one key for the spellings of one name ("Kim Jong-un", "Kim Jong Un").
std::string SpellingKey(const std::vector<std::string>& w) {
  std::string s = Join(w);
  for (char& c : s) {
    if (c == '-') c = ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

bool AliasResolver::KeyWord(const PersonCluster& c, const std::string& word) const {
  if (c.words.empty()) return false;
  if (c.words.back() == word) return true;
  if (c.words.size() >= 2 && c.words.front() == word && !lexicon_->IsFirstName(word)) return true;
  return false;
}

void AliasResolver::Resolve(const std::vector<PersonCandidate>& cands, std::vector<int>* cluster_of,
                            std::vector<PersonCluster>* clusters,
                            const std::unordered_map<std::string, int>* word_counts) const {
  cluster_of->assign(cands.size(), -1);
  clusters->clear();
  // Multi-word names first, in text order.
  for (size_t i = 0; i < cands.size(); ++i) {
    const PersonCandidate& c = cands[i];
    if (c.words.size() < 2) continue;
    // The same name spelled otherwise ("Kim Jong Un" after "Kim Jong-un")
    // keeps the spelling seen first; else the surname and given-name test.
    int found = -1;
    const std::string spelling = SpellingKey(c.words);
    for (size_t k = 0; k < clusters->size() && found < 0; ++k)
      if (SpellingKey((*clusters)[k].words) == spelling) found = static_cast<int>(k);
    const bool same_spelling = found >= 0;
    for (size_t k = 0; k < clusters->size() && found < 0; ++k) {
      PersonCluster& p = (*clusters)[k];
      if (p.words.back() != c.words.back()) continue;
      if (lexicon_->SameFirstName(p.words.front(), c.words.front())) found = static_cast<int>(k);
    }
    if (found < 0) {
      clusters->push_back({c.words, Join(c.words), ""});
      found = static_cast<int>(clusters->size() - 1);
    } else if (!same_spelling) {
      PersonCluster& p = (*clusters)[found];
      // Prefer the fuller name: more words, then the longer given name.
      if (c.words.size() > p.words.size() ||
          (c.words.size() == p.words.size() && c.words.front().size() > p.words.front().size())) {
        p.words = c.words;
        p.name = Join(c.words);
      }
    }
    (*cluster_of)[i] = found;
  }
  // One-word names.
  for (size_t i = 0; i < cands.size(); ++i) {
    const PersonCandidate& c = cands[i];
    if (c.words.size() != 1) continue;
    int k = LookupWord(c.words[0], c.pos, cands, *cluster_of, *clusters);
    // How often `word` is written in the story.
    auto written = [&](const std::string& word) {
      if (word_counts != nullptr) {
        auto it = word_counts->find(word);
        return it == word_counts->end() ? 0 : it->second;
      }
      int n = 0;
      for (const PersonCandidate& o : cands)
        for (const std::string& x : o.words) n += x == word;
      return n;
    };
    if (k < 0) {
      // A typo of a full name's surname ("Mnuchn" -> "Steven Mnuchin"), or
      // the right spelling of a surname misspelt in the full name. Not when
      // both spellings are written twice or more: two names ("Reagan"
      // beside "Donald Regan ... Regan").
      const std::string& w = c.words[0];
      int thr = TypoThreshold(w.size());
      const bool repeated = written(w) >= 2;
      for (size_t j = 0; j < clusters->size() && k < 0 && thr > 0; ++j) {
        const std::string& s = (*clusters)[j].words.back();
        if ((*clusters)[j].words.size() >= 2 && s[0] == w[0] && !(repeated && written(s) >= 2) &&
            DamerauLevenshtein(w, s, thr) <= thr)
          k = static_cast<int>(j);
      }
    }
    if (k < 0) {
      clusters->push_back({c.words, c.words[0], ""});
      k = static_cast<int>(clusters->size() - 1);
    }
    (*cluster_of)[i] = k;
  }
  for (size_t i = 0; i < cands.size(); ++i) {
    PersonCluster& p = (*clusters)[(*cluster_of)[i]];
    if (cands[i].title.size() > p.title.size()) p.title = cands[i].title;
  }
}

int AliasResolver::LookupWord(const std::string& word, size_t pos,
                              const std::vector<PersonCandidate>& cands,
                              const std::vector<int>& cluster_of,
                              const std::vector<PersonCluster>& clusters) const {
  // Nearest earlier multi-word mention of a matching cluster, else the first
  // later one, else a one-word cluster of the same word.
  int before = -1, after = -1;
  size_t before_pos = 0, after_pos = 0;
  for (size_t i = 0; i < cands.size(); ++i) {
    int k = cluster_of[i];
    if (k < 0 || cands[i].words.size() < 2) continue;
    if (!KeyWord(clusters[k], word)) continue;
    if (cands[i].pos <= pos) {
      if (before < 0 || cands[i].pos >= before_pos) before = k, before_pos = cands[i].pos;
    } else if (after < 0 || cands[i].pos < after_pos) {
      after = k, after_pos = cands[i].pos;
    }
  }
  if (before >= 0) return before;
  if (after >= 0) return after;
  for (size_t k = 0; k < clusters.size(); ++k)
    if (clusters[k].words.size() == 1 && clusters[k].words[0] == word) return static_cast<int>(k);
  return -1;
}

}  // namespace wirefacts
