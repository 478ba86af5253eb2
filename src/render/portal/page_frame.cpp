#include "render/portal/page_frame.hpp"

#include "render/portal/pages.hpp"
#include "render/portal/templates.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

struct NavEntry {
  std::string key, title, path, count;
};

// The public portal's pages only (public_pages.cpp).
std::vector<NavEntry> public_nav_entries(const PortalContext& ctx) {
  return {{"dashboard", ctx.label("page", "trust-summary"), kDashboardPage, ""},
          {"soa", ctx.label("page", "soa"), kSoaPage, std::to_string(ctx.aims.requirements.size())},
          {"evidence", ctx.label("page", "evidence"), kEvidencePage,
           std::to_string(ctx.evidence_count)}};
}

std::vector<NavEntry> nav_entries(const PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  if (ctx.view.audience == Audience::Public) return public_nav_entries(ctx);
  std::vector<NavEntry> out = {
      {"dashboard", ctx.label("page", "dashboard"), kDashboardPage, ""},
      {"gaps", ctx.label("page", "gaps-nav"), kGapsPage,
       std::to_string(ctx.view.report.gaps.size())},
      {"clauses", ctx.label("page", "clauses"), kClausesPage,
       std::to_string(ctx.view.report.clauses.total)},
      {"soa", ctx.label("page", "soa"), kSoaPage, std::to_string(ctx.view.report.controls.total)},
      {"policies", ctx.label("page", "policies"), kPoliciesPage,
       std::to_string(aims.policies.size())},
      {"evidence", ctx.label("page", "evidence"), kEvidencePage,
       std::to_string(ctx.evidence_count)},
      {"owners", ctx.label("page", "owners"), kOwnersPage, std::to_string(aims.owners.size())},
      {"systems", ctx.label("page", "systems"), kSystemsPage, std::to_string(aims.systems.size())},
      {"risks", ctx.label("page", "risks"), kRisksPage, std::to_string(aims.risks.size())},
      {"assessments", ctx.label("page", "assessments"), kAssessmentsPage,
       std::to_string(aims.assessments.size())},
      {"objectives", ctx.label("page", "objectives"), kObjectivesPage,
       std::to_string(aims.objectives.size())},
      {"handbook", ctx.label("page", "handbook"), kHandbookPage, ""},
  };
  if (shows_audits(aims))
    out.push_back({"audits", "Internal audits", kAuditsPage, std::to_string(aims.audits.size())});
  if (shows_reviews(aims))
    out.push_back(
        {"reviews", "Management reviews", kReviewsPage, std::to_string(aims.reviews.size())});
  if (shows_changes(aims)) out.push_back({"changes", "Changes", kChangesPage, ""});
  return out;
}

List nav_data(const PortalContext& ctx, const PageFrame& frame) {
  List list;
  for (const auto& e : nav_entries(ctx))
    list.push_back(Object{{"title", e.title},
                          {"href", href(frame.path, e.path)},
                          {"count", opt(e.count)},
                          {"current", flag(e.key == frame.section)}});
  return list;
}

List framework_nav(const PortalContext& ctx, const PageFrame& frame) {
  List list;
  for (const auto& f : ctx.aims.frameworks)
    list.push_back(Object{{"title", f.label()},
                          {"href", href(frame.path, framework_page(f))},
                          {"current", flag(frame.section == "framework:" + f.id)}});
  return list;
}

List breadcrumbs(const PortalContext& ctx, const PageFrame& frame) {
  List list;
  list.reserve(frame.crumbs.size() + 1);  // kainjow's data copies when a list grows
  list.push_back(
      Object{{"title", ctx.label("page", "home")}, {"href", href(frame.path, kDashboardPage)}});
  for (const auto& c : frame.crumbs)
    list.push_back(
        Object{{"title", c.title},
               {"href", opt(c.path.empty() ? std::string() : href(frame.path, c.path))}});
  return list;
}

}  // namespace

Page start_page(const PortalContext& ctx, const PageFrame& frame, std::string template_name) {
  const Aims& aims = ctx.aims;
  Data data;
  put(data, "page_title", frame.title);
  put(data, "breadcrumbs", breadcrumbs(ctx, frame));
  put(data, "is_home", flag(frame.path == kDashboardPage));
  auto shared = ctx.shared_frame(parent_dir(frame.path), frame.section, [&] {
    Data d;
    put(d, "root", root_prefix(frame.path));
    put(d, "organization", aims.site.organization);
    put(d, "framework_name", aims.primary.name);
    put(d, "build_date", ctx.today.to_string());
    put(d, "generator", std::string("aimsdoc ") + AIMSDOC_VERSION);
    put(d, "nav", nav_data(ctx, frame));
    put(d, "framework_nav", framework_nav(ctx, frame));
    put(d, "has_frameworks", flag(!aims.frameworks.empty()));
    put(d, "workbook_href", href(frame.path, kWorkbookPath));
    put(d, "sidebar_html", render_once(ctx.sidebar_template, d));
    return d;
  });
  return {frame.path, std::move(template_name), std::move(data), std::move(shared)};
}

Page start_section_page(const PortalContext& ctx, std::string path, const std::string& section,
                        std::string template_name) {
  std::string title = ctx.label("page", section);
  return start_page(ctx, {std::move(path), title, section, {{title, ""}}},
                    std::move(template_name));
}

std::string render(CompiledTemplates& templates, const Page& page) {
  return templates.render_page(page.template_name, page.shared.get(), page.data);
}

}  // namespace aimsdoc::portal
