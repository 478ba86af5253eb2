#include "model/build_aims.hpp"

#include <algorithm>

#include "model/join_references.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

void index_owners(Aims& aims, Diagnostics& diags) {
  for (std::size_t i = 0; i < aims.owners.size(); ++i) {
    const Owner& o = aims.owners[i];
    auto [it, fresh] = aims.owner_index.emplace(o.id, i);
    if (!fresh)
      diags.error(o.location, "id.duplicate",
                  "duplicate owner id '" + o.id + "'; first defined at " +
                      aims.owners[it->second].location.to_string());
  }
}

void index_requirements(Aims& aims, Diagnostics& diags) {
  for (const auto& item : aims.primary.items) {
    if (item.kind == ItemKind::Group) continue;
    aims.ids.add(item.id, "requirement", item.location, diags);
    aims.requirement_index.emplace(item.id, aims.requirements.size());
    Requirement r;
    r.item = &item;
    aims.requirements.push_back(std::move(r));
  }
}

void index_policies(Aims& aims, Diagnostics& diags) {
  // Sorted by id through copies of the ids beside their positions: each Policy (a dozen
  // strings and vectors) moves once, and the sort compares ids side by side in one array
  // rather than in policies all over the heap. Equal ids keep their load order.
  std::vector<std::pair<std::string, std::size_t>> order;
  order.reserve(aims.policies.size());
  for (std::size_t i = 0; i < aims.policies.size(); ++i) order.emplace_back(aims.policies[i].id, i);
  std::sort(order.begin(), order.end());
  std::vector<Policy> unique;
  unique.reserve(order.size());
  for (const auto& [id, i] : order) {
    Policy& p = aims.policies[i];
    if (aims.ids.add(p.id, "policy", p.location, diags)) unique.push_back(std::move(p));
  }
  aims.policies = std::move(unique);
  aims.policy_by_path.reserve(aims.policies.size());
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    // In id order: each goes in at the end of the map, without a search.
    aims.policy_index.emplace_hint(aims.policy_index.end(), aims.policies[i].id, i);
    aims.policy_by_path.emplace(aims.policies[i].source_path, i);
  }
}

void attach_records(Aims& aims, std::vector<RequirementRecord> records, Diagnostics& diags) {
  for (auto& rec : records) {
    auto ref = resolve_requirement_id(aims, {rec.id, rec.location}, diags);
    if (ref == kNone) continue;
    Requirement& req = aims.requirements[ref];
    if (req.has_record) {
      diags.error(rec.location, "id.duplicate",
                  "second record for requirement '" + req.id() + "'; first at " +
                      req.record.location.to_string(),
                  req.id());
      continue;
    }
    rec.id = req.id();
    req.record = std::move(rec);
    req.has_record = true;
  }
}

}  // namespace

Aims build_aims(ModelInputs in, Diagnostics& diags) {
  Aims aims;
  aims.site = std::move(in.site);
  aims.primary = std::move(in.primary);
  aims.frameworks = std::move(in.frameworks);
  aims.crosswalks = std::move(in.crosswalks);
  aims.owners = std::move(in.owners);
  aims.policies = std::move(in.policies);
  aims.assets = std::move(in.assets);
  aims.refused_assets = std::move(in.refused_assets);
  aims.audits = std::move(in.audits);
  aims.reviews = std::move(in.reviews);
  aims.keeps_audits = in.keeps_audits;
  aims.keeps_reviews = in.keeps_reviews;
  aims.history = std::move(in.history);
  index_owners(aims, diags);
  index_requirements(aims, diags);
  index_policies(aims, diags);
  attach_records(aims, std::move(in.records), diags);
  join_owners(aims, diags);
  join_policies(aims, diags);
  join_evidence(aims, diags);
  join_policy_links(aims, diags);
  join_crosswalks(aims, diags);
  join_risk_trace(aims, std::move(in.risk_trace), diags);
  join_audit_cycle(aims, diags);
  join_changes(aims);
  return aims;
}

}  // namespace aimsdoc
