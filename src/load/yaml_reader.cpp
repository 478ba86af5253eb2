#include "load/yaml_reader.hpp"

#include <yaml-cpp/depthguard.h>

#include <algorithm>
#include <cstdio>

#include "load/yaml_shape.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

const char* node_kind(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Null: return "nothing";
    default: return "a scalar";
  }
}

// YAML escapes ("\e", "\x01") make control characters the file check cannot see; removed
// here, no terminal, page or cell receives one (an ESC in a message rewrites a terminal).
bool remove_controls(std::string& text) {
  std::size_t at = find_control_char(text);
  if (at == std::string::npos) return false;
  std::string kept = text.substr(0, at);
  for (std::size_t i = at; i < text.size();) {
    std::size_t bad = forbidden_char_length(text, i);
    // A character at a time: a continuation byte on its own reads as forbidden.
    std::size_t step = bad > 0 ? bad : utf8_sequence_length(static_cast<unsigned char>(text[i]));
    if (bad == 0) kept.append(text, i, step);
    i += step;
  }
  text = std::move(kept);
  return true;
}

// yaml-cpp quotes the offending character in some messages, and reads past the end of
// the text as "\x04" ("unknown escape character: \x04" for a final backslash).
std::string printable(const std::string& message) {
  std::string out;
  for (std::size_t i = 0; i < message.size();) {
    std::size_t bad = forbidden_char_length(message, i);
    if (message[i] == '\x04') {
      out += "end of file";
      i += 1;
    } else if (bad > 0) {
      char code[12];
      std::snprintf(code, sizeof code, "U+%04X",
                    static_cast<unsigned>(bad == 1 ? static_cast<unsigned char>(message[i])
                                                   : code_point_at(message, i)));
      out += code;
      i += bad;
    } else {
      std::size_t step = utf8_sequence_length(static_cast<unsigned char>(message[i]));
      out.append(message, i, step);
      i += step;
    }
  }
  return out;
}

