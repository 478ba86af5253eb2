#include "check/framework_coverage.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace aimsdoc {
namespace {

struct Reaching {
  std::map<std::string, std::vector<MappedRequirement>> rows;
  std::map<std::string, std::vector<DirectCover>> direct;
  std::set<std::string> sufficient;
};

// Walks requirements (not crosswalks) so the mapped list comes out in primary catalog order.
Reaching what_reaches(const Aims& aims, const CoverageReport& report, const Framework& framework) {
  Reaching out;
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    for (const MappingRef& ref : aims.requirements[ri].mappings) {
      const Crosswalk& cw = aims.crosswalks[ref.crosswalk];
      const Mapping& m = cw.mappings[ref.mapping];
      if (cw.to_framework != framework.id || m.relation == Relation::None || m.to.empty()) continue;
      out.rows[m.to].push_back({ri, ref, report.health_of(ri)});
    }
  }
  Date today = aims.reference_date();
  for (std::size_t pi = 0; pi < aims.policies.size(); ++pi) {
    const Policy& p = aims.policies[pi];
    for (const Reference& ref : p.external_covers) {
      QualifiedId q = split_qualified_id(ref.text);
      if (q.framework != framework.id) continue;
      auto& list = out.direct[q.id];
      if (list.empty() || list.back().policy != pi)
        list.push_back({pi, !(p.review_by && *p.review_by < today)});
    }
  }
  for (const auto& cw : aims.crosswalks)
    if (cw.to_framework == framework.id)
      for (const auto& s : cw.sufficient) out.sufficient.insert(s.to);
  return out;
}

bool is_strong(const Aims& aims, const MappedRequirement& m) {
  Relation r = aims.crosswalks[m.row.crosswalk].mappings[m.row.mapping].relation;
  return r == Relation::Equivalent || r == Relation::Superset;
}

CoverageState combined_state(const Aims& aims, const ExternalItemCoverage& e) {
  if (e.mapped.empty() && e.direct.empty()) return CoverageState::NotMapped;
  auto conformant = [](const MappedRequirement& m) { return m.health == Health::Conformant; };
  bool all_in_place = std::all_of(e.mapped.begin(), e.mapped.end(), conformant) &&
                      std::all_of(e.direct.begin(), e.direct.end(),
                                  [](const DirectCover& d) { return d.in_force; });
  bool enough = e.declared_sufficient || !e.direct.empty() ||
                std::any_of(e.mapped.begin(), e.mapped.end(),
                            [&](const MappedRequirement& m) { return is_strong(aims, m); });
  if (all_in_place && enough) return CoverageState::Covered;
  bool some = !e.direct.empty() ||
              std::any_of(e.mapped.begin(), e.mapped.end(), [](const MappedRequirement& m) {
                return m.health == Health::Conformant || m.health == Health::Partial;
              });
  return some ? CoverageState::Partial : CoverageState::Gap;
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

FrameworkCoverage compute_framework_coverage(const Aims& aims, const CoverageReport& report,
                                             const Framework& framework) {
  FrameworkCoverage out;
  out.framework = &framework;
  Reaching reaching = what_reaches(aims, report, framework);
  for (const CatalogItem& item : framework.items) {
    if (item.kind == ItemKind::Group) continue;
    ExternalItemCoverage entry;
    entry.item = &item;
    if (auto it = reaching.rows.find(item.id); it != reaching.rows.end())
      entry.mapped = std::move(it->second);
    if (auto it = reaching.direct.find(item.id); it != reaching.direct.end())
      entry.direct = std::move(it->second);
    entry.declared_sufficient = reaching.sufficient.count(item.id) > 0;
    entry.state = combined_state(aims, entry);
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
