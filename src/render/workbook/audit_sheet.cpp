// The audit programme (9.2) and its findings (10.2): one row per audit in calendar order,
// one row per finding with its root cause, corrective action and effectiveness check.

#include "check/audit_state.hpp"
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
std::string person_name(const Aims& aims, std::size_t owner, const std::string& written) {
  return owner == kNone ? written : aims.owners[owner].name;
}

namespace {

// `by` of an effectiveness check: an owner id, or a name.
std::string by_name(const Aims& aims, const std::string& by) {
  const Owner* o = aims.find_owner(by);
  return o ? o->name : by;
}

std::string scope_text(const Audit& a) {
  std::string out;
  for (const auto& e : a.scope) out += (out.empty() ? "" : ", ") + e.id;
  return out;
}

void add_state_highlights(Table& t, std::size_t column) {
  t.highlights.push_back({column, Tone::Bad, item_state_label(ItemState::Overdue)});
  t.highlights.push_back({column, Tone::Caution, item_state_label(ItemState::Open)});
  t.highlights.push_back({column, Tone::Good, item_state_label(ItemState::Closed)});
}

}  // namespace

Table audits_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Table t;
  t.columns = {{"Audit", 14, ColumnStyle::Plain},
               {"Title", 36, ColumnStyle::Wrap},
               {"Planned", 12, ColumnStyle::Date},
               {"Performed", 12, ColumnStyle::Date},
               {"Auditor", 24, ColumnStyle::Wrap},
               {"Scope", 30, ColumnStyle::Wrap},
               {"Requirements in scope", 12, ColumnStyle::Centered},
               {"Findings", 10, ColumnStyle::Centered},
               {"Report", 40, ColumnStyle::Wrap}};
  for (const Audit* a : in_calendar_order(aims.audits))
    t.rows.push_back(
        {text_cell(a->id), text_cell(a->title), date_cell(a->planned), date_cell(a->performed),
         text_cell(person_name(aims, a->auditor_owner, a->auditor)), text_cell(scope_text(*a)),
         number_cell(static_cast<double>(a->requirements.size())),
         number_cell(static_cast<double>(a->findings.size())), text_cell(a->report)});
  return t;
}

Table nonconformities_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Date today = aims.reference_date();
  Table t;
  t.columns = {{"Finding", 16, ColumnStyle::Plain},
               {"Audit", 14, ColumnStyle::Plain},
               {"Type", 12, ColumnStyle::Centered, finding_type_names()},
               {"Requirement", 12, ColumnStyle::Plain},
               {"Description", 44, ColumnStyle::Wrap},
               {"Owner", 20, ColumnStyle::Wrap},
               {"Raised", 12, ColumnStyle::Date},
               {"Due", 12, ColumnStyle::Date},
               {"Closed", 12, ColumnStyle::Date},
               {"Status", 10, ColumnStyle::Centered},
               {"Root cause", 40, ColumnStyle::Wrap},
               {"Corrective action", 40, ColumnStyle::Wrap},
               {"Effectiveness checked", 12, ColumnStyle::Date},
               {"Effectiveness", 14, ColumnStyle::Centered},
               {"Checked by", 20, ColumnStyle::Wrap}};
  add_state_highlights(t, t.column_index("Status"));
  t.highlights.push_back({t.column_index("Type"), Tone::Bad, "major"});
  for (const auto& a : aims.audits)
    for (const auto& f : a.findings) {
      const auto& e = f.effectiveness;
      t.rows.push_back(
          {text_cell(f.id), text_cell(a.id), text_cell(finding_type_name(f.type)),
           text_cell(f.requirement_id), text_cell(f.description),
           text_cell(person_name(aims, f.owner, f.owner_id)), date_cell(f.raised), date_cell(f.due),
           date_cell(f.closed), text_cell(item_state_label(finding_state(f, today))),
           text_cell(f.root_cause), text_cell(f.action), date_cell(e ? e->checked : std::nullopt),
           text_cell(!e             ? ""
                     : e->effective ? "effective"
                                    : "not-effective"),
           text_cell(e ? by_name(aims, e->by) : std::string())});
    }
  return t;
}

}  // namespace aimsdoc
