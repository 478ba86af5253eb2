#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "util/eight_bytes.hpp"

namespace aimsdoc {
namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + cost});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  // One edit in three characters at most, and one in any word: beyond that a "suggestion"
  // for a short word is just another short word ("cfo" for "ceo" is fine, "ml" for "id" not).
  std::size_t best_distance = std::max<std::size_t>(1, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

namespace {

// Word-at-a-time tests (exact for the word as a whole): any byte >= 0x80; any byte < 0x20
// or equal to 0x7F. Most text is plain ASCII with a line feed now and then, so these skip
// 8 bytes at a time where a byte loop would look at each.
bool has_high_byte(std::uint64_t w) { return (w & kHighBits) != 0; }
// Any byte >= 0x80 too: C1 controls and noncharacters are multi-byte characters.
bool may_have_control(std::uint64_t w) {
  std::uint64_t below_space = (w - kEachByte * 0x20) & ~w & kHighBits;
  return (below_space | bytes_equal(w, 0x7F) | (w & kHighBits)) != 0;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && !has_high_byte(load8(s.data() + i))) {
      i += 8;
      continue;
    }
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80           ? 1
                      : (c >> 5) == 0x6  ? 2
                      : (c >> 4) == 0xE  ? 3
                      : (c >> 3) == 0x1E ? 4
                                         : 0;
    if (len == 0 || i + len > s.size()) return i;
    if (len == 2 && c < 0xC2) return i;  // overlong
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return i;
    if (len == 3) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0)) return i;  // overlong, surrogate
    }
    if (len == 4) {
      auto c1 = static_cast<unsigned char>(s[i + 1]);
      if ((c == 0xF0 && c1 < 0x90) || c > 0xF4 || (c == 0xF4 && c1 >= 0x90)) return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

std::size_t forbidden_char_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) ? 1 : 0;
  std::string_view rest = s.substr(i);
  std::size_t bad = find_invalid_utf8(rest.substr(0, std::min<std::size_t>(4, rest.size())));
  std::size_t len = utf8_sequence_length(c);
  if (bad == 0 || (bad != std::string_view::npos && bad < len)) return 1;  // not UTF-8
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(rest[k]); };
  if (len == 2) return c == 0xC2 && b(1) < 0xA0 ? 2 : 0;  // C1: U+0080-U+009F
  if (len == 3) {
    std::uint32_t cp = ((c & 0x0Fu) << 12) | ((b(1) & 0x3Fu) << 6) | (b(2) & 0x3Fu);
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || cp >= 0xFFFE ? 3 : 0;
  }
  std::uint32_t cp =
      ((c & 0x07u) << 18) | ((b(1) & 0x3Fu) << 12) | ((b(2) & 0x3Fu) << 6) | (b(3) & 0x3Fu);
  return (cp & 0xFFFE) == 0xFFFE ? 4 : 0;  // U+1FFFE, U+1FFFF ... U+10FFFF
}

std::size_t find_control_char(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && !may_have_control(load8(s.data() + i))) {
      i += 8;
      continue;
    }
    for (std::size_t end = std::min(i + 8, s.size()); i < end;) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c < 0x7F) {
        ++i;
        continue;
      }
      if (forbidden_char_length(s, i) > 0) return i;
      i += utf8_sequence_length(c);
    }
  }
  return std::string_view::npos;
}

std::uint32_t code_point_at(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  std::size_t len = utf8_sequence_length(c);
  if (len == 1 || i + len > s.size()) return c;
  std::uint32_t cp = c & (0x7Fu >> len);
  for (std::size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  return cp;
}

namespace {

bool reorders_or_breaks(std::uint32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

}  // namespace

std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  char code[12];
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
      ++i;
      continue;
    }
    std::size_t bad = forbidden_char_length(s, i);
    if (bad == 1) {  // C0, DEL or a byte that is not UTF-8
      std::snprintf(code, sizeof code, "\\x%02X", c);
      out += code;
      ++i;
      continue;
    }
    std::size_t len = utf8_sequence_length(c);
    std::uint32_t cp = code_point_at(s, i);
    if (bad > 0 || reorders_or_breaks(cp)) {
      std::snprintf(code, sizeof code, "\\u%04X", static_cast<unsigned>(cp));
      out += code;
    } else {
      out.append(s.substr(i, len));
    }
    i += len;
  }
  return out;
}

std::string web_url_problem(std::string_view url) {
  if (!starts_with(url, "https://") && !starts_with(url, "http://"))
    return "must start with https:// or http://";
  bool unsafe = std::any_of(url.begin(), url.end(), [](char c) {
    return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F ||
           std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos;
  });
  return unsafe ? "holds a space, quote or one of <>\\^`{|}; percent-encode it" : "";
}

std::pair<int, int> line_column_at(std::string_view text, std::size_t offset) {
  int line = 1, col = 1;
  std::size_t i = starts_with(text, "\xEF\xBB\xBF") ? 3 : 0;  // a BOM takes no column
  for (; i < offset && i < text.size(); ++i) {
    bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (text[i] == '\n' || (text[i] == '\r' && !crlf)) {
      ++line;
      col = 1;
    } else if (!is_utf8_continuation(text[i]) && !crlf) {
      ++col;
    }
  }
  return {line, col};
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(b, e - b + 1));
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string dotted(int major, int minor, int patch) {
  return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace aimsdoc
