#pragma once
// controls/**/*.yaml -> RequirementRecord, with evidence files located, checked to stay
// inside the root, and hashed.
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// `root` is where evidence paths are resolved; an empty root skips file checks (tests).
std::optional<RequirementRecord> parse_record(const std::string& text, const std::string& path,
                                              const std::filesystem::path& root,
                                              Diagnostics& diags);

std::optional<RequirementRecord> load_record(const std::filesystem::path& root,
                                             const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
