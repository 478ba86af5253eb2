#pragma once
// The check stage: coverage and validation rules over the model -> diagnostics and figures.
// Rule ids are stable; README lists them.
#include "check/coverage_report.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Every catalog requirement has a record; clauses are not excluded; exclusions are
// justified; applicable requirements have a status, policy, owner and evidence.
void check_coverage(const Aims& aims, Diagnostics& diags);
// Evidence freshness (age policy, expiry, future dates) and policy review dates.
void check_freshness(const Aims& aims, Diagnostics& diags);
// The audit cycle: audit and review programmes, findings, review inputs and actions.
void check_audit_cycle(const Aims& aims, Diagnostics& diags);
// Requirements with an open major nonconformity: gaps whatever their record says.
std::vector<std::string> open_major_requirements(const Aims& aims);

// AI systems, risks and objectives (risk_rules.cpp).
void check_risk_trace(const Aims& aims, Diagnostics& diags);

// The requirement id a record file is named after ("controls/x/A.6.2.4.yaml" -> "A.6.2.4"),
// or "" for a path that is not a record file.
std::string record_file_id(const std::string& path);

// Runs every rule, then tallies the figures (gaps come from the errors found).
CoverageReport run_checks(const Aims& aims, Diagnostics& diags);

}  // namespace aimsdoc
