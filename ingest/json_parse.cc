#include "ingest/json_parse.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "base/utf8.h"

namespace wirefacts {
namespace {

// nlohmann's DOM builder, but strings are moved out of the lexer's buffer
// rather than copied: a 100 MB body_text is then held once while parsing,
// not twice. Same values, same duplicate-key rule (the last one wins), same
// errors (thrown as json::parse throws them).
class MovingDomBuilder {
 public:
  using json = nlohmann::json;
  explicit MovingDomBuilder(json* root) : root_(root) {}

  bool null() { return Add(nullptr) != nullptr; }
  bool boolean(bool v) { return Add(v) != nullptr; }
  bool number_integer(json::number_integer_t v) { return Add(v) != nullptr; }
  bool number_unsigned(json::number_unsigned_t v) { return Add(v) != nullptr; }
  bool number_float(json::number_float_t v, const std::string&) { return Add(v) != nullptr; }
  bool string(std::string& v) { return Add(std::move(v)) != nullptr; }
  bool binary(json::binary_t& v) { return Add(json::binary(std::move(v))) != nullptr; }
  bool start_object(std::size_t) {
    stack_.push_back(Add(json::object()));
    return true;
  }
  bool key(std::string& k) {
    element_ = &(*stack_.back())[std::move(k)];
    return true;
  }
  bool end_object() {
    stack_.pop_back();
    return true;
  }
  bool start_array(std::size_t) {
    stack_.push_back(Add(json::array()));
    return true;
  }
  bool end_array() {
    stack_.pop_back();
    return true;
  }
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    throw ex;
  }

 private:
  json* Add(json&& v) {
    if (stack_.empty()) {
      *root_ = std::move(v);
      return root_;
    }
    json* top = stack_.back();
    if (top->is_array()) {
      top->push_back(std::move(v));
      return &top->back();
    }
    *element_ = std::move(v);
    return element_;
  }

  json* root_;
  std::vector<json*> stack_;  // the open objects and arrays
  json* element_ = nullptr;   // the value of the last key
};

// Strings longer than this, as members of a top-level object, are decoded
// apart from the parser (TakeLargeStrings).
constexpr size_t kLargeString = size_t{1} << 20;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the JSON string body `raw` (between the quotes), handing each
// byte of the result to `emit` in order. False for anything nlohmann would
// reject (control characters, bad escapes, lone surrogates, invalid UTF-8):
// the caller then lets nlohmann report it. No escape decodes to more bytes
// than it is written with, and each is read whole before its bytes are
// emitted: by the time the k-th byte is emitted, at least k bytes of `raw`
// have been read, so `emit` may write over `raw` from its start (or from
// before it) -- decoding in place.
template <class Emit>
bool DecodeJsonStringTo(std::string_view raw, Emit&& emit) {
  if (!IsValidUtf8(raw)) return false;
  auto hex4 = [&](size_t at, unsigned* cp) {
    if (at + 4 > raw.size()) return false;
    *cp = 0;
    for (size_t k = 0; k < 4; ++k) {
      const int h = HexValue(raw[at + k]);
      if (h < 0) return false;
      *cp = *cp * 16 + static_cast<unsigned>(h);
    }
    return true;
  };
  for (size_t i = 0; i < raw.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c < 0x20) return false;
    if (c != '\\') {
      emit(static_cast<char>(c));
      continue;
    }
    if (++i >= raw.size()) return false;
    switch (raw[i]) {
      case '"':
        emit('"');
        break;
      case '\\':
        emit('\\');
        break;
      case '/':
        emit('/');
        break;
      case 'b':
        emit('\b');
        break;
      case 'f':
        emit('\f');
        break;
      case 'n':
        emit('\n');
        break;
      case 'r':
        emit('\r');
        break;
      case 't':
        emit('\t');
        break;
      case 'u': {
        unsigned cp = 0;
        if (!hex4(i + 1, &cp)) return false;
        i += 4;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          unsigned lo = 0;
          if (i + 2 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u' || !hex4(i + 3, &lo) ||
              lo < 0xDC00 || lo > 0xDFFF)
            return false;
          i += 6;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        }
        // At most 3 bytes for the 6 of \uXXXX, 4 for the 12 of a pair.
        std::string utf8;  // short: no allocation
        AppendUtf8(cp, &utf8);
        for (char b : utf8) emit(b);
        break;
      }
      default:
        return false;
    }
  }
  return true;
}

bool DecodeJsonString(std::string_view raw, std::string* out) {
  out->clear();
  out->reserve(raw.size());
  return DecodeJsonStringTo(raw, [out](char c) { out->push_back(c); });
}

