#include "check/evidence_freshness.hpp"

#include "check/coverage_report.hpp"

namespace aimsdoc {

Freshness evidence_freshness(const EvidenceItem& ev, Date today, int max_age_days) {
  if (!ev.collected) return Freshness::Undated;
  if (*ev.collected > today) return Freshness::Future;
  if (ev.expires && *ev.expires < today) return Freshness::Expired;
  if (today.days_since_epoch() - ev.collected->days_since_epoch() > max_age_days)
    return Freshness::Stale;
  if (ev.expires && ev.expires->days_since_epoch() - today.days_since_epoch() <= kExpiringSoonDays)
    return Freshness::ExpiringSoon;
  return Freshness::Current;
}

const char* freshness_key(Freshness f) {
  switch (f) {
    case Freshness::Current: return "current";
    case Freshness::ExpiringSoon: return "expiring";
    case Freshness::Expired: return "expired";
    case Freshness::Stale: return "stale";
    case Freshness::Future: return "future";
    case Freshness::Undated: return "undated";
  }
  return "";
}

const char* freshness_label(Freshness f) {
  switch (f) {
    case Freshness::Current: return "Current";
    case Freshness::ExpiringSoon: return "Expires soon";
    case Freshness::Expired: return "Expired";
    case Freshness::Stale: return "Stale";
    case Freshness::Future: return "Future-dated";
    case Freshness::Undated: return "Undated";
  }
  return "";
}

}  // namespace aimsdoc
