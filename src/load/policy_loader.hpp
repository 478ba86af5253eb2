#pragma once
// content/**/*.md -> Policy records (front matter fields, body, links found in the body).
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

std::optional<Policy> parse_policy(const std::string& text, const std::string& path,
                                   Diagnostics& diags);

std::optional<Policy> load_policy(const std::filesystem::path& root, const std::string& relative,
                                  Diagnostics& diags);

}  // namespace aimsdoc
