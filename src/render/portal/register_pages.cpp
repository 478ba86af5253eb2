// The registers an auditor works through: clauses, the Statement of Applicability (all
// controls in one table), policies (in pages) and the evidence register.
#include <algorithm>

#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

// Zero-padded catalog position, so a table sorts "A.10.2" after "A.9.4".
std::string order_key(std::size_t i) {
  std::string n = std::to_string(i);
  return std::string(n.size() < 6 ? 6 - n.size() : 0, '0') + n;
}

Data requirement_row(const PortalContext& ctx, std::size_t i, const std::string& from) {
  const Requirement& r = ctx.aims.requirements[i];
  Data row = requirement_summary(ctx, i, from);
  const CatalogItem* group = ctx.aims.primary.top_group_of(*r.item);
  put(row, "order", order_key(i));
  put(row, "group_id", opt(group && group != r.item ? group->id : std::string()));
  put(row, "group_title", opt(group && group != r.item ? group->title : std::string()));
  put(row, "applicable", flag(r.applicable()));
  put(row, "justification", opt(r.record.justification));
  put_policy_links(row, "policies", ctx, r.policies, from);
  put(row, "owner", owner_link(ctx, r.owner, from));
  return row;
}

List requirement_rows(const PortalContext& ctx, bool controls, const std::string& from) {
  List rows;
  rows.reserve(ctx.aims.requirements.size());
  for (std::size_t i = 0; i < ctx.aims.requirements.size(); ++i)
    if (ctx.aims.requirements[i].is_control() == controls)
      rows.push_back(requirement_row(ctx, i, from));
  return rows;
}

}  // namespace

Page clauses_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kClausesPage, "clauses", "register");
  put(page.data, "register_clauses", flag(true));
  put(page.data, "rows", requirement_rows(ctx, false, page.path));
  return page;
}

Page soa_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kSoaPage, "soa", "register");
  put(page.data, "register_soa", flag(true));
  put(page.data, "rows", requirement_rows(ctx, true, page.path));
  put(page.data, "control_count", number(ctx.view.report.controls.total));
  put(page.data, "excluded_count", number(ctx.view.report.controls.excluded));
  return page;
}

std::size_t policies_page_count(const Aims& aims) {
  return std::max<std::size_t>(1,
                               (aims.policies.size() + kRegisterPageRows - 1) / kRegisterPageRows);
}

Page policies_page(const PortalContext& ctx, std::size_t n) {
  Page page = start_section_page(ctx, policies_register_page(n), "policies", "policies");
  std::size_t first = (n - 1) * kRegisterPageRows;
  std::size_t end = std::min(first + kRegisterPageRows, ctx.aims.policies.size());
  List rows;
  rows.reserve(end - first);
  for (std::size_t i = first; i < end; ++i) {
    const Policy& p = ctx.aims.policies[i];
    Data row = policy_link(ctx, i, page.path);
    put(row, "owner", owner_link(ctx, p.owner, page.path));
    put(row, "effective", opt(p.effective));
    put(row, "review_by", opt(p.review_by));
    put(row, "review_overdue", flag(p.review_by && *p.review_by < ctx.today));
    put(row, "covers_count", number(p.requirements.size()));
    rows.push_back(std::move(row));
  }
  set_list(page.data, "rows", std::move(rows));
  std::size_t count = policies_page_count(ctx.aims);
  if (count > 1) {
    List pages;
    for (std::size_t k = 1; k <= count; ++k)
      pages.push_back(
          Object{{"href", href(page.path, policies_register_page(k))},
                 {"current", flag(k == n)},
                 {"first", number((k - 1) * kRegisterPageRows + 1)},
                 {"last", number(std::min(k * kRegisterPageRows, ctx.aims.policies.size()))}});
    set_list(page.data, "pages", std::move(pages));
    put(page.data, "page_number", number(n));
    put(page.data, "page_count", number(count));
    put(page.data, "policy_count", number(ctx.aims.policies.size()));
  }
  return page;
}

Page evidence_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kEvidencePage, "evidence", "evidence");
  List rows;
  rows.reserve(ctx.evidence_count);
  for (const auto& r : ctx.aims.requirements)
    for (const auto& ev : r.record.evidence) rows.push_back(evidence_item(ctx, ev, page.path));
  set_list(page.data, "rows", std::move(rows));
  put(page.data, "evidence_count", number(ctx.evidence_count));
  put(page.data, "not_current_count",
      number(ctx.view.report.evidence_items -
             ctx.view.report.evidence_count(EvidenceState::Current)));
  return page;
}

}  // namespace aimsdoc::portal
