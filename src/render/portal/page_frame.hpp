#pragma once
// What the layout template needs on every page: where the page sits (root prefix for
// assets and search), the navigation sidebar with the current section marked, and the
// breadcrumb trail.
#include <memory>
#include <string>
#include <vector>

#include "render/portal/mustache_data.hpp"
#include "render/portal/portal_context.hpp"

namespace aimsdoc::portal {

class CompiledTemplates;

struct Crumb {
  std::string title;
  std::string path;  // output path; "" for a crumb that is not a page
};

struct PageFrame {
  std::string path;           // output path of the page
  std::string title;          // <title> and heading
  std::string section;        // nav entry to mark: "dashboard", "soa", "framework:eu-ai-act" ...
  std::vector<Crumb> crumbs;  // between Home and the page itself
};

// A page: where it goes, which template draws it, what the template sees.
struct Page {
  std::string path;
  std::string template_name;
  Data data;
  // The fields every page of one folder and nav section shows alike (root, site, nav),
  // built once for all of them; templates see them as if they were in `data`.
  std::shared_ptr<const Data> shared;
};

// Starts a page: its own frame fields (page_title, breadcrumbs, is_home) in `data`, the
// ones it shares with its folder and section (root, nav, site) in `shared`.
Page start_page(const PortalContext& ctx, const PageFrame& frame, std::string template_name);

// Starts the page at the top of nav section `section` (a register, a list): titled with
// the theme's label ("page", section), which is also its one crumb.
Page start_section_page(const PortalContext& ctx, std::string path, const std::string& section,
                        std::string template_name);

// The page's HTML: its template inside the layout.
std::string render(CompiledTemplates& templates, const Page& page);

}  // namespace aimsdoc::portal
