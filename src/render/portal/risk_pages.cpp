// The management system's pages: the AI system inventory and a page per system, the risk
// register with its likelihood x impact heat maps (inherent and residual) and a page per
// risk, the impact assessments. Templates draw; this gathers links and counts.
#include "check/risk_trace_state.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/text.hpp"

namespace aimsdoc::portal {
namespace {

Data score_data(const Aims& aims, const RiskScore& score) {
  return Object{{"likelihood", number(static_cast<std::size_t>(score.likelihood))},
                {"impact", number(static_cast<std::size_t>(score.impact))},
                {"score", number(static_cast<std::size_t>(score.score()))},
                {"above_appetite", flag(above_appetite(aims, score))}};
}

// An assessment's risks are listed only where a template shows them (the register): on
// a risk's page they would make every risk link to all of its assessment's risks.
enum class WithRisks : bool { no, yes };

Data assessment_data(const PortalContext& ctx, const ImpactAssessment& a, const std::string& from,
                     WithRisks with_risks) {
  Data d =
      Object{{"id", a.id},
             {"anchor", "assessment-" + slug(a.id)},
             {"performed", opt(a.performed)},
             {"next_review", opt(a.next_review)},
             {"current", flag(assessment_current(a, ctx.today))},
             {"report_href", opt(a.report.sha256.empty()
                                     ? std::string()
                                     : href(from, escape_url_path(evidence_site_path(a.report))))},
             {"report", a.report.file}};
  put(d, "approver", owner_link(ctx, a.approver, from));
  put(d, "system", a.system == kNone ? Data(false) : system_link(ctx, a.system, from));
  List affected;
  for (const auto& group : a.affected) affected.push_back(Object{{"name", group}});
  set_list(d, "affected", std::move(affected));
  List risks;
  if (with_risks == WithRisks::yes)
    for (std::size_t k : a.risks)
      risks.push_back(
          Object{{"id", ctx.aims.risks[k].id}, {"href", href(from, risk_page(ctx.aims.risks[k]))}});
  set_list(d, "risks", std::move(risks));
  return d;
}

List assessment_list(const PortalContext& ctx, const std::vector<std::size_t>& assessments,
                     const std::string& from, WithRisks with_risks) {
  List list;
  for (std::size_t a : assessments)
    list.push_back(assessment_data(ctx, ctx.aims.assessments[a], from, with_risks));
  return list;
}

std::vector<std::size_t> all_indices(std::size_t n) {
  std::vector<std::size_t> all(n);
  for (std::size_t i = 0; i < n; ++i) all[i] = i;
  return all;
}

Data risk_row(const PortalContext& ctx, std::size_t ki, const std::string& from) {
  const Risk& k = ctx.aims.risks[ki];
  Data row = Object{{"id", k.id},
                    {"title", k.title},
                    {"href", href(from, risk_page(k))},
                    {"treatment", treatment_name(k.treatment)},
                    {"treatment_label", ctx.label("treatment", treatment_name(k.treatment))},
                    {"treated", flag(risk_treated(k))},
                    {"reviewed", opt(k.reviewed)}};
  put(row, "inherent", score_data(ctx.aims, k.inherent));
  put(row, "residual", k.residual ? score_data(ctx.aims, *k.residual) : Data(false));
  put(row, "after", score_data(ctx.aims, k.current()));  // the score that stands
  put(row, "owner", owner_link(ctx, k.owner, from));
  List systems, controls;
  for (std::size_t s : k.systems) systems.push_back(system_link(ctx, s, from));
  for (std::size_t r : k.controls) controls.push_back(requirement_summary(ctx, r, from));
  set_list(row, "systems", std::move(systems));
  set_list(row, "controls", std::move(controls));
  return row;
}

List risk_rows(const PortalContext& ctx, const std::vector<std::size_t>& risks,
               const std::string& from) {
  List rows;
  for (std::size_t k : risks) rows.push_back(risk_row(ctx, k, from));
  return rows;
}

// Rows from the highest impact down, cells from likelihood 1 up: each cell holds how many
// risks score there, written as a number so the map reads without colour.
Data heat_map(const Aims& aims, bool residual) {
  const int scale = aims.site.risk.scale;
  std::vector<std::size_t> counts(static_cast<std::size_t>(scale * scale), 0);
  std::size_t placed = 0;
  for (const auto& k : aims.risks) {
    RiskScore s = residual ? k.current() : k.inherent;
    if (s.likelihood < 1 || s.likelihood > scale || s.impact < 1 || s.impact > scale) continue;
    ++counts[static_cast<std::size_t>((s.impact - 1) * scale + s.likelihood - 1)];
    ++placed;
  }
  List rows;
  for (int impact = scale; impact >= 1; --impact) {
    List cells;
    for (int likelihood = 1; likelihood <= scale; ++likelihood) {
      std::size_t n = counts[static_cast<std::size_t>((impact - 1) * scale + likelihood - 1)];
      RiskScore here{likelihood, impact};
      cells.push_back(Object{{"likelihood", number(static_cast<std::size_t>(likelihood))},
                             {"impact", number(static_cast<std::size_t>(impact))},
                             {"count", number(n)},
                             {"has_risks", flag(n > 0)},
                             {"above_appetite", flag(above_appetite(aims, here))},
                             {"x", number(static_cast<std::size_t>(likelihood) * 10)},
                             {"y", number(static_cast<std::size_t>(scale - impact) * 10)}});
    }
    rows.push_back(Object{{"impact", number(static_cast<std::size_t>(impact))},
                          {"y", number(static_cast<std::size_t>(scale - impact) * 10)},
                          {"cells", std::move(cells)}});
  }
  List axis;
  for (int likelihood = 1; likelihood <= scale; ++likelihood)
    axis.push_back(Object{{"likelihood", number(static_cast<std::size_t>(likelihood))},
                          {"x", number(static_cast<std::size_t>(likelihood) * 10 + 5)}});
  std::size_t size = static_cast<std::size_t>(scale) * 10;
  return Object{{"rows", std::move(rows)},     {"axis", std::move(axis)},
                {"placed", number(placed)},    {"width", number(size + 10)},
                {"height", number(size + 10)}, {"axis_y", number(size + 7)},
                {"residual", flag(residual)}};
}

}  // namespace

Page systems_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kSystemsPage, "systems", "systems");
  List rows;
  for (std::size_t si = 0; si < ctx.aims.systems.size(); ++si) {
    const AiSystem& s = ctx.aims.systems[si];
    Data row = system_link(ctx, si, page.path);
    std::size_t latest = latest_assessment(ctx.aims, s);
    put(row, "owner", owner_link(ctx, s.owner, page.path));
    put(row, "lifecycle", ctx.label("lifecycle", lifecycle_name(s.lifecycle)));
    put(row, "risk_class", s.risk_class);
    put(row, "roles", opt(join(s.roles, ", ")));
    put(row, "risk_count", number(s.risks.size()));
    put(row, "assessment_state", system_assessment_key(ctx.aims, s, ctx.today));
    put(row, "assessment",
        latest == kNone
            ? Data(false)
            : assessment_data(ctx, ctx.aims.assessments[latest], page.path, WithRisks::no));
    rows.push_back(std::move(row));
  }
  set_list(page.data, "rows", std::move(rows));
  put(page.data, "assessments_href", href(page.path, kAssessmentsPage));
  return page;
}

