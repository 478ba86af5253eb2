#pragma once
// One function per kind of portal page: each builds the data its template sees.
#include <string>

#include "render/portal/page_frame.hpp"

namespace aimsdoc::portal {

Page dashboard_page(const PortalContext& ctx);
Page gaps_page(const PortalContext& ctx);
Page clauses_page(const PortalContext& ctx);
Page soa_page(const PortalContext& ctx);
Page policies_page(const PortalContext& ctx);
Page evidence_page(const PortalContext& ctx);
Page owners_page(const PortalContext& ctx);

Page requirement_page_of(const PortalContext& ctx, std::size_t requirement);
// `body_html`: the policy's rendered body (policy_body.hpp) or a stand-in for it.
Page policy_page_of(const PortalContext& ctx, std::size_t policy, const std::string& body_html,
                    const std::string& leading_h1);
Page framework_page_of(const PortalContext& ctx, std::size_t framework);
// The management system's records (risk_pages.cpp).
Page systems_page(const PortalContext& ctx);
Page risks_page(const PortalContext& ctx);
Page system_page_of(const PortalContext& ctx, std::size_t system);
Page risk_page_of(const PortalContext& ctx, std::size_t risk);

}  // namespace aimsdoc::portal
