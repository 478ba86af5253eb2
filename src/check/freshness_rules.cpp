#include "check/rules.hpp"

namespace aimsdoc {
namespace {

void check_evidence_item(const EvidenceItem& ev, EvidenceState state, const std::string& req,
                         Date today, int max_age, Diagnostics& diags) {
  switch (state) {
    case EvidenceState::Future:
      diags.error(ev.location, "evidence.future",
                  "evidence '" + ev.id + "' is dated " + ev.collected->to_string() +
                      ", after the build date " + today.to_string(),
                  req);
      break;
    case EvidenceState::Expired:
      diags.error(ev.location, "evidence.expired",
                  "evidence '" + ev.id + "' expired on " + ev.expires->to_string() +
                      "; collect it again and update 'collected' and 'expires'",
                  req);
      break;
    case EvidenceState::Stale:
      diags.warning(ev.location, "evidence.stale",
                    "evidence '" + ev.id + "' was collected on " + ev.collected->to_string() +
                        ", more than " + std::to_string(max_age) + " days before " +
                        today.to_string() + "; refresh it",
                    req);
      break;
    default: break;  // missing, rejected and undated items were reported when loaded
  }
}

void check_policy_dates(const Policy& p, Date today, Diagnostics& diags) {
  if (p.review_by && *p.review_by < today)
    diags.warning(p.review_by_location, "policy.review-overdue",
                  "policy " + p.id + " was due for review on " + p.review_by->to_string());
  if (p.effective && p.review_by && *p.review_by < *p.effective)
    diags.error(p.review_by_location, "policy.dates",
                "policy " + p.id + ": 'review_by' is before 'effective'");
}

}  // namespace

void check_freshness(const Aims& aims, const CoverageReport& report, Diagnostics& diags) {
  Date today = aims.reference_date();
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence)
      check_evidence_item(ev, report.state_of(ev), r.id(), today, aims.site.evidence_max_age_days,
                          diags);
  for (const auto& p : aims.policies) check_policy_dates(p, today, diags);
}

}  // namespace aimsdoc
