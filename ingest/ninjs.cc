#include "ingest/ninjs.h"

#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "base/iso_date.h"
#include "base/utf8.h"

namespace wirefacts {
namespace {

using nlohmann::json;

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Reads optional string field `name`: *present=false when missing or null.
Status OptionalString(const json& object, const char* name, std::string* out,
                      bool* present = nullptr) {
  if (present) *present = false;
  auto it = object.find(name);
  if (it == object.end() || it->is_null()) return Status::OK();
  if (!it->is_string()) return Status::InvalidInput(std::string("'") + name + "' must be a string");
  *out = it->get<std::string>();
  if (present) *present = true;
  return Status::OK();
}

// An HTML character reference's code point, U+FFFD when it names none.
void AppendReference(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  AppendUtf8(cp, out);
}

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lower-cased tag name of the tag starting at html[lt] == '<' ("/p" for "</p>").
std::string TagName(std::string_view html, size_t lt) {
  std::string name;
  size_t i = lt + 1;
  if (i < html.size() && html[i] == '/') name.push_back(html[i++]);
  while (i < html.size() &&
         ((html[i] >= 'a' && html[i] <= 'z') || (html[i] >= 'A' && html[i] <= 'Z') ||
          (html[i] >= '0' && html[i] <= '9'))) {
    name.push_back(Lower(html[i++]));
  }
  return name;
}

bool IsBlockEnd(const std::string& name) {
  static const char* kNames[] = {"br",  "/p",  "/div", "/li", "/h1", "/h2",
                                 "/h3", "/h4", "/h5",  "/h6", "/tr", "/blockquote"};
  for (const char* n : kNames) {
    if (name == n) return true;
  }
  return false;
}

// Decodes the entity at html[amp] == '&'; returns the bytes consumed (0 when
// it is not a known entity).
size_t DecodeEntity(std::string_view html, size_t amp, std::string* out) {
  const size_t semi = html.find(';', amp);
  if (semi == std::string_view::npos || semi - amp > 10) return 0;
  std::string_view name = html.substr(amp + 1, semi - amp - 1);
  static const struct {
    const char* name;
    const char* text;
  } kNamed[] = {{"amp", "&"},
                {"lt", "<"},
                {"gt", ">"},
                {"quot", "\""},
                {"apos", "'"},
                {"nbsp", "\xC2\xA0"},
                {"mdash", "\xE2\x80\x94"},
                {"ndash", "\xE2\x80\x93"}};
  for (const auto& e : kNamed) {
    if (name == e.name) {
      out->append(e.text);
      return semi - amp + 1;
    }
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 8) return 0;
    char* end = nullptr;
    const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0') return 0;
    AppendReference(static_cast<uint32_t>(cp), out);
    return semi - amp + 1;
  }
  return 0;
}

}  // namespace

