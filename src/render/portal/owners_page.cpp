// Who owns what: each owner's requirements and policies, and a RACI-style matrix of
// requirements against owners (A: owns the requirement; R: owns a policy that covers it).
#include <set>

#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

Data owner_section(const PortalContext& ctx, std::size_t oi, const std::string& from) {
  const Owner& o = ctx.aims.owners[oi];
  List requirements;
  for (std::size_t r : o.requirements) requirements.push_back(requirement_summary(ctx, r, from));
  Data data = owner_link(ctx, oi, from);
  put_policy_links(data, "policies_owned", ctx, o.policies, from);
  put_policy_links(data, "policies_approved", ctx, ctx.approved_by[oi], from);
  put(data, "anchor", "owner-" + slug(o.id));
  put(data, "email", opt(o.email));
  set_list(data, "requirements", std::move(requirements));
  put(data, "requirement_count", number(o.requirements.size()));
  put(data, "policy_count", number(o.policies.size()));
  return data;
}

Data matrix_row(const PortalContext& ctx, std::size_t ri, const std::string& from) {
  const Requirement& r = ctx.aims.requirements[ri];
  std::set<std::size_t> responsible;
  for (std::size_t p : r.policies)
    if (ctx.aims.policies[p].owner != kNone) responsible.insert(ctx.aims.policies[p].owner);
  List cells;
  for (std::size_t oi = 0; oi < ctx.aims.owners.size(); ++oi) {
    std::string letters =
        std::string(r.owner == oi ? "A" : "") + (responsible.count(oi) ? "R" : "");
    cells.push_back(Object{{"letters", opt(letters)}, {"owner", ctx.aims.owners[oi].name}});
  }
  Data row = requirement_summary(ctx, ri, from);
  set_list(row, "cells", std::move(cells));
  return row;
}

}  // namespace

Page owners_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kOwnersPage, "owners", "owners");
  List owners, columns, rows;
  for (std::size_t oi = 0; oi < ctx.aims.owners.size(); ++oi) {
    owners.push_back(owner_section(ctx, oi, page.path));
    columns.push_back(Object{{"id", ctx.aims.owners[oi].id}, {"name", ctx.aims.owners[oi].name}});
  }
  for (std::size_t ri = 0; ri < ctx.aims.requirements.size(); ++ri)
    rows.push_back(matrix_row(ctx, ri, page.path));
  set_list(page.data, "owners", std::move(owners));
  put(page.data, "register_href", href(page.path, kPoliciesPage));  // after an owner's 25
  set_list(page.data, "columns", std::move(columns));
  set_list(page.data, "matrix", std::move(rows));
  return page;
}

}  // namespace aimsdoc::portal
