#include "render/portal/urls.hpp"

#include <algorithm>
#include <cctype>

#include "render/site_paths.hpp"

namespace aimsdoc::portal {

std::string href(std::string_view from_page, std::string_view to) {
  auto hash = to.find('#');
  std::string_view path = to.substr(0, hash);
  std::string out = path == from_page && hash != std::string_view::npos
                        ? std::string()
                        : relative_url(from_page, path);
  if (hash != std::string_view::npos) out += to.substr(hash);
  return out;
}

std::string root_prefix(std::string_view page) {
  std::string out;
  for (char c : page)
    if (c == '/') out += "../";
  return out;
}

std::string safe_external_url(std::string_view url) {
  std::string lower(url.substr(0, std::min<std::size_t>(url.size(), 8)));
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (unsigned char c : url)
    if (c <= ' ' || c == 0x7f) return {};
  for (const char* scheme : {"https://", "http://", "mailto:", "ftp://"})
    if (lower.rfind(scheme, 0) == 0) return std::string(url);
  return {};
}

}  // namespace aimsdoc::portal
