#pragma once
// One function per subcommand; each returns the process exit code
// (0 clean, 1 findings, 2 usage or unreadable input).
#include <string>
#include <vector>

namespace aimsdoc {

int run_cli(const std::vector<std::string>& args);

}  // namespace aimsdoc
