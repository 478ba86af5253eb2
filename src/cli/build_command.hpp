#pragma once
// `aimsdoc build`, and the build that `bundle` runs before zipping the portal.
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

// The options build and bundle share (--root, --allow-gaps, --force, --readiness, --sign).
BuildOptions build_options(const cxxopts::ParseResult& parsed);

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--force] [--watch] [--sign KEY]
int run_build_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
