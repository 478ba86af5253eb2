#pragma once
// Hyperlinks the workbook may hold. Portal links are plain URLs with '/' separators
// (escape_url_path of a site path): absolute under site.yaml `base_url` when the portal is
// hosted, so a workbook e-mailed on its own still opens them; relative otherwise (soa.xlsx
// sits at the portal root). libxlsxwriter's `external:` form would store
// `controls\A.2.2.html`, which only Windows opens.
#include <string>
#include <string_view>

namespace aimsdoc {

// A page anchor from site_paths ("frameworks/eu-ai-act.html#item-Art.9") as a relative URL:
// the path is escaped, the fragment (a slug) kept.
std::string anchor_link(std::string_view site_anchor);

// A site path as the workbook links to it: `base_url` + escape_url_path(path) (a '#' in a
// file name is escaped, not taken for a fragment).
std::string portal_link(std::string_view base_url, std::string_view site_path);
// A page anchor as the workbook links to it: `base_url` + anchor_link(anchor).
std::string portal_anchor_link(std::string_view base_url, std::string_view site_anchor);

}  // namespace aimsdoc
