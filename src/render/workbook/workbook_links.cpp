#include "render/workbook/workbook_links.hpp"

#include "render/site_paths.hpp"

namespace aimsdoc {
std::string anchor_link(std::string_view site_anchor) {
  std::size_t hash = site_anchor.find('#');
  if (hash == std::string_view::npos) return escape_url_path(site_anchor);
  return escape_url_path(site_anchor.substr(0, hash)) + std::string(site_anchor.substr(hash));
}

std::string portal_link(std::string_view base_url, std::string_view site_path) {
  return std::string(base_url) + escape_url_path(site_path);
}

std::string portal_anchor_link(std::string_view base_url, std::string_view site_anchor) {
  return std::string(base_url) + anchor_link(site_anchor);
}

}  // namespace aimsdoc
