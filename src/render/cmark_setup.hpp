#pragma once
// cmark-gfm set up for parsing on several threads at a time.
//
// cmark-gfm 0.29.0.gfm.6 (Debian's) keeps the inline parser's table of special characters
// in a global: every parse sets its extensions' characters when it starts on inlines and
// clears them when done, so on two threads one document's end blinds the other mid-parse
// (a "www." autolink or a "~~strike~~" comes out as text, depending on timing; upstream
// pull request github/cmark-gfm#176). Autolink's characters (':' and 'w') are therefore set
// once and for all; strikethrough's '~' cannot be (the parser finds the extension of a
// delimiter by it), so strikethrough is attached only to documents that contain a '~',
// and those parse one at a time.
#include <cmark-gfm.h>

#include <mutex>
#include <string_view>

namespace aimsdoc {

// Registers the core extensions and sets autolink's characters; call before any thread
// parses Markdown (idempotent, thread-safe).
void prepare_cmark();

// Attaches the GitHub extensions (tables, strikethrough, autolinks, task lists, tag filter)
// that `markdown` can use to `parser`. Hold the returned lock until cmark_parser_finish
// has returned: it is taken when strikethrough is attached.
std::unique_lock<std::mutex> attach_gfm_extensions(cmark_parser* parser, std::string_view markdown);

}  // namespace aimsdoc
