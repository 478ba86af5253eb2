#pragma once
// The states every output shows, derived once here after the rules have run and read by
// every renderer, the JSON report and the framework views; nothing else derives them.
//
// Health of a requirement is what the check concludes; it is shown beside the status the
// owner declares (`status:`), never instead of it:
//   gap         at least one error finding on it: an error whose requirement is its id, or
//               any error inside its record file; also no record, or an unjustified
//               exclusion (both are errors). A new rule makes a requirement a gap by
//               reporting an error with the requirement's id.
//   excluded    `applicable: false`, justified, and no error.
//   conformant  applicable, `status: implemented`, no error, and at least one evidence item
//               current or expiring (owner, policy and evidence are required by the rules).
//   partial     applicable and no error, but status planned or partial (a draft check
//               turns their findings into warnings) or its evidence all stale.
//
// State of an evidence item, the first that applies:
//   rejected  its file path was refused (absolute, climbs out, symlink leaving the root)
//   missing   its file is absent or unreadable
//   undated   no valid `collected` date (an error already says so)
//   future    collected after the build date
//   expired   past its `expires` date
//   stale     collected more than evidence_max_age_days before the build date
//   expiring  expires within kExpiringSoonDays
//   current   none of the above
// Only current and expiring items count as evidence that holds; missing and rejected items
// have no copy in the portal, so they are never linked.
#include <cstddef>

#include "model/aims.hpp"

namespace aimsdoc {

enum class Health { Conformant, Partial, Gap, Excluded };
inline constexpr std::size_t kHealthCount = 4;
const char* health_key(Health h);  // "conformant" | "partial" | "gap" | "excluded"

enum class EvidenceState { Current, Expiring, Stale, Expired, Future, Undated, Missing, Rejected };
inline constexpr std::size_t kEvidenceStateCount = 8;
const char* evidence_state_key(EvidenceState s);  // "current" | "expiring" | ... | "rejected"
// Current or expiring: the item backs its requirement.
bool evidence_holds(EvidenceState s);
// Missing or rejected: there is no copy in the portal to link to.
bool evidence_absent(EvidenceState s);

inline constexpr int kExpiringSoonDays = 90;

// Judged against the build's reference date; pure, for the rules and the report.
EvidenceState evidence_state(const EvidenceItem& ev, Date today, int max_age_days);

}  // namespace aimsdoc
