#pragma once
// GitHub-flavoured Markdown to HTML with cmark-gfm: tables, strikethrough, autolinks, task
// lists, footnotes, GitHub's raw HTML allowlist and alert blocks (github_blocks.hpp). Safe
// mode: javascript:/vbscript:/data: link URLs are blanked, and raw HTML other than the
// allowlist's attribute-free tags shows as text, so a policy cannot inject script.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "render/portal/github_blocks.hpp"
#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

// Given a link or image URL as written, the URL to use instead, or nullopt to keep it.
using UrlRewriter = std::function<std::optional<std::string>(const std::string& url)>;

struct RenderedMarkdown {
  std::string html;        // headings carry GitHub-style ids, so "policy.md#section" links land
  std::string leading_h1;  // text of the first block when it is a level-1 heading
};

// `words`, when given, is fed the text a reader sees (not URLs or markup), for the search
// index: taken from the parsed document in the same walk that rewrites links.
// `valid_utf8`: the caller knows `markdown` is valid UTF-8 (a policy body, cut at a line
// from a file the loader checked), so cmark-gfm need not check it again line by line.
// Markdown from YAML values is checked: an escape such as "\uD800" decodes to bytes that
// are not UTF-8. `style`, when given, draws alert blocks as the theme's callouts.
// `id_prefix` goes before every id the HTML gets (headings, task items, footnotes) and in
// the links to them, for a page that holds several documents: each gets its own prefix.
RenderedMarkdown render_markdown(std::string_view markdown, const UrlRewriter& rewrite,
                                 WordCollector* words = nullptr, bool valid_utf8 = false,
                                 const MarkdownStyle* style = nullptr,
                                 std::string_view id_prefix = {});

}  // namespace aimsdoc::portal
