#pragma once
// What every fuzz target shares: the fuzzer's bytes go through the same gate as a file read
// from disk (decode_text_input), and a broken invariant stops the run with a message.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "load/source_files.hpp"
#include "util/diagnostic.hpp"
#include "util/text.hpp"

namespace aimsdoc::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The text a parser would be given for this file, or nullopt when loading stops earlier.
inline std::optional<std::string> text_input(const std::uint8_t* data, std::size_t size,
                                             const std::string& path, Diagnostics& diags) {
  return decode_text_input(bytes(data, size), path, diags);
}

inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "invariant broken: %s\n", what);
  std::abort();
}

// Text that reaches a terminal, a page or a cell holds no control character but tab/LF/CR.
inline void require_clean(std::string_view text, const char* what) {
  require(find_control_char(text) == std::string_view::npos, what);
}

// Every diagnostic names the file it is about, with a line when it has one that exists.
inline void check_diagnostics(const Diagnostics& diags, const std::string& path, int lines) {
  for (const auto& d : diags.items()) {
    require(d.location.path == path, "diagnostic names another file");
    require(d.location.line >= 0 && d.location.line <= lines + 1, "diagnostic line out of range");
    require(!d.rule.empty() && !d.message.empty(), "diagnostic without rule or message");
    require(!format_diagnostic(d).empty(), "diagnostic formats to nothing");
    require_clean(format_diagnostic(d), "a control character in a diagnostic");
    // One finding, one line: no path or value can forge a second `path:line:col:` line.
    require(format_diagnostic(d).find_first_of("\n\r") == std::string::npos,
            "a diagnostic printed as more than one line");
  }
}

inline int count_lines(std::string_view text) {
  int n = 1;
  for (char c : text) n += c == '\n';
  return n;
}

}  // namespace aimsdoc::fuzz
