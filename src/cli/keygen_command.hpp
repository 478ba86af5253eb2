#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc keygen [--key FILE] [--pub FILE] [--root DIR] [--force]
int run_keygen_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