Page assessments_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kAssessmentsPage, "assessments", "assessments");
  set_list(
      page.data, "assessments",
      assessment_list(ctx, all_indices(ctx.aims.assessments.size()), page.path, WithRisks::yes));
  return page;
}

Page system_page_of(const PortalContext& ctx, std::size_t si) {
  const AiSystem& s = ctx.aims.systems[si];
  PageFrame frame{system_page(s),
                  s.id + " " + s.name,
                  "systems",
                  {{ctx.label("page", "systems"), kSystemsPage}, {s.id, ""}}};
  Page page = start_page(ctx, frame, "system");
  Data& d = page.data;
  put(d, "id", s.id);
  put(d, "name", s.name);
  put(d, "purpose", s.purpose);
  put(d, "lifecycle", ctx.label("lifecycle", lifecycle_name(s.lifecycle)));
  put(d, "deployed", opt(s.deployed));
  put(d, "risk_class", s.risk_class);
  put(d, "roles", opt(join(s.roles, ", ")));
  put(d, "human_oversight", opt(s.human_oversight));
  put(d, "suppliers", opt(join(s.suppliers, "; ")));
  put(d, "data", opt(join(s.data, "; ")));
  put(d, "owner", owner_link(ctx, s.owner, page.path));
  set_list(d, "assessments", assessment_list(ctx, s.assessments, page.path, WithRisks::no));
  set_list(d, "risks", risk_rows(ctx, s.risks, page.path));
  return page;
}

Page risks_page(const PortalContext& ctx) {
  Page page = start_section_page(ctx, kRisksPage, "risks", "risks");
  set_list(page.data, "rows", risk_rows(ctx, all_indices(ctx.aims.risks.size()), page.path));
  set_list(page.data, "heat_maps", List{heat_map(ctx.aims, false), heat_map(ctx.aims, true)});
  put(page.data, "appetite", number(static_cast<std::size_t>(ctx.aims.site.risk.appetite)));
  put(page.data, "risk_count", number(ctx.aims.risks.size()));
  return page;
}

Page risk_page_of(const PortalContext& ctx, std::size_t ki) {
  const Risk& k = ctx.aims.risks[ki];
  PageFrame frame{risk_page(k),
                  k.id + " " + k.title,
                  "risks",
                  {{ctx.label("page", "risks"), kRisksPage}, {k.id, ""}}};
  Page page = start_page(ctx, frame, "risk");
  Data& d = page.data;
  put(d, "risk", risk_row(ctx, ki, page.path));
  put(d, "accepted_by", owner_link(ctx, k.accepted_owner, page.path));
  put(d, "accepted_until", opt(k.accepted_until));
  set_list(d, "assessments", assessment_list(ctx, k.assessments, page.path, WithRisks::no));
  put(d, "notes", opt(k.notes_markdown));
  return page;
}

}  // namespace aimsdoc::portal
