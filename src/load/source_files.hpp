#pragma once
// Finding and reading the AIMS input files, in a stable order whatever the file system does.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/diagnostic.hpp"

namespace aimsdoc {

// Inputs larger than this are refused: a policy or record is text written by people.
inline constexpr std::uintmax_t kMaxInputBytes = 16u * 1024 * 1024;

// Repo-relative paths ('/'-separated) of regular files under root/dir ending in one of
// `extensions`, sorted bytewise. Hidden files and folders (".git") are skipped. A missing
// folder gives an empty list.
std::vector<std::string> list_source_files(const std::filesystem::path& root,
                                           const std::string& dir,
                                           const std::vector<std::string>& extensions,
                                           Diagnostics& diags);

// What a text input holds: Markdown takes a form feed (U+000C) as whitespace, as
// CommonMark does (policies written for printing have them between pages); it is read as a
// space, so no control character gets past loading. Elsewhere it is refused like the rest.
enum class TextKind { Yaml, Markdown };

// read_text_input's reading alone: the bytes as they are [input.unreadable|input.too-large].
std::optional<std::string> read_input_bytes(const std::filesystem::path& root,
                                            const std::string& relative, Diagnostics& diags);

// Reads a text input: refuses unreadable, oversized and non-UTF-8 files with a located
// error [input.unreadable|input.too-large|input.encoding]; strips a BOM, folds CRLF.
std::optional<std::string> read_text_input(const std::filesystem::path& root,
                                           const std::string& relative, Diagnostics& diags,
                                           TextKind kind = TextKind::Yaml);

// The checks and normalization of read_text_input for bytes already in memory
// [input.encoding]: what every parser downstream may assume about its text.
std::optional<std::string> decode_text_input(std::string_view raw, const std::string& relative,
                                             Diagnostics& diags, TextKind kind = TextKind::Yaml);

// Titles and names are shown on every page that lists them (escaped, so up to six times
// their size): one longer than kMaxTitleChars characters is an error and is cut there
// [field.too-long].
inline constexpr std::size_t kMaxTitleChars = 300;
void limit_title(std::string& text, const char* what, const SourceLocation& at, Diagnostics& diags);

}  // namespace aimsdoc
