#pragma once
// A user theme is input too (a pull request can change one): its templates are scanned
// before anything compiles them, so `check` reports what would stop `build`.
#include <filesystem>
#include <string>

#include "util/diagnostic.hpp"

namespace aimsdoc {

// Sections ({{#x}}, {{^x}}) open inside each other at most this deep: kainjow's parser
// copies the stack of open sections at every level (quadratic memory in the depth).
inline constexpr std::size_t kMaxTemplateNesting = 32;

// Checks every templates/*.mustache of the theme folder `theme` (relative to `root`, already
// resolved inside it): readable, at most kMaxInputBytes, sections nested at most
// kMaxTemplateNesting deep. False after located errors [theme.read, theme.template].
bool theme_within_limits(const std::filesystem::path& root, const std::string& theme,
                         Diagnostics& diags);

// The nesting check alone, for one template's text; `path` names it in the error.
bool template_within_limits(std::string_view text, const std::string& path, Diagnostics& diags);

}  // namespace aimsdoc
