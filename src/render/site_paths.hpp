#pragma once
// The portal's URL scheme, in one place: the site, the workbook's hyperlinks and the
// manifest all name pages and files through these functions.
#include <optional>
#include <string>
#include <string_view>

#include "model/aims.hpp"

namespace aimsdoc {

// Ids become file names: anything outside [A-Za-z0-9._-] turns into '-'.
std::string slug(std::string_view id);

std::string requirement_page(const Requirement& r);  // controls/A.2.2.html, clauses/4.1.html
std::string policy_page(const Policy& p);            // policies/POL-GOV-001.html
std::string framework_page(const Framework& f);      // frameworks/eu-ai-act.html
std::string system_page(const AiSystem& s);          // systems/SYS-1.html
std::string risk_page(const Risk& k);                // risks/R-01.html
// An evidence item's own page (metadata, state, hash, back-links, preview):
// evidence/EV-A.6.2.4-01.html. Its file's copy is evidence_site_path().
std::string evidence_item_page(const EvidenceItem& ev);
// Where an evidence file is published: files/<repo path>, plus ".txt" for a type a browser
// would render actively (util/inert_names.hpp); "" for urls. Every link to it, the
// workbook's and the manifest's, goes through here.
std::string evidence_site_path(const EvidenceItem& ev);
std::string asset_site_path(const Asset& asset);  // as evidence: copied_file_path
std::string owner_anchor(const Owner& o);         // owners.html#owner-<id>
// Where an evidence item is described: its requirement's page, #ev-<id>.
std::string evidence_anchor(const Requirement& r, const EvidenceItem& ev);
// An external framework item on its framework page: frameworks/eu-ai-act.html#item-Art.9
std::string framework_item_anchor(const Framework& f, const CatalogItem& item);

std::string finding_page(const Finding& f);                // findings/NC-2026-03-01.html
std::string audit_anchor(const Audit& a);                  // audits.html#audit-<id>
std::string review_anchor(const ManagementReview& r);      // reviews.html#review-<id>
std::string assessment_anchor(const ImpactAssessment& a);  // assessments.html#assessment-<id>
// The copy of a repo file (evidence, an asset, an audit or impact assessment report) in the
// portal: files/<repo path>, plus ".txt" for a type a browser would render actively.
std::string copied_file_path(const std::string& repo_path);

// The portal's list pages.
inline constexpr const char* kDashboardPage = "index.html";
inline constexpr const char* kGapsPage = "gaps.html";
inline constexpr const char* kClausesPage = "clauses.html";
inline constexpr const char* kSoaPage = "soa.html";
inline constexpr const char* kPoliciesPage = "policies.html";
// Page `n` (from 1) of the policies register: kPoliciesPage, then policies-2.html ...
std::string policies_register_page(std::size_t n);
inline constexpr const char* kEvidencePage = "evidence.html";
inline constexpr const char* kOwnersPage = "owners.html";
inline constexpr const char* kSystemsPage = "systems.html";          // AI system inventory
inline constexpr const char* kRisksPage = "risks.html";              // risk register, heat maps
inline constexpr const char* kAssessmentsPage = "assessments.html";  // impact assessments
inline constexpr const char* kObjectivesPage = "objectives.html";    // AIMS objectives (6.2)
inline constexpr const char* kAuditsPage = "audits.html";
inline constexpr const char* kReviewsPage = "reviews.html";
inline constexpr const char* kChangesPage = "changes.html";
// Every approved policy, for printing or filing: one page, or volumes when one page would
// be too large to open (handbook_volumes, render/portal/pages.hpp).
inline constexpr const char* kHandbookPage = "handbook.html";
// Volume `n` (from 1): kHandbookPage, then handbook-2.html, handbook-3.html ...
std::string handbook_volume_page(std::size_t n);
// The search index's manifest; its shards are kSearchShardPrefix, a name and ".js"
// (render/portal/search_index.hpp).
inline constexpr const char* kSearchIndexPath = "assets/search-index.js";
inline constexpr const char* kSearchShardPrefix = "assets/search-";
// The list of every published file with its SHA-256 (output/manifest.cpp writes it).
inline constexpr const char* kManifestPath = "manifest.json";
// The Statement of Applicability workbook, beside the pages.
inline constexpr const char* kWorkbookPath = "soa.xlsx";

// An output path as URL text: every byte outside RFC 3986 unreserved characters and '/' is
// percent-encoded, so a copied file named "risk register #2.csv" is one link, not a path
// plus a fragment.
std::string escape_url_path(std::string_view path);

// An evidence or source address fit to be a link in a page or a workbook: http(s) or mailto,
// no spaces, quotes, angle brackets or control bytes, at most 2079 bytes (Excel's limit).
// nullopt for anything else (javascript:, data:, file: ...), which is then shown as text.
std::optional<std::string> safe_external_url(std::string_view url);

// Relative URL from one output file to another ("controls/A.2.2.html" ->
// "../policies/POL-1.html").
std::string relative_url(std::string_view from_page, std::string_view to_path);

}  // namespace aimsdoc
