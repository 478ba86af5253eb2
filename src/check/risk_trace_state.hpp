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
bool above_appetite(const Aims& aims, const RiskScore& score);
// Above appetite before treatment, with controls to treat it, or accepted, avoided or
// transferred: the risk has an answer.
bool risk_treated(const Risk& k);

// Records that evidence a clause besides its evidence files: assessed risks for 6.1.2 and
// 8.2, current impact assessments for 6.1.4 and 8.4, objectives for 6.2 (ISO/IEC 42001
// as the primary framework). kind: "risks" | "assessments" | "objectives" | "".
struct RecordEvidence {
  std::string kind;
  std::size_t count = 0;
};
RecordEvidence record_evidence(const Aims& aims, const Requirement& r, Date today);

}  // namespace aimsdoc
