#include "pipeline/dollar_places.h"

#include <cctype>

namespace wirefacts {
namespace {

constexpr char kFile[] = "pipeline/rules/dollar_places.tsv";

// Lower-cased, white space collapsed, trimmed.
std::string Fold(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::string DatelinePlace(std::string_view body) {
  size_t i = 0;
  while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\t')) ++i;
  const size_t begin = i;
  size_t last_letter = begin;
  int letters = 0;
  for (; i < body.size(); ++i) {
    const char c = body[i];
    if (IsUpper(c)) {
      ++letters;
      last_letter = i + 1;
    } else if (c == ' ' || c == '.' || c == '\'' || c == '-') {
      // "ST. JOHN'S", "WINSTON-SALEM"; " -" ends the place.
      if (c == '-' && i > begin && body[i - 1] == ' ') break;
    } else {
      break;
    }
  }
  if (letters < 3 || i >= body.size()) return "";
  const std::string_view rest = body.substr(i);
  const std::string_view before = body.substr(last_letter, i - last_letter);
  const bool ends = rest[0] == ',' || rest[0] == '(' || rest[0] == '-' ||
                    rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93");
  if (!ends) return "";
  // Only spaces or a dash may come between the last capital and the end mark.
  if (before.find_first_not_of(" -") != std::string_view::npos) return "";
  return std::string(body.substr(begin, last_letter - begin));
}

Status DollarPlaces::Create(const RuleFiles& rules, std::unique_ptr<DollarPlaces>* out) {
  auto d = std::make_unique<DollarPlaces>();
  std::vector<RuleRecord> records;
  WF_RETURN_IF_ERROR(rules.ReadRecords(kFile, &records));
  for (const RuleRecord& r : records) {
    const std::string where = std::string(kFile) + ":" + std::to_string(r.line);
    if (r.fields.size() < 3 || r.fields[1].empty() || r.fields[2].size() != 3)
      return Status::InvalidInput(where + ": expected kind, name and a 3-letter code");
    if (r.fields[0] == "place")
      d->places_[Fold(r.fields[1])] = r.fields[2];
    else if (r.fields[0] == "source")
      d->sources_[Fold(r.fields[1])] = r.fields[2];
    else
      return Status::InvalidInput(where + ": kind must be place or source");
  }
  *out = std::move(d);
  return Status::OK();
}

std::string DollarPlaces::CurrencyFor(const Story& story, std::string_view body) const {
  std::string_view located = story.located;
  located = located.substr(0, located.find_first_of(",("));
  std::string place = Fold(located);
  if (place.empty()) place = Fold(DatelinePlace(body));
  if (!place.empty()) {
    if (auto it = places_.find(place); it != places_.end()) return it->second;
  }
  if (auto it = sources_.find(Fold(story.source)); it != sources_.end()) return it->second;
  return "";
}

void DollarPlaces::Apply(const std::string& currency, std::vector<Claim>* claims) {
  if (currency.empty()) return;
  for (Claim& c : *claims) {
    if (c.kind == ClaimKind::kMoney && c.value.currency_assumed && c.value.currency == "USD")
      c.value.currency = currency;
  }
}

}  // namespace wirefacts
