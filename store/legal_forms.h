// Legal forms ("Inc", "AG", "Co Ltd"): the words that end an organisation's
// name to say what kind of company it is. A reader who looks an
// organisation up by its name without them ("Harbor Mills" for "Harbor
// Mills Inc") should find it, and the store takes a story's "Harbor Mills"
// and another's "Harbor Mills Inc" for one organisation (ClaimStore: a name
// of two or more words, one stored organisation only, never across two
// different last forms: "General Electric Co" is not "General Electric Co
// Plc").
//
// The words are data (store/rules/legal_forms.tsv), so a newsroom adds its
// market's forms in an overlay file of the same name.
#ifndef WIREFACTS_STORE_LEGAL_FORMS_H_
#define WIREFACTS_STORE_LEGAL_FORMS_H_

#include <set>
#include <string>
#include <string_view>

#include "base/rule_files.h"
#include "base/status.h"

namespace wirefacts {

class LegalForms {
 public:
  // At most this many legal-form words may follow the name looked up
  // ("Acme Co Ltd" is found by "Acme").
  static constexpr int kMaxWords = 3;

  // The forms of store/rules/legal_forms.tsv (embedded, plus the
  // overlay's). InvalidInput names the file and line of an empty form or one
  // holding white space.
  static Status Load(const RuleFiles& rules, LegalForms* out);

  // True when `rest` (an AliasKey's words after the name looked up: lower
  // case, single spaces) is one to kMaxWords legal-form words: "inc", "co
  // ltd". False for "" and for any other word ("motor co").
  bool OnlyLegalForms(std::string_view rest) const;

  // `key` (an AliasKey) without the one to kMaxWords legal-form words that
  // end it ("newmont gold co" -> "newmont gold"), and in *last (when given)
  // the last of those words without a final '.' ("co"). The first word is
  // never taken ("co ltd" -> "co"). "" when `key` does not end in a legal
  // form.
  std::string WithoutLegalForms(std::string_view key, std::string* last = nullptr) const;

 private:
  std::set<std::string, std::less<>> forms_;  // AliasKey of each form
};

}  // namespace wirefacts

#endif  // WIREFACTS_STORE_LEGAL_FORMS_H_
