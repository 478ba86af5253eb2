#pragma once
// One function per kind of portal page: each builds the data its template sees.
#include <string>

#include "render/portal/page_frame.hpp"
#include "render/portal/search_index.hpp"

namespace aimsdoc::portal {

Page dashboard_page(const PortalContext& ctx);
Page gaps_page(const PortalContext& ctx);
Page clauses_page(const PortalContext& ctx);
Page soa_page(const PortalContext& ctx);
Page policies_page(const PortalContext& ctx);
Page evidence_page(const PortalContext& ctx);
Page owners_page(const PortalContext& ctx);

Page requirement_page_of(const PortalContext& ctx, std::size_t requirement);
// Renders the policy's Markdown (once): its title and text go to `words` when given.
Page policy_page_of(const PortalContext& ctx, std::size_t policy, WordCollector* words);
Page framework_page_of(const PortalContext& ctx, std::size_t framework);

}  // namespace aimsdoc::portal
