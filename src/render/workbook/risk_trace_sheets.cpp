// The management system's records (ISO/IEC 42001 6.1.2-6.2, 8.2-8.4): the AI system
// inventory, the risk register with treatment and residual score, the impact assessments
// and the objectives. Every state comes from check/risk_trace_state.hpp.
#include "check/risk_trace_state.hpp"
#include "render/site_paths.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/workbook_links.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::string yes_no(bool b) { return b ? "yes" : "no"; }

Cell score_cell(const std::optional<RiskScore>& s, int RiskScore::*part) {
  return s && s->set() ? number_cell((*s).*part) : Cell{};
}

Cell product_cell(const std::optional<RiskScore>& s) {
  return s && s->set() ? number_cell(s->score()) : Cell{};
}

Cell page_cell(const Aims& aims, const std::string& page) {
  return link_cell(portal_link(aims.site.base_url, page), page);
}

template <typename Indices, typename IdOf>
std::string ids_text(const Indices& indices, IdOf id_of) {
  std::string out;
  for (std::size_t i : indices) out += (out.empty() ? "" : ", ") + id_of(i);
  return out;
}

void mark_bad(Table& t, const char* header, const char* word) {
  t.highlights.push_back({t.column_index(header), Tone::Bad, word});
}

}  // namespace

Table systems_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  Table t;
  t.columns = {
      {"System", 16, ColumnStyle::Plain},         {"Name", 24, ColumnStyle::Wrap},
      {"Owner", 22, ColumnStyle::Wrap},           {"Roles", 20, ColumnStyle::Wrap},
      {"Purpose", 40, ColumnStyle::Wrap},         {"Life cycle", 12, ColumnStyle::Centered},
      {"Deployed", 12, ColumnStyle::Date},        {"Risk class", 12, ColumnStyle::Centered},
      {"Human oversight", 36, ColumnStyle::Wrap}, {"Impact assessments", 18, ColumnStyle::Wrap},
      {"Assessment", 12, ColumnStyle::Centered},  {"Risks", 24, ColumnStyle::Wrap},
      {"Portal page", 24, ColumnStyle::Plain}};
  mark_bad(t, "Assessment", "overdue");
  mark_bad(t, "Assessment", "none");
  for (const auto& s : aims.systems)
    t.rows.push_back(
        {text_cell(s.id), text_cell(s.name), text_cell(person_name(aims, s.owner, s.owner_id)),
         text_cell(join(s.roles, ", ")), text_cell(s.purpose),
         text_cell(lifecycle_name(s.lifecycle)), date_cell(s.deployed), text_cell(s.risk_class),
         text_cell(s.human_oversight),
         text_cell(ids_text(s.assessments, [&](std::size_t a) { return aims.assessments[a].id; })),
         text_cell(system_assessment_key(aims, s, today)),
         text_cell(ids_text(s.risks, [&](std::size_t k) { return aims.risks[k].id; })),
         page_cell(aims, system_page(s))});
  return t;
}

