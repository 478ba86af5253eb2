// The audit cycle's rules (ISO/IEC 42001 9.2, 9.3, 10.2): audits and reviews held within
// their cycle, every requirement audited, auditors independent of what they audit, and
// nonconformities corrected on time, with a root cause and an effectiveness check.
#include <algorithm>

#include "check/audit_state.hpp"
#include "check/rule_table.hpp"
#include "check/rules.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

// The requirement a programme finding is about: clause `id` itself, else the first
// requirement under it (ISO/IEC 42001 splits 9.2 into 9.2.1 and 9.2.2); kNone when the
// catalog has neither.
std::size_t clause_anchor(const Aims& aims, const std::string& id) {
  if (auto it = aims.requirement_index.find(id); it != aims.requirement_index.end())
    return it->second;
  for (std::size_t i = 0; i < aims.requirements.size(); ++i)
    if (starts_with(aims.requirements[i].id(), id + ".")) return i;
  return kNone;
}

struct Anchor {
  SourceLocation location;
  std::string requirement;
};

Anchor anchor_for(const Aims& aims, const std::string& clause) {
  std::size_t i = clause_anchor(aims, clause);
  if (i == kNone) return {aims.site.location, ""};
  return {aims.requirements[i].location(), aims.requirements[i].id()};
}

bool within_cycle(const std::optional<Date>& d, Date today, int cycle_days) {
  return d && *d <= today && d->days_since_epoch() > today.days_since_epoch() - cycle_days;
}

std::string cycle_text(int days, Date today) {
  return "in the " + std::to_string(days) + " days up to " + today.to_string();
}

void check_audit_programme(const Aims& aims, Date today, Diagnostics& diags) {
  const int cycle = aims.site.audit_cycle_days;
  std::vector<bool> audited(aims.requirements.size(), false);
  bool any = false;
  for (const auto& a : aims.audits) {
    if (!within_cycle(a.performed, today, cycle)) continue;
    any = true;
    for (std::size_t r : a.requirements) audited[r] = true;
  }
  Anchor at = anchor_for(aims, "9.2");
  if (!any) {
    diags.error(at.location, "audit.programme",
                "no internal audit was performed " + cycle_text(cycle, today) +
                    "; hold one and record it under audits/ with its 'performed:' date",
                at.requirement);
    return;
  }
  std::vector<std::string> missed;
  for (std::size_t r = 0; r < aims.requirements.size(); ++r)
    if (!audited[r] && aims.requirements[r].applicable())
      missed.push_back(aims.requirements[r].id());
  if (!missed.empty())
    diags.warning(at.location, "audit.coverage",
                  "applicable requirements in no audit's scope " + cycle_text(cycle, today) + " (" +
                      std::to_string(missed.size()) + "): " + join(missed, ", ") +
                      "; add them to the scope of a planned audit",
                  at.requirement);
}

void check_independence(const Aims& aims, const Audit& a, Diagnostics& diags) {
  if (a.auditor_owner == kNone) return;
  std::vector<std::string> own;
  for (std::size_t r : a.requirements)
    if (aims.requirements[r].owner == a.auditor_owner) own.push_back(aims.requirements[r].id());
  if (!own.empty())
    diags.warning(a.auditor_location, "audit.independence",
                  "auditor '" + a.auditor + "' of " + a.id + " owns audited requirements " +
                      join(own, ", ") + "; choose an auditor independent of them (9.2.2)");
}

void check_finding(const Finding& f, Date today, Diagnostics& diags) {
  const std::string& req = f.requirement_id;
  if (finding_state(f, today) == ItemState::Overdue)
    diags.error(f.due_location, "finding.overdue",
                "finding " + f.id + " was due on " + f.due->to_string() +
                    " and is still open; close it with 'closed:' or agree a new 'due:' date",
                req);
  if (f.open() || !is_nonconformity(f.type)) return;
  if (f.root_cause.empty() || f.action.empty())
    diags.error(f.closed_location, "finding.root-cause",
                std::string(finding_type_name(f.type)) + " nonconformity " + f.id +
                    " is closed without " +
                    (f.root_cause.empty() ? "a 'root_cause:'" : "an 'action:'") +
                    "; record why it happened and what was done (10.2)",
                req);
  if (f.type == FindingType::Major && !(f.effectiveness && f.effectiveness->effective))
    diags.error(f.closed_location, "finding.effectiveness",
                "major nonconformity " + f.id +
                    " is closed without an effective effectiveness check; add 'effectiveness:' "
                    "with 'checked:', 'result: effective' and 'by:'",
                req);
}

void check_review_programme(const Aims& aims, Date today, Diagnostics& diags) {
  const int cycle = aims.site.review_cycle_days;
  for (const auto& mr : aims.reviews)
    if (within_cycle(mr.date, today, cycle)) return;
  Anchor at = anchor_for(aims, "9.3");
  diags.error(at.location, "review.programme",
              "no management review was held " + cycle_text(cycle, today) +
                  "; hold one and record it under reviews/",
              at.requirement);
}

void check_review(const ManagementReview& mr, Date today, Diagnostics& diags) {
  std::vector<std::string> missing;
  for (const char* topic : kReviewTopics)
    if (!mr.input(topic)) missing.push_back(topic);
  if (!missing.empty())
    diags.error(mr.inputs_location, "review.inputs",
                "management review " + mr.id + " does not record the input" +
                    (missing.size() == 1 ? " " : "s ") + join(missing, ", ") +
                    "; every review must consider all eight inputs of 9.3.2");
  for (const auto& a : mr.actions)
    if (action_state(a, today) == ItemState::Overdue)
      diags.error(a.location, "review.action-overdue",
                  "action " + a.id + " of " + mr.id + " was due on " + a.due->to_string() +
                      " and is still open; close it with 'closed:' or agree a new 'due:' date");
}

}  // namespace

void check_audit_cycle(const Aims& aims, Diagnostics& diags) {
  Date today = aims.reference_date();
  Diagnostics programme;
  if (aims.keeps_audits) check_audit_programme(aims, today, programme);
  if (aims.keeps_reviews) check_review_programme(aims, today, programme);
  // A draft AIMS may not have held its first audit or review yet: at draft readiness the
  // programme findings are the writer's to-do list, warnings, as the coverage ones are
  // (their rules' at_draft in rule_table).
  add_at_readiness(programme, aims.site.readiness, false, diags);
  for (const auto& a : aims.audits) {
    check_independence(aims, a, diags);
    for (const auto& f : a.findings) check_finding(f, today, diags);
  }
  for (const auto& mr : aims.reviews) check_review(mr, today, diags);
}

std::vector<std::string> open_major_requirements(const Aims& aims) {
  std::vector<std::string> ids;
  for (const auto& a : aims.audits)
    for (const auto& f : a.findings)
      if (f.open() && f.type == FindingType::Major && f.requirement != kNone)
        ids.push_back(f.requirement_id);
  return ids;
}

}  // namespace aimsdoc
