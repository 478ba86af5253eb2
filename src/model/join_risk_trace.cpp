// The joins of the management system's records: every id a system, risk, impact
// assessment or objective names is resolved to an index (unknown ids are reported
// [ref.*], an assessment of an unknown system [assessment.system]), and the back-links an
// auditor follows the other way are filled: a system's assessments and risks, a control's
// risks.
#include <algorithm>

#include "model/join_references.hpp"

namespace aimsdoc {
namespace {

// Sorts records by id and registers each id (first in file order wins; a duplicate is
// reported and dropped), then fills `index`.
template <typename Record>
std::vector<Record> index_records(std::vector<Record> records, const char* kind,
                                  std::map<std::string, std::size_t>& index, Aims& aims,
                                  Diagnostics& diags) {
  std::vector<Record> kept;
  kept.reserve(records.size());
  for (auto& r : records)
    if (aims.ids.add(r.id, kind, r.location, diags)) kept.push_back(std::move(r));
  std::stable_sort(kept.begin(), kept.end(),
                   [](const Record& a, const Record& b) { return a.id < b.id; });
  for (std::size_t i = 0; i < kept.size(); ++i) index.emplace(kept[i].id, i);
  return kept;
}

std::size_t find_id(const Reference& ref, const std::map<std::string, std::size_t>& index) {
  auto it = index.find(ref.text);
  return it == index.end() ? kNone : it->second;
}

std::string unknown(const char* kind, const Reference& ref,
                    const std::map<std::string, std::size_t>& index) {
  return "unknown " + std::string(kind) + " id '" + ref.text + "'" + suggestion(ref.text, index);
}

std::size_t resolve_assessment(const Aims& aims, const Reference& ref, Diagnostics& diags) {
  std::size_t a = find_id(ref, aims.assessment_index);
  if (a == kNone)
    diags.error(ref.location, "ref.assessment",
                unknown("impact assessment", ref, aims.assessment_index));
  return a;
}

void join_systems(Aims& aims, Diagnostics& diags) {
  for (std::size_t si = 0; si < aims.systems.size(); ++si) {
    AiSystem& s = aims.systems[si];
    s.owner = resolve_owner_id(aims, s.owner_id, s.owner_location, "", diags);
    for (const auto& ref : s.declared_assessments) {
      std::size_t a = resolve_assessment(aims, ref, diags);
      if (a != kNone) s.assessments.push_back(a);
    }
  }
}

void join_assessments(Aims& aims, Diagnostics& diags) {
  const int review_days = aims.site.risk.assessment_review_days;
  for (std::size_t ai = 0; ai < aims.assessments.size(); ++ai) {
    ImpactAssessment& a = aims.assessments[ai];
    if (!a.next_review && a.performed) a.next_review = a.performed->plus_days(review_days);
    a.approver = resolve_owner_id(aims, a.approved_by, a.approved_location, "", diags);
    auto it = aims.system_index.find(a.system_id);
    if (it == aims.system_index.end() && !a.system_id.empty()) {
      diags.error(a.system_location, "assessment.system",
                  "impact assessment " + a.id + " assesses '" + a.system_id +
                      "', which is no AI system under systems/" +
                      suggestion(a.system_id, aims.system_index));
    } else if (it != aims.system_index.end()) {
      a.system = it->second;
      aims.systems[a.system].assessments.push_back(ai);
    }
    for (const auto& ref : a.risk_refs) {
      std::size_t k = find_id(ref, aims.risk_index);
      if (k == kNone) {
        diags.error(ref.location, "ref.risk", unknown("risk", ref, aims.risk_index));
        continue;
      }
      a.risks.push_back(k);
      aims.risks[k].assessments.push_back(ai);
    }
    sort_unique(a.risks);
  }
  for (auto& s : aims.systems) sort_unique(s.assessments);
}

void join_risks(Aims& aims, Diagnostics& diags) {
  for (std::size_t ki = 0; ki < aims.risks.size(); ++ki) {
    Risk& k = aims.risks[ki];
    k.owner = resolve_owner_id(aims, k.owner_id, k.owner_location, "", diags);
    k.accepted_owner = resolve_owner_id(aims, k.accepted_by, k.accepted_location, "", diags);
    for (const auto& ref : k.system_refs) {
      std::size_t s = find_id(ref, aims.system_index);
      if (s == kNone) {
        diags.error(ref.location, "ref.system", unknown("AI system", ref, aims.system_index));
        continue;
      }
      k.systems.push_back(s);
      aims.systems[s].risks.push_back(ki);
    }
    if (k.source_ref) {
      k.source = resolve_assessment(aims, *k.source_ref, diags);
      if (k.source != kNone) k.assessments.push_back(k.source);
    }
    for (const auto& ref : k.control_refs) {
      std::size_t r = resolve_requirement_id(aims, ref, diags);
      if (r == kNone) continue;
      k.controls.push_back(r);
      aims.requirements[r].risks.push_back(ki);
    }
    sort_unique(k.systems);
    sort_unique(k.controls);
  }
  for (auto& s : aims.systems) sort_unique(s.risks);
  for (auto& r : aims.requirements) sort_unique(r.risks);
}

}  // namespace

void join_risk_trace(Aims& aims, RiskTraceRecords in, Diagnostics& diags) {
  aims.systems = index_records(std::move(in.systems), "AI system", aims.system_index, aims, diags);
  aims.risks = index_records(std::move(in.risks), "risk", aims.risk_index, aims, diags);
  aims.assessments = index_records(std::move(in.assessments), "impact assessment",
                                   aims.assessment_index, aims, diags);
  aims.objectives =
      index_records(std::move(in.objectives), "objective", aims.objective_index, aims, diags);
  join_systems(aims, diags);
  join_risks(aims, diags);
  join_assessments(aims, diags);
  for (auto& k : aims.risks) sort_unique(k.assessments);
  for (auto& o : aims.objectives)
    o.owner = resolve_owner_id(aims, o.owner_id, o.owner_location, "", diags);
}

}  // namespace aimsdoc
