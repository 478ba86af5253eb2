#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc keygen [--key FILE] [--pub FILE] [--root DIR] [--force]
int run_keygen_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
