#pragma once
// The search box's index, written as a script (assets/search-index.js) rather than JSON:
// browsers refuse fetch() of local files, and the portal must search from an unzipped
// copy opened via file://.
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc::portal {

struct SearchEntry {
  std::string kind;   // "policy" | "clause" | "control" | "evidence" | framework short name
  std::string id;
  std::string title;
  std::string url;    // output path from the site root
  std::string words;  // search_words() of the entry's text
};

// Distinct lower-cased words of three or more characters, in order of first appearance,
// space-separated; at most `limit` of them.
std::string search_words(std::string_view text, std::size_t limit = 2000);

// `window.AIMSDOC_SEARCH_INDEX = [[kind, id, title, url, words], ...];`
std::string search_index_script(const std::vector<SearchEntry>& entries);

}  // namespace aimsdoc::portal
