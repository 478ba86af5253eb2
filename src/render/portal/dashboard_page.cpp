// The home page (organization, scope, coverage figures and charts, open gaps, expiring
// evidence) and the gaps page (every finding of the check).
#include "check/audit_state.hpp"
#include "check/evidence_freshness.hpp"
#include "render/portal/charts.hpp"
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
                {"chart", std::move(chart)}};
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
    set_list(gap, "findings", std::move(findings));
    list.push_back(std::move(gap));
  }
  return list;
}

// Open findings by type and overdue actions, when the AIMS keeps its audit cycle as data.
Data audit_cycle_data(const PortalContext& ctx, const std::string& from) {
  if (!shows_audits(ctx.aims) && !shows_reviews(ctx.aims)) return Data(false);
  AuditCycleFigures fig = audit_cycle_figures(ctx.aims, ctx.today);
  auto open = [&](FindingType t) { return number(fig.open_by_type[static_cast<int>(t)]); };
  return Object{{"open_major", open(FindingType::Major)},
                {"open_minor", open(FindingType::Minor)},
                {"open_observation", open(FindingType::Observation)},
                {"open_improvement", open(FindingType::Improvement)},
                {"has_major", flag(fig.open_by_type[0] > 0)},
                {"findings_overdue", number(fig.findings_overdue)},
                {"actions_open", number(fig.actions_open)},
                {"actions_overdue", number(fig.actions_overdue)},
                {"has_overdue", flag(fig.findings_overdue + fig.actions_overdue > 0)},
                {"audits_href", opt(shows_audits(ctx.aims) ? href(from, kAuditsPage) : "")},
                {"reviews_href", opt(shows_reviews(ctx.aims) ? href(from, kReviewsPage) : "")}};
}

}  // namespace

Page dashboard_page(const PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  PageFrame frame{kDashboardPage, aims.site.organization + " AI Management System", "dashboard", {}};
  Page page = start_page(ctx, frame, "dashboard");
  auto scope = render_markdown(
      aims.site.scope_markdown,
      [&](const std::string& url) { return ctx.links.rewrite(url, "", page.path); }, nullptr,
      false, &ctx.markdown_style);
  const CoverageReport& report = ctx.view.report;
  Data& d = page.data;
  put(d, "scope_html", opt(scope.html));
  put(d, "clauses", tally_data(report.clauses));
  put(d, "controls", tally_data(report.controls));
  put(d, "evidence_total", number(ctx.evidence_count));
  put(d, "evidence_expiring", number(report.evidence_expiring_soon));
  put(d, "evidence_expired", number(report.evidence_expired));
  put(d, "evidence_stale", number(report.evidence_stale));
  put(d, "evidence_chart", evidence_chart(ctx));
  set_list(d, "expiring", expiring_evidence(ctx, page.path));
  put(d, "policy_count", number(aims.policies.size()));
  put(d, "owner_count", number(aims.owners.size()));
  put(d, "gap_count", number(report.gaps.size()));
  put(d, "error_count", number(ctx.view.diagnostics.error_count()));
  put(d, "warning_count", number(ctx.view.diagnostics.warning_count()));
  set_list(d, "gaps", gap_list(ctx, page.path));
  put(d, "gaps_href", href(page.path, kGapsPage));
  put(d, "clauses_href", href(page.path, kClausesPage));
  put(d, "soa_href", href(page.path, kSoaPage));
  put(d, "evidence_href", href(page.path, kEvidencePage));
  put(d, "workbook_href", href(page.path, kWorkbookPath));
  put(d, "manifest_href", href(page.path, kManifestPath));
  set_list(d, "frameworks", framework_summaries(ctx, page.path));
  put(d, "audit_cycle", audit_cycle_data(ctx, page.path));
  return page;
}

Page gaps_page(const PortalContext& ctx) {
  PageFrame frame{kGapsPage, "Gaps and findings", "gaps", {{"Gaps", ""}}};
  Page page = start_page(ctx, frame, "gaps");
  List findings;
  for (const Diagnostic& diag : ctx.view.diagnostics.items()) {
    Data f = finding(diag);
    std::size_t r = ctx.requirement_of(diag);
    put(f, "requirement", r == kNone ? flag(false) : requirement_summary(ctx, r, page.path));
    findings.push_back(std::move(f));
  }
  set_list(page.data, "gaps", gap_list(ctx, page.path));
  set_list(page.data, "findings", std::move(findings));
  put(page.data, "gap_count", number(ctx.view.report.gaps.size()));
  put(page.data, "error_count", number(ctx.view.diagnostics.error_count()));
  put(page.data, "warning_count", number(ctx.view.diagnostics.warning_count()));
  return page;
}

}  // namespace aimsdoc::portal
