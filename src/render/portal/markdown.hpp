#pragma once
// GitHub-flavoured Markdown to HTML with cmark-gfm: tables, strikethrough, autolinks, task
// lists, footnotes. Safe mode: raw HTML is dropped and javascript:/vbscript:/data: link
// URLs are blanked, so a policy cannot inject script into the portal.
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

// Given a link or image URL as written, the URL to use instead, or nullopt to keep it.
using UrlRewriter = std::function<std::optional<std::string>(const std::string& url)>;

struct RenderedMarkdown {
  std::string html;  // headings carry GitHub-style ids, so "policy.md#section" links land
  std::string leading_h1;  // text of the first block when it is a level-1 heading
};

// Registers the cmark-gfm extensions; call once before rendering on several threads.
void prepare_markdown();

// `words`, when given, is fed the text a reader sees (not URLs or markup), for the search
// index: taken from the parsed document in the same walk that rewrites links.
RenderedMarkdown render_markdown(std::string_view markdown, const UrlRewriter& rewrite,
                                 WordCollector* words = nullptr);

}  // namespace aimsdoc::portal
