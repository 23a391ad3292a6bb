#include "extractors/number_parser.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "re2/re2.h"

namespace wirefacts {

namespace {

constexpr char kWordsFile[] = "extractors/rules/numbers_words.tsv";

enum class WordType { kUnit, kTens, kHundred, kScale, kFraction, kArticle };

struct Word {
  double value = 0;
  WordType type = WordType::kUnit;
  bool part = false;  // an ordinal read as a fraction ("tenth"): type `part`
};

bool ParseWordType(std::string_view s, WordType* t) {
  if (s == "unit")
    *t = WordType::kUnit;
  else if (s == "tens")
    *t = WordType::kTens;
  else if (s == "hundred")
    *t = WordType::kHundred;
  else if (s == "scale")
    *t = WordType::kScale;
  else if (s == "fraction")
    *t = WordType::kFraction;
  else if (s == "article")
    *t = WordType::kArticle;
  else
    return false;
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "1,234.5" -> 1234.5 with resolution 0.1. No fraction part.
bool ParseDecimal(std::string_view s, double* value, double* resolution) {
  std::string clean;
  int decimals = -1;
  for (char c : s) {
    if (c == ',') continue;
    if (c == '.') {
      if (decimals >= 0) return false;
      decimals = 0;
      clean.push_back(c);
      continue;
    }
    if (!IsDigit(c)) return false;
    if (decimals >= 0) ++decimals;
    clean.push_back(c);
  }
  if (clean.empty() || clean == ".") return false;
  *value = std::strtod(clean.c_str(), nullptr);
  *resolution = decimals > 0 ? std::pow(10.0, -decimals) : 1.0;
  return true;
}

}  // namespace

struct NumberParser::Impl {
  std::unordered_map<std::string, Word> words;
  std::string pattern;
  std::string part_pattern;

