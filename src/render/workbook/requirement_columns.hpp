#pragma once
// The columns the Statement of Applicability and the Clauses sheet share, so both read
// alike: status, owner, policies, evidence, check result and the portal page.
#include <string>
#include <vector>

#include "render/build_view.hpp"
#include "render/workbook/table.hpp"

namespace aimsdoc {

// The words a reviewer may type, enforced by validation lists (the input vocabulary).
inline const std::vector<std::string> kStatusChoices = {"planned", "partial", "implemented"};
inline const std::vector<std::string> kApplicableChoices = {"Yes", "No"};
inline constexpr const char* kGapWord = "Gap";
// The Status of a control excluded in its record (applicable: false): not one of the
// choices, since a reviewer excludes through the Applicable column.
inline constexpr const char* kExcludedWord = "Excluded";
inline constexpr const char* kOkWord = "OK";

// "A.2 Policies related to AI": the objective (or clause) a requirement sits under.
std::string group_label(const Aims& aims, const Requirement& r);

// Appends the shared columns to `table` and their highlights (status colours, gap rows).
void add_requirement_columns(Table& table);
// Appends one requirement's cells for those columns to `row`.
void add_requirement_cells(const BuildView& view, const Requirement& r, std::vector<Cell>& row);

}  // namespace aimsdoc
