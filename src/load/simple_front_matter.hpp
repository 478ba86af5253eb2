#pragma once
// A reader for the front matter nearly every policy has, without yaml-cpp: one `key: value`
// line per key, scalars without YAML's harder features, lists written `[a, "b"]` on one line
// or as `- item` lines. yaml-cpp costs far more than the few lines it reads here.
//
// It reads only what yaml-cpp reads as the same flat mapping of the same strings at the same
// places; on anything else (a tag, an anchor, an escape, a continued line, an unknown or
// repeated key, a tab, a null, ...) it declines and never says why: the YAML path reads the
// text again and reports what it finds.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/aims.hpp"

namespace aimsdoc {

struct SimpleValue {
  bool is_list = false;
  std::string text;              // a scalar, as yaml-cpp reads it
  std::vector<Reference> items;  // a list's items, trimmed as MapReader::string_list does
  SourceLocation location;       // the value's first character (a quote, '[' or '-')
};

struct SimpleMap {
  std::vector<std::pair<std::string, SimpleValue>> entries;  // as written, each key once

  const SimpleValue* find(std::string_view key) const;
};

// The mapping in `yaml`, whose first line is line `first_line` of `path`, or nullopt when it
// is not simple or holds a key other than `known_keys`.
std::optional<SimpleMap> read_simple_map(std::string_view yaml, const std::string& path,
                                         int first_line,
                                         const std::vector<std::string>& known_keys);

}  // namespace aimsdoc
