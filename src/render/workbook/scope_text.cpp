#include "render/workbook/scope_text.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <memory>
#include <string_view>

#include "render/cmark_setup.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

bool is_block(cmark_node* node) {
  return (cmark_node_get_type(node) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

// The text of a node with markup dropped; line breaks and block boundaries become spaces.
// (cmark's plaintext renderer would add list markers and table pipes.)
void collect_text(cmark_node* node, std::string& out) {
  for (cmark_node* c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
    switch (cmark_node_get_type(c)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_HTML_BLOCK:
        if (const char* lit = cmark_node_get_literal(c)) out += lit;
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK: out += ' '; break;
      default:
        if (is_block(c) && !out.empty() && out.back() != ' ') out += ' ';
        collect_text(c, out);
    }
  }
}

std::string plain_text(cmark_node* node) {
  std::string out;
  if (cmark_node_get_literal(node)) out = cmark_node_get_literal(node);
  collect_text(node, out);
  return trim(out);
}

bool is_table(cmark_node* node) {
  return std::string_view(cmark_node_get_type_string(node)) == "table";
}

std::vector<std::string> cell_texts(cmark_node* row) {
  std::vector<std::string> cells;
  for (cmark_node* c = cmark_node_first_child(row); c; c = cmark_node_next(c))
    cells.push_back(plain_text(c));
  return cells;
}

void add_table_rows(cmark_node* table, std::vector<std::string>& out) {
  std::vector<std::string> headers;
  for (cmark_node* row = cmark_node_first_child(table); row; row = cmark_node_next(row)) {
    auto cells = cell_texts(row);
    if (cmark_gfm_extensions_get_table_row_is_header(row)) {
      headers = cells;
      continue;
    }
    std::vector<std::string> pairs;
    for (std::size_t i = 0; i < cells.size(); ++i)
      pairs.push_back(i < headers.size() && !headers[i].empty() ? headers[i] + ": " + cells[i]
                                                                : cells[i]);
    out.push_back(join(pairs, "; "));
  }
}

std::string list_text(cmark_node* list) {
  std::vector<std::string> items;
  for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item))
    items.push_back("\xE2\x80\xA2 " + plain_text(item));
  return join(items, "\n");
}

}  // namespace

std::vector<std::string> markdown_paragraphs(std::string_view markdown) {
  prepare_cmark();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));
  std::vector<std::string> out;
  for (cmark_node* n = cmark_node_first_child(doc.get()); n; n = cmark_node_next(n)) {
    if (is_table(n))
      add_table_rows(n, out);
    else if (cmark_node_get_type(n) == CMARK_NODE_LIST)
      out.push_back(list_text(n));
    else if (auto text = plain_text(n); !text.empty())
      out.push_back(text);
  }
  return out;
}

}  // namespace aimsdoc
