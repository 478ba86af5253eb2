#pragma once
#include <cxxopts.hpp>
#include <string>

#include "run_build.hpp"

namespace aimsdoc {

struct BuildOptions {
  BuildRequest request;  // report_text is set by build_once
  bool allow_gaps = false;
};

// One build as `aimsdoc build` runs it (run_build(), findings and what was written on
// stderr); returns its exit code. `report`, when given, receives the findings' text, also
// when nothing changed.
int build_once(const BuildOptions& options, std::string* report = nullptr);

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--force] [--watch]
int run_build_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
