#pragma once
// The first stages, load -> model -> check, for `check` and for run_build() (run_build.hpp,
// which knows the whole order of a build). Commands call these and decide what to print.
#include <filesystem>

#include "check/coverage_report.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct CheckedAims {
  std::filesystem::path root;
  Aims aims;
  CoverageReport report;
  Diagnostics diagnostics;  // sorted
  bool unusable = false;    // input could not be read at all (exit 2)
};

CheckedAims load_and_check(const std::filesystem::path& root);

}  // namespace aimsdoc
