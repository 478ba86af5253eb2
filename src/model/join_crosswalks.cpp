// Crosswalk rows are checked against both catalogs and hung on the requirement they start
// from, so every requirement page can list its external mappings.
#include "model/join_references.hpp"

namespace aimsdoc {
namespace {

bool frameworks_known(const Aims& aims, const Crosswalk& cw, Diagnostics& diags) {
  if (cw.from_framework != aims.primary.id) {
    diags.error(cw.location, "crosswalk.framework",
                "crosswalk starts from framework '" + cw.from_framework +
                    "', but the primary framework is '" + aims.primary.id + "'");
    return false;
  }
  if (!aims.find_framework(cw.to_framework) || cw.to_framework == aims.primary.id) {
    diags.error(cw.location, "crosswalk.framework",
                "crosswalk maps to framework '" + cw.to_framework +
                    "', which is not listed under 'frameworks:' in site.yaml");
    return false;
  }
  return true;
}

}  // namespace

void join_crosswalks(Aims& aims, Diagnostics& diags) {
  for (std::size_t ci = 0; ci < aims.crosswalks.size(); ++ci) {
    const Crosswalk& cw = aims.crosswalks[ci];
    if (!frameworks_known(aims, cw, diags)) continue;
    const Framework* target = aims.find_framework(cw.to_framework);
    for (std::size_t mi = 0; mi < cw.mappings.size(); ++mi) {
      const Mapping& m = cw.mappings[mi];
      auto from = aims.requirement_index.find(m.from);
      if (from == aims.requirement_index.end()) {
        diags.error(m.location, "crosswalk.unknown-id",
                    "'" + m.from + "' is not a requirement of " + aims.primary.name);
        continue;
      }
      if (!m.to.empty() && !target->find(m.to)) {
        diags.error(
            m.location, "crosswalk.unknown-id",
            "'" + m.to + "' is not an item of " + target->name + " (" + target->source_path + ")");
        continue;
      }
      aims.requirements[from->second].mappings.push_back({ci, mi});
    }
    for (const auto& set : cw.sufficient)
      if (!target->find(set.to))
        diags.error(set.location, "crosswalk.unknown-id",
                    "'" + set.to + "' under 'sufficient:' is not an item of " + target->name);
  }
}

}  // namespace aimsdoc
