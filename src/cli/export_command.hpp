#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc export json [--root DIR] [--out FILE]
// aimsdoc export oscal --out DIR [--root DIR]
int run_export_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
