// The management-system clauses 4-10: mandatory, so no applicability column.
#include "render/workbook/requirement_columns.hpp"
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {

Table clauses_table(const BuildView& view) {
  Table t;
  t.columns = {{"Clause", 8, ColumnStyle::Plain},
               {"Title", 36, ColumnStyle::Wrap},
               {"Section", 26, ColumnStyle::Wrap}};
  add_requirement_columns(t);
  for (std::size_t i = 0; i < view.aims.requirements.size(); ++i) {
    const Requirement& r = view.aims.requirements[i];
    if (r.is_control()) continue;
    std::vector<Cell> row{text_cell(r.id()), text_cell(r.item->title),
                          text_cell(group_label(view.aims, r))};
    add_requirement_cells(view, i, row);
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace aimsdoc
