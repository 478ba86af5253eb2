#include "load/markdown_limits.hpp"

namespace aimsdoc {
namespace {

bool blank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// The column count of a GFM table delimiter row (`| --- | :-: |`), 0 for any other line.
std::size_t delimiter_columns(std::string_view line) {
  std::size_t pipes = 0, dashes = 0;
  for (char c : line) {
    if (c == '|')
      ++pipes;
    else if (c == '-')
      ++dashes;
    else if (c != ':' && c != ' ' && c != '\t' && c != '\r')
      return 0;
  }
  if (pipes == 0 || dashes == 0) return 0;
  auto first = line.find_first_not_of(" \t"), last = line.find_last_not_of(" \t\r");
  std::size_t cells = pipes + 1;
  if (line[first] == '|') --cells;
  if (line[last] == '|' && last != first) --cells;
  return cells;
}

struct Scan {
  std::string_view text;
  const std::string& path;
  int first_line;
  Diagnostics& diags;

  bool fail(int line, const std::string& message) {
    diags.error({path, first_line + line, 1}, "markdown.limit", message + "; it is not rendered");
    return false;
  }

  bool run() {
    std::size_t cells = 0, bracket_work = 0, images = 0, closers = 0;
    std::size_t table_columns = 0;  // of the table being read, 0 outside one
    int line_no = 0, paragraph_line = 0;
    for (std::size_t start = 0; start <= text.size(); ++line_no) {
      std::size_t end = std::min(text.find('\n', start), text.size());
      std::string_view line = text.substr(start, end - start);
      start = end + 1;
      if (blank(line)) {
        if (!paragraph_ends(paragraph_line, images, closers, bracket_work)) return false;
        table_columns = 0;
        paragraph_line = line_no + 1;
        continue;
      }
      for (std::size_t i = 0; i < line.size(); ++i) {
        images += line[i] == '!' && i + 1 < line.size() && line[i + 1] == '[';
        closers += line[i] == ']';
      }
      if (table_columns > 0) {
        cells += table_columns;
      } else if (std::size_t columns = delimiter_columns(line); columns > 0) {
        if (columns > kMaxTableColumns)
          return fail(line_no, "a table of " + std::to_string(columns) + " columns; at most " +
                                   std::to_string(kMaxTableColumns) + " are allowed");
        table_columns = columns;
        cells += 2 * columns;  // the header and this row
      }
      if (cells > kMaxTableCells)
        return fail(line_no, "tables of more than " + std::to_string(kMaxTableCells) +
                                 " cells (columns x rows) in all; split the text");
      if (end == text.size()) break;
    }
    return paragraph_ends(paragraph_line, images, closers, bracket_work);
  }

  // Each link closed after open image brackets walks back over them all.
  bool paragraph_ends(int line, std::size_t& images, std::size_t& closers, std::size_t& work) {
    work += images * closers;
    if (work > kMaxBracketWork)
      return fail(line, "a paragraph of " + std::to_string(images) + " image openings '![' and " +
                            std::to_string(closers) +
                            " closing brackets, which cmark-gfm matches in quadratic time; "
                            "split it");
    images = closers = 0;
    return true;
  }
};

}  // namespace

bool markdown_within_limits(std::string_view markdown, const std::string& path, int first_line,
                            Diagnostics& diags) {
  return Scan{markdown, path, first_line, diags}.run();
}

}  // namespace aimsdoc
