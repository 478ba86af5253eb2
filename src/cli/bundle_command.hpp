#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc bundle [--out FILE.zip] [build options]
int run_bundle_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
