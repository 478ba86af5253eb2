#include "util/preview_kind.hpp"

#include <string>

namespace aimsdoc {

PreviewKind preview_kind(std::string_view file_name) {
  auto slash = file_name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
  auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return PreviewKind::None;
  std::string ext(base.substr(dot + 1));
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (ext == "md" || ext == "markdown") return PreviewKind::Markdown;
  if (ext == "csv") return PreviewKind::Csv;
  // SVG is an image that can hold script: its source is shown, never the picture.
  for (const char* text : {"txt", "log", "json", "yaml", "yml", "tsv", "xml", "html", "htm", "svg"})
    if (ext == text) return PreviewKind::Text;
  for (const char* image : {"png", "jpg", "jpeg", "gif", "webp"})
    if (ext == image) return PreviewKind::Image;
  return PreviewKind::None;
}

}  // namespace aimsdoc
