#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc verify PORTAL_DIR_OR_ZIP [--pub KEY]
int run_verify_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
