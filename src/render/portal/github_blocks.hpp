#pragma once
// Markdown as people write it for GitHub, beyond what cmark-gfm's safe mode renders: a
// small allowlist of raw HTML tags kept as GitHub keeps them, every other tag shown as the
// text it is (not dropped, which ate words like "<insert email address here>"), and alert
// blocks ("> [!NOTE]") drawn as the theme's callouts.
#include <cmark-gfm.h>

#include <map>
#include <string>
#include <string_view>

namespace aimsdoc::portal {

// What the theme (templates/alert.mustache) puts before and after an alert's content.
struct AlertMarkup {
  std::string open, close;
};

// The theme's share of rendered Markdown; its digest goes into every body's cache key.
struct MarkdownStyle {
  std::map<std::string, AlertMarkup> alerts;  // "note", "tip", "important", "warning", "caution"
  std::string digest;
};

// The alert kinds GitHub knows, in its order.
inline constexpr const char* kAlertKinds[] = {"note", "tip", "important", "warning", "caution"};

// Raw HTML as it may reach a page: the allowlisted tags (br, sup, sub, kbd, details,
// summary, del, ins) without attributes (but `open` on details), comments left out as
// GitHub hides them, entities kept, and everything else escaped so it shows as text.
std::string sanitize_raw_html(std::string_view html);

// Replaces the raw HTML nodes of `doc` by their sanitized markup and, when `style` is
// given, alert block quotes by the theme's callouts; new nodes come from `mem`, the
// document's allocator. `markdown` is the parsed text: a document with neither '<' nor
// "[!" is left alone without a walk.
void apply_github_blocks(cmark_node* doc, std::string_view markdown, const MarkdownStyle* style,
                         cmark_mem* mem);

}  // namespace aimsdoc::portal
