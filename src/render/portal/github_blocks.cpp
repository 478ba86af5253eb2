#include "render/portal/github_blocks.hpp"

#include <algorithm>
#include <vector>

namespace aimsdoc::portal {
namespace {

constexpr std::string_view kAllowedTags[] = {"br",      "sup",     "sub", "kbd",
                                             "details", "summary", "del", "ins"};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

void escape_into(std::string& out, char c) {
  switch (c) {
    case '<': out += "&lt;"; break;
    case '>': out += "&gt;"; break;
    case '"': out += "&quot;"; break;
    case '&': out += "&amp;"; break;
    default: out += c;
  }
}

// Length of an entity reference at `i` ("&amp;", "&#8212;", "&#x2014;"), or 0.
std::size_t entity_length(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') ++j;
  std::size_t start = j;
  while (j < s.size() && j - start < 32 && is_alnum(s[j])) ++j;
  return j > start && j < s.size() && s[j] == ';' ? j + 1 - i : 0;
}

struct Tag {
  std::size_t length = 0;  // of the whole tag text, 0 when `<` starts no tag
  bool closing = false;
  std::string name;  // lower-cased
  bool open_attribute = false;
};

// The tag starting at `i` (a '<'): its name and extent, quoted attribute values skipped.
Tag read_tag(std::string_view s, std::size_t i) {
  Tag tag;
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '/') {
    tag.closing = true;
    ++j;
  }
  if (j >= s.size() || !is_alpha(s[j])) return tag;
  while (j < s.size() && (is_alnum(s[j]) || s[j] == '-')) tag.name += lower(s[j++]);
  std::size_t attributes = j;
  for (char quote = 0; j < s.size(); ++j) {
    if (quote) {
      if (s[j] == quote) quote = 0;
    } else if (s[j] == '"' || s[j] == '\'') {
      quote = s[j];
    } else if (s[j] == '>') {
      break;
    }
  }
  if (j >= s.size()) return tag;
  std::string rest;
  for (char c : s.substr(attributes, j - attributes)) rest += lower(c);
  tag.open_attribute = rest.find("open") != std::string::npos &&
                       rest.find_first_not_of(" \t\n/") == rest.find("open") &&
                       rest.find_first_not_of(" \t\n/", rest.find("open") + 4) == std::string::npos;
  tag.length = j + 1 - i;
  return tag;
}

bool allowed(const Tag& tag) {
  return tag.length > 0 &&
         std::find(std::begin(kAllowedTags), std::end(kAllowedTags), tag.name) !=
             std::end(kAllowedTags) &&
         !(tag.closing && tag.name == "br");
}

std::string normalized(const Tag& tag) {
  if (tag.name == "br") return "<br />";
  if (tag.closing) return "</" + tag.name + ">";
  return "<" + tag.name + (tag.name == "details" && tag.open_attribute ? " open" : "") + ">";
}

std::string literal_of(cmark_node* node) {
  const char* lit = cmark_node_get_literal(node);
  return lit ? lit : "";
}

// Puts a custom node holding `markup` where `node` is.
void replace_with_markup(cmark_node* node, cmark_node_type type, const std::string& markup,
                         cmark_mem* mem) {
  cmark_node* custom = cmark_node_new_with_mem(type, mem);
  cmark_node_set_on_enter(custom, markup.c_str());
  cmark_node_replace(node, custom);
  cmark_node_free(node);
}

// The text nodes of a block quote's first line ("[", "!NOTE", "]": cmark-gfm splits at
// brackets), when that line is text only; else empty.
std::vector<cmark_node*> first_line_text(cmark_node* quote) {
  std::vector<cmark_node*> nodes;
  cmark_node* para = cmark_node_first_child(quote);
  if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH) return nodes;
  cmark_node* node = cmark_node_first_child(para);
  for (; node && cmark_node_get_type(node) == CMARK_NODE_TEXT; node = cmark_node_next(node))
    nodes.push_back(node);
  if (node && cmark_node_get_type(node) != CMARK_NODE_SOFTBREAK &&
      cmark_node_get_type(node) != CMARK_NODE_LINEBREAK)
    nodes.clear();
  return nodes;
}

// "[!NOTE]" alone on the first line of a block quote: the kind ("note"), else "".
std::string alert_kind(const std::vector<cmark_node*>& first_line, const MarkdownStyle& style) {
  std::string text;
  for (cmark_node* node : first_line) text += literal_of(node);
  if (text.size() < 4 || text.compare(0, 2, "[!") != 0 || text.back() != ']') return "";
  std::string kind;
  for (char c : text.substr(2, text.size() - 3)) kind += lower(c);
  return style.alerts.count(kind) ? kind : "";
}

// The block quote's content moved into the theme's callout, the marker line dropped.
void make_callout(cmark_node* quote, const std::vector<cmark_node*>& marker,
                  const AlertMarkup& markup, cmark_mem* mem) {
  cmark_node* para = cmark_node_first_child(quote);
  if (cmark_node* brk = cmark_node_next(marker.back())) cmark_node_free(brk);
  for (cmark_node* node : marker) cmark_node_free(node);
  if (!cmark_node_first_child(para)) cmark_node_free(para);
  cmark_node* callout = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, mem);
  cmark_node_set_on_enter(callout, markup.open.c_str());
  cmark_node_set_on_exit(callout, markup.close.c_str());
  while (cmark_node* child = cmark_node_first_child(quote)) cmark_node_append_child(callout, child);
  cmark_node_replace(quote, callout);
  cmark_node_free(quote);
}

}  // namespace

std::string sanitize_raw_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (std::size_t i = 0; i < s.size();) {
    if (s.compare(i, 4, "<!--") == 0) {
      auto end = s.find("-->", i + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
    } else if (s[i] == '<') {
      Tag tag = read_tag(s, i);
      if (allowed(tag)) {
        out += normalized(tag);
        i += tag.length;
      } else {
        escape_into(out, s[i++]);
      }
    } else if (s[i] == '&' && entity_length(s, i) > 0) {
      std::size_t n = entity_length(s, i);
      out.append(s.substr(i, n));
      i += n;
    } else {
      escape_into(out, s[i++]);
    }
  }
  return out;
}

void apply_github_blocks(cmark_node* doc, std::string_view markdown, const MarkdownStyle* style,
                         cmark_mem* mem) {
  bool html = markdown.find('<') != std::string_view::npos;
  bool alerts = style && markdown.find("[!") != std::string_view::npos;
  if (!html && !alerts) return;
  // Collected first, changed after: the iterator must not see its tree change under it.
  std::vector<cmark_node*> raw, quotes;
  cmark_iter* iter = cmark_iter_new(doc);
  for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (ev != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    auto type = cmark_node_get_type(node);
    if (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK) raw.push_back(node);
    if (type == CMARK_NODE_BLOCK_QUOTE && alerts) quotes.push_back(node);
  }
  cmark_iter_free(iter);
  for (cmark_node* node : raw)
    replace_with_markup(node,
                        cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
                            ? CMARK_NODE_CUSTOM_BLOCK
                            : CMARK_NODE_CUSTOM_INLINE,
                        sanitize_raw_html(literal_of(node)), mem);
  // Inner quotes first (collected after their outer ones), so no quote is moved before
  // it is turned into a callout.
  for (auto it = quotes.rbegin(); it != quotes.rend(); ++it) {
    auto first_line = first_line_text(*it);
    std::string kind = alert_kind(first_line, *style);
    if (!kind.empty()) make_callout(*it, first_line, style->alerts.at(kind), mem);
  }
}

}  // namespace aimsdoc::portal
