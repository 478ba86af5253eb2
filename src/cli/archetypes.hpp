#pragma once
// The files `aimsdoc init` and `aimsdoc new` write, drawn from the theme's archetypes
// (archetypes/<name>.mustache, overridable by a user theme like a template), and the
// never-overwrite rule both follow.
#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Values an archetype shows, by name; written into YAML and Markdown as they are
// ({{{triple}}} in the archetypes), so callers pass only ids, titles and dates.
using ArchetypeValues = std::map<std::string, std::string>;

// Archetype `name` ("policy.md", "record.yaml", "site.yaml") of `site`'s theme, rendered.
// nullopt (with the theme's error in `diags`) when it cannot be read.
std::optional<std::string> render_archetype(const std::filesystem::path& root,
                                            const SiteConfig& site, const std::string& name,
                                            const ArchetypeValues& values, Diagnostics& diags);

enum class WriteOutcome { Written, Exists, Failed };

// Creates `path` (and its folders) holding `text`; an existing file is never touched.
WriteOutcome write_new_file(const std::filesystem::path& path, const std::string& text);

}  // namespace aimsdoc