std::string CrudeHtmlToText(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    const char c = html[i];
    if (c == '<') {
      if (html.substr(i, 4) == "<!--") {
        const size_t end = html.find("-->", i + 4);
        i = end == std::string_view::npos ? html.size() : end + 3;
        continue;
      }
      const std::string name = TagName(html, i);
      size_t gt = html.find('>', i);
      if (gt == std::string_view::npos) break;  // unterminated tag: drop the rest
      i = gt + 1;
      if (name == "script" || name == "style") {
        size_t end = i;
        while (end < html.size()) {
          end = html.find("</", end);
          if (end == std::string_view::npos) break;
          if (TagName(html, end) == "/" + name) break;
          end += 2;
        }
        if (end == std::string_view::npos || end >= html.size()) {
          i = html.size();
        } else {
          gt = html.find('>', end);
          i = gt == std::string_view::npos ? html.size() : gt + 1;
        }
        continue;
      }
      if (IsBlockEnd(name)) out.push_back('\n');
      continue;
    }
    if (c == '&') {
      const size_t used = DecodeEntity(html, i, &out);
      if (used > 0) {
        i += used;
        continue;
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

bool IsCanceledStatus(std::string_view pubstatus) {
  return pubstatus == "canceled" || pubstatus == "cancelled" || pubstatus == "stat:canceled";
}

namespace {

// StoryFromNinjs; with `owned` (the same object, mutable), the body text is
// moved out of it instead of copied.
Status FromNinjs(const json& object, json* owned, const NinjsDefaults& defaults, Story* story) {
  if (!object.is_object()) return Status::InvalidInput("not a ninjs object");
  Story s;

  bool present = false;
  WF_RETURN_IF_ERROR(OptionalString(object, "uri", &s.uri, &present));
  if (!present || s.uri.empty()) s.uri = defaults.uri;
  if (s.uri.empty()) return Status::InvalidInput("no uri");

  // Publication date.
  std::string published;
  bool have_date = false;
  for (const char* field : {"versioncreated", "firstcreated"}) {
    auto it = object.find(field);
    if (it == object.end() || it->is_null()) continue;
    published = it->is_string() ? it->get<std::string>() : it->dump();
    have_date = true;
    break;
  }
  if (!have_date && !defaults.published.empty()) {
    published = defaults.published;
    have_date = true;
  }
  if (!have_date) return Status::InvalidInput("no publication date (versioncreated)");
  if (!IsIsoDateTime(published)) {
    return Status::InvalidInput("unparseable publication date '" + published + "'");
  }
  s.published = std::move(published);

  WF_RETURN_IF_ERROR(OptionalString(object, "headline", &s.headline));

  // Body.
  bool moved = false;
  if (owned != nullptr) {
    auto it = owned->find("body_text");
    if (it != owned->end() && it->is_string()) {
      // A body may be most of the input: move it out, do not copy it.
      s.body = std::move(it->get_ref<std::string&>());
      present = moved = true;
    }
  }
  if (!moved) WF_RETURN_IF_ERROR(OptionalString(object, "body_text", &s.body, &present));
  if (!present) {
    std::string html;
    WF_RETURN_IF_ERROR(OptionalString(object, "body_html", &html, &present));
    if (present) {
      s.body = CrudeHtmlToText(html);
    } else {
      WF_RETURN_IF_ERROR(OptionalString(object, "description_text", &s.body, &present));
    }
  }
  const bool body_present = present;

  // pubstatus first: a cancellation needs no body (it names the story by uri).
  WF_RETURN_IF_ERROR(OptionalString(object, "pubstatus", &s.pubstatus, &present));
  if (!present || s.pubstatus.empty()) s.pubstatus = "usable";
  if (IsCanceledStatus(s.pubstatus)) {
    s.pubstatus = "canceled";
  } else {
    if (!body_present) return Status::InvalidInput("no body_text");
    if (IsBlank(s.body)) return Status::InvalidInput("empty story");
  }

  // Version: a string or a number.
  auto version = object.find("version");
  if (version != object.end() && !version->is_null()) {
    if (version->is_string()) {
      s.version = version->get<std::string>();
    } else if (version->is_number()) {
      s.version = version->dump();
    } else {
      return Status::InvalidInput("'version' must be a string or number");
    }
  }

  WF_RETURN_IF_ERROR(OptionalString(object, "located", &s.located));

  // Source: copyrightholder, else provider (string or {"name": ...}).
  WF_RETURN_IF_ERROR(OptionalString(object, "copyrightholder", &s.source, &present));
  if (!present || s.source.empty()) {
    auto provider = object.find("provider");
    if (provider != object.end() && provider->is_string()) {
      s.source = provider->get<std::string>();
    } else if (provider != object.end() && provider->is_object()) {
      auto name = provider->find("name");
      if (name != provider->end() && name->is_string()) s.source = name->get<std::string>();
    }
  }
  if (s.source.empty()) s.source = defaults.source;

  *story = std::move(s);
  return Status::OK();
}

}  // namespace

Status StoryFromNinjs(const json& object, const NinjsDefaults& defaults, Story* story) {
  return FromNinjs(object, nullptr, defaults, story);
}

Status StoryFromNinjs(json&& object, const NinjsDefaults& defaults, Story* story) {
  return FromNinjs(object, &object, defaults, story);
}

}  // namespace wirefacts
