#pragma once
// Where a finding or a review action stands on the build date (the portal's badges, the
// workbook's columns, the dashboard's figures and the rules all read it from here).
#include <cstddef>

#include "model/aims.hpp"

namespace aimsdoc {

enum class ItemState { Open, Overdue, Closed };

ItemState finding_state(const Finding& f, Date today);
ItemState action_state(const ReviewAction& a, Date today);
const char* item_state_key(ItemState s);    // css class: "open" | "overdue" | "closed"
const char* item_state_label(ItemState s);  // "Open" | "Overdue" | "Closed"

// An audit is performed once it has a performed date on or before the build date.
bool audit_performed(const Audit& a, Date today);

// The audit cycle's figures for the dashboard and the workbook summary.
struct AuditCycleFigures {
  std::size_t open_by_type[4] = {0, 0, 0, 0};  // indexed by FindingType
  std::size_t findings_overdue = 0, actions_open = 0, actions_overdue = 0;
};
AuditCycleFigures audit_cycle_figures(const Aims& aims, Date today);

}  // namespace aimsdoc