Table risks_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Table t;
  t.columns = {{"Risk", 10, ColumnStyle::Plain},
               {"Title", 36, ColumnStyle::Wrap},
               {"Owner", 20, ColumnStyle::Wrap},
               {"AI systems", 18, ColumnStyle::Wrap},
               {"Found by", 16, ColumnStyle::Wrap},
               {"Likelihood", 10, ColumnStyle::Centered},
               {"Impact", 10, ColumnStyle::Centered},
               {"Score", 8, ColumnStyle::Centered},
               {"Treatment", 11, ColumnStyle::Centered},
               {"Controls", 18, ColumnStyle::Wrap},
               {"Residual likelihood", 10, ColumnStyle::Centered},
               {"Residual impact", 10, ColumnStyle::Centered},
               {"Residual score", 9, ColumnStyle::Centered},
               {"Treated", 9, ColumnStyle::Centered},
               {"Above appetite", 10, ColumnStyle::Centered},
               {"Accepted by", 18, ColumnStyle::Wrap},
               {"Accepted until", 12, ColumnStyle::Date},
               {"Reviewed", 12, ColumnStyle::Date},
               {"Portal page", 18, ColumnStyle::Plain}};
  mark_bad(t, "Treated", "no");
  mark_bad(t, "Above appetite", "yes");
  t.print_on_a3 = true;
  for (const auto& k : aims.risks) {
    std::optional<RiskScore> inherent = k.inherent, residual = k.residual;
    t.rows.push_back(
        {text_cell(k.id), text_cell(k.title), text_cell(person_name(aims, k.owner, k.owner_id)),
         text_cell(ids_text(k.systems, [&](std::size_t s) { return aims.systems[s].id; })),
         text_cell(ids_text(k.assessments, [&](std::size_t a) { return aims.assessments[a].id; })),
         score_cell(inherent, &RiskScore::likelihood), score_cell(inherent, &RiskScore::impact),
         product_cell(inherent), text_cell(treatment_name(k.treatment)),
         text_cell(ids_text(k.controls, [&](std::size_t r) { return aims.requirements[r].id(); })),
         score_cell(residual, &RiskScore::likelihood), score_cell(residual, &RiskScore::impact),
         product_cell(residual), text_cell(yes_no(risk_treated(k))),
         text_cell(yes_no(above_appetite(aims, k.current()))),
         text_cell(k.accepted_by.empty() ? "" : person_name(aims, k.accepted_owner, k.accepted_by)),
         date_cell(k.accepted_until), date_cell(k.reviewed), page_cell(aims, risk_page(k))});
  }
  return t;
}

Table assessments_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  Table t;
  t.columns = {{"Assessment", 16, ColumnStyle::Plain},     {"AI system", 24, ColumnStyle::Wrap},
               {"Performed", 12, ColumnStyle::Date},       {"Next review", 12, ColumnStyle::Date},
               {"Current", 9, ColumnStyle::Centered},      {"Approved by", 20, ColumnStyle::Wrap},
               {"Groups affected", 36, ColumnStyle::Wrap}, {"Risks", 24, ColumnStyle::Wrap},
               {"Report", 44, ColumnStyle::Wrap}};
  mark_bad(t, "Current", "no");
  for (const auto& a : aims.assessments) {
    std::string system = a.system == kNone
                             ? a.system_id
                             : aims.systems[a.system].id + " " + aims.systems[a.system].name;
    std::string report = evidence_site_path(a.report);
    t.rows.push_back({text_cell(a.id), text_cell(system), date_cell(a.performed),
                      date_cell(a.next_review), text_cell(yes_no(assessment_current(a, today))),
                      text_cell(person_name(aims, a.approver, a.approved_by)),
                      text_cell(join(a.affected, "; ")),
                      text_cell(ids_text(a.risks, [&](std::size_t k) { return aims.risks[k].id; })),
                      a.report.sha256.empty()
                          ? text_cell(a.report.file)
                          : link_cell(portal_link(aims.site.base_url, report), a.report.file)});
  }
  return t;
}

Table objectives_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  Table t;
  t.columns = {{"Objective", 12, ColumnStyle::Plain}, {"Title", 30, ColumnStyle::Wrap},
               {"Owner", 20, ColumnStyle::Wrap},      {"Measure", 40, ColumnStyle::Wrap},
               {"Target", 20, ColumnStyle::Wrap},     {"Due", 12, ColumnStyle::Date},
               {"Status", 10, ColumnStyle::Centered}, {"Result", 30, ColumnStyle::Wrap},
               {"On track", 9, ColumnStyle::Centered}};
  mark_bad(t, "On track", "no");
  for (const auto& o : aims.objectives)
    t.rows.push_back({text_cell(o.id), text_cell(o.title),
                      text_cell(person_name(aims, o.owner, o.owner_id)), text_cell(o.measure),
                      text_cell(o.target), date_cell(o.due),
                      text_cell(objective_status_name(o.status)), text_cell(o.result),
                      text_cell(yes_no(objective_on_track(o, today)))});
  return t;
}

}  // namespace aimsdoc
