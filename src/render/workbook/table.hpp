#pragma once
// A sheet's table as plain data: columns, rows of cells and highlight rules. Sheet builders
// make Tables from the model (pure functions, unit-tested without a workbook); one writer
// turns any Table into a worksheet, so every sheet gets the same header, filter and widths.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/date.hpp"

namespace aimsdoc {

// Text is always written as a string cell, never as a formula, whatever it starts with
// (`=`, `+`, `-`, `@`): user text cannot inject formulas.
struct Cell {
  enum class Kind { Empty, Text, Number, Date, Link };
  Kind kind = Kind::Empty;
  std::string text{};  // Text; a Link's display text
  std::string url{};   // Link target, already a valid URL
  double number = 0;
  Date date{};
};

Cell text_cell(std::string_view text);
Cell number_cell(double n);
Cell date_cell(const std::optional<Date>& d);  // Empty without a date
Cell link_cell(std::string url, std::string_view display);

// Excel's longest cell text is 32,767 characters: longer text is cut at a UTF-8 boundary
// and ends with an ellipsis.
std::string fit_cell_text(std::string_view text);

enum class ColumnStyle { Plain, Wrap, Centered, Date, Mono };

struct Column {
  std::string header;
  double width = 12;  // in widths of the character 0, as Excel counts
  ColumnStyle style = ColumnStyle::Plain;
  std::vector<std::string> choices{};  // a data-validation list, when not empty
};

// How a conditional format draws attention: the same tones on every sheet.
enum class Tone { Good, Caution, Bad, Muted };

// Conditional formats, evaluated by the spreadsheet (they keep working when a reviewer
// edits the copy). `equals`: cells of `column` equal to `value`, or whole rows when
// `whole_row` (and, with `when_nonzero`, only when the row's figures add up to more than
// 0). `before`: date cells of `column` earlier than `date`.
struct Highlight {
  std::size_t column = 0;
  Tone tone = Tone::Bad;
  std::string value;  // equals-rule: one of the column's fixed words
  bool whole_row = false;
  std::optional<Date> before{};  // set for a date rule
  bool when_nonzero = false;     // whole-row rule: the figures right of `column` sum above 0
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // each as long as `columns`
  std::vector<Highlight> highlights;
  std::size_t frozen_columns = 1;  // the id column stays in view when scrolling right
  // Printed on A3 rather than A4: one page wide on A4 would shrink the text below 8 pt.
  bool print_on_a3 = false;

  std::size_t column_index(std::string_view header) const;  // npos when absent
};

// Lines `text` takes when wrapped in a column `width` units wide (at least 1). A width
// unit is the width of '0'; ordinary text fits about 1.2 characters per unit.
// Spreadsheets do not grow rows for wrapped text in files they did not save themselves
// (LibreOffice never; Excel not reliably), so rows get heights estimated from this.
std::size_t wrapped_line_count(std::string_view text, double width);
// Row height in points for that many lines, within Excel's largest row (409 points).
double row_height_for_lines(std::size_t lines);

// Excel's serial day number (1900 date system) of a date: 1970-01-01 is 25569.
long excel_serial(const Date& d);

}  // namespace aimsdoc
