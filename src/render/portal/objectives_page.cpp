// The AI objectives (ISO/IEC 42001 6.2): what is measured, the target, the due date and
// whether each is on track, as check/risk_trace_state.hpp decides it.
#include "check/risk_trace_state.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {

Page objectives_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kObjectivesPage, "objectives", "objectives");
  List rows;
  for (const auto& o : ctx.aims.objectives) {
    bool ok = objective_on_track(o, ctx.today);
    Data row = Object{{"id", o.id},
                      {"anchor", "objective-" + slug(o.id)},
                      {"title", o.title},
                      {"measure", o.measure},
                      {"target", o.target},
                      {"due", opt(o.due)},
                      {"status", ctx.label("objective", objective_status_name(o.status))},
                      {"result", opt(o.result)},
                      {"on_track", flag(ok)}};
    put(row, "owner", owner_link(ctx, o.owner, page.path));
    rows.push_back(std::move(row));
  }
  set_list(page.data, "rows", std::move(rows));
  put(page.data, "on_track", number(ctx.view.report.trace.objectives_on_track));
  put(page.data, "total", number(ctx.view.report.trace.objectives));
  return page;
}

}  // namespace aimsdoc::portal
