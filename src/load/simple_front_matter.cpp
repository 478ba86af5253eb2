#include "load/simple_front_matter.hpp"

#include <algorithm>

#include "util/text.hpp"

namespace aimsdoc {
namespace {

// Characters that start something other than a plain scalar in YAML.
constexpr std::string_view kIndicators = "-?:,[]{}#&*!|>'\"%@`";

bool is_null_word(std::string_view s) {
  return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Text yaml-cpp reads byte for byte as written: valid UTF-8 without tabs, carriage returns,
// control characters (C0, DEL, C1), byte order marks or Unicode line separators.
bool is_plain_text(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7F) return false;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false;
  }
  return find_invalid_utf8(s) == std::string_view::npos &&
         s.find("\xEF\xBB\xBF") == std::string_view::npos &&
         s.find("\xE2\x80\xA8") == std::string_view::npos &&
         s.find("\xE2\x80\xA9") == std::string_view::npos;
}

// A plain scalar in a block, read as exactly its characters: ': ' and ' #' would end it
// early, so no ':' or '#' at all.
bool is_simple_plain(std::string_view s) {
  return !s.empty() && kIndicators.find(s[0]) == std::string_view::npos &&
         s.find_first_of(":#") == std::string_view::npos && !is_null_word(s);
}

// A plain list item inside [...]: no indicator anywhere but '-' after its first character
// (yaml-cpp ends a flow scalar at '?', among others).
bool is_simple_flow_plain(std::string_view s) {
  return is_simple_plain(s) && std::all_of(s.begin(), s.end(), [](char c) {
           return c == '-' || kIndicators.find(c) == std::string_view::npos;
         });
}

std::string_view trim_right_spaces(std::string_view s) {
  auto end = s.find_last_not_of(' ');
  return s.substr(0, end == std::string_view::npos ? 0 : end + 1);
}

std::size_t skip_spaces(std::string_view line, std::size_t pos) {
  while (pos < line.size() && line[pos] == ' ') ++pos;
  return pos;
}

bool only_spaces_from(std::string_view line, std::size_t pos) {
  return skip_spaces(line, pos) == line.size();
}

// Blank lines and comments from the first column say nothing.
bool is_skippable(std::string_view line) { return only_spaces_from(line, 0) || line[0] == '#'; }

// A quoted scalar closed on its line, starting at line[pos]: "..." without escapes, or
// '...' with '' for a quote. Leaves pos after the closing quote.
std::optional<std::string> read_quoted(std::string_view line, std::size_t& pos) {
  char quote = line[pos];
  std::string text;
  for (std::size_t i = pos + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') return std::nullopt;
    if (line[i] != quote) {
      text += line[i];
    } else if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
      text += line[i++];
    } else {
      pos = i + 1;
      return text;
    }
  }
  return std::nullopt;
}

bool is_quote(char c) { return c == '"' || c == '\''; }

// A scalar running to the end of the line, from line[pos].
std::optional<std::string> read_block_scalar(std::string_view line, std::size_t pos) {
  if (is_quote(line[pos])) {
    auto text = read_quoted(line, pos);
    if (!text || !only_spaces_from(line, pos)) return std::nullopt;
    return text;
  }
  std::string_view plain = trim_right_spaces(line.substr(pos));
  if (!is_simple_plain(plain)) return std::nullopt;
  return std::string(plain);
}

// One item of a [...] list, from line[pos]; leaves pos on the ',' or ']' after it.
std::optional<std::string> read_flow_item(std::string_view line, std::size_t& pos) {
  if (pos < line.size() && is_quote(line[pos])) {
    auto text = read_quoted(line, pos);
    pos = skip_spaces(line, pos);
    return text;
  }
  std::size_t end = line.find_first_of(",]", pos);
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view plain = trim_right_spaces(line.substr(pos, end - pos));
  if (!is_simple_flow_plain(plain)) return std::nullopt;
  pos = end;
  return std::string(plain);
}

class SimpleMapReader {
 public:
  SimpleMapReader(std::string_view yaml, const std::string& path, int first_line,
                  const std::vector<std::string>& known_keys)
      : yaml_(yaml), path_(path), line_number_(first_line - 1), known_keys_(known_keys) {}

