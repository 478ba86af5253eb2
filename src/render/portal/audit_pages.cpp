// The audit programme (ISO/IEC 42001 9.2): a calendar of the audits with their scope and
// findings, and a page per finding with its requirement, owner, dates, root cause,
// corrective action and effectiveness check (10.2).

#include "check/audit_state.hpp"
#include "render/portal/audit_parts.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

Data scope_entry(const PortalContext& ctx, const Audit::ScopeEntry& e, const std::string& from) {
  auto it = ctx.aims.requirement_index.find(e.id);
  if (it != ctx.aims.requirement_index.end()) return requirement_summary(ctx, it->second, from);
  const CatalogItem* group = ctx.aims.primary.find(e.id);
  return Object{
      {"id", e.id}, {"title", group ? group->title : std::string()}, {"href", flag(false)}};
}

Data audit_data(const PortalContext& ctx, const Audit& a, const std::string& from) {
  List scope, findings;
  for (const auto& e : a.scope) scope.push_back(scope_entry(ctx, e, from));
  for (const auto& f : a.findings) findings.push_back(finding_summary(ctx, f, from));
  return Object{{"id", a.id},
                {"anchor", "audit-" + slug(a.id)},
                {"title", a.title},
                {"planned", opt(a.planned)},
                {"performed", opt(a.performed)},
                {"is_performed", flag(audit_performed(a, ctx.today))},
                {"auditor", person(ctx, a.auditor_owner, a.auditor, from)},
                {"report", opt(a.report)},
                {"report_href",
                 opt(a.report.empty() ? std::string()
                                      : href(from, escape_url_path(copied_file_path(a.report))))},
                {"scope", std::move(scope)},
                {"requirement_count", number(a.requirements.size())},
                {"finding_count", number(a.findings.size())},
                {"has_findings", flag(!a.findings.empty())},
                {"findings", std::move(findings)}};
}

}  // namespace

Page audits_page(const PortalContext& ctx) {
  PageFrame frame{kAuditsPage, "Internal audits", "audits", {{"Internal audits", ""}}};
  Page page = start_page(ctx, frame, "audits");
  List audits;
  for (const Audit* a : in_calendar_order(ctx.aims.audits))
    audits.push_back(audit_data(ctx, *a, page.path));
  set_list(page.data, "audits", std::move(audits));
  put(page.data, "cycle_days", number(static_cast<std::size_t>(ctx.aims.site.audit_cycle_days)));
  return page;
}

Page finding_page_of(const PortalContext& ctx, std::size_t audit, std::size_t index) {
  const Audit& a = ctx.aims.audits[audit];
  const Finding& f = a.findings[index];
  PageFrame frame{finding_page(f),
                  f.id,
                  "audits",
                  {{"Internal audits", kAuditsPage}, {a.id, audit_anchor(a)}, {f.id, ""}}};
  Page page = start_page(ctx, frame, "finding");
  Data& d = page.data;
  put(d, "finding", finding_summary(ctx, f, page.path));
  put(d, "audit_id", a.id);
  put(d, "audit_title", a.title);
  put(d, "audit_href", href(page.path, audit_anchor(a)));
  put(d, "raised", opt(f.raised));
  put(d, "root_cause", opt(f.root_cause));
  put(d, "action", opt(f.action));
  if (f.effectiveness) {
    const EffectivenessCheck& e = *f.effectiveness;
    put(d, "effectiveness",
        Object{{"checked", opt(e.checked)},
               {"effective", flag(e.effective)},
               {"by", person(ctx, ctx.aims.owner_at(e.by), e.by, page.path)}});
  } else {
    put(d, "effectiveness", flag(false));
  }
  return page;
}

}  // namespace aimsdoc::portal
