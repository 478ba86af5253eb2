#pragma once
// content/**/*.md -> Policy records (front matter fields, body, links found in the body).
#include <filesystem>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// How parse_policy reads the front matter: Auto tries the simple reader (no yaml-cpp) and
// falls back to yaml-cpp when it declines. The other two exist for the tests that hold the
// simple reader to giving what yaml-cpp gives: SimpleOnly returns nullopt where Auto would
// fall back.
enum class FrontMatterReader { Auto, SimpleOnly, YamlOnly };

std::optional<Policy> parse_policy(const std::string& text, const std::string& path,
                                   Diagnostics& diags,
                                   FrontMatterReader reader = FrontMatterReader::Auto);

std::optional<Policy> load_policy(const std::filesystem::path& root, const std::string& relative,
                                  Diagnostics& diags);

}  // namespace aimsdoc