// yaml-cpp reports a tab in indentation as some other error ("illegal block entry"); when
// the failing line or the one before is indented with a tab, say so instead.
std::optional<YAML::Mark> indentation_tab(const std::string& text, const YAML::Mark& error) {
  if (error.is_null()) return std::nullopt;
  int line = 0;
  std::size_t start = 0;
  while (start <= text.size() && line <= error.line) {
    std::size_t end = std::min(text.find('\n', start), text.size());
    std::size_t indent = text.find_first_not_of(" \t", start);
    std::size_t tab = text.find('\t', start);
    if (line + 1 >= error.line && tab < std::min(indent, end)) {
      YAML::Mark mark;
      mark.line = line;
      mark.column = static_cast<int>(tab - start);
      return mark;
    }
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

bool within_limits(const YamlShape& shape, const YamlSource& src, Diagnostics& diags) {
  if (shape.documents > 1)
    diags.warning(src.at(shape.second_document), "yaml.extra-document",
                  "a second YAML document starts here; only the first is read");
  if (!shape.unclosed_quote.is_null()) {
    diags.error(src.at(shape.unclosed_quote), "yaml.syntax",
                "invalid YAML: this quoted string is never closed; add the closing quote");
    return false;
  }
  if (shape.nodes > kMaxYamlNodes) {
    diags.error(src.at(shape.node_limit), "input.too-large",
                "more than " + std::to_string(kMaxYamlNodes) +
                    " YAML values; split the file or shorten it");
    return false;
  }
  if (shape.alias_expansion <= kMaxAliasExpansion) return true;
  diags.error(src.at(shape.first_alias), "yaml.aliases",
              "aliases (*name) expand this document to more than " +
                  std::to_string(kMaxAliasExpansion >> 20) +
                  " MiB; write the values out instead of repeating aliases");
  return false;
}

}  // namespace

SourceLocation YamlSource::at(const YAML::Mark& mark) const {
  // No mark (an empty document): point at the first line of the document.
  if (mark.is_null()) return {path, std::max(line_offset, 1), 1};
  return {path, mark.line + 1 + line_offset, mark.column + 1};
}

std::optional<YAML::Node> parse_yaml(const std::string& text, const YamlSource& src,
                                     Diagnostics& diags) {
  try {
    if (!within_limits(measure_yaml(text), src, diags)) return std::nullopt;
    return YAML::Load(text);
  } catch (const YAML::DeepRecursion& e) {
    diags.error(src.at(e.mark), "yaml.syntax",
                "invalid YAML: nested more than " + std::to_string(e.depth()) +
                    " levels deep; flatten the structure");
  } catch (const YAML::Exception& e) {
    if (auto tab = indentation_tab(text, e.mark)) {
      diags.error(src.at(*tab), "yaml.syntax",
                  "invalid YAML: a tab indents this line; YAML indentation must use spaces");
    } else {
      std::string msg = e.msg.empty() ? std::string("invalid YAML") : printable(e.msg);
      diags.error(src.at(e.mark), "yaml.syntax", "invalid YAML: " + msg);
    }
  } catch (const std::exception& e) {
    diags.error(src.at(YAML::Mark::null_mark()), "yaml.syntax",
                "invalid YAML: " + printable(e.what()));
  }
  return std::nullopt;
}

std::optional<std::string> scalar_text(const YAML::Node& node) {
  if (!node.IsScalar()) return std::nullopt;
  std::string text = node.Scalar();
  remove_controls(text);
  return text;
}

std::optional<std::string> MapReader::text(const YAML::Node& node) {
  if (!node.IsScalar()) return std::nullopt;
  std::string text = node.Scalar();
  if (remove_controls(text))
    diags_.error(src_.at(node.Mark()), "input.encoding",
                 "a control character or noncharacter is written here as a YAML escape (such "
                 "as \\e, \\x01 or \\uFFFE); it is removed");
  return text;
}

MapReader::MapReader(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
                     std::vector<std::string> known_keys)
    : src_(src), diags_(diags), mark_(node.Mark()), is_map_(node.IsMap()) {
  if (!is_map_) {
    diags_.error(src_.at(mark_), "yaml.type",
                 std::string("expected a mapping of keys to values, found ") + node_kind(node));
    return;
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    auto key_text = text(it->first);
    if (!key_text) {
      diags_.error(src_.at(it->first.Mark()), "yaml.type", "keys must be plain words");
      continue;
    }
    auto [seen, added] = index_.emplace(*key_text, entries_.size());
    if (!added) {
      diags_.error(src_.at(it->first.Mark()), "yaml.duplicate-key",
                   "duplicate key '" + *key_text + "' (first set at line " +
                       std::to_string(src_.at(entries_[seen->second].second.key.Mark()).line) +
                       "); remove one of them");
      continue;
    }
    if (std::find(known_keys.begin(), known_keys.end(), *key_text) == known_keys.end()) {
      std::string hint = did_you_mean(*key_text, known_keys);
      diags_.warning(
          src_.at(it->first.Mark()), "yaml.unknown-key",
          "unknown key '" + *key_text + "'" +
              (hint.empty() ? std::string("; it is ignored") : "; did you mean '" + hint + "'?"));
    }
    entries_.push_back({*key_text, Entry{it->first, it->second}});
  }
}

bool MapReader::has(const std::string& key) const {
  auto n = node(key);
  return n && !n->IsNull();
}

SourceLocation MapReader::location() const { return src_.at(mark_); }

SourceLocation MapReader::location_of(const std::string& key) const {
  auto it = index_.find(key);
  if (it == index_.end()) return location();
  const Entry& e = entries_[it->second].second;
  return src_.at(e.value.IsNull() ? e.key.Mark() : e.value.Mark());
}

std::optional<YAML::Node> MapReader::node(const std::string& key) const {
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  return entries_[it->second].second.value;
}

void MapReader::type_error(const std::string& key, const char* expected) {
  auto n = node(key);
  diags_.error(location_of(key), "yaml.type",
               "'" + key + "' must be " + expected + ", found " + node_kind(*n));
}

std::optional<std::string> MapReader::scalar(const std::string& key, bool required,
                                             const char* what) {
  auto n = node(key);
  if (!n || n->IsNull()) {
    if (required) diags_.error(location(), "field.missing", "missing required key '" + key + "'");
    return std::nullopt;
  }
  if (!n->IsScalar()) {
    type_error(key, what);
    return std::nullopt;
  }
  return text(*n);
}

std::optional<std::string> MapReader::string(const std::string& key, bool required) {
  auto text = scalar(key, required, "a string");
  if (text && required && trim(*text).empty()) {
    diags_.error(location_of(key), "field.missing", "'" + key + "' is empty");
    return std::nullopt;
  }
  return text;
}

std::optional<bool> MapReader::boolean(const std::string& key, bool required) {
  auto text = scalar(key, required, "true or false");
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "yes") return true;
  if (*text == "false" || *text == "no") return false;
  diags_.error(location_of(key), "yaml.type",
               "'" + key + "' must be true or false, found '" + *text + "'");
  return std::nullopt;
}

std::optional<long> MapReader::integer(const std::string& key, bool required) {
  auto text = scalar(key, required, "a whole number");
  if (!text) return std::nullopt;
  bool digits =
      !text->empty() && text->size() < 10 &&
      std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) {
    diags_.error(location_of(key), "yaml.type",
                 "'" + key + "' must be a whole number, found '" + *text + "'");
    return std::nullopt;
  }
  return std::stol(*text);
}

std::optional<Date> MapReader::date(const std::string& key, bool required) {
  auto text = scalar(key, required, "a date (YYYY-MM-DD)");
  if (!text) return std::nullopt;
  auto d = parse_date(*text);
  if (!d)
    diags_.error(location_of(key), "field.date",
                 "'" + key + "' must be a calendar date written YYYY-MM-DD, found '" + *text + "'");
  return d;
}

std::vector<Reference> MapReader::string_list(const std::string& key) {
  std::vector<Reference> out;
  auto n = node(key);
  if (!n || n->IsNull()) return out;
  if (!n->IsSequence()) {
    type_error(key, "a list (write [a, b] or one '- item' per line)");
    return out;
  }
  for (const auto& child : *n) {
    auto item = text(child);
    if (!item) {
      diags_.error(src_.at(child.Mark()), "yaml.type",
                   "items of '" + key + "' must be strings, found " + node_kind(child));
      continue;
    }
    out.push_back({trim(*item), src_.at(child.Mark())});
  }
  return out;
}

}  // namespace aimsdoc
