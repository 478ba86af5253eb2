#include "check/risk_trace_state.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace aimsdoc {
namespace {

// Which clause each kind of record evidences; written once, here.
constexpr const char* kPrimaryFramework = "iso42001";
constexpr std::array<std::pair<const char*, const char*>, 5> kClauseRecords = {{
    {"6.1.2", "risks"},
    {"8.2", "risks"},
    {"6.1.4", "assessments"},
    {"8.4", "assessments"},
    {"6.2", "objectives"},
}};

}  // namespace

std::size_t latest_assessment(const Aims& aims, const AiSystem& s) {
  std::size_t latest = kNone;
  for (std::size_t a : s.assessments) {
    const auto& performed = aims.assessments[a].performed;
    if (latest == kNone || (performed && aims.assessments[latest].performed < performed))
      latest = a;
  }
  return latest;
}

bool assessment_current(const ImpactAssessment& a, Date today) {
  return a.next_review && !(*a.next_review < today);
}

const char* system_assessment_key(const Aims& aims, const AiSystem& s, Date today) {
  std::size_t latest = latest_assessment(aims, s);
  if (latest == kNone) return "none";
  return assessment_current(aims.assessments[latest], today) ? "current" : "overdue";
}

bool objective_on_track(const Objective& o, Date today) {
  return o.status == ObjectiveStatus::Met ||
         (o.status == ObjectiveStatus::Open && o.due && !(*o.due < today));
}

bool above_appetite(const Aims& aims, const RiskScore& score) {
  return score.score() > aims.site.risk.appetite;
}

bool risk_treated(const Risk& k) {
  return k.treatment == Treatment::Mitigate ? !k.controls.empty() : k.treatment != Treatment::Unset;
}

std::string risks_treated_text(const Aims& aims, const Requirement& r) {
  std::string out;
  for (std::size_t k : r.risks) out += (out.empty() ? "" : ", ") + aims.risks[k].id;
  return out;
}

RecordEvidence record_evidence(const Aims& aims, const Requirement& r, Date today) {
  if (aims.primary.id != kPrimaryFramework) return {};
  for (const auto& [clause, kind] : kClauseRecords) {
    if (r.id() != clause) continue;
    std::string k = kind;
    if (k == "risks")
      return {k, static_cast<std::size_t>(
                     std::count_if(aims.risks.begin(), aims.risks.end(),
                                   [](const Risk& risk) { return risk.inherent.set(); }))};
    if (k == "objectives") return {k, aims.objectives.size()};
    auto current =
        std::count_if(aims.assessments.begin(), aims.assessments.end(),
                      [&](const ImpactAssessment& a) { return assessment_current(a, today); });
    return {k, static_cast<std::size_t>(current)};
  }
  return {};
}

}  // namespace aimsdoc
