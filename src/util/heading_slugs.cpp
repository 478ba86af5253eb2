#include "util/heading_slugs.hpp"

#include <algorithm>
#include <utility>

namespace aimsdoc {

std::string heading_slug(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
    else if (c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')
      out += static_cast<char>(c);
    else if (c == ' ')
      out += '-';
  }
  return out;
}

std::vector<std::string> unique_heading_slugs(const std::vector<std::string>& heading_texts) {
  // A document has tens of headings: a list searched in turn beats a tree of strings.
  std::vector<std::pair<std::string, int>> seen;
  std::vector<std::string> out;
  out.reserve(heading_texts.size());
  for (const auto& text : heading_texts) {
    std::string base = heading_slug(text);
    if (base.empty()) base = "section";
    auto it =
        std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == base; });
    int n = it == seen.end() ? 0 : it->second++;
    if (it == seen.end()) seen.emplace_back(base, 1);
    out.push_back(n == 0 ? std::move(base) : base + "-" + std::to_string(n));
  }
  return out;
}

std::string heading_text(cmark_node* node) {
  std::string out;
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    auto type = cmark_node_get_type(c);
    if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
      if (const char* lit = cmark_node_get_literal(c)) out += lit;
    } else {
      out += heading_text(c);
    }
  }
  return out;
}

std::vector<std::string> markdown_heading_anchors(std::string_view markdown) {
  cmark_node* doc = cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_FOOTNOTES);
  std::vector<std::string> texts;
  // Headings are blocks: only the document's top level and containers (quotes, lists) hold them.
  cmark_iter* iter = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter);
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING)
      texts.push_back(heading_text(node));
  }
  cmark_iter_free(iter);
  cmark_node_free(doc);
  return unique_heading_slugs(texts);
}

}  // namespace aimsdoc
