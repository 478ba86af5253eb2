#pragma once
// The first sheet: who, what scope, when, how far, as figures and a chart. Its small
// tables are pure functions (tested without a workbook); the sheet lays them out.
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "check/framework_coverage.hpp"
#include "render/build_view.hpp"
#include "render/workbook/table.hpp"
#include "render/workbook/table_writer.hpp"
#include "render/workbook/workbook_formats.hpp"

namespace aimsdoc {

// Column A holds labels, B..H figures; summary tables use the same widths.
inline constexpr double kSummaryLabelWidth = 46, kSummaryFigureWidth = 13;

// A further framework and the sheet its crosswalk rows are on.
struct FrameworkSheet {
  FrameworkCoverage coverage;
  std::string sheet_name;
};

// Figure | Clauses | Annex A controls: totals, covered, excluded, status counts, gaps.
Table coverage_figures_table(const BuildView& view);
// Figure | Count: evidence freshness and check findings.
Table evidence_figures_table(const BuildView& view);
// Annex A objective | Implemented | Partial | Planned | Excluded | Not recorded | Total.
Table objective_status_table(const BuildView& view);
// Framework | Items | Covered | Partial | Gap | Sheet (a link to the framework's sheet).
Table framework_figures_table(const std::vector<FrameworkSheet>& sheets);

void write_summary_sheet(lxw_workbook* wb, const WorkbookFormats& f, const BuildView& view,
                         const std::vector<FrameworkSheet>& frameworks, const PageTexts& page,
                         WriteStatus& status);

// The objective table and a stacked bar chart of it, from `row`; returns the next free row.
lxw_row_t write_objective_chart(lxw_workbook* wb, lxw_worksheet* ws, const WorkbookFormats& f,
                                const BuildView& view, lxw_row_t row, WriteStatus& status);

}  // namespace aimsdoc
