// The public portal (`build --audience public`): a trust summary for procurement. What it
// shows is chosen here, field by field, and nothing else of the model reaches it:
//  - the organization, the scope statement, the build date (last updated), the readiness
//    level, health by objective (catalog group) and for clauses and controls, the coverage
//    of every other framework (counts by state);
//  - the Statement of Applicability: each requirement's id, title, applicability,
//    justification, declared status, health, the ids and titles of its policies and its
//    evidence ids;
//  - the evidence register: id, title, requirement, dates, state, SHA-256 and size, and a
//    link to the copied file unless the item is `confidential: true` (then no copy exists);
//  - a page per other framework, as the auditor's (framework_page.cpp): each item's
//    coverage state, the requirements mapped to it (id, title, health, status, evidence
//    count, the crosswalk row's relation, confidence, source and note) and the ids and
//    titles of policies naming it; links go to the SoA's rows, policies have none.
// Internal notes are everything else, left out by not being read: record, system and risk
// notes, owners and their contacts, the check's findings, policy texts, risks, systems,
// impact assessments and their reports, internal audits (findings, root causes, actions,
// reports), management reviews, the change history. docs/guarantees.md repeats this list.
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

List objective_rows(const PortalContext& ctx) {
  List rows;
  for (const GroupTally& g : ctx.view.report.groups) {
    Data row = tally_row(g.tally);
    put(row, "id", opt(g.id));
    put(row, "title", opt(g.title));
    rows.push_back(std::move(row));
  }
  return rows;
}

// An evidence item as the public register shows it: links go to the public pages, and a
// withheld item has no link to a file (evidence_copy_href gives none) nor shows its address.
Data public_evidence(const PortalContext& ctx, const EvidenceItem& ev, const std::string& from) {
  Data data = evidence_item(ctx, ev, from);
  const Requirement& r = ctx.aims.requirements[ev.requirement];
  put(data, "requirement_href", href(from, requirement_target(ctx, r)));
  put(data, "confidential", flag(!publishes_evidence_file(ctx.view, ev)));
  return data;
}

Data public_requirement(const PortalContext& ctx, std::size_t i, const std::string& from) {
  const Requirement& r = ctx.aims.requirements[i];
  Data row = Object{{"id", r.id()},
                    {"anchor", "req-" + slug(r.id())},
                    {"title", r.item->title},
                    {"is_control", flag(r.is_control())},
                    {"applicable", flag(r.applicable())},
                    {"justification", opt(r.record.justification)}};
  put_states(ctx, i, row);
  List evidence;
  for (const auto& ev : r.record.evidence)
    evidence.push_back(Object{
        {"id", ev.id}, {"href", href(from, std::string(kEvidencePage) + "#ev-" + slug(ev.id))}});
  put_policy_links(row, "policies", ctx, r.policies, from);
  set_list(row, "evidence", std::move(evidence));
  return row;
}

std::size_t confidential_count(const PortalContext& ctx) {
  std::size_t n = 0;
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence) n += publishes_evidence_file(ctx.view, ev) ? 0 : 1;
  return n;
}

}  // namespace

Page trust_summary_page(const PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  PageFrame frame{
      kDashboardPage, aims.site.organization + " AI Management System", "dashboard", {}};
  Page page = start_page(ctx, frame, "trust");
  // A relative link in the scope would lead to a page this portal does not have: it goes
  // to the page's top instead; web addresses stay.
  auto scope = render_markdown(
      aims.site.scope_markdown,
      [](const std::string& url) -> std::optional<std::string> {
        if (external_href(url).empty()) return std::string("#top");
        return std::nullopt;
      },
      nullptr, false, &ctx.markdown_style);
  const CoverageReport& report = ctx.view.report;
  Data& d = page.data;
  put(d, "scope_html", opt(scope.html));
  put(d, "readiness_label", ctx.label("readiness", readiness_name(report.readiness)));
  put(d, "audience_label", ctx.label("audience", audience_name(ctx.view.audience)));
  put(d, "clauses", tally_row(report.clauses));
  put(d, "controls", tally_row(report.controls));
  set_list(d, "objectives", objective_rows(ctx));
  set_list(d, "frameworks", framework_summaries(ctx, page.path));
  put(d, "evidence_total", number(report.evidence_items));
  put(d, "evidence_current", number(report.evidence_count(EvidenceState::Current)));
  put(d, "confidential_count", number(confidential_count(ctx)));
  put(d, "soa_href", href(page.path, kSoaPage));
  put(d, "evidence_href", href(page.path, kEvidencePage));
  put(d, "manifest_href", href(page.path, kManifestPath));
  return page;
}

Page public_soa_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kSoaPage, "soa", "public_soa");
  List rows;
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i)
    rows.push_back(public_requirement(ctx, i, page.path));
  set_list(page.data, "rows", std::move(rows));
  return page;
}

Page public_evidence_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kEvidencePage, "evidence", "public_evidence");
  List rows;
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence) rows.push_back(public_evidence(ctx, ev, page.path));
  put(page.data, "evidence_count", number(ctx.evidence_count));
  put(page.data, "confidential_count", number(confidential_count(ctx)));
  set_list(page.data, "rows", std::move(rows));
  return page;
}

}  // namespace aimsdoc::portal
