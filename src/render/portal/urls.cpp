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

std::string external_href(std::string_view url) {
  return safe_external_url(url).value_or(std::string());
}

}  // namespace aimsdoc::portal
