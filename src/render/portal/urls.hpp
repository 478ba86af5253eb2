#pragma once
// URL text for the portal's templates: relative links between output files, escaped paths
// of copied evidence files, and user-written external addresses made harmless.
#include <string>
#include <string_view>

namespace aimsdoc::portal {

// Relative href from one output page to an output path that may carry a "#fragment".
std::string href(std::string_view from_page, std::string_view to);

// "" for a page at the root, "../" one folder down: prefixes root-relative paths in JS.
std::string root_prefix(std::string_view page);

// safe_external_url (site_paths.hpp) as href text, "" when the address is not linkable:
// a `javascript:` or `data:` URL never reaches an href.
std::string external_href(std::string_view url);

}  // namespace aimsdoc::portal
