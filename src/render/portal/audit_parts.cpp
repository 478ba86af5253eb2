#include "render/portal/audit_parts.hpp"

#include "check/audit_state.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {

Data finding_summary(const PortalContext& ctx, const Finding& f, const std::string& from) {
  ItemState state = finding_state(f, ctx.today);
  return Object{
      {"id", f.id},
      {"href", href(from, finding_page(f))},
      {"type", finding_type_name(f.type)},
      {"is_nonconformity", flag(is_nonconformity(f.type))},
      {"description", f.description},
      {"state", item_state_key(state)},
      {"state_label", item_state_label(state)},
      {"requirement",
       f.requirement == kNone ? Data(false) : requirement_summary(ctx, f.requirement, from)},
      {"owner", owner_link(ctx, f.owner, from)},
      {"due", opt(f.due)},
      {"closed", opt(f.closed)}};
}

}  // namespace aimsdoc::portal
