// The Statement of Applicability proper (ISO/IEC 42001 clause 6.1.3 d): every Annex A
// control, whether it applies, why, and how far it is implemented.
#include "check/risk_trace_state.hpp"
#include "render/workbook/requirement_columns.hpp"
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
namespace {

std::string applicable_word(const Requirement& r) {
  if (!r.has_record) return "";  // not yet decided: the check reports the missing record
  return r.applicable() ? "Yes" : "No";
}

std::vector<Cell> soa_row(const BuildView& view, std::size_t index) {
  const Requirement& r = view.aims.requirements[index];
  std::vector<Cell> row{text_cell(r.id()),
                        text_cell(r.item->title),
                        text_cell(group_label(view.aims, r)),
                        text_cell(applicable_word(r)),
                        text_cell(r.record.justification),
                        text_cell(risks_treated_text(view.aims, r))};
  add_requirement_cells(view, index, row);
  return row;
}

}  // namespace

Table soa_table(const BuildView& view) {
  Table t;
  t.columns = {{"Control", 9, ColumnStyle::Plain},
               {"Title", 30, ColumnStyle::Wrap},
               {"Objective", 24, ColumnStyle::Wrap},
               {"Applicable", 11, ColumnStyle::Centered, kApplicableChoices},
               {"Justification for inclusion or exclusion", 46, ColumnStyle::Wrap},
               {"Risks treated", 12, ColumnStyle::Wrap}};
  t.highlights.push_back({3, Tone::Muted, "No"});
  t.print_on_a3 = true;
  add_requirement_columns(t);
  for (std::size_t i = 0; i < view.aims.requirements.size(); ++i)
    if (view.aims.requirements[i].is_control()) t.rows.push_back(soa_row(view, i));
  return t;
}

}  // namespace aimsdoc
