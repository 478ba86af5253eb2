#pragma once
// How the portal's page of an evidence item previews its file, chosen by the file's
// extension (case ignored), once for the loader (which keeps the text of a file shown as
// text) and the page (which draws it). A type a browser would run (HTML, SVG, XML ...,
// util/inert_names.hpp) is never shown as itself: its source is shown as text, escaped.
#include <cstdint>
#include <string_view>

namespace aimsdoc {

enum class PreviewKind {
  None,      // no preview: a PDF, an office document, an archive, no extension ...
  Markdown,  // .md, .markdown: rendered like a policy (safe mode, the raw HTML allowlist)
  Csv,       // .csv: a table
  Text,      // .txt, .log, .json, .yaml, .tsv and the source of HTML, SVG, XML: <pre>
  Image,     // .png, .jpg, .jpeg, .gif, .webp: <img> of the copied file
};

PreviewKind preview_kind(std::string_view file_name);

// Kinds drawn from the file's text, which the loader keeps for them.
inline bool previews_text(PreviewKind k) {
  return k == PreviewKind::Markdown || k == PreviewKind::Csv || k == PreviewKind::Text;
}

// A file shown as text is kept whole up to this size; a larger one gets no preview (its
// page says so and links the file).
inline constexpr std::uintmax_t kMaxPreviewBytes = 256 * 1024;

}  // namespace aimsdoc
