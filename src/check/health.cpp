#include "check/health.hpp"

namespace aimsdoc {

const char* health_key(Health h) {
  switch (h) {
    case Health::Conformant: return "conformant";
    case Health::Partial: return "partial";
    case Health::Gap: return "gap";
    case Health::Excluded: return "excluded";
  }
  return "";
}

const char* evidence_state_key(EvidenceState s) {
  switch (s) {
    case EvidenceState::Current: return "current";
    case EvidenceState::Expiring: return "expiring";
    case EvidenceState::Stale: return "stale";
    case EvidenceState::Expired: return "expired";
    case EvidenceState::Future: return "future";
    case EvidenceState::Undated: return "undated";
    case EvidenceState::Missing: return "missing";
    case EvidenceState::Rejected: return "rejected";
  }
  return "";
}

bool evidence_holds(EvidenceState s) {
  return s == EvidenceState::Current || s == EvidenceState::Expiring;
}

bool evidence_absent(EvidenceState s) {
  return s == EvidenceState::Missing || s == EvidenceState::Rejected;
}

EvidenceState evidence_state(const EvidenceItem& ev, Date today, int max_age_days) {
  if (ev.file_check == FileCheck::Rejected) return EvidenceState::Rejected;
  if (ev.file_check == FileCheck::Missing) return EvidenceState::Missing;
  if (!ev.collected) return EvidenceState::Undated;
  if (*ev.collected > today) return EvidenceState::Future;
  if (ev.expires && *ev.expires < today) return EvidenceState::Expired;
  if (today.days_since_epoch() - ev.collected->days_since_epoch() > max_age_days)
    return EvidenceState::Stale;
  if (ev.expires && ev.expires->days_since_epoch() - today.days_since_epoch() <= kExpiringSoonDays)
    return EvidenceState::Expiring;
  return EvidenceState::Current;
}

}  // namespace aimsdoc
