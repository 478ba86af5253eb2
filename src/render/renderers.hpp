#pragma once
// The outputs of `aimsdoc build`, each behind one function. Adding an output means adding
// a renderer here, not touching loaders or the model.
#include "render/build_view.hpp"
#include "render/file_sink.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Registers what both renderers share (cmark-gfm's extensions, whose registry is not
// thread-safe); call once before running them on separate threads.
void prepare_renderers();

// The evidence portal: every page, asset, copied evidence file and the search index.
// Theme problems (a template that does not parse or runs too long) are reported in `diags`.
void render_portal(const BuildView& view, FileSink& sink, Diagnostics& diags);

// The Statement of Applicability workbook, soa.xlsx.
void render_workbook(const BuildView& view, FileSink& sink, Diagnostics& diags);

}  // namespace aimsdoc
