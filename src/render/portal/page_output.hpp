#pragma once
// How pages reach the sink so that a rebuild writes only what changed (FileKeys): every
// page is first looked up by its inputs key, so when nothing but other policies' bodies
// changed it is taken over without building its data. A policy page is then rendered with
// a stand-in for its Markdown body, which names the body by its id (policy_body.hpp): that
// shape is the page's shape key, so an unchanged page is taken over before its body is
// rendered at all. Any other page is rendered and compared by content.
#include <string>

#include "render/file_sink.hpp"
#include "render/portal/page_frame.hpp"
#include "render/portal/policy_body.hpp"
#include "render/portal/search_index.hpp"
#include "render/portal/templates.hpp"

namespace aimsdoc::portal {

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
