#include "render/portal/markdown.hpp"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <vector>

#include "render/cmark_setup.hpp"
#include "render/portal/github_blocks.hpp"
#include "render/portal/heading_ids.hpp"
#include "render/portal/markdown_arena.hpp"

namespace aimsdoc::portal {
namespace {

// No CMARK_OPT_UNSAFE: cmark-gfm then blanks dangerous URL schemes (and would omit raw
// HTML, which apply_github_blocks turns into sanitized markup before rendering).
constexpr int kOptions = CMARK_OPT_FOOTNOTES;

// Everything cmark allocates for one document comes from the thread's arena and goes
// when this goes out of scope (no cmark_*_free: the arena's free does nothing).
struct ArenaScope {
  ArenaScope() = default;
  ArenaScope(const ArenaScope&) = delete;
  ArenaScope& operator=(const ArenaScope&) = delete;
  ~ArenaScope() { reset_thread_arena(); }
};

// A task-list checkbox ("- [x] done") is named by its list item's text: cmark-gfm writes
// `<li><input type="checkbox" ...` with no label, which screen readers announce as a bare
// "checkbox". The item gets an id of its own and the box points at it (aria-labelledby),
// which needs no UI words.
std::string label_task_items(std::string html) {
  static constexpr std::string_view kItem = "<li><input type=\"checkbox\"";
  std::string out;
  std::size_t from = 0, n = 0;
  for (std::size_t at; (at = html.find(kItem, from)) != std::string::npos;
       from = at + kItem.size()) {
    std::string id = "task-item-" + std::to_string(++n);
    out.append(html, from, at - from);
    out += "<li id=\"" + id + "\"><input aria-labelledby=\"" + id + "\" type=\"checkbox\"";
  }
  if (n == 0) return html;
  out.append(html, from, std::string::npos);
  return out;
}

// Prefixes the ids cmark-gfm wrote (headings, footnotes, task items) and the references to
// them (footnote links, a task item's aria-labelledby).
std::string prefix_ids(const std::string& html, std::string_view prefix) {
  std::string out;
  out.reserve(html.size() + 256);
  // Every id is an attribute value: found by its `="` (rare in escaped text), then told
  // apart by the name before it. A footnote link keeps its "#" before the prefix.
  auto ends_with = [&](std::size_t end, std::string_view name) {
    return end >= name.size() && html.compare(end - name.size(), name.size(), name) == 0;
  };
  std::size_t copied = 0;
  for (auto eq = html.find("=\"", 0); eq != std::string::npos; eq = html.find("=\"", eq + 2)) {
    std::size_t value = eq + 2, at = std::string::npos;
    if (ends_with(eq, " id") || ends_with(eq, " aria-labelledby"))
      at = value;
    else if (ends_with(eq, "href") && html.compare(value, 3, "#fn") == 0)
      at = value + 1;
    if (at == std::string::npos) continue;
    out.append(html, copied, at - copied);
    out += prefix;
    copied = at;
  }
  out.append(html, copied);
  return out;
}

bool is_block(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

// The visible text for the search index: literals of text and code, words ending at line
// breaks and block edges (as in cmark's plain-text rendering, which this walk replaces).
void collect_words(cmark_node* node, WordCollector& words) {
  switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:  // "**in**line" is one word, as in the plain text
      if (const char* lit = cmark_node_get_literal(node)) words.feed(lit);
      return;
    case CMARK_NODE_CODE_BLOCK:
      words.boundary();
      if (const char* lit = cmark_node_get_literal(node)) words.feed(lit);
      words.boundary();
      return;
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK: words.boundary(); return;
    default:
      if (is_block(node)) words.boundary();
  }
}

// One walk: rewrites link and image URLs, collects heading texts in document order and,
// when asked, the words of the text.
std::vector<std::string> walk_document(cmark_node* doc, const UrlRewriter& rewrite,
                                       WordCollector* words) {
  std::vector<std::string> headings;
  cmark_iter* iter = cmark_iter_new(doc);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (words) collect_words(node, *words);
    if (ev != CMARK_EVENT_ENTER) continue;
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HEADING) {
      headings.push_back(heading_text(node));
    } else if ((type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) && rewrite) {
      const char* url = cmark_node_get_url(node);
      if (!url) continue;
      if (auto replaced = rewrite(url)) cmark_node_set_url(node, replaced->c_str());
    }
  }
  cmark_iter_free(iter);
  return headings;
}

}  // namespace

RenderedMarkdown render_markdown(std::string_view markdown, const UrlRewriter& rewrite,
                                 WordCollector* words, bool valid_utf8, const MarkdownStyle* style,
                                 std::string_view id_prefix) {
  ArenaScope arena;
  int options = kOptions | (valid_utf8 ? 0 : CMARK_OPT_VALIDATE_UTF8);
  cmark_parser* parser = cmark_parser_new_with_mem(options, thread_arena());
  cmark_node* doc = nullptr;
  {
    auto lock = attach_gfm_extensions(parser, markdown);
    cmark_parser_feed(parser, markdown.data(), markdown.size());
    doc = cmark_parser_finish(parser);
  }
  apply_github_blocks(doc, markdown, style, thread_arena());
  auto headings = walk_document(doc, rewrite, words);
  RenderedMarkdown out;
  cmark_node* first = cmark_node_first_child(doc);
  if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING &&
      cmark_node_get_heading_level(first) == 1)
    out.leading_h1 = heading_text(first);
  const char* html = cmark_render_html_with_mem(
      doc, kOptions, cmark_parser_get_syntax_extensions(parser), thread_arena());
  out.html = label_task_items(add_heading_ids(html ? html : "", unique_heading_slugs(headings)));
  if (!id_prefix.empty()) out.html = prefix_ids(out.html, id_prefix);
  return out;
}

}  // namespace aimsdoc::portal
