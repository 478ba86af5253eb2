#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc export json [--root DIR] [--out FILE]
// aimsdoc export oscal --out DIR [--root DIR]
int run_export_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
