// The rules of the management system's records: AI systems (owner, a current impact
// assessment), risks (scale, treatment, acceptance, review, residual) and objectives.
#include <algorithm>

#include "check/risk_trace_state.hpp"
#include "check/rules.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

long days_between(Date from, Date to) { return to.days_since_epoch() - from.days_since_epoch(); }

void check_system(const Aims& aims, const AiSystem& s, Date today, Diagnostics& diags) {
  if (s.owner_id.empty())
    diags.error(
        s.location, "system.owner",
        "AI system " + s.id + " has no owner; add 'owner:' with an id from the site.yaml roster");
  const auto& classes = aims.site.risk.system_risk_classes;
  if (!classes.empty() && !s.risk_class.empty() &&
      std::find(classes.begin(), classes.end(), s.risk_class) == classes.end())
    diags.error(s.risk_class_location, "field.vocabulary",
                "'risk_class' is '" + s.risk_class + "'; write one of " + join(classes, ", ") +
                    " (system_risk_classes in site.yaml)");
  if (!needs_assessment(s.lifecycle)) return;
  std::size_t latest = latest_assessment(aims, s);
  if (latest == kNone) {
    diags.error(s.lifecycle_location, "system.assessment",
                "AI system " + s.id + " is in " + lifecycle_name(s.lifecycle) +
                    " without an impact assessment; add one under assessments/ naming 'system: " +
                    s.id + "'");
    return;
  }
  const ImpactAssessment& a = aims.assessments[latest];
  if (!assessment_current(a, today) && a.next_review)
    diags.error(s.lifecycle_location, "system.assessment",
                "AI system " + s.id + ": its latest impact assessment " + a.id +
                    " was due for review on " + a.next_review->to_string() +
                    "; review it and record the new assessment");
}

void check_scale(const Aims& aims, const Risk& k, const RiskScore& score, const SourceLocation& at,
                 Diagnostics& diags) {
  const int scale = aims.site.risk.scale;
  auto outside = [&](int v) { return v < 1 || v > scale; };
  if (score.set() && (outside(score.likelihood) || outside(score.impact)))
    diags.error(at, "risk.scale",
                "risk " + k.id + ": likelihood and impact run from 1 to " + std::to_string(scale) +
                    " (risk.scale in site.yaml), found " + std::to_string(score.likelihood) +
                    " x " + std::to_string(score.impact));
}

// A control treating a risk must be applicable: an excluded one treats nothing.
void check_excluded_controls(const Aims& aims, const Risk& k, Diagnostics& diags) {
  for (const auto& ref : k.control_refs) {
    QualifiedId q = split_qualified_id(ref.text);
    const Requirement* r = aims.find_requirement(q.id);
    if (!r || (!q.framework.empty() && q.framework != aims.primary.id)) continue;
    if (r->has_record && !r->applicable())
      diags.error(ref.location, "risk.excluded-control",
                  "risk " + k.id + " is treated by " + r->id() + ", which is excluded at " +
                      r->record.applicable_location.to_string() +
                      "; include the control or treat the risk with another",
                  r->id());
  }
}

void check_acceptance(const Risk& k, Date today, Diagnostics& diags) {
  if (k.treatment != Treatment::Accept) return;
  if (k.accepted_by.empty() || !k.accepted_until)
    diags.error(k.treatment_location, "risk.acceptance",
                "risk " + k.id +
                    " is accepted without an approver and an end date; add 'accepted_by:' and "
                    "'accepted_until:'");
  else if (*k.accepted_until < today)
    diags.error(k.accepted_location, "risk.acceptance",
                "risk " + k.id + ": its acceptance ended on " + k.accepted_until->to_string() +
                    "; review the risk and accept it again or treat it");
}

void check_risk(const Aims& aims, const Risk& k, Date today, Diagnostics& diags) {
  check_scale(aims, k, k.inherent, k.location, diags);
  if (k.residual) check_scale(aims, k, *k.residual, k.residual_location, diags);
  if (above_appetite(aims, k.inherent) && k.treatment == Treatment::Mitigate &&
      k.control_refs.empty())
    diags.error(k.treatment_location, "risk.untreated",
                "risk " + k.id + " scores " + std::to_string(k.inherent.score()) +
                    ", above the appetite of " + std::to_string(aims.site.risk.appetite) +
                    ", and is to be mitigated by no control; list the controls under 'controls:'");
  check_excluded_controls(aims, k, diags);
  check_acceptance(k, today, diags);
  const int review_days = aims.site.risk.review_days;
  if (!k.reviewed)
    diags.warning(k.location, "risk.review",
                  "risk " + k.id + " has never been reviewed; add 'reviewed:' with the date");
  else if (days_between(*k.reviewed, today) > review_days)
    diags.warning(k.reviewed_location, "risk.review",
                  "risk " + k.id + " was last reviewed on " + k.reviewed->to_string() +
                      ", more than " + std::to_string(review_days) + " days before " +
                      today.to_string());
  if (k.residual && k.residual->score() > k.inherent.score())
    diags.error(k.residual_location, "risk.residual",
                "risk " + k.id + ": the residual score " + std::to_string(k.residual->score()) +
                    " is above the inherent score " + std::to_string(k.inherent.score()) +
                    "; treatment does not raise a risk");
}

void check_objective(const Objective& o, Date today, Diagnostics& diags) {
  if (o.status == ObjectiveStatus::Open && o.due && *o.due < today)
    diags.warning(o.due_location, "objective.overdue",
                  "objective " + o.id + " is still open, due " + o.due->to_string() +
                      "; record it as met or missed with its 'result:'");
}

}  // namespace

void check_risk_trace(const Aims& aims, Diagnostics& diags) {
  Date today = aims.reference_date();
  for (const auto& s : aims.systems) check_system(aims, s, today, diags);
  for (const auto& k : aims.risks) check_risk(aims, k, today, diags);
  for (const auto& o : aims.objectives) check_objective(o, today, diags);
}

}  // namespace aimsdoc
