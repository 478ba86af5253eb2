#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc verify PORTAL_DIR_OR_ZIP [--pub KEY]
int run_verify_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
