#include "util/embedded.hpp"

#include <algorithm>

#include "embedded_data.hpp"  // generated: kEmbeddedFiles[] sorted by path

namespace aimsdoc {

std::optional<std::string_view> embedded_file(std::string_view path) {
  auto begin = std::begin(kEmbeddedFiles), end = std::end(kEmbeddedFiles);
  auto it = std::lower_bound(begin, end, path,
                             [](const EmbeddedFile& f, std::string_view p) { return f.path < p; });
  if (it == end || it->path != path) return std::nullopt;
  return std::string_view(reinterpret_cast<const char*>(it->data), it->size);
}

std::vector<std::string> embedded_files_under(std::string_view prefix) {
  std::vector<std::string> out;
  for (const auto& f : kEmbeddedFiles)
    if (f.path.substr(0, prefix.size()) == prefix) out.emplace_back(f.path);
  return out;
}

}  // namespace aimsdoc
