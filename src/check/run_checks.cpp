#include "check/rules.hpp"

#include <map>

#include "check/risk_trace_state.hpp"

namespace aimsdoc {
namespace {

void tally(const Requirement& r, const std::set<std::string>& gaps, KindTally& t) {
  ++t.total;
  if (r.has_record && !r.record.applicable) ++t.excluded;
  if (r.has_record && !gaps.count(r.id())) ++t.covered;
  if (!r.has_record || !r.record.applicable) return;
  if (r.record.status == Status::Planned) ++t.planned;
  if (r.record.status == Status::Partial) ++t.partial;
  if (r.record.status == Status::Implemented) ++t.implemented;
}

void tally_evidence(const Aims& aims, CoverageReport& report) {
  Date today = aims.reference_date();
  for (const auto& r : aims.requirements) {
    for (const auto& ev : r.record.evidence) {
      ++report.evidence_items;
      if (ev.expires && *ev.expires < today) ++report.evidence_expired;
      else if (ev.expires && ev.expires->days_since_epoch() - today.days_since_epoch() <= kExpiringSoonDays)
        ++report.evidence_expiring_soon;
      if (ev.collected &&
          today.days_since_epoch() - ev.collected->days_since_epoch() > aims.site.evidence_max_age_days)
        ++report.evidence_stale;
    }
  }
}

TraceTally tally_trace(const Aims& aims) {
  Date today = aims.reference_date();
  TraceTally t;
  t.systems = aims.systems.size();
  for (const auto& s : aims.systems) {
    std::size_t latest = latest_assessment(aims, s);
    if (latest != kNone && assessment_current(aims.assessments[latest], today)) ++t.systems_assessed;
  }
  t.assessments = aims.assessments.size();
  for (const auto& a : aims.assessments) t.assessments_current += assessment_current(a, today);
  t.risks = aims.risks.size();
  for (const auto& k : aims.risks) {
    t.risks_treated += risk_treated(k);
    t.risks_accepted += k.treatment == Treatment::Accept;
    t.risks_above_appetite += above_appetite(aims, k.current());
  }
  t.objectives = aims.objectives.size();
  for (const auto& o : aims.objectives)
    t.objectives_on_track += o.status == ObjectiveStatus::Met ||
                             (o.status == ObjectiveStatus::Open && o.due && !(*o.due < today));
  return t;
}

}  // namespace

std::string CoverageReport::summary_line(std::size_t errors, std::size_t warnings) const {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  std::string line = std::to_string(controls.covered) + "/" + std::to_string(controls.total) +
                     " controls, " + std::to_string(clauses.covered) + "/" +
                     std::to_string(clauses.total) + " clauses covered";
  if (controls.excluded) line += " (" + std::to_string(controls.excluded) + " excluded)";
  if (trace.any())
    line += "; " + std::to_string(trace.systems_assessed) + "/" + std::to_string(trace.systems) +
            " AI systems assessed, " + std::to_string(trace.risks_treated) + "/" +
            std::to_string(trace.risks) + " risks treated, " +
            std::to_string(trace.objectives_on_track) + "/" + std::to_string(trace.objectives) +
            " objectives on track";
  return line + "; " + plural(errors, "error") + ", " + plural(warnings, "warning");
}

CoverageReport run_checks(const Aims& aims, Diagnostics& diags) {
  check_coverage(aims, diags);
  check_freshness(aims, diags);
  check_risk_trace(aims, diags);
  check_audit_cycle(aims, diags);
  CoverageReport report;
  // Load-stage errors (a missing evidence file) carry no requirement: attribute them by
  // the record file they were found in.
  std::map<std::string, std::string> requirement_by_path;
  for (const auto& r : aims.requirements)
    if (r.has_record) requirement_by_path.emplace(r.record.location.path, r.id());
  for (const auto& d : diags.items()) {
    if (d.severity != Severity::Error) continue;
    auto by_path = requirement_by_path.find(d.location.path);
    if (!d.requirement.empty()) report.gaps.insert(d.requirement);
    else if (by_path != requirement_by_path.end()) report.gaps.insert(by_path->second);
    else if (std::string id = record_file_id(d.location.path); aims.find_requirement(id))
      report.gaps.insert(id);  // its record file could not be read
  }
  for (const auto& id : open_major_requirements(aims)) report.gaps.insert(id);
  for (const auto& r : aims.requirements)
    tally(r, report.gaps, r.is_control() ? report.controls : report.clauses);
  tally_evidence(aims, report);
  report.trace = tally_trace(aims);
  return report;
}

}  // namespace aimsdoc
