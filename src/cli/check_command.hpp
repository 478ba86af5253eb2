#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc check [--root DIR] [--format text|json] [--framework ID]
int run_check_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
