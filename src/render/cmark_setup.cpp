#include "render/cmark_setup.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/syntax_extension.h>  // the list to free: the API has no getter

namespace aimsdoc {
namespace {

constexpr const char* kExtensions[] = {"table", "autolink", "tasklist", "tagfilter"};

std::mutex strikethrough_mutex;

// Sets autolink's characters in the global table, then takes them off the extension, so no
// parse clears them again. Only the setting and clearing read that list: autolink finds
// its links itself and leaves no delimiters for the parser to match (strikethrough does).
void make_autolink_characters_permanent() {
  cmark_syntax_extension* autolink = cmark_find_syntax_extension("autolink");
  if (!autolink) return;
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_DEFAULT);
  cmark_parser_attach_syntax_extension(parser, autolink);
  cmark_manage_extensions_special_characters(parser, 1);
  cmark_parser_free(parser);
  cmark_llist* declared = autolink->special_inline_chars;
  cmark_syntax_extension_set_special_inline_chars(autolink, nullptr);
  cmark_llist_free(cmark_get_default_mem_allocator(), declared);  // as the extension made it
}

}  // namespace

void prepare_cmark() {
  static std::once_flag once;
  std::call_once(once, [] {
    cmark_gfm_core_extensions_ensure_registered();
    make_autolink_characters_permanent();
  });
}

std::unique_lock<std::mutex> attach_gfm_extensions(cmark_parser* parser,
                                                   std::string_view markdown) {
  prepare_cmark();
  for (const char* name : kExtensions)
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, ext);
  std::unique_lock<std::mutex> lock(strikethrough_mutex, std::defer_lock);
  if (markdown.find('~') == std::string_view::npos) return lock;  // nothing to strike through
  if (cmark_syntax_extension* ext = cmark_find_syntax_extension("strikethrough")) {
    lock.lock();
    cmark_parser_attach_syntax_extension(parser, ext);
  }
  return lock;
}

}  // namespace aimsdoc
