#pragma once
// Small string facts shared by every stage.
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

// Closest candidate by edit distance, or "" when nothing is close enough to suggest.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Byte offset of the first control character other than tab, LF and CR (U+0000-U+001F,
// U+007F), or npos. YAML forbids them and XML (the workbook) cannot hold them.
std::size_t find_control_char(std::string_view text);

// 1-based line and column of a byte offset, as an editor shows it: LF, CRLF and a lone CR
// end a line; a leading BOM takes no column.
std::pair<int, int> line_column_at(std::string_view text, std::size_t offset);

bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::string trim(std::string_view s);
std::string join(const std::vector<std::string>& parts, std::string_view sep);

}  // namespace aimsdoc
