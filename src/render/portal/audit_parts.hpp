#pragma once
// How the audit pages, the requirement pages and the dashboard show a finding.
#include <string>

#include "render/portal/mustache_data.hpp"
#include "render/portal/portal_context.hpp"

namespace aimsdoc::portal {

// {id, href, type, is_nonconformity, description, state, state_label, requirement,
//  owner, due, closed}
Data finding_summary(const PortalContext& ctx, const Finding& f, const std::string& from);

}  // namespace aimsdoc::portal
