// A native Excel chart (not a picture): Annex A controls per objective, stacked by status,
// drawn from the table above it, so it redraws when a reviewer edits the figures.
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/summary_sheet.hpp"

namespace aimsdoc {
namespace {

constexpr lxw_color_t kSeriesColors[] = {kGoodColor, kCautionColor, kInfoColor, kMutedColor,
                                         kBadColor};
constexpr lxw_row_t kChartRows = 20;  // rows the chart covers at its size below

lxw_chart* objective_chart(lxw_workbook* wb, lxw_row_t header, lxw_row_t last) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_BAR_STACKED);
  for (lxw_col_t col = 1; col <= 5; ++col) {
    lxw_chart_series* s = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(s, kSummarySheet, header + 1, 0, last, 0);
    chart_series_set_values(s, kSummarySheet, header + 1, col, last, col);
    chart_series_set_name_range(s, kSummarySheet, header, col);
    lxw_chart_fill fill{kSeriesColors[col - 1], 0, 0};
    chart_series_set_fill(s, &fill);
  }
  chart_title_set_name(chart, "Annex A controls by objective");
  lxw_chart_font title_font{};
  title_font.size = 12;
  title_font.bold = 1;
  chart_title_set_name_font(chart, &title_font);
  // A bar chart draws its first category at the bottom; reversing keeps the table's order.
  chart_axis_set_reverse(chart->y_axis);
  chart_axis_set_major_unit(chart->x_axis, 1);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  return chart;
}

}  // namespace

lxw_row_t write_objective_chart(lxw_workbook* wb, lxw_worksheet* ws, const WorkbookFormats& f,
                                const BuildView& view, lxw_row_t row, WriteStatus& status) {
  Table table = objective_status_table(view);
  lxw_row_t end = write_table(ws, f, table, row, status);
  if (table.rows.empty()) return end;
  lxw_chart* chart = objective_chart(wb, row, end - 1);
  lxw_chart_options options{};
  options.y_offset = 10;
  options.x_scale = 2.05;
  options.y_scale = 1.35;
  std::string alt =
      "Stacked bar chart of the table above: Annex A controls per objective by status";
  options.description = alt.data();
  status.note(worksheet_insert_chart_opt(ws, end, 0, chart, &options), "chart");
  return end + kChartRows;
}

}  // namespace aimsdoc
