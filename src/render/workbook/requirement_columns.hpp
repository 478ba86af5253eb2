#pragma once
// The columns the Statement of Applicability and the Clauses sheet share, so both read
// alike: declared status, owner, policies, evidence, derived health and the portal page.
// States are written with the check's own names (health_key, evidence_state_key,
// coverage_state_name): the workbook's one table of state words.
#include <string>
#include <vector>

#include "render/build_view.hpp"
#include "render/workbook/table.hpp"

namespace aimsdoc {

// The words a reviewer may type, enforced by validation lists (the input vocabulary).
inline const std::vector<std::string> kStatusChoices = {"planned", "partial", "implemented"};
inline const std::vector<std::string> kApplicableChoices = {"Yes", "No"};
// The Status of a control excluded in its record (applicable: false): not one of the
// choices, since a reviewer excludes through the Applicable column.
inline constexpr const char* kExcludedWord = "Excluded";

// "A.2 Policies related to AI": the objective (or clause) a requirement sits under.
std::string group_label(const Aims& aims, const Requirement& r);

// Appends the shared columns to `table` and their highlights (health colours, gap rows).
void add_requirement_columns(Table& table);
// Appends one requirement's cells for those columns to `row`.
void add_requirement_cells(const BuildView& view, std::size_t index, std::vector<Cell>& row);

}  // namespace aimsdoc
