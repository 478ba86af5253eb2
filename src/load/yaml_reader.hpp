#pragma once
// Typed, located reads from yaml-cpp nodes. Every problem becomes a Diagnostic naming the
// file, line and column; nothing throws out of here.
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/aims.hpp"
#include "util/date.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Where a YAML document sits in its file: front matter starts below the opening `---`.
struct YamlSource {
  std::string path;
  int line_offset = 0;  // added to yaml-cpp's 0-based line

  SourceLocation at(const YAML::Mark& mark) const;
};

// Parses one YAML document; a syntax error becomes a diagnostic [yaml.syntax].
std::optional<YAML::Node> parse_yaml(const std::string& text, const YamlSource& src,
                                     Diagnostics& diags);

// Reads one mapping. Unknown keys warn (with a did-you-mean) and duplicate keys are
// errors, both reported when the reader is made.
class MapReader {
 public:
  MapReader(const YAML::Node& node, const YamlSource& src, Diagnostics& diags,
            std::vector<std::string> known_keys);

  bool ok() const { return is_map_; }
  bool has(const std::string& key) const;
  SourceLocation location() const;
  SourceLocation location_of(const std::string& key) const;  // the value, else the map

  std::optional<std::string> string(const std::string& key, bool required);
  std::optional<bool> boolean(const std::string& key, bool required);
  std::optional<long> integer(const std::string& key, bool required);
  std::optional<Date> date(const std::string& key, bool required);
  // A list of strings; a single scalar is an error that says to write a list.
  std::vector<Reference> string_list(const std::string& key);
  std::optional<YAML::Node> node(const std::string& key) const;

  const YamlSource& source() const { return src_; }
  Diagnostics& diagnostics() { return diags_; }

 private:
  struct Entry {
    YAML::Node key, value;
  };
  std::optional<std::string> scalar(const std::string& key, bool required, const char* what);
  // A scalar's text with control characters removed (and reported) [input.encoding].
  std::optional<std::string> text(const YAML::Node& node);
  void type_error(const std::string& key, const char* expected);

  YamlSource src_;
  Diagnostics& diags_;
  YAML::Mark mark_;
  bool is_map_ = false;
  std::vector<std::pair<std::string, Entry>> entries_;  // first occurrence of each key
  std::unordered_map<std::string, std::size_t> index_;  // key -> entries_ slot
};

// Calls `fn` with each item of the list under `key`; anything but a list is a located type
// error ("'key' must be a list of <shape>").
template <typename Fn>
void each_item(MapReader& r, const std::string& key, const char* shape, Fn fn) {
  auto list = r.node(key);
  if (!list || list->IsNull()) return;
  if (!list->IsSequence()) {
    r.diagnostics().error(r.location_of(key), "yaml.type",
                          "'" + key + "' must be a list of " + shape);
    return;
  }
  for (const auto& node : *list) fn(node);
}

// Scalar text of a node (control characters removed), or nullopt when it is not a scalar.
std::optional<std::string> scalar_text(const YAML::Node& node);

}  // namespace aimsdoc
