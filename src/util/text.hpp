#pragma once
// Small string facts shared by every stage.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

// Closest candidate by edit distance, or "" when nothing is close enough to suggest.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Byte offset of the first character no input may hold, or npos: a control character
// other than tab, LF and CR (C0 U+0000-U+001F, DEL U+007F, C1 U+0080-U+009F: YAML forbids
// them, terminals obey them) or a Unicode noncharacter (U+FDD0-U+FDEF, U+FFFE, U+FFFF and
// the last two of every plane: XML 1.0, so the workbook, cannot hold U+FFFE and U+FFFF).
// A byte that is not UTF-8 counts as forbidden too (YAML escapes can make one).
std::size_t find_control_char(std::string_view text);
// The length in bytes of the forbidden character at byte `i` of `text`, 0 when it is allowed.
std::size_t forbidden_char_length(std::string_view text, std::size_t i);
// The length in bytes of the UTF-8 sequence that `lead` starts (1 for ASCII and for a byte
// that starts none): how text is walked a character at a time.
inline std::size_t utf8_sequence_length(unsigned char lead) {
  return lead < 0xC0 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
}
// Whether `c` continues a UTF-8 sequence: it starts no character.
inline bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// The length of the longest start of `text` within `max_bytes` that ends on a character.
inline std::size_t utf8_cut(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text.size();
  std::size_t cut = max_bytes;
  while (cut > 0 && is_utf8_continuation(text[cut])) --cut;
  return cut;
}
// The code point of the (valid UTF-8) character at byte `i`.
std::uint32_t code_point_at(std::string_view text, std::size_t i);

// `text` fit to print as part of one line of a terminal or log: every control character
// (tab, LF and CR included), C1 control, invalid byte, bidirectional override and line or
// paragraph separator written as an escape (\n, \x1B, \u0085, \u202E). A file name with
// a newline cannot split a finding in two or forge a `path:line:col: error:` line.
std::string one_line(std::string_view text);

// Why `url` cannot be published as a link ("" when it can): a web address starts with
// http:// or https:// and holds no space, control character, quote or one of <>\^`{|}.
// Shared by every loader that reads an address (evidence, catalogs, crosswalk sources).
std::string web_url_problem(std::string_view url);

// 1-based line and column of a byte offset, as an editor shows it: LF, CRLF and a lone CR
// end a line; a leading BOM takes no column.
std::pair<int, int> line_column_at(std::string_view text, std::size_t offset);

// The value of a hexadecimal digit (either case), or -1.
int hex_value(char c);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
std::string trim(std::string_view s);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// A version as people write it: "2.0.9".
std::string dotted(int major, int minor, int patch);

}  // namespace aimsdoc
