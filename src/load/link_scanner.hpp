#pragma once
// Finds the link targets written in Markdown, with their line and column, without a full
// parse: the check needs locations for every relative link, and the renderer parses once.
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

struct ScannedLink {
  std::string target;              // as written, angle brackets and title removed; "" for `[x]()`
  bool image_without_alt = false;  // `![](x)`: an image a screen reader cannot describe
  int line = 0;                    // 1-based, within the scanned text
  int column = 0;
};

// Inline links and images `[t](x "title")`, and reference definitions `[l]: x`. Fenced code
// blocks and code spans are skipped.
std::vector<ScannedLink> scan_markdown_links(std::string_view markdown);

}  // namespace aimsdoc
