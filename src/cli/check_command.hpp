#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc check [--root DIR] [--format text|json] [--framework ID]
int run_check_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
