#include "util/inert_names.hpp"

#include <algorithm>
#include <array>

namespace aimsdoc {

bool renders_inertly(std::string_view file_name) {
  // Not md, yaml, xml, svg, html, xhtml, mht, eml ...: unmapped types are sniffed (a
  // Markdown file starting with <html> renders as a page), the others are active.
  static constexpr std::array<std::string_view, 39> kInert = {
      "7z",   "avif", "bmp",  "bz2", "csv",  "doc",  "docx", "gif",  "gz",  "ico",
      "jpeg", "jpg",  "json", "log", "m4a",  "mov",  "mp3",  "mp4",  "odp", "ods",
      "odt",  "ogg",  "pdf",  "png", "ppt",  "pptx", "rtf",  "tar",  "tgz", "tif",
      "tiff", "tsv",  "txt",  "wav", "webm", "webp", "xls",  "xlsx", "zip"};
  auto slash = file_name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? file_name : file_name.substr(slash + 1);
  auto dot = base.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string ext(base.substr(dot + 1));
  if (ext.size() > 4) return false;
  std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return std::binary_search(kInert.begin(), kInert.end(), std::string_view(ext));
}

std::string inert_name(std::string_view path) {
  return renders_inertly(path) ? std::string(path) : std::string(path) + ".txt";
}

}  // namespace aimsdoc
