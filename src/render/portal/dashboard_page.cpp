// The home page (organization, scope, coverage figures and charts, open gaps, expiring
// evidence) and the gaps page (every finding of the check).
#include "render/portal/charts.hpp"
#include "render/portal/evidence_freshness.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

Data tally_data(const KindTally& t) {
  std::size_t accounted = t.implemented + t.partial + t.planned + t.excluded;
  Data chart = chart_data({{"implemented", "Implemented", t.implemented},
                           {"partial", "Partial", t.partial},
                           {"planned", "Planned", t.planned},
                           {"excluded", "Excluded", t.excluded},
                           {"missing", "No record or status", t.total - accounted}});
  return Object{{"total", number(t.total)},     {"covered", number(t.covered)},
                {"excluded", number(t.excluded)}, {"planned", number(t.planned)},
                {"partial", number(t.partial)},   {"implemented", number(t.implemented)},
                {"chart", chart}};
}

Data evidence_chart(const PortalContext& ctx) {
  std::size_t counts[6] = {};
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence)
      ++counts[static_cast<int>(
          evidence_freshness(ev, ctx.today, ctx.aims.site.evidence_max_age_days))];
  auto at = [&](Freshness f) { return counts[static_cast<int>(f)]; };
  return chart_data({{"current", "Current", at(Freshness::Current)},
                     {"expiring", "Expires within 90 days", at(Freshness::ExpiringSoon)},
                     {"stale", "Stale", at(Freshness::Stale)},
                     {"expired", "Expired", at(Freshness::Expired)},
                     {"undated", "Undated or future-dated",
                      at(Freshness::Undated) + at(Freshness::Future)}});
}

List expiring_evidence(const PortalContext& ctx, const std::string& from) {
  List list;
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence) {
      Freshness f = evidence_freshness(ev, ctx.today, ctx.aims.site.evidence_max_age_days);
      if (f == Freshness::ExpiringSoon || f == Freshness::Expired)
        list.push_back(evidence_item(ctx, ev, from));
    }
  return list;
}

List framework_summaries(const PortalContext& ctx, const std::string& from) {
  List list;
  for (std::size_t i = 0; i < ctx.coverage.size(); ++i) {
    const FrameworkCoverage& c = ctx.coverage[i];
    const Framework& f = ctx.aims.frameworks[i];
    list.push_back(Object{{"name", f.name},
                          {"href", href(from, framework_page(f))},
                          {"total", number(c.items.size())},
                          {"chart", chart_data({{"covered", "Covered", c.covered},
                                                {"partial", "Partial", c.partial},
                                                {"gap", "Gap", c.gap},
                                                {"not-mapped", "Not mapped", c.not_mapped}})}});
  }
  return list;
}

// Requirements with at least one error, in catalog order, each with its findings.
List gap_list(const PortalContext& ctx, const std::string& from) {
  List list;
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i) {
    if (!ctx.view.report.gaps.count(ctx.aims.requirements[i].id())) continue;
    Data gap = requirement_summary(ctx, i, from);
    List findings;
    for (const Diagnostic* d : ctx.requirement_findings[i])
      if (d->severity == Severity::Error) findings.push_back(finding(*d));
    set_list(gap, "findings", findings);
    list.push_back(gap);
  }
  return list;
}

}  // namespace

Page dashboard_page(const PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  PageFrame frame{kDashboardPage, aims.site.organization + " AI Management System", "dashboard", {}};
  Page page = start_page(ctx, frame, "dashboard");
  auto scope = render_markdown(aims.site.scope_markdown, [&](const std::string& url) {
    return ctx.links.rewrite(url, "", page.path);
  });
  const CoverageReport& report = ctx.view.report;
  Data& d = page.data;
  d.set("scope_html", opt(scope.html));
  d.set("clauses", tally_data(report.clauses));
  d.set("controls", tally_data(report.controls));
  d.set("evidence_total", number(ctx.evidence_count));
  d.set("evidence_expiring", number(report.evidence_expiring_soon));
  d.set("evidence_expired", number(report.evidence_expired));
  d.set("evidence_stale", number(report.evidence_stale));
  d.set("evidence_chart", evidence_chart(ctx));
  set_list(d, "expiring", expiring_evidence(ctx, page.path));
  d.set("policy_count", number(aims.policies.size()));
  d.set("owner_count", number(aims.owners.size()));
  d.set("gap_count", number(report.gaps.size()));
  d.set("error_count", number(ctx.view.diagnostics.error_count()));
  d.set("warning_count", number(ctx.view.diagnostics.warning_count()));
  set_list(d, "gaps", gap_list(ctx, page.path));
  d.set("gaps_href", href(page.path, kGapsPage));
  d.set("clauses_href", href(page.path, kClausesPage));
  d.set("soa_href", href(page.path, kSoaPage));
  d.set("evidence_href", href(page.path, kEvidencePage));
  d.set("workbook_href", href(page.path, kWorkbookPath));
  d.set("manifest_href", href(page.path, "manifest.json"));
  set_list(d, "frameworks", framework_summaries(ctx, page.path));
  return page;
}

Page gaps_page(const PortalContext& ctx) {
  PageFrame frame{kGapsPage, "Gaps and findings", "gaps", {{"Gaps", ""}}};
  Page page = start_page(ctx, frame, "gaps");
  List findings;
  for (const Diagnostic& diag : ctx.view.diagnostics.items()) {
    Data f = finding(diag);
    std::size_t r = ctx.requirement_of(diag);
    f.set("requirement", r == kNone ? flag(false) : requirement_summary(ctx, r, page.path));
    findings.push_back(f);
  }
  set_list(page.data, "gaps", gap_list(ctx, page.path));
  set_list(page.data, "findings", findings);
  page.data.set("gap_count", number(ctx.view.report.gaps.size()));
  page.data.set("error_count", number(ctx.view.diagnostics.error_count()));
  page.data.set("warning_count", number(ctx.view.diagnostics.warning_count()));
  return page;
}

}  // namespace aimsdoc::portal
