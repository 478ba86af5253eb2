#pragma once
// A theme is input like the rest (a pull request can change one): read here, once, with the
// AIMS, so `check` reports what would stop `build`, and handed to the renderer.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "model/aims.hpp"
#include "model/theme.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Sections ({{#x}}, {{^x}}) open inside each other at most this deep: kainjow's parser
// copies the stack of open sections at every level (quadratic memory in the depth).
inline constexpr std::size_t kMaxTemplateNesting = 32;

// The theme site.yaml names: its labels, every template and every asset, the user's over
// the default's. The user's templates are kept as read, and must decode as text and nest
// at most kMaxTemplateNesting deep. Problems are errors [theme.path, theme.read,
// theme.template, theme.labels, input.encoding] that make `site.theme_usable` false.
Theme load_theme(const std::filesystem::path& root, SiteConfig& site, Diagnostics& diags);

// One file of the theme by its path in the theme ("archetypes/policy.md.mustache"), as
// load_theme() finds a template: the user theme's, else the default's.
std::optional<ThemeTemplate> load_theme_file(const std::filesystem::path& root,
                                             const SiteConfig& site, const std::string& rel,
                                             Diagnostics& diags);

// The nesting limit, for one template's text; `path` names it in the error [theme.template].
bool template_within_limits(std::string_view text, const std::string& path, Diagnostics& diags);

}  // namespace aimsdoc
