#pragma once
// `check --framework ID`: the AIMS seen through one crosswalked framework. An external item
// whose mapped ISO 42001 requirements are all gaps is an error; one only partly addressed
// is a warning. Items no crosswalk row reaches are counted, not reported: most of a
// regulation (penalties, member-state duties) is outside what an AIMS answers.
#include <string>

#include "check/framework_coverage.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

void report_framework_findings(const Aims& aims, const FrameworkCoverage& coverage,
                               Diagnostics& diags);

// "EU AI Act: 12 covered, 2 partial, 1 gap of 15 mapped items; 98 not mapped"
std::string framework_summary_line(const FrameworkCoverage& coverage);

}  // namespace aimsdoc
