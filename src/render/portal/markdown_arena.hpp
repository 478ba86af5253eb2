#pragma once
// Memory for cmark-gfm while it parses and renders one document. cmark allocates every
// node and text buffer on its own (thousands of malloc/free pairs per policy, a tenth of a
// build); through this allocator they come from blocks owned by the rendering thread and
// are released all at once, by reset(), when the document's HTML has been copied out.
// cmark-gfm's own arena allocator is one for the whole process, so it cannot serve two
// rendering threads.
#include <cmark-gfm.h>

namespace aimsdoc::portal {

// The calling thread's arena, as cmark_mem; pass it to cmark_parser_new_with_mem and
// cmark_render_html_with_mem.
cmark_mem* thread_arena();

// Releases everything the calling thread's arena handed out. Nothing cmark made with it
// may be used afterwards (nor freed: its free is a no-op).
void reset_thread_arena();

}  // namespace aimsdoc::portal
