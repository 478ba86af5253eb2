#include "render/workbook/table.hpp"

#include <algorithm>
#include <cmath>

#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr std::size_t kMaxCellBytes = 32767;  // Excel counts characters; bytes are >= that
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

}  // namespace

std::string fit_cell_text(std::string_view text) {
  if (text.size() <= kMaxCellBytes) return std::string(text);
  return std::string(text.substr(0, utf8_cut(text, kMaxCellBytes - kEllipsis.size()))) +
         std::string(kEllipsis);
}

Cell text_cell(std::string_view text) {
  return {.kind = Cell::Kind::Text, .text = fit_cell_text(text)};
}

Cell number_cell(double n) { return {.kind = Cell::Kind::Number, .number = n}; }

Cell date_cell(const std::optional<Date>& d) {
  if (!d || !d->valid()) return {};
  return {.kind = Cell::Kind::Date, .date = *d};
}

Cell link_cell(std::string url, std::string_view display) {
  return {.kind = Cell::Kind::Link, .text = fit_cell_text(display), .url = std::move(url)};
}

std::size_t Table::column_index(std::string_view header) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].header == header) return i;
  return std::string::npos;
}

std::size_t wrapped_line_count(std::string_view text, double width) {
  // Word wrapping leaves the end of most lines empty: count two characters less.
  double chars_per_line = std::max(1.0, width * 1.2 - 2);
  std::size_t lines = 0, chars = 0;
  auto end_line = [&] {
    lines += std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(chars / chars_per_line)));
    chars = 0;
  };
  for (char c : text) {
    if (c == '\n')
      end_line();
    else if (!is_utf8_continuation(c))
      ++chars;
  }
  end_line();
  return lines;
}

double row_height_for_lines(std::size_t lines) {
  constexpr double kLineHeight = 15, kPadding = 2, kMaxRowHeight = 409;
  return std::min(kMaxRowHeight, static_cast<double>(lines) * kLineHeight + kPadding);
}

long excel_serial(const Date& d) { return d.days_since_epoch() + 25569; }

}  // namespace aimsdoc
