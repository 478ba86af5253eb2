#pragma once
// What the check concludes, for every output to read: each requirement's health and each
// evidence item's state (health.hpp says how they are derived), and the figures the
// dashboard, the workbook summary and the CLI print, each counting one named state.
#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "check/health.hpp"
#include "model/aims.hpp"

namespace aimsdoc {

struct KindTally {
  std::size_t total = 0;
  // By health: conformant + partial + gap + excluded == total.
  std::size_t conformant = 0, partial = 0, gap = 0, excluded = 0;
  // By declared status: planned + status_partial + implemented + no_status + not_applicable
  // + no_record == total. The owner's word, shown beside health, never counted as it.
  std::size_t planned = 0, status_partial = 0, implemented = 0, no_status = 0;
  std::size_t not_applicable = 0, no_record = 0;
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

// Health by objective: the requirements under one top-level catalog group (clause 6,
// Annex A objective A.6 ...), tallied as the whole is. The public trust summary shows it.
struct GroupTally {
  std::string id, title;  // the group's; "" when requirements have no parent
  KindTally tally;
};

struct CoverageReport {
  Readiness readiness = Readiness::Certification;  // the level the check judged at
  KindTally clauses, controls;
  std::vector<Health> health;                      // per Aims::requirements
  std::vector<std::vector<EvidenceState>> evidence;  // per requirement, per evidence item
  std::size_t evidence_items = 0;
  std::array<std::size_t, kEvidenceStateCount> evidence_by_state{};  // index: EvidenceState
  std::set<std::string> gaps;  // ids of the requirements whose health is gap
  TraceTally trace;
  std::vector<GroupTally> groups;  // catalog order of each group's first requirement

  Health health_of(std::size_t requirement) const { return health[requirement]; }
  EvidenceState state_of(const EvidenceItem& ev) const {
    return evidence[ev.requirement][ev.position];
  }
  std::size_t evidence_count(EvidenceState s) const {
    return evidence_by_state[static_cast<std::size_t>(s)];
  }
  std::string summary_line(std::size_t errors, std::size_t warnings) const;
};

}  // namespace aimsdoc
