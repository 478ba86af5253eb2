#pragma once
// Heading anchors the way GitHub makes them, so links written against a policy on GitHub
// ("risk-methodology.md#3-scoring") land on the same heading in the portal, and a link to
// a heading that is not there is found before the portal is built.
#include <cmark-gfm.h>

#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

// Lower-cased, punctuation dropped, spaces to '-': "3. Scoring & Rating" -> "3-scoring--rating".
std::string heading_slug(std::string_view text);

// Slugs for headings in document order; repeats get "-1", "-2" as on GitHub.
std::vector<std::string> unique_heading_slugs(const std::vector<std::string>& heading_texts);

// The text a heading (or any inline container) shows: its text and code literals.
std::string heading_text(cmark_node* node);

// The anchors of every heading of a Markdown text, in document order (as the portal gives
// them). Parses without the GitHub extensions: none of them changes a heading's slug.
std::vector<std::string> markdown_heading_anchors(std::string_view markdown);

}  // namespace aimsdoc