// nlohmann's lexer keeps two copies of the string being read (decoded and
// raw), so a 100 MB body_text would cost 200 MB more than the text. Members
// of a top-level object whose string value exceeds kLargeString are decoded
// here instead: *rest is `text` with those values replaced by "" (parsed by
// nlohmann as usual), `taken` the (key, decoded value) pairs to put back.
// False (nothing taken) when there are none, or when in doubt (a key seen
// twice, anything DecodeJsonString refuses): then nlohmann parses it all.
// With `buffer` (the string `text` lies in), the first such value is
// decoded in place at the start of *buffer, which becomes that value (the
// text is not held a second time); *buffer is only changed when true is
// returned, after every check.
bool TakeLargeStrings(std::string_view text, std::string* rest,
                      std::vector<std::pair<std::string, std::string>>* taken,
                      std::string* buffer = nullptr) {
  size_t depth = 0;
  bool top_object = false, expect_key = false;
  std::string key;
  std::vector<std::string> keys;
  std::vector<std::pair<size_t, size_t>> cut;  // raw ranges, quotes excluded
  // The value decoded in place (with `buffer`): its key and raw range.
  std::string in_place_key;
  std::string_view in_place_raw;
  bool in_place = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      const size_t begin = i + 1;
      size_t j = begin;
      while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
      if (j >= text.size()) return false;
      const std::string_view raw = text.substr(begin, j - begin);
      if (depth == 1 && top_object) {
        if (expect_key) {
          if (!DecodeJsonString(raw, &key)) return false;
          keys.push_back(key);
          expect_key = false;
        } else if (raw.size() > kLargeString) {
          if (buffer && !in_place) {
            // Checked now, decoded once nothing can fail any more.
            if (!DecodeJsonStringTo(raw, [](char) {})) return false;
            in_place = true;
            in_place_key = key;
            in_place_raw = raw;
          } else {
            std::string value;
            if (!DecodeJsonString(raw, &value)) return false;
            taken->emplace_back(key, std::move(value));
          }
          cut.emplace_back(begin, j);
        }
      }
      i = j;
      continue;
    }
    switch (c) {
      case '{':
      case '[':
        if (depth == 0) top_object = c == '{';
        ++depth;
        if (depth == 1 && top_object) expect_key = true;
        break;
      case '}':
      case ']':
        if (depth > 0) --depth;
        break;
      case ',':
        if (depth == 1 && top_object) expect_key = true;
        break;
      default:
        break;
    }
  }
  if (taken->empty() && !in_place) return false;
  std::sort(keys.begin(), keys.end());
  if (std::adjacent_find(keys.begin(), keys.end()) != keys.end()) {
    taken->clear();
    return false;
  }
  rest->clear();
  size_t at = 0;
  for (const auto& [b, e] : cut) {
    rest->append(text.substr(at, b - at));
    at = e;
  }
  rest->append(text.substr(at));
  if (in_place) {
    // `text` is read no more: its first large value overwrites *buffer from
    // the start (see DecodeJsonStringTo), and *buffer becomes that value.
    char* out = buffer->data();
    size_t size = 0;
    DecodeJsonStringTo(in_place_raw, [&](char c) { out[size++] = c; });
    buffer->resize(size);
    taken->emplace_back(std::move(in_place_key), std::move(*buffer));
  }
  return true;
}

}  // namespace

bool JsonDepthWithin(std::string_view text, size_t max_depth) {
  size_t depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"':
        in_string = true;
        break;
      case '[':
      case '{':
        if (++depth > max_depth) return false;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default:
        break;
    }
  }
  return true;
}

namespace {

// ParseJson of `text`; with `buffer` (the string `text` lies in), a huge
// string may be decoded into *buffer's own bytes (TakeLargeStrings).
Status Parse(std::string_view text, std::string* buffer, bool single_line, nlohmann::json* value) {
  if (!JsonDepthWithin(text, kMaxJsonDepth)) return Status::InvalidInput("JSON nested too deeply");
  try {
    nlohmann::json parsed;
    MovingDomBuilder builder(&parsed);
    std::string rest;
    std::vector<std::pair<std::string, std::string>> taken;
    if (text.size() > kLargeString && TakeLargeStrings(text, &rest, &taken, buffer)) {
      nlohmann::json::sax_parse(rest.begin(), rest.end(), &builder);
      for (auto& [key, decoded] : taken) parsed[key] = std::move(decoded);
    } else {
      nlohmann::json::sax_parse(text.begin(), text.end(), &builder);
    }
    *value = std::move(parsed);
  } catch (const nlohmann::json::exception& e) {
    // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
    std::string msg = e.what();
    const size_t bracket = msg.find("] ");
    if (msg.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
      msg.erase(0, bracket + 2);
    }
    if (msg.rfind("parse error at ", 0) == 0) msg.erase(0, 15);
    if (single_line && msg.rfind("line 1, ", 0) == 0) msg.erase(0, 8);
    if (msg.rfind("parse error: ", 0) == 0) msg.erase(0, 13);
    return Status::InvalidInput("malformed JSON: " + msg);
  }
  return Status::OK();
}

}  // namespace

Status ParseJson(std::string_view text, bool single_line, nlohmann::json* value) {
  return Parse(text, nullptr, single_line, value);
}

Status ParseJson(std::string* text, size_t from, bool single_line, nlohmann::json* value) {
  return Parse(std::string_view(*text).substr(from), text, single_line, value);
}

}  // namespace wirefacts
