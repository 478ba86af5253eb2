#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc version [--json], aimsdoc --version
int run_version_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
