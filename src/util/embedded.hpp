#pragma once
// Files compiled into the binary (the default theme and the ISO/IEC 42001 catalog), so one
// self-contained executable builds any AIMS folder.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

std::optional<std::string_view> embedded_file(std::string_view path);
// Paths of embedded files under a folder prefix ("themes/default/"), sorted.
std::vector<std::string> embedded_files_under(std::string_view prefix);

}  // namespace aimsdoc
