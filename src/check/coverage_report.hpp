#pragma once
// The figures a dashboard, a workbook summary and the CLI's last line all print.
#include <cstddef>
#include <set>
#include <string>

namespace aimsdoc {

struct KindTally {
  std::size_t total = 0;
  std::size_t covered = 0;   // applicable with no error, or excluded with a justification
  std::size_t excluded = 0;  // applicable: false
  std::size_t planned = 0, partial = 0, implemented = 0;
};

// The trace an auditor follows, counted: systems assessed, risks treated, objectives on
// track (see risk_trace_state.hpp for what each word means).
struct TraceTally {
  std::size_t systems = 0, systems_assessed = 0;  // assessed: a current impact assessment
  std::size_t assessments = 0, assessments_current = 0;
  std::size_t risks = 0, risks_treated = 0, risks_accepted = 0;
  std::size_t risks_above_appetite = 0;  // after treatment (residual score, else inherent)
  std::size_t objectives = 0, objectives_on_track = 0;  // met, or open and not yet due

  bool any() const { return systems + assessments + risks + objectives > 0; }
};

struct CoverageReport {
  KindTally clauses, controls;
  std::size_t evidence_items = 0;
  std::size_t evidence_stale = 0;          // older than the age policy
  std::size_t evidence_expired = 0;
  std::size_t evidence_expiring_soon = 0;  // expires within kExpiringSoonDays
  std::set<std::string> gaps;              // requirement ids with at least one error
  TraceTally trace;

  std::string summary_line(std::size_t errors, std::size_t warnings) const;
};

inline constexpr int kExpiringSoonDays = 90;

}  // namespace aimsdoc
