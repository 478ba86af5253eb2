#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--force] [--watch]
int run_build_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
