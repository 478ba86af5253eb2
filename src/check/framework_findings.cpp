#include "check/framework_findings.hpp"

namespace aimsdoc {
namespace {

std::string mapped_list(const Aims& aims, const ExternalItemCoverage& entry) {
  std::string out;
  for (const auto& m : entry.mapped) {
    const Requirement& r = aims.requirements[m.requirement];
    if (!out.empty()) out += ", ";
    out += r.id() + " (" + health_key(m.health) + ")";
  }
  return out;
}

}  // namespace

void report_framework_findings(const Aims& aims, const FrameworkCoverage& coverage,
                               Diagnostics& diags) {
  const std::string& fw = coverage.framework->short_name;
  for (const auto& entry : coverage.items) {
    if (entry.mapped.empty()) continue;  // reached only by policies naming it directly
    std::string what = fw + " " + entry.item->id + " (" + entry.item->title + ")";
    if (entry.state == CoverageState::Gap)
      diags.error(entry.item->location, "framework.gap",
                  what + " is not addressed: every mapped " + aims.primary.short_name +
                      " requirement is a gap or excluded: " + mapped_list(aims, entry));
    else if (entry.state == CoverageState::Partial)
      diags.warning(entry.item->location, "framework.partial",
                    what + " is only partly addressed: " + mapped_list(aims, entry));
  }
}

std::string framework_summary_line(const FrameworkCoverage& c) {
  return c.framework->short_name + ": " + std::to_string(c.covered) + " covered, " +
         std::to_string(c.partial) + " partial, " + std::to_string(c.gap) + " gap of " +
         std::to_string(c.items.size() - c.not_mapped) + " mapped items; " +
         std::to_string(c.not_mapped) + " not mapped by any crosswalk";
}

}  // namespace aimsdoc
