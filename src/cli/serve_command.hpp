#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc serve [--root DIR] [--out DIR] [--port N] [--bind ADDR]: builds, serves the
// output folder over HTTP, rebuilds when an input changes and reloads the open pages.
int run_serve_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
