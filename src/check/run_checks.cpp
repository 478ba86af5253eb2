#include <algorithm>
#include <map>

#include "check/risk_trace_state.hpp"
#include "check/rules.hpp"

namespace aimsdoc {
namespace {

std::vector<std::vector<EvidenceState>> judge_evidence(const Aims& aims) {
  Date today = aims.reference_date();
  std::vector<std::vector<EvidenceState>> states(aims.requirements.size());
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri)
    for (const auto& ev : aims.requirements[ri].record.evidence)
      states[ri].push_back(evidence_state(ev, today, aims.site.evidence_max_age_days));
  return states;
}

// Load-stage errors (a missing evidence file) carry no requirement: they are attributed
// by the record file they were found in.
std::set<std::string> requirements_with_errors(const Aims& aims, const Diagnostics& diags) {
  std::map<std::string, std::string> requirement_by_path;
  for (const auto& r : aims.requirements)
    if (r.has_record) requirement_by_path.emplace(r.record.location.path, r.id());
  std::set<std::string> gaps;
  for (const auto& d : diags.items()) {
    if (d.severity != Severity::Error) continue;
    auto by_path = requirement_by_path.find(d.location.path);
    if (!d.requirement.empty())
      gaps.insert(d.requirement);
    else if (by_path != requirement_by_path.end())
      gaps.insert(by_path->second);
    else if (std::string id = record_file_id(d.location.path); aims.find_requirement(id))
      gaps.insert(id);  // its record file could not be read
  }
  return gaps;
}

Health derive_health(const Requirement& r, bool has_error, const std::vector<EvidenceState>& ev) {
  if (!r.has_record || has_error) return Health::Gap;
  if (!r.record.applicable) return Health::Excluded;
  if (r.record.status != Status::Implemented) return Health::Partial;
  if (std::none_of(ev.begin(), ev.end(), evidence_holds)) return Health::Partial;
  return Health::Conformant;
}

void tally(const Requirement& r, Health h, KindTally& t) {
  ++t.total;
  switch (h) {
    case Health::Conformant: ++t.conformant; break;
    case Health::Partial: ++t.partial; break;
    case Health::Gap: ++t.gap; break;
    case Health::Excluded: ++t.excluded; break;
  }
  if (!r.has_record)
    ++t.no_record;
  else if (!r.record.applicable)
    ++t.not_applicable;
  else if (r.record.status == Status::Planned)
    ++t.planned;
  else if (r.record.status == Status::Partial)
    ++t.status_partial;
  else if (r.record.status == Status::Implemented)
    ++t.implemented;
  else
    ++t.no_status;
}

std::vector<GroupTally> tally_groups(const Aims& aims, const std::vector<Health>& health) {
  std::vector<GroupTally> groups;
  std::map<std::string, std::size_t> slot;  // group id -> index in groups
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    // Null for a requirement at the top level.
    const CatalogItem* group = aims.primary.top_group_of(*aims.requirements[ri].item);
    auto [it, added] = slot.emplace(group ? group->id : std::string(), groups.size());
    if (added) groups.push_back({it->first, group ? group->title : std::string(), {}});
    tally(aims.requirements[ri], health[ri], groups[it->second].tally);
  }
  return groups;
}

TraceTally tally_trace(const Aims& aims) {
  Date today = aims.reference_date();
  TraceTally t;
  t.systems = aims.systems.size();
  for (const auto& s : aims.systems) {
    std::size_t latest = latest_assessment(aims, s);
    if (latest != kNone && assessment_current(aims.assessments[latest], today))
      ++t.systems_assessed;
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
  for (const auto& o : aims.objectives) t.objectives_on_track += objective_on_track(o, today);
  return t;
}

}  // namespace

std::string CoverageReport::summary_line(std::size_t errors, std::size_t warnings) const {
  auto plural = [](std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
  };
  auto kind = [](const KindTally& t, const char* name) {
    std::string line =
        std::to_string(t.conformant) + "/" + std::to_string(t.total) + " " + name + " conformant";
    if (t.partial) line += ", " + std::to_string(t.partial) + " partial";
    if (t.gap) line += ", " + std::to_string(t.gap) + " gap";
    if (t.excluded) line += ", " + std::to_string(t.excluded) + " excluded";
    return line;
  };
  std::string line = kind(controls, "controls") + "; " + kind(clauses, "clauses") + " (" +
                     readiness_name(readiness) + ")";
  if (trace.any())
    line += "; " + std::to_string(trace.systems_assessed) + "/" + std::to_string(trace.systems) +
            " AI systems assessed, " + std::to_string(trace.risks_treated) + "/" +
            std::to_string(trace.risks) + " risks treated, " +
            std::to_string(trace.objectives_on_track) + "/" + std::to_string(trace.objectives) +
            " objectives on track";
  return line + "; " + plural(errors, "error") + ", " + plural(warnings, "warning");
}

CoverageReport run_checks(const Aims& aims, Diagnostics& diags) {
  CoverageReport report;
  report.readiness = aims.site.readiness;
  report.evidence = judge_evidence(aims);
  check_coverage(aims, diags);
  check_substance(aims, diags);
  check_name_collisions(aims, diags);
  check_risk_trace(aims, diags);
  check_freshness(aims, report, diags);
  check_audit_cycle(aims, diags);
  report.gaps = requirements_with_errors(aims, diags);
  for (const auto& id : open_major_requirements(aims)) report.gaps.insert(id);
  report.health.reserve(aims.requirements.size());
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    const Requirement& r = aims.requirements[ri];
    Health h = derive_health(r, report.gaps.count(r.id()) > 0, report.evidence[ri]);
    report.health.push_back(h);
    tally(r, h, r.is_control() ? report.controls : report.clauses);
    for (EvidenceState s : report.evidence[ri]) {
      ++report.evidence_items;
      ++report.evidence_by_state[static_cast<std::size_t>(s)];
    }
  }
  report.trace = tally_trace(aims);
  report.groups = tally_groups(aims, report.health);
  return report;
}

}  // namespace aimsdoc
