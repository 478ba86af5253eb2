#pragma once
// A CSV evidence file as the table its page previews: RFC 4180 fields (a quoted field
// holds commas, line breaks and "" for a quote), read leniently (a stray quote inside a
// bare field is kept as text, an unclosed quote runs to the end), and cut to a size a page
// can show, while still counting what was cut.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc::portal {

struct CsvTable {
  // The first max_rows records (the header is the first), each cut to max_columns cells;
  // rows are as long as the file's (ragged rows stay ragged).
  std::vector<std::vector<std::string>> rows;
  std::size_t total_rows = 0;     // records in the file, the header included; blank lines are none
  std::size_t total_columns = 0;  // cells of the file's widest record
};

CsvTable parse_csv(std::string_view text, std::size_t max_rows, std::size_t max_columns);

}  // namespace aimsdoc::portal
