#pragma once
// States derived from the management system's records, once, for the rules, the figures
// and every renderer: whether a system's impact assessment is current, whether a risk is
// above appetite, and which records stand as a clause's evidence.
#include <cstddef>
#include <string>

#include "model/aims.hpp"

namespace aimsdoc {

// The assessment of `s` performed last (index into Aims::assessments), or kNone.
std::size_t latest_assessment(const Aims& aims, const AiSystem& s);
// Not yet past its next review.
bool assessment_current(const ImpactAssessment& a, Date today);
// Where a system's impact assessment stands: its latest one is "current", past its next
// review ("overdue"), or there is "none".
const char* system_assessment_key(const Aims& aims, const AiSystem& s, Date today);
// Met, or open and not yet due.
bool objective_on_track(const Objective& o, Date today);
bool above_appetite(const Aims& aims, const RiskScore& score);
// Above appetite before treatment, with controls to treat it, or accepted, avoided or
// transferred: the risk has an answer.
bool risk_treated(const Risk& k);
// The derived justification for including a control: the ids of the risks it treats,
// "R-01, R-05", or "" when it treats none.
std::string risks_treated_text(const Aims& aims, const Requirement& r);

// Records that evidence a clause besides its evidence files: assessed risks for 6.1.2 and
// 8.2, current impact assessments for 6.1.4 and 8.4, objectives for 6.2 (ISO/IEC 42001
// as the primary framework). kind: "risks" | "assessments" | "objectives" | "".
struct RecordEvidence {
  std::string kind;
  std::size_t count = 0;
};
RecordEvidence record_evidence(const Aims& aims, const Requirement& r, Date today);

}  // namespace aimsdoc
