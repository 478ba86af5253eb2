#pragma once
// How well the AIMS covers another framework (EU AI Act, NIST AI RMF ...), derived through
// the crosswalks: an external requirement is only as covered as the ISO 42001 items mapped
// to it. One pure function, shared by the portal's framework pages, `check --framework`
// and the workbook.
#include <cstddef>
#include <vector>

#include "check/coverage_report.hpp"
#include "model/aims.hpp"

namespace aimsdoc {

// covered: some mapped item is applicable, gap-free and implemented;
// partial: mapped, and some mapped item is applicable and gap-free but planned/partial;
// gap: mapped, but every mapped item is a gap or excluded;
// not-mapped: no crosswalk row reaches the item. Kept apart from gaps: most of a regulation
// (penalties, member-state duties) is outside what an AIMS answers, and an auditor must not
// read "94 gaps" where the crosswalk is simply silent.
enum class CoverageState { Covered, Partial, Gap, NotMapped };
// "covered" | "partial" | "gap" | "not-mapped"
const char* coverage_state_name(CoverageState s);

// One primary requirement's own contribution: Covered when applicable, gap-free and
// implemented; Partial when applicable, gap-free and planned/partial; Gap otherwise
// (no record, excluded, or at least one error in the check).
CoverageState requirement_coverage_state(const Requirement& r, const CoverageReport& report);

struct MappedRequirement {
  std::size_t requirement = kNone;  // index into Aims::requirements
  MappingRef row;                   // the crosswalk row that maps it (relation, source ...)
  CoverageState state = CoverageState::Gap;
};

struct ExternalItemCoverage {
  const CatalogItem* item = nullptr;     // in the external framework
  std::vector<MappedRequirement> mapped;  // primary catalog order, then crosswalk row order
  CoverageState state = CoverageState::Gap;
};

struct FrameworkCoverage {
  const Framework* framework = nullptr;
  std::vector<ExternalItemCoverage> items;  // framework document order, groups left out
  std::size_t covered = 0, partial = 0, gap = 0, not_mapped = 0;
};

// Rows with relation `none` map nothing. Linear in requirements + rows + framework items.
FrameworkCoverage compute_framework_coverage(const Aims& aims, const CoverageReport& report,
                                             const Framework& framework);

}  // namespace aimsdoc
