#include "render/workbook/table_writer.hpp"

#include <algorithm>
#include <vector>

namespace aimsdoc {
namespace {

std::string column_name(std::size_t col) {
  char name[LXW_MAX_COL_NAME_LENGTH];
  lxw_col_to_name(name, static_cast<lxw_col_t>(col), 0);
  return name;
}

void write_cell(lxw_worksheet* ws, const WorkbookFormats& f, lxw_row_t row, lxw_col_t col,
                const Cell& cell, ColumnStyle style, WriteStatus& status) {
  lxw_format* fmt = f.for_style(style);
  switch (cell.kind) {
    case Cell::Kind::Empty:
      status.note(worksheet_write_blank(ws, row, col, fmt), "blank cell");
      return;
    case Cell::Kind::Text:
      status.note(worksheet_write_string(ws, row, col, cell.text.c_str(), fmt), "text cell");
      return;
    case Cell::Kind::Number:
      status.note(worksheet_write_number(ws, row, col, cell.number, fmt), "number cell");
      return;
    case Cell::Kind::Date: {
      lxw_datetime dt{cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
      status.note(worksheet_write_datetime(ws, row, col, &dt, f.date), "date cell");
      return;
    }
    case Cell::Kind::Link:
      // A link libxlsxwriter refuses (too long) still shows its text.
      if (worksheet_write_url_opt(ws, row, col, cell.url.c_str(), f.link, cell.text.c_str(),
                                  nullptr) != LXW_NO_ERROR)
        status.note(worksheet_write_string(ws, row, col, cell.text.c_str(), fmt), "link text");
      return;
  }
}

void add_validation(lxw_worksheet* ws, const Column& column, lxw_row_t first, lxw_row_t last,
                    lxw_col_t col, WriteStatus& status) {
  std::vector<char*> list;
  for (const auto& choice : column.choices) list.push_back(const_cast<char*>(choice.c_str()));
  list.push_back(nullptr);
  std::string message = "Choose one of the list; leave blank when not decided.";
  lxw_data_validation v{};
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = list.data();
  v.input_title = const_cast<char*>(column.header.c_str());
  v.input_message = const_cast<char*>(message.c_str());
  status.note(worksheet_data_validation_range(ws, first, col, last, col, &v), "validation");
}

// The rule's text, relative to the range's first cell `cell` (Excel shifts it row by row).
// Highlight values are fixed words from the code, never user text, so quoting them is safe.
std::string highlight_rule(const Highlight& h, const Table& t, lxw_row_t row) {
  std::string n = std::to_string(row + 1), cell = column_name(h.column) + n;
  if (h.before)
    return "=AND(ISNUMBER(" + cell + ")," + cell + "<" + std::to_string(excel_serial(*h.before)) +
           ")";
  std::string equals = "$" + cell + "=\"" + h.value + "\"";
  if (h.whole_row && h.when_nonzero)
    return "=AND(" + equals + ",SUM($" + column_name(h.column + 1) + n + ":$" +
           column_name(t.columns.size() - 1) + n + ")>0)";
  if (h.whole_row) return "=" + equals;
  return "\"" + h.value + "\"";
}

void add_highlight(lxw_worksheet* ws, const WorkbookFormats& f, const Table& t, const Highlight& h,
                   lxw_row_t first, lxw_row_t last, WriteStatus& status) {
  std::string rule = highlight_rule(h, t, first);
  lxw_conditional_format cf{};
  cf.format = f.for_tone(h.tone);
  cf.value_string = rule.data();
  bool cell_rule = !h.before && !h.whole_row;
  cf.type = cell_rule ? LXW_CONDITIONAL_TYPE_CELL : LXW_CONDITIONAL_TYPE_FORMULA;
  if (cell_rule) cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
  lxw_col_t first_col = h.whole_row ? 0 : static_cast<lxw_col_t>(h.column);
  lxw_col_t last_col = h.whole_row ? static_cast<lxw_col_t>(t.columns.size() - 1) : first_col;
  status.note(worksheet_conditional_format_range(ws, first, first_col, last, last_col, &cf),
              "conditional format");
}

// Wrapped columns decide a row's height.
double row_height(const Table& t, const std::vector<std::string>& texts, bool header) {
  std::size_t lines = 1;
  for (std::size_t c = 0; c < texts.size() && c < t.columns.size(); ++c) {
    const Column& col = t.columns[c];
    bool wraps = header || col.style == ColumnStyle::Wrap;
    if (wraps)
      lines = std::max(lines, wrapped_line_count(texts[c], col.width * (header ? 0.85 : 1.0)));
  }
  return row_height_for_lines(lines);
}

std::vector<std::string> header_texts(const Table& t) {
  std::vector<std::string> texts;
  for (const auto& c : t.columns) texts.push_back(c.header);
  return texts;
}

std::vector<std::string> cell_texts(const std::vector<Cell>& cells) {
  std::vector<std::string> texts;
  for (const auto& c : cells) texts.push_back(c.text);
  return texts;
}

void write_header(lxw_worksheet* ws, const WorkbookFormats& f, const Table& table, lxw_row_t row,
                  WriteStatus& status) {
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    status.note(worksheet_write_string(ws, row, col, table.columns[c].header.c_str(), f.header),
                "header");
    status.note(worksheet_set_column(ws, col, col, table.columns[c].width, nullptr), "width");
  }
  status.note(worksheet_set_row(ws, row, row_height(table, header_texts(table), true), nullptr),
              "header height");
}

}  // namespace

void WriteStatus::note(lxw_error e, std::string_view what) {
  if (e != LXW_NO_ERROR) fail(std::string(what) + ": " + lxw_strerror(e));
}

void WriteStatus::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

lxw_row_t write_table(lxw_worksheet* ws, const WorkbookFormats& f, const Table& table,
                      lxw_row_t first_row, WriteStatus& status) {
  write_header(ws, f, table, first_row, status);
  lxw_row_t row = first_row + 1;
  for (const auto& cells : table.rows) {
    for (std::size_t c = 0; c < cells.size() && c < table.columns.size(); ++c)
      write_cell(ws, f, row, static_cast<lxw_col_t>(c), cells[c], table.columns[c].style, status);
    // Explicit heights: spreadsheets do not grow rows of wrapped text in files they did not
    // save themselves.
    status.note(worksheet_set_row(ws, row, row_height(table, cell_texts(cells), false), nullptr),
                "row height");
    ++row;
  }
  if (table.rows.empty()) return row;
  lxw_row_t first = first_row + 1, last = row - 1;
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    if (!table.columns[c].choices.empty())
      add_validation(ws, table.columns[c], first, last, static_cast<lxw_col_t>(c), status);
  for (const auto& h : table.highlights) add_highlight(ws, f, table, h, first, last, status);
  return row;
}

void add_table_sheet(lxw_workbook* wb, const WorkbookFormats& f, const std::string& name,
                     const Table& table, const PageTexts& page, WriteStatus& status) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) return status.fail("libxlsxwriter refused the sheet name '" + name + "'");
  lxw_row_t end = write_table(ws, f, table, 0, status);
  worksheet_freeze_panes(ws, 1, static_cast<lxw_col_t>(table.frozen_columns));
  status.note(
      worksheet_autofilter(ws, 0, 0, end - 1, static_cast<lxw_col_t>(table.columns.size() - 1)),
      "autofilter");
  set_print_layout(ws, 0, page, status, table.print_on_a3);
}

void set_print_layout(lxw_worksheet* ws, std::optional<lxw_row_t> repeat_row, const PageTexts& page,
                      WriteStatus& status, bool a3) {
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, a3 ? 8 : 9);  // Excel's paper codes: 8 is A3, 9 is A4
  worksheet_set_margins(ws, 0.4, 0.4, 0.7, 0.7);
  worksheet_fit_to_pages(ws, 1, 0);
  if (repeat_row) worksheet_repeat_rows(ws, *repeat_row, *repeat_row);
  status.note(worksheet_set_header(ws, page.header.c_str()), "page header");
  status.note(worksheet_set_footer(ws, page.footer.c_str()), "page footer");
}

}  // namespace aimsdoc
