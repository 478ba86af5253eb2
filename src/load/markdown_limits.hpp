#pragma once
// Markdown that cmark-gfm 0.29 (Debian's) renders in more than linear time, found by a
// linear pre-scan before anything renders it: tables (every row is padded to the header's
// column count, so a wide header times many short rows is a quadratic number of cells)
// and image brackets (each link closed after many open `![` walks back over all of them:
// `![[]()` repeated takes seconds at 150 KB, minutes at 300 KB).
#include <string>
#include <string_view>

#include "util/diagnostic.hpp"

namespace aimsdoc {

inline constexpr std::size_t kMaxTableColumns = 100;
inline constexpr std::size_t kMaxTableCells = 100000;  // columns x rows, all tables of a text
// The sum over paragraphs of their '![' count times their ']' count: what the walk costs.
inline constexpr std::size_t kMaxBracketWork = 10000000;

// True when `markdown` is within the limits; else one located error [markdown.limit]
// (`path`, the text starting at line `first_line`) and false: the text is then not rendered.
bool markdown_within_limits(std::string_view markdown, const std::string& path, int first_line,
                            Diagnostics& diags);

}  // namespace aimsdoc
