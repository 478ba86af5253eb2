// The home page (organization, scope, the level judged at, figures and charts by health,
// open gaps, evidence that is not current) and the gaps page (every finding of the check).
#include "check/audit_state.hpp"
#include "render/portal/charts.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

// Figures by health (they add up to the total) and, apart, by declared status.
Data tally_data(const PortalContext& ctx, const KindTally& t) {
  auto segment = [&](Health h, std::size_t n) {
    return ChartSegment{health_key(h), ctx.label("health", health_key(h)), n};
  };
  auto status = [&](const char* key, std::size_t n) {
    return Object{{"key", key}, {"label", ctx.label("status", key)}, {"count", number(n)}};
  };
  List declared = {status("implemented", t.implemented), status("partial", t.status_partial),
                   status("planned", t.planned),         status("unset", t.no_status),
                   status("excluded", t.not_applicable), status("missing", t.no_record)};
  Data data = tally_row(t);
  put(data, "chart",
      chart_data({segment(Health::Conformant, t.conformant), segment(Health::Partial, t.partial),
                  segment(Health::Gap, t.gap), segment(Health::Excluded, t.excluded)}));
  put(data, "declared", std::move(declared));
  return data;
}

Data evidence_chart(const PortalContext& ctx) {
  std::vector<ChartSegment> segments;
  for (std::size_t s = 0; s < kEvidenceStateCount; ++s) {
    const char* key = evidence_state_key(static_cast<EvidenceState>(s));
    segments.push_back({key, ctx.label("evidence", key), ctx.view.report.evidence_by_state[s]});
  }
  return chart_data(segments);
}

// Every item that is not current: what needs collecting again, in register order.
List evidence_needing_attention(const PortalContext& ctx, const std::string& from) {
  List list;
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence)
      if (ctx.view.report.state_of(ev) != EvidenceState::Current)
        list.push_back(evidence_item(ctx, ev, from));
  return list;
}

// Requirements with at least one error, in catalog order, each with its findings.
List gap_list(const PortalContext& ctx, const std::string& from) {
  List list;
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i) {
    if (ctx.view.report.health_of(i) != Health::Gap) continue;
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

// The risk trace as check tallied it (report.trace): systems assessed, risks treated,
// accepted and above appetite after treatment, objectives on track.
Data trace_data(const PortalContext& ctx, const std::string& from) {
  const TraceTally& t = ctx.view.report.trace;
  return Object{{"systems", number(t.systems)},
                {"systems_assessed", number(t.systems_assessed)},
                {"systems_unassessed", flag(t.systems_assessed < t.systems)},
                {"assessments", number(t.assessments)},
                {"assessments_current", number(t.assessments_current)},
                {"risks", number(t.risks)},
                {"risks_treated", number(t.risks_treated)},
                {"risks_untreated", flag(t.risks_treated < t.risks)},
                {"risks_accepted", number(t.risks_accepted)},
                {"risks_above_appetite", number(t.risks_above_appetite)},
                {"objectives", number(t.objectives)},
                {"objectives_on_track", number(t.objectives_on_track)},
                {"systems_href", href(from, kSystemsPage)},
                {"risks_href", href(from, kRisksPage)},
                {"assessments_href", href(from, kAssessmentsPage)},
                {"objectives_href", href(from, kObjectivesPage)}};
}

}  // namespace

Page dashboard_page(const PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  PageFrame frame{
      kDashboardPage, aims.site.organization + " AI Management System", "dashboard", {}};
  Page page = start_page(ctx, frame, "dashboard");
  auto scope = render_markdown(
      aims.site.scope_markdown,
      [&](const std::string& url) { return ctx.links.rewrite(url, "", page.path); }, nullptr, false,
      &ctx.markdown_style);
  const CoverageReport& report = ctx.view.report;
  Data& d = page.data;
  put(d, "scope_html", opt(scope.html));
  put(d, "readiness", readiness_name(report.readiness));
  put(d, "readiness_label", ctx.label("readiness", readiness_name(report.readiness)));
  put(d, "clauses", tally_data(ctx, report.clauses));
  put(d, "controls", tally_data(ctx, report.controls));
  put(d, "evidence_total", number(report.evidence_items));
  put(d, "evidence_current", number(report.evidence_count(EvidenceState::Current)));
  put(d, "evidence_chart", evidence_chart(ctx));
  List attention = evidence_needing_attention(ctx, page.path);
  put(d, "attention_count", number(attention.size()));
  set_list(d, "attention", std::move(attention));
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
  put(d, "trace", trace_data(ctx, page.path));
  return page;
}

Page gaps_page(const PortalContext& ctx) {
  PageFrame frame{
      kGapsPage, ctx.label("page", "gaps"), "gaps", {{ctx.label("page", "gaps-nav"), ""}}};
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
