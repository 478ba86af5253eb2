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

struct CoverageReport {
  KindTally clauses, controls;
  std::size_t evidence_items = 0;
  std::size_t evidence_stale = 0;          // older than the age policy
  std::size_t evidence_expired = 0;
  std::size_t evidence_expiring_soon = 0;  // expires within kExpiringSoonDays
  std::set<std::string> gaps;              // requirement ids with at least one error

  std::string summary_line(std::size_t errors, std::size_t warnings) const;
};

inline constexpr int kExpiringSoonDays = 90;

}  // namespace aimsdoc
