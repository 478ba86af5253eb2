#pragma once
// Heading anchors the way GitHub makes them, so links written against a policy on GitHub
// ("risk-methodology.md#3-scoring") land on the same heading in the portal.
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc::portal {

// Lower-cased, punctuation dropped, spaces to '-': "3. Scoring & Rating" -> "3-scoring--rating".
std::string heading_slug(std::string_view text);

// Slugs for headings in document order; repeats get "-1", "-2" as on GitHub.
std::vector<std::string> unique_heading_slugs(const std::vector<std::string>& heading_texts);

// Gives the n-th "<hN>" opening tag of `html` the n-th id. cmark-gfm in safe mode writes
// no raw HTML, so every "<hN>" in its output is a heading it rendered.
std::string add_heading_ids(std::string_view html, const std::vector<std::string>& ids);

}  // namespace aimsdoc::portal