  bool ParseDigits(std::string_view text, ParsedNumber* out) const;
  bool ParseWords(std::string_view text, ParsedNumber* out) const;
};

NumberParser::NumberParser(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NumberParser::~NumberParser() = default;

Status NumberParser::Create(const RuleFiles& rules, std::unique_ptr<NumberParser>* out,
                            bool parts) {
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kWordsFile, &records));
  auto impl = std::make_unique<Impl>();
  std::vector<std::string> alternatives;
  std::vector<std::string> after_article;       // "a hundred", "a billion", "a half"
  std::vector<std::string> part_words, counts;  // "tenth"; "two", "twenty"
  for (const RuleRecord& r : records) {
    std::string where = std::string(kWordsFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3) return Status::InvalidInput(where + ": expected word, value, type");
    Word w;
    char* end = nullptr;
    w.value = std::strtod(r.fields[1].c_str(), &end);
    if (end == r.fields[1].c_str()) return Status::InvalidInput(where + ": bad value");
    if (r.fields[2] == "part") {
      if (!parts) continue;
      w.type = WordType::kFraction;
      w.part = true;
    } else if (!ParseWordType(r.fields[2], &w.type)) {
      return Status::InvalidInput(where + ": unknown type '" + r.fields[2] + "'");
    }
    std::string key = Lower(r.fields[0]);
    impl->words[key] = w;
    if (w.part) {
      part_words.push_back(RE2::QuoteMeta(key));
      continue;
    }
    if (w.type == WordType::kUnit || w.type == WordType::kTens)
      counts.push_back(RE2::QuoteMeta(key));
    if (w.type != WordType::kArticle) alternatives.push_back(RE2::QuoteMeta(key));
    if (w.type == WordType::kHundred || w.type == WordType::kScale ||
        w.type == WordType::kFraction) {
      after_article.push_back(RE2::QuoteMeta(key));
    }
  }
  if (alternatives.empty()) return Status::InvalidInput(std::string(kWordsFile) + ": no words");
  auto alternation = [](std::vector<std::string> alts) {
    std::sort(alts.begin(), alts.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::string out = "(?:";
    for (size_t i = 0; i < alts.size(); ++i) {
      if (i) out += "|";
      out += alts[i];
    }
    return out + ")\\b";
  };
  std::string word = alternation(alternatives);
  // An article starts a number only before a hundred, a scale or a fraction:
  // "a ten percent" is "ten percent".
  std::string first =
      after_article.empty() ? word : "(?:an?\\s+" + alternation(after_article) + "|" + word + ")";
  const std::string join = "(?:\\s*-\\s*|\\s+(?:and\\s+)?(?:an?\\s+)?)";
  const std::string digits =
      "(?:\\d+/\\d+|(?:\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+)(?:\\.\\d+)?"
      "(?:(?: ?-| )\\d+/\\d+)?|\\.\\d+)";
  // A trailing article ends "half a percentage point".
  impl->pattern = "(?:" + digits + "|\\b" + first + "(?:" + join + word + ")*(?:\\s+an?\\b)?)";
  // Parts only after an article or a count: "a tenth", "two-tenths".
  impl->part_pattern = part_words.empty() || counts.empty()
                           ? "(?:\\b\\B)"
                           : "(?:\\b(?:an?\\b|" + alternation(counts) + ")(?:\\s*-\\s*|\\s+)" +
                                 alternation(part_words) + ")";
  // Fail early on a broken words file rather than at the first story.
  for (const std::string* p : {&impl->pattern, &impl->part_pattern}) {
    RE2 check(*p);
    if (!check.ok()) return Status::InvalidInput(std::string(kWordsFile) + ": " + check.error());
  }
  out->reset(new NumberParser(std::move(impl)));
  return Status::OK();
}

const std::string& NumberParser::Pattern() const { return impl_->pattern; }

const std::string& NumberParser::PartPattern() const { return impl_->part_pattern; }

bool NumberParser::Parse(std::string_view text, ParsedNumber* out) const {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (text.empty()) return false;
  if (IsDigit(text[0]) || text[0] == '.') return impl_->ParseDigits(text, out);
  return impl_->ParseWords(text, out);
}

bool NumberParser::Impl::ParseDigits(std::string_view text, ParsedNumber* out) const {
  *out = ParsedNumber();
  size_t slash = text.find('/');
  if (slash == std::string_view::npos) return ParseDecimal(text, &out->value, &out->resolution);
  // A fraction, maybe after a whole part: "1/2", "17-1/2", "3 1/4", and
  // the bond-price style "100 -1/2" (100.5).
  size_t sep = text.find_last_of("- ", slash);
  double whole = 0;
  std::string_view frac = text;
  if (sep != std::string_view::npos) {
    double res;
    size_t whole_end = sep;
    if (text[sep] == '-' && whole_end > 0 && text[whole_end - 1] == ' ') --whole_end;
    if (!ParseDecimal(text.substr(0, whole_end), &whole, &res)) return false;
    frac = text.substr(sep + 1);
  }
  size_t s = frac.find('/');
  double num, den, res;
  if (!ParseDecimal(frac.substr(0, s), &num, &res)) return false;
  if (!ParseDecimal(frac.substr(s + 1), &den, &res)) return false;
  if (den == 0) return false;
  out->value = whole + num / den;
  out->resolution = 1.0 / den;
  return true;
}

bool NumberParser::Impl::ParseWords(std::string_view text, ParsedNumber* out) const {
  *out = ParsedNumber();
  out->words = true;
  std::vector<std::string> tokens;
  std::string cur;
  for (char c : text) {
    if (c == ' ' || c == '-' || c == '\t' || c == '\n') {
      if (!cur.empty()) tokens.push_back(Lower(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) tokens.push_back(Lower(cur));
  if (tokens.empty()) return false;

  auto find = [&](size_t i) -> const Word* {
    if (i >= tokens.size()) return nullptr;
    auto it = words.find(tokens[i]);
    return it == words.end() ? nullptr : &it->second;
  };
  auto next_is_fraction = [&](size_t i) {
    const Word* w = find(i);
    if (w && w->type == WordType::kArticle) w = find(i + 1);
    return w && w->type == WordType::kFraction;
  };

  double total = 0, current = 0, res = 0;
  bool any = false;
  const Word* prev = nullptr;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i] == "and") {
      bool after_big = prev && (prev->type == WordType::kHundred || prev->type == WordType::kScale);
      if (!after_big && !next_is_fraction(i + 1)) return false;
      continue;
    }
    const Word* w = find(i);
    if (!w) return false;
    switch (w->type) {
      case WordType::kArticle:
        if (current == 0 && !next_is_fraction(i + 1) && i + 1 < tokens.size()) {
          const Word* n = find(i + 1);
          if (!n || n->type == WordType::kArticle || n->type == WordType::kTens) return false;
          if (n->type == WordType::kHundred || n->type == WordType::kScale) {
            current = 1;  // "a hundred", "a billion"
            res = 1;
          }  // "a dozen": the article adds nothing
        } else if (i + 1 >= tokens.size() && !any) {
          return false;  // "a" alone
        }
        continue;  // "a half", "half a": the article adds nothing
      case WordType::kUnit:
        if (prev && prev->type == WordType::kUnit) return false;  // "five seven"
        current += w->value;
        res = 1;
        break;
      case WordType::kTens:
        if (prev && (prev->type == WordType::kUnit || prev->type == WordType::kTens)) return false;
        current += w->value;
        res = 10;
        break;
      case WordType::kHundred:
        current = (current == 0 ? 1 : current) * w->value;
        res = (res == 0 ? 1 : res) * w->value;
        break;
      case WordType::kScale:
        if (current == 0 && total > 0) {
          total *= w->value;  // "one thousand million"
          res *= w->value;
        } else {
          res = (current == 0 || res == 0 ? 1 : res) * w->value;
          total += (current == 0 ? 1 : current) * w->value;
          current = 0;
        }
        break;
      case WordType::kFraction:
        if (w->part) {
          // "a tenth", "two-tenths", "one and a third"; a bare "third" is
          // an ordinal.
          const Word* before = i > 0 ? find(i - 1) : nullptr;
          if (!before || (before->type != WordType::kArticle && before->type != WordType::kUnit &&
                          before->type != WordType::kTens)) {
            return false;
          }
          out->part = true;
        }
        if (const Word* before = i > 0 ? find(i - 1) : nullptr;
            before && (before->type == WordType::kUnit || before->type == WordType::kTens)) {
          current *= w->value;  // "three quarters", "two thirds": a count of parts
        } else {
          current += w->value;  // "a half", "one and a half"
        }
        res = w->value;
        break;
    }
    any = true;
    prev = w;
  }
  if (!any) return false;
  out->value = total + current;
  out->resolution = res;
  return true;
}

}  // namespace wirefacts
