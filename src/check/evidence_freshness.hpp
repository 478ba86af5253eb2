#pragma once
// How fresh an evidence item is (the portal's badge, the workbook's column), judged against
// the build's reference date with the same thresholds as the check's freshness rules.
#include "model/aims.hpp"

namespace aimsdoc {

enum class Freshness { Current, ExpiringSoon, Expired, Stale, Future, Undated };

Freshness evidence_freshness(const EvidenceItem& ev, Date today, int max_age_days);
const char* freshness_key(Freshness f);    // css class: "current", "expiring" ...
const char* freshness_label(Freshness f);  // "Current", "Expires soon" ...

}  // namespace aimsdoc
