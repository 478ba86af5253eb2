#pragma once
// How `check` and `build` print findings: compiler-style text or JSON for CI.
#include <ostream>

#include "pipeline.hpp"

namespace aimsdoc {

void print_text_report(const CheckedAims& checked, std::ostream& out);
void print_json_report(const CheckedAims& checked, std::ostream& out);

}  // namespace aimsdoc
