#pragma once
// Heading anchors in rendered HTML; the slugs themselves are util/heading_slugs.hpp's.
#include <string>
#include <string_view>
#include <vector>

#include "util/heading_slugs.hpp"

namespace aimsdoc::portal {

// Gives the n-th "<hN>" opening tag of `html` the n-th id. cmark-gfm in safe mode writes
// no raw HTML, so every "<hN>" in its output is a heading it rendered.
std::string add_heading_ids(std::string_view html, const std::vector<std::string>& ids);

}  // namespace aimsdoc::portal
