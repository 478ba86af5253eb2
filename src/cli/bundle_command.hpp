#pragma once
#include <string>
#include <vector>

namespace aimsdoc {

// aimsdoc bundle [--out FILE.zip] [build options]
int run_bundle_command(const std::vector<std::string>& args);

}  // namespace aimsdoc
