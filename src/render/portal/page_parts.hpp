#pragma once
// Values that several pages show the same way: a requirement, a policy or an owner as a
// link with its badge fields, an evidence item, a finding. `from` is the page they appear
// on, so every href is relative to it.
#include <string>

#include "render/portal/mustache_data.hpp"
#include "render/portal/portal_context.hpp"

namespace aimsdoc::portal {

// {key, label}: implemented | partial | planned | excluded | unset ("No status") | missing
// ("No record"): one word for the status column of every table.
struct StatusBadge {
  std::string key, label;
};
StatusBadge status_badge(const Requirement& r);

// {id, title, href, kind, status, status_label, gap, owner_name, evidence_count}
Data requirement_summary(const PortalContext& ctx, std::size_t index, const std::string& from);
// {id, title, href, version} of a policy index
Data policy_link(const PortalContext& ctx, std::size_t policy, const std::string& from);
// {id, name, role, href} of an owner index, or {} with name "" when kNone.
Data owner_link(const PortalContext& ctx, std::size_t owner, const std::string& from);
// {id, anchor, title, collected, expires, freshness, freshness_label, href, is_file,
//  external, file, size, sha256, requirement_id, requirement_href}
Data evidence_item(const PortalContext& ctx, const EvidenceItem& ev, const std::string& from);
// A policy's document control, put into `d`: id, title, version, owner (owner_link),
// approver (an owner link, or {name} for free text), effective, review_by, review_overdue,
// source_path. The policy page and the handbook show the same facts.
void put_document_control(const PortalContext& ctx, const Policy& p, const std::string& from,
                          Data& d);
// {severity, location, rule, message}
Data finding(const Diagnostic& d);

}  // namespace aimsdoc::portal
