#pragma once
// How `check` and `build` print findings: compiler-style text or JSON for CI.
#include <ostream>

#include "check/framework_coverage.hpp"
#include "pipeline.hpp"

namespace aimsdoc {

void print_text_report(const CheckedAims& checked, std::ostream& out);
// `framework`, when given, adds the figures of `check --framework`.
void print_json_report(const CheckedAims& checked, std::ostream& out,
                       const FrameworkCoverage* framework = nullptr);

}  // namespace aimsdoc
