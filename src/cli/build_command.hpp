#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--format text|json]
int run_build_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
