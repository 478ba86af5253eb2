#pragma once
// How well the AIMS covers another framework (EU AI Act, NIST AI RMF ...), derived through
// the crosswalks and the policies that name its items directly: an external requirement is
// only as covered as what is mapped to it. One pure function, shared by the portal's
// framework pages, `check --framework` and the workbook.
#include <cstddef>
#include <vector>

#include "check/coverage_report.hpp"
#include "model/aims.hpp"

namespace aimsdoc {

// covered:    every mapped ISO item is conformant and the mapping says that is enough: at
//             least one row is `equivalent` or `superset`, the crosswalk declares the
//             mapped set sufficient (`sufficient:`), or a policy names the item directly
//             in `covers:` (a direct mapping, in force while its review is not overdue);
// partial:    otherwise, when any mapped item is conformant or partial, or a policy names
//             it directly;
// gap:        mapped, but every mapped item is a gap or excluded;
// not-mapped: no crosswalk row and no policy reaches the item. Kept apart from gaps and
//             shown neutrally: most of a regulation (penalties, member-state duties) is
//             outside what an AIMS answers, and an auditor must not read "94 gaps" where
//             the crosswalk is simply silent.
enum class CoverageState { Covered, Partial, Gap, NotMapped };
// "covered" | "partial" | "gap" | "not-mapped"
const char* coverage_state_name(CoverageState s);

struct MappedRequirement {
  std::size_t requirement = kNone;  // index into Aims::requirements
  MappingRef row;                   // the crosswalk row that maps it (relation, source ...)
  Health health = Health::Gap;      // the requirement's, from the report
};

struct DirectCover {
  std::size_t policy = kNone;  // index into Aims::policies, naming the item in `covers:`
  bool in_force = false;       // its review is not overdue
};

struct ExternalItemCoverage {
  const CatalogItem* item = nullptr;      // in the external framework
  std::vector<MappedRequirement> mapped;  // primary catalog order, then crosswalk row order
  std::vector<DirectCover> direct;        // policy order
  bool declared_sufficient = false;       // a crosswalk lists it under `sufficient:`
  CoverageState state = CoverageState::NotMapped;
};

struct FrameworkCoverage {
  const Framework* framework = nullptr;
  std::vector<ExternalItemCoverage> items;  // framework document order, groups left out
  std::size_t covered = 0, partial = 0, gap = 0, not_mapped = 0;  // add up to items.size()
};

// Rows with relation `none` map nothing. Linear in requirements + rows + policies' covers +
// framework items.
FrameworkCoverage compute_framework_coverage(const Aims& aims, const CoverageReport& report,
                                             const Framework& framework);

}  // namespace aimsdoc
