// The Statement of Applicability proper (ISO/IEC 42001 clause 6.1.3 d): every Annex A
// control, whether it applies, why, and how far it is implemented.
#include "render/workbook/requirement_columns.hpp"
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
namespace {

std::string applicable_word(const Requirement& r) {
  if (!r.has_record) return "";  // not yet decided: the check reports the missing record
  return r.applicable() ? "Yes" : "No";
}

std::vector<Cell> soa_row(const BuildView& view, const Requirement& r) {
  std::vector<Cell> row{text_cell(r.id()), text_cell(r.item->title),
                        text_cell(group_label(view.aims, r)), text_cell(applicable_word(r)),
                        text_cell(r.record.justification)};
  add_requirement_cells(view, r, row);
  return row;
}

}  // namespace

Table soa_table(const BuildView& view) {
  Table t;
  t.columns = {{"Control", 9, ColumnStyle::Plain, {}},
               {"Title", 30, ColumnStyle::Wrap, {}},
               {"Objective", 24, ColumnStyle::Wrap, {}},
               {"Applicable", 11, ColumnStyle::Centered, kApplicableChoices},
               {"Justification for inclusion or exclusion", 50, ColumnStyle::Wrap, {}}};
  t.highlights.push_back({3, Tone::Muted, "No", false, std::nullopt});
  t.print_on_a3 = true;
  add_requirement_columns(t);
  for (const auto& r : view.aims.requirements)
    if (r.is_control()) t.rows.push_back(soa_row(view, r));
  return t;
}

}  // namespace aimsdoc
