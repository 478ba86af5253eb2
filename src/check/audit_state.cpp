#include "check/audit_state.hpp"

namespace aimsdoc {
namespace {

ItemState state_of(const std::optional<Date>& closed, const std::optional<Date>& due, Date today) {
  if (closed) return ItemState::Closed;
  return due && *due < today ? ItemState::Overdue : ItemState::Open;
}

}  // namespace

ItemState finding_state(const Finding& f, Date today) { return state_of(f.closed, f.due, today); }
ItemState action_state(const ReviewAction& a, Date today) {
  return state_of(a.closed, a.due, today);
}

const char* item_state_key(ItemState s) {
  switch (s) {
    case ItemState::Open: return "open";
    case ItemState::Overdue: return "overdue";
    case ItemState::Closed: return "closed";
  }
  return "";
}

const char* item_state_label(ItemState s) {
  switch (s) {
    case ItemState::Open: return "Open";
    case ItemState::Overdue: return "Overdue";
    case ItemState::Closed: return "Closed";
  }
  return "";
}

bool audit_performed(const Audit& a, Date today) { return a.performed && *a.performed <= today; }

AuditCycleFigures audit_cycle_figures(const Aims& aims, Date today) {
  AuditCycleFigures fig;
  for (const auto& a : aims.audits)
    for (const auto& f : a.findings) {
      ItemState s = finding_state(f, today);
      if (s != ItemState::Closed) ++fig.open_by_type[static_cast<int>(f.type)];
      if (s == ItemState::Overdue) ++fig.findings_overdue;
    }
  for (const auto& mr : aims.reviews)
    for (const auto& action : mr.actions) {
      ItemState s = action_state(action, today);
      if (s != ItemState::Closed) ++fig.actions_open;
      if (s == ItemState::Overdue) ++fig.actions_overdue;
    }
  return fig;
}

}  // namespace aimsdoc
