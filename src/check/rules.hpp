#pragma once
// The check stage: coverage and validation rules over the model -> diagnostics and figures.
// Rule ids are stable; README lists them.
#include "check/coverage_report.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// Every catalog requirement has a record; clauses are not excluded; exclusions and
// inclusions are justified; applicable requirements have a status, policy, owner and
// evidence, and are implemented. At aims.site.readiness draft, not being implemented and
// the findings of a planned requirement are warnings (the writer's to-do list).
void check_coverage(const Aims& aims, Diagnostics& diags);
// Placeholders where words are due (justifications, titles, notes), and one evidence file
// standing in for too many requirements.
void check_substance(const Aims& aims, Diagnostics& diags);
// Evidence freshness (report.evidence: age policy, expiry, future dates) and policy
// review dates.
void check_freshness(const Aims& aims, const CoverageReport& report, Diagnostics& diags);
// The audit cycle: audit and review programmes, findings, review inputs and actions.
void check_audit_cycle(const Aims& aims, Diagnostics& diags);
// Requirements with an open major nonconformity: gaps whatever their record says.
std::vector<std::string> open_major_requirements(const Aims& aims);

// Ids and evidence file names that differ only in case or Unicode normalization.
void check_name_collisions(const Aims& aims, Diagnostics& diags);
// AI systems, risks and objectives (risk_rules.cpp).
void check_risk_trace(const Aims& aims, Diagnostics& diags);

// The requirement id a record file is named after ("controls/x/A.6.2.4.yaml" -> "A.6.2.4"),
// or "" for a path that is not a record file.
std::string record_file_id(const std::string& path);

// Runs every rule, then derives health and evidence states and the figures (health.hpp).
CoverageReport run_checks(const Aims& aims, Diagnostics& diags);

}  // namespace aimsdoc
