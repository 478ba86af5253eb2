#pragma once
// How pages reach the sink so that a rebuild writes only what changed (FileSink::reuse):
// a page is rendered and, when its bytes are those the previous build published, that
// file is taken over instead of written. A policy page is first rendered with a stand-in
// for its Markdown body, which names the body by its id (policy_body.hpp): that shape is
// the page's key, so an unchanged page is taken over before its body is rendered at all.
// Before that, every page is first looked up by its inputs key (FileSink::reuse_by_inputs):
// when nothing but other policies' bodies changed, it is taken over without building its data.
#include <string>
#include <string_view>

#include "render/file_sink.hpp"
#include "render/portal/page_frame.hpp"
#include "render/portal/policy_body.hpp"
#include "render/portal/search_index.hpp"
#include "render/portal/templates.hpp"

namespace aimsdoc::portal {

// Writes `bytes` at `path` unless the previous build's file there has the same content.
void output_file(FileSink& sink, const std::string& path, std::string_view bytes);

// Renders `page` with its template and the layout, then output_file().
void output_page(FileSink& sink, CompiledTemplates& templates, const Page& page);

struct PolicyOutput {
  FileSink& sink;
  CompiledTemplates& templates;
  const WordSource& words;
  // The theme shows body_html only raw (shows_only_raw): the page is the shape with the
  // body put in place of the stand-in, not a second rendering.
  bool splice_body;
};

// Outputs policy `index`'s page; returns its words for the search index.
EntryWords output_policy_page(const PortalContext& ctx, std::size_t index, const PolicyOutput& out);

}  // namespace aimsdoc::portal
