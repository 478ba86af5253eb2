#pragma once
// Splits a Markdown file into its YAML front matter and its body.
#include <optional>
#include <string>
#include <string_view>

#include "util/diagnostic.hpp"

namespace aimsdoc {

struct FrontMatterSplit {
  std::string yaml;         // between the fences, without them
  int yaml_first_line = 2;  // 1-based line of the first YAML line
  std::string body;
  int body_first_line = 1;  // 1-based line where the body starts
};

// Normalizes a text file as read from disk: drops a UTF-8 BOM, turns CRLF and lone CR into
// LF, so line numbers and parsers see one convention.
std::string normalize_text(std::string_view raw);

// Front matter is a first line `---`, YAML, then a line `---` or `...`.
// Missing or unterminated front matter is an error [front-matter.missing|unterminated].
std::optional<FrontMatterSplit> split_front_matter(std::string_view text, const std::string& path,
                                                   Diagnostics& diags);

}  // namespace aimsdoc
