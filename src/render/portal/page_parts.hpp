#pragma once
// Values that several pages show the same way: a requirement, a policy or an owner as a
// link with its badge fields, an evidence item, a finding. `from` is the page they appear
// on, so every href is relative to it.
#include <string>

#include "render/portal/mustache_data.hpp"
#include "render/portal/portal_context.hpp"

namespace aimsdoc::portal {

// What a record declares: implemented | partial | planned | excluded (not applicable) |
// unset (no status) | missing (no record). Its word is the theme's label "status.<key>".
const char* status_key(const Requirement& r);

// Puts a requirement's declared status and derived health side by side: status,
// status_label, health, health_label and gap (health is gap).
void put_states(const PortalContext& ctx, std::size_t index, Data& data);

// Where a link to a requirement goes: its page, or in a public build its row of the SoA.
std::string requirement_target(const PortalContext& ctx, const Requirement& r);
// {id, title, href, kind, status, status_label, health, health_label, gap, owner_name,
//  evidence_count}
Data requirement_summary(const PortalContext& ctx, std::size_t index, const std::string& from);
// {id, title, href, version} of a policy index; href is false in a public build
Data policy_link(const PortalContext& ctx, std::size_t policy, const std::string& from);
// The first kInlinePolicies of `policies` as policy_link()s, in data[name], and how many
// more there are in data[name + "_more"] (false when none): a register row or an owner's
// section does not grow with the whole AIMS; the full list is a page away.
inline constexpr std::size_t kInlinePolicies = 25;
void put_policy_links(Data& data, const std::string& name, const PortalContext& ctx,
                      const std::vector<std::size_t>& policies, const std::string& from);
// {id, name, role, href} of an owner index; false when kNone.
Data owner_link(const PortalContext& ctx, std::size_t owner, const std::string& from);
// An owner of the roster (index `owner`) as owner_link, else {name, href: false} with the
// name as `written` (free text), or false when that is empty too.
Data person(const PortalContext& ctx, std::size_t owner, const std::string& written,
            const std::string& from);
// {id, name, href} of an AI system index
Data system_link(const PortalContext& ctx, std::size_t system, const std::string& from);
// {id, anchor, title, collected, expires, state, state_label, holds, href, is_file,
//  external, file, size, sha256, requirement_id, requirement_href, page_href}. href is the
// file's copy (or the address); a missing or rejected file has none: there is no copy to
// link to. page_href is the item's own page (evidence_item_page.cpp).
Data evidence_item(const PortalContext& ctx, const EvidenceItem& ev, const std::string& from);
// The href of the portal's copy of the item's file, "" when there is none (an address, a
// missing, rejected or unread file, a file a public build withholds).
std::string evidence_copy_href(const PortalContext& ctx, const EvidenceItem& ev,
                               const std::string& from);
// {total, segments}: a framework's items by coverage state (covered, partial, gap,
// not-mapped), for the dashboard's bars and the framework page.
Data coverage_chart(const PortalContext& ctx, const FrameworkCoverage& c);
// {total, conformant, partial, gap, excluded}: requirements of a kind by health.
Data tally_row(const KindTally& t);
// {name, href, total, chart} of every other framework: the dashboards' coverage bars.
List framework_summaries(const PortalContext& ctx, const std::string& from);
// A policy's document control, put into `d`: id, title, version, owner (owner_link),
// approver (an owner link, or {name} for free text), effective, review_by, review_overdue,
// source_path. The policy page and the handbook show the same facts.
void put_document_control(const PortalContext& ctx, const Policy& p, const std::string& from,
                          Data& d);
// {severity, location, rule, message}
Data finding(const Diagnostic& d);

}  // namespace aimsdoc::portal
