#pragma once
// The first stages, load -> model -> check, for `check` and for run_build() (run_build.hpp,
// which knows the whole order of a build). Commands call these and decide what to print.
#include <filesystem>
#include <optional>

#include "check/coverage_report.hpp"
#include "load/git_history.hpp"
#include "load/load_inputs.hpp"
#include "model/aims.hpp"
#include "model/theme.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct CheckedAims {
  std::filesystem::path root;
  Aims aims;
  CoverageReport report;
  Theme theme;              // read with the inputs, for the portal
  Diagnostics diagnostics;  // sorted
  bool unusable = false;    // input could not be read at all (exit 2)
};

// `readiness`, when given, overrides site.yaml's (`--readiness`); `git` says what to read
// from the AIMS's git history (build: the document history); `previous`, the policies the
// last build loaded (load_inputs).
CheckedAims load_and_check(const std::filesystem::path& root,
                           std::optional<Readiness> readiness = std::nullopt,
                           const GitRequest& git = {}, PreviousLoad previous = {});

}  // namespace aimsdoc
