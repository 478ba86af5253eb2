#include "check/framework_coverage.hpp"

#include <map>
#include <string>

namespace aimsdoc {
namespace {

using RowsByItem = std::map<std::string, std::vector<MappedRequirement>>;

// Walks requirements (not crosswalks) so the mapped list comes out in primary catalog order.
RowsByItem rows_by_external_item(const Aims& aims, const CoverageReport& report,
                                 const Framework& framework) {
  RowsByItem rows;
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    const Requirement& r = aims.requirements[ri];
    for (const MappingRef& ref : r.mappings) {
      const Crosswalk& cw = aims.crosswalks[ref.crosswalk];
      const Mapping& m = cw.mappings[ref.mapping];
      if (cw.to_framework != framework.id || m.relation == Relation::None || m.to.empty())
        continue;
      rows[m.to].push_back({ri, ref, requirement_coverage_state(r, report)});
    }
  }
  return rows;
}

CoverageState combined_state(const std::vector<MappedRequirement>& mapped) {
  CoverageState best = CoverageState::Gap;
  for (const auto& m : mapped) {
    if (m.state == CoverageState::Covered) return CoverageState::Covered;
    if (m.state == CoverageState::Partial) best = CoverageState::Partial;
  }
  return best;
}

}  // namespace

const char* coverage_state_name(CoverageState s) {
  switch (s) {
    case CoverageState::Covered: return "covered";
    case CoverageState::Partial: return "partial";
    case CoverageState::Gap: return "gap";
    case CoverageState::NotMapped: return "not-mapped";
  }
  return "";
}

CoverageState requirement_coverage_state(const Requirement& r, const CoverageReport& report) {
  if (!r.has_record || !r.record.applicable || report.gaps.count(r.id())) return CoverageState::Gap;
  switch (r.record.status) {
    case Status::Implemented: return CoverageState::Covered;
    case Status::Planned:
    case Status::Partial: return CoverageState::Partial;
    case Status::Unset: return CoverageState::Gap;
  }
  return CoverageState::Gap;
}

FrameworkCoverage compute_framework_coverage(const Aims& aims, const CoverageReport& report,
                                             const Framework& framework) {
  FrameworkCoverage out;
  out.framework = &framework;
  RowsByItem rows = rows_by_external_item(aims, report, framework);
  for (const CatalogItem& item : framework.items) {
    if (item.kind == ItemKind::Group) continue;
    ExternalItemCoverage entry;
    entry.item = &item;
    if (auto it = rows.find(item.id); it != rows.end()) entry.mapped = std::move(it->second);
    entry.state = entry.mapped.empty() ? CoverageState::NotMapped : combined_state(entry.mapped);
    switch (entry.state) {
      case CoverageState::Covered: ++out.covered; break;
      case CoverageState::Partial: ++out.partial; break;
      case CoverageState::Gap: ++out.gap; break;
      case CoverageState::NotMapped: ++out.not_mapped; break;
    }
    out.items.push_back(std::move(entry));
  }
  return out;
}

}  // namespace aimsdoc
