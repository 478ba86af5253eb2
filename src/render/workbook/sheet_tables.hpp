#pragma once
// The workbook's table sheets as pure functions of the build view: what each row says,
// kept apart from how libxlsxwriter writes it (table_writer), so tests can read them.
#include <string>
#include <vector>

#include "check/framework_coverage.hpp"
#include "render/build_view.hpp"
#include "render/workbook/table.hpp"

namespace aimsdoc {

inline constexpr const char* kSummarySheet = "Summary";
inline constexpr const char* kSoaSheet = "Statement of Applicability";
inline constexpr const char* kClausesSheet = "Clauses";
inline constexpr const char* kEvidenceSheet = "Evidence register";
inline constexpr const char* kGapsSheet = "Gaps";
inline constexpr const char* kAuditsSheet = "Internal audits";
inline constexpr const char* kNonconformitiesSheet = "Nonconformities";
inline constexpr const char* kReviewsSheet = "Management reviews";
inline constexpr const char* kChangesSheet = "Changes";
inline constexpr const char* kSystemsSheet = "AI systems";
inline constexpr const char* kRisksSheet = "Risk register";
inline constexpr const char* kAssessmentsSheet = "Impact assessments";
inline constexpr const char* kObjectivesSheet = "Objectives";

// One row per Annex A control (ISO/IEC 42001 clause 6.1.3 d), catalog order.
Table soa_table(const BuildView& view);
// One row per clause 4.1-10.2, catalog order.
Table clauses_table(const BuildView& view);
// Every evidence item, requirements in catalog order, items in record order.
Table evidence_table(const BuildView& view);
// Every finding of the check, in diagnostic order; no rows when the AIMS is clean.
Table gaps_table(const BuildView& view);
// The audit programme by planned date; every finding of every audit; every management
// review with its inputs and actions (audit_sheet.cpp, review_sheet.cpp).
Table audits_table(const BuildView& view);
Table nonconformities_table(const BuildView& view);
Table reviews_table(const BuildView& view);
// What changed since --since or last_audit (changes_sheet.cpp): policies, then record
// fields, then evidence; no rows without a revision.
Table changes_table(const BuildView& view);

// The management system's records, one row each (risk_trace_sheets.cpp): the AI system
// inventory, the risk register with treatment and residual score, the impact
// assessments, the objectives.
Table systems_table(const BuildView& view);
Table risks_table(const BuildView& view);
Table assessments_table(const BuildView& view);
Table objectives_table(const BuildView& view);

// An owner's name, or the id as written when it names no owner.
std::string person_name(const Aims& aims, std::size_t owner, const std::string& written);

// One row per item of an external framework with the ISO 42001 requirements mapped to it.
Table crosswalk_table(const BuildView& view, const FrameworkCoverage& coverage);

// The frameworks that get a crosswalk sheet: further frameworks some crosswalk maps to,
// in site.yaml order.
std::vector<const Framework*> crosswalked_frameworks(const Aims& aims);

// A valid, unique sheet name for a framework (Excel: 31 characters, none of []:*?/\,
// unique ignoring case); `taken` holds the names used so far and receives this one.
std::string framework_sheet_name(const Framework& f, std::vector<std::string>& taken);

}  // namespace aimsdoc
