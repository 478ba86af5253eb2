#pragma once
// A policy's Markdown body, as its page and the search index need it. The previous build
// remembered (FileSink::remember) for each policy what its HTML is a function of: the
// title and body text, where it lives, and what each link in it pointed at. When all of
// that is unchanged, the body is not rendered again: its words and first heading come from
// those notes, and its page is identified by `id` alone, so an unchanged page is taken over
// without rendering (render_portal.cpp). A changed link target (a renamed policy) changes
// the id, so pages whose links point at it are rendered again.
#include <optional>
#include <string>

#include "render/file_sink.hpp"
#include "render/portal/portal_context.hpp"
#include "render/portal/remembered_words.hpp"
#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

struct PolicyBody {
  std::string id;                   // SHA-256 (hex) of everything the HTML is a function of
  std::optional<std::string> html;  // rendered by this build; nullopt: known from notes
  std::string leading_h1;           // text of a level-1 heading that opens the body
  EntryWords words;                 // the title's and the body's, for the search index
};

// Where a body's words are numbered: in `table` (one per rendering thread); an unchanged
// body's words come from `remembered` through `numbering` (RememberedWords::words).
struct WordSource {
  WordTable& table;
  const RememberedWords& remembered;
  std::vector<std::uint32_t>& numbering;
};

// Renders the body, or takes it from the previous build's notes; remembers it for the next.
PolicyBody policy_body(const PortalContext& ctx, std::size_t policy, FileSink& sink,
                       const WordSource& words);

// The name a policy's body is remembered under (and its words, remembered_words.hpp).
std::string policy_note_name(const Policy& p);

// The body's HTML, rendered now (for a page that must be written although its body was
// known from notes).
std::string policy_body_html(const PortalContext& ctx, std::size_t policy);

}  // namespace aimsdoc::portal
