#pragma once
// A framework catalog file (mappings/*.yaml) -> Framework. Any catalog in this format is
// accepted, so a second framework is data, not code.
#include <filesystem>
#include <optional>
#include <string>

#include "model/framework.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// `relative` is repo-relative, or an absolute path for the built-in catalog.
std::optional<Framework> load_catalog(const std::filesystem::path& root,
                                      const std::string& relative, Diagnostics& diags);

// Parses catalog text already in memory (used by tests and by load_catalog).
std::optional<Framework> parse_catalog(const std::string& text, const std::string& display_path,
                                       Diagnostics& diags);

}  // namespace aimsdoc