  std::optional<SimpleMap> read() {
    if (!is_plain_text(yaml_)) return std::nullopt;
    std::string_view line;
    while (take_line(line)) {
      if (!is_skippable(line) && !read_entry(line)) return std::nullopt;
    }
    return std::move(map_);
  }

 private:
  bool take_line(std::string_view& line) {
    if (next_ >= yaml_.size()) return false;
    std::size_t end = std::min(yaml_.find('\n', next_), yaml_.size());
    line = yaml_.substr(next_, end - next_);
    next_ = end + 1;
    ++line_number_;
    return true;
  }

  SourceLocation at(std::size_t pos) const {
    return {path_, line_number_, static_cast<int>(pos) + 1};
  }

  bool is_new_key(std::string_view key) const {
    return std::find(known_keys_.begin(), known_keys_.end(), key) != known_keys_.end() &&
           !map_.find(key);
  }

  // `key: value` from the first column, or `key:` with `- item` lines below.
  bool read_entry(std::string_view line) {
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !is_new_key(line.substr(0, colon))) return false;
    SimpleValue value;
    if (only_spaces_from(line, colon + 1)) {
      if (!read_block_list(value)) return false;
    } else {
      if (line[colon + 1] != ' ') return false;
      std::size_t pos = skip_spaces(line, colon + 1);
      value.location = at(pos);
      bool read =
          line[pos] == '[' ? read_flow_list(line, pos, value) : read_scalar_into(line, pos, value);
      if (!read) return false;
    }
    map_.entries.emplace_back(std::string(line.substr(0, colon)), std::move(value));
    return true;
  }

  static bool read_scalar_into(std::string_view line, std::size_t pos, SimpleValue& value) {
    auto text = read_block_scalar(line, pos);
    if (text) value.text = std::move(*text);
    return text.has_value();
  }

  // `[a, "b", c]` closed on its line; `[]` is an empty list, `[a,]` is declined.
  bool read_flow_list(std::string_view line, std::size_t pos, SimpleValue& list) {
    list.is_list = true;
    pos = skip_spaces(line, pos + 1);
    if (pos < line.size() && line[pos] == ']') return only_spaces_from(line, pos + 1);
    for (;;) {
      std::size_t start = pos;
      auto item = read_flow_item(line, pos);
      if (!item || pos >= line.size()) return false;
      list.items.push_back({trim(*item), at(start)});
      if (line[pos] == ']') return only_spaces_from(line, pos + 1);
      if (line[pos] != ',') return false;
      pos = skip_spaces(line, pos + 1);
    }
  }

  // `- item` lines, all indented alike, up to the first line that is not one; that line is
  // left for the next entry.
  bool read_block_list(SimpleValue& list) {
    list.is_list = true;
    std::optional<std::size_t> indent;
    for (;;) {
      std::size_t before = next_;
      int before_line = line_number_;
      std::string_view line;
      if (!take_line(line)) break;
      if (is_skippable(line)) continue;
      std::size_t dash = line.find_first_not_of(' ');
      if (line[dash] != '-') {
        next_ = before;
        line_number_ = before_line;
        break;
      }
      if ((indent && dash != *indent) || dash + 1 >= line.size() || line[dash + 1] != ' ')
        return false;
      if (!indent) list.location = at(dash);
      indent = dash;
      std::size_t pos = skip_spaces(line, dash + 1);
      auto item = pos < line.size() ? read_block_scalar(line, pos) : std::nullopt;
      if (!item) return false;
      list.items.push_back({trim(*item), at(pos)});
    }
    return indent.has_value();
  }

  std::string_view yaml_;
  const std::string& path_;
  std::size_t next_ = 0;  // offset of the next line to take
  int line_number_;       // of the line taken last
  const std::vector<std::string>& known_keys_;
  SimpleMap map_;
};

}  // namespace

const SimpleValue* SimpleMap::find(std::string_view key) const {
  for (const auto& [name, value] : entries)
    if (name == key) return &value;
  return nullptr;
}

std::optional<SimpleMap> read_simple_map(std::string_view yaml, const std::string& path,
                                         int first_line,
                                         const std::vector<std::string>& known_keys) {
  return SimpleMapReader(yaml, path, first_line, known_keys).read();
}

}  // namespace aimsdoc
