#pragma once
// What a YAML text would cost before it is loaded. yaml-cpp shares aliased nodes, so a
// "billion laughs" document loads quickly, but every reader that walks the tree and every
// string copied out of it pays the expanded size: that is what is measured here.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <string>

namespace aimsdoc {

// More than this, added by aliases (bytes of scalars plus one per node), is refused.
inline constexpr std::uint64_t kMaxAliasExpansion = 1u << 20;
// yaml-cpp spends about a kilobyte per node, so a 16 MiB file of `a: 1` lines would need
// gigabytes; no record, catalog or crosswalk written by people comes near this many.
inline constexpr std::uint64_t kMaxYamlNodes = 250000;

struct YamlShape {
  std::uint64_t alias_expansion = 0;  // saturates at kMaxAliasExpansion + 1
  std::uint64_t nodes = 0;            // as written (aliases count once), all documents
  int documents = 0;
  // Where each finding starts; null when there is none.
  YAML::Mark node_limit = YAML::Mark::null_mark();  // node kMaxYamlNodes + 1
  YAML::Mark first_alias = YAML::Mark::null_mark();
  YAML::Mark unclosed_quote = YAML::Mark::null_mark();  // runs to the end of the text
  YAML::Mark second_document = YAML::Mark::null_mark();
};

// Streams the events of every document in `text`, without building nodes. Throws
// YAML::Exception for invalid YAML, as YAML::Load does. yaml-cpp accepts a quoted scalar
// left open at the end of the text (swallowing every line after the quote); that is
// reported in `unclosed_quote` instead.
YamlShape measure_yaml(const std::string& text);

}  // namespace aimsdoc
