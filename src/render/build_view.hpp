#pragma once
// Everything a renderer may read: the checked model, its figures and findings. Renderers
// take it by const reference and never re-read input files (evidence is copied, not read).
#include <filesystem>

#include "check/coverage_report.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct BuildView {
  const Aims& aims;
  const CoverageReport& report;
  const Diagnostics& diagnostics;   // sorted; the gaps page and sheet list them
  std::filesystem::path root;       // AIMS root: where evidence files and a user theme live
};

}  // namespace aimsdoc
