#include "render/portal/urls.hpp"

#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

// relative_url() for the two cases most links are (every policy page links to a dozen
// others in its folder, and the root pages to everything), without splitting paths into
// segments: from a page at the root the path itself, within one folder the file name.
std::string relative_to(std::string_view from_page, std::string_view path) {
  auto slash = from_page.rfind('/');
  if (slash == std::string_view::npos) return std::string(path);
  std::string_view folder = from_page.substr(0, slash + 1);  // with its '/'
  if (path.substr(0, folder.size()) == folder &&
      path.find('/', folder.size()) == std::string_view::npos)
    return std::string(path.substr(folder.size()));
  return relative_url(from_page, path);
}

}  // namespace

std::string href(std::string_view from_page, std::string_view to) {
  auto hash = to.find('#');
  std::string_view path = to.substr(0, hash);
  std::string out = path == from_page && hash != std::string_view::npos
                        ? std::string()
                        : relative_to(from_page, path);
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
