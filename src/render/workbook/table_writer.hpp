#pragma once
// Writes a Table into a worksheet: one look for every sheet (styled header, widths,
// wrapped text, validation lists, conditional formats) and, for a table sheet, a frozen
// header, an autofilter and a landscape print layout one page wide.
#include <optional>
#include <string>
#include <string_view>

#include <xlsxwriter.h>

#include "render/workbook/page_texts.hpp"
#include "render/workbook/table.hpp"
#include "render/workbook/workbook_formats.hpp"

namespace aimsdoc {

// The first libxlsxwriter failure, kept so render_workbook can report it as a diagnostic.
class WriteStatus {
 public:
  void note(lxw_error e, std::string_view what);  // keeps the first failure only
  void fail(std::string message);
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

// Header row at `first_row`, data below it; returns the row after the last one written.
lxw_row_t write_table(lxw_worksheet* ws, const WorkbookFormats& f, const Table& table,
                      lxw_row_t first_row, WriteStatus& status);

// A worksheet named `name` holding `table` from row 0: header frozen, autofilter over all.
void add_table_sheet(lxw_workbook* wb, const WorkbookFormats& f, const std::string& name,
                     const Table& table, const PageTexts& page, WriteStatus& status);

// Landscape, one page wide (A4, or A3 for a table too wide to read on A4), with the
// document control in the page header and footer; `repeat_row` (a header) is printed on
// every page.
void set_print_layout(lxw_worksheet* ws, std::optional<lxw_row_t> repeat_row, const PageTexts& page,
                      WriteStatus& status, bool a3 = false);

}  // namespace aimsdoc
