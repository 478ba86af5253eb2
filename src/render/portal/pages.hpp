#pragma once
// One function per kind of portal page: each builds the data its template sees.
#include <string>
#include <vector>

#include "render/portal/page_frame.hpp"

namespace aimsdoc::portal {

// The audit cycle's pages (and nav entries) exist when the AIMS keeps that part as data.
inline bool shows_audits(const Aims& aims) { return aims.keeps_audits || !aims.audits.empty(); }
inline bool shows_reviews(const Aims& aims) { return aims.keeps_reviews || !aims.reviews.empty(); }
inline bool shows_changes(const Aims& aims) { return aims.history.changes.has_value(); }

Page dashboard_page(const PortalContext& ctx);
Page gaps_page(const PortalContext& ctx);
Page clauses_page(const PortalContext& ctx);
Page soa_page(const PortalContext& ctx);
// The policies register in pages of at most kRegisterPageRows rows, so that it opens with
// ease however many policies there are (an organization of a few hundred has one page).
inline constexpr std::size_t kRegisterPageRows = 500;
std::size_t policies_page_count(const Aims& aims);
Page policies_page(const PortalContext& ctx, std::size_t n);  // page n, from 1
Page evidence_page(const PortalContext& ctx);
Page owners_page(const PortalContext& ctx);
Page audits_page(const PortalContext& ctx);
Page reviews_page(const PortalContext& ctx);
Page changes_page(const PortalContext& ctx);
Page finding_page_of(const PortalContext& ctx, std::size_t audit, std::size_t finding);
// The handbook (handbook_page.cpp): its policies in order, cut into volumes whose Markdown
// adds up to at most `volume_bytes` (a longer policy is a volume alone), so that no page
// grows past what a browser opens with ease however many policies there are; each
// policy's body as the handbook shows it (rendered on the workers, one job per policy);
// then the page of a volume around them.
inline constexpr std::size_t kHandbookVolumeBytes = std::size_t{4} << 20;
struct HandbookVolumes {
  std::vector<std::vector<std::size_t>> volumes;  // policy indexes, in handbook order
  std::vector<std::size_t> volume_of;             // by policy: its volume from 1, 0 if none
};
HandbookVolumes handbook_volumes(const Aims& aims, std::size_t volume_bytes = kHandbookVolumeBytes);
std::string handbook_body(const PortalContext& ctx, const HandbookVolumes& volumes,
                          std::size_t policy);
// SHA-256 (hex) of everything handbook_body() is a function of: the text, the Markdown
// renderer and style, the link table and where the body's links to policies lead from
// its volume (handbook_bodies.hpp takes an unchanged body from the previous build).
std::string handbook_body_key(const PortalContext& ctx, const HandbookVolumes& volumes,
                              std::size_t policy);
// Volume `volume` (from 1); `bodies` in the order of its policies.
Page handbook_page(const PortalContext& ctx, const HandbookVolumes& volumes, std::size_t volume,
                   std::vector<std::string>&& bodies);

Page requirement_page_of(const PortalContext& ctx, std::size_t requirement);
// The page of record.evidence[position] of a requirement (evidence_item_page.cpp).
Page evidence_item_page_of(const PortalContext& ctx, std::size_t requirement, std::size_t position);
// `body_html`: the policy's rendered body (policy_body.hpp) or a stand-in for it.
Page policy_page_of(const PortalContext& ctx, std::size_t policy, const std::string& body_html,
                    const std::string& leading_h1);
Page framework_page_of(const PortalContext& ctx, std::size_t framework);
// The management system's records (risk_pages.cpp).
Page systems_page(const PortalContext& ctx);
Page risks_page(const PortalContext& ctx);
Page system_page_of(const PortalContext& ctx, std::size_t system);
Page risk_page_of(const PortalContext& ctx, std::size_t risk);
Page assessments_page(const PortalContext& ctx);
Page objectives_page(const PortalContext& ctx);  // objectives_page.cpp
// The public portal's pages (public_pages.cpp, which lists what they show).
Page trust_summary_page(const PortalContext& ctx);  // index.html
Page public_soa_page(const PortalContext& ctx);
Page public_evidence_page(const PortalContext& ctx);

}  // namespace aimsdoc::portal
