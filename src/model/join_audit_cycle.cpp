// Audits, findings and management reviews joined to the rest of the model: scopes expanded
// to requirements, findings to their requirement and owner, reviews to their attendees,
// and the record ids a review cites checked to exist.
#include <algorithm>

#include "model/join_references.hpp"

namespace aimsdoc {
namespace {

// Sorts by id and drops (reporting) every record whose id is taken, by any kind of record
// (model/id_registry.hpp).
template <typename Item>
void keep_unique(std::vector<Item>& items, IdRegistry& ids, const char* what, Diagnostics& diags) {
  std::stable_sort(items.begin(), items.end(),
                   [](const Item& a, const Item& b) { return a.id < b.id; });
  std::vector<Item> kept;
  for (auto& item : items)
    if (ids.add(item.id, what, item.location, diags)) kept.push_back(std::move(item));
  items = std::move(kept);
}

// Whether `item` is `group` or lies under it in the catalog.
bool under_group(const Framework& fw, const CatalogItem& item, const std::string& group) {
  for (const CatalogItem* at = &item; at; at = at->parent.empty() ? nullptr : fw.find(at->parent))
    if (at->id == group) return true;
  return false;
}

void expand_scope(Aims& aims, Audit& a, Diagnostics& diags) {
  for (const auto& entry : a.scope) {
    const CatalogItem* item = aims.primary.find(entry.id);
    if (!item || item->kind != ItemKind::Group) {
      std::size_t r = resolve_requirement_id(aims, {entry.id, entry.location}, diags);
      if (r != kNone) a.requirements.push_back(r);
      continue;
    }
    for (std::size_t r = 0; r < aims.requirements.size(); ++r)
      if (under_group(aims.primary, *aims.requirements[r].item, entry.id))
        a.requirements.push_back(r);
  }
  sort_unique(a.requirements);
}

// The auditor may be an owner (by id or by name) or someone outside the roster.
std::size_t find_auditor(const Aims& aims, const std::string& auditor) {
  if (std::size_t by_id = aims.owner_at(auditor); by_id != kNone) return by_id;
  for (std::size_t i = 0; i < aims.owners.size(); ++i)
    if (aims.owners[i].name == auditor) return i;
  return kNone;
}

void join_audits(Aims& aims, IdRegistry& ids, Diagnostics& diags) {
  keep_unique(aims.audits, ids, "audit", diags);
  for (std::size_t ai = 0; ai < aims.audits.size(); ++ai) {
    Audit& a = aims.audits[ai];
    keep_unique(a.findings, ids, "finding", diags);
    expand_scope(aims, a, diags);
    a.auditor_owner = find_auditor(aims, a.auditor);
    for (Finding& f : a.findings) {
      f.audit = ai;
      f.requirement =
          resolve_requirement_id(aims, {f.requirement_id, f.requirement_location}, diags);
      if (f.requirement != kNone) f.requirement_id = aims.requirements[f.requirement].id();
      f.owner = resolve_owner_id(aims, f.owner_id, f.owner_location, f.requirement_id, diags);
    }
  }
}

void join_reviews(Aims& aims, IdRegistry& ids, Diagnostics& diags) {
  keep_unique(aims.reviews, ids, "management review", diags);
  for (auto& mr : aims.reviews) {
    for (std::size_t i = 0; i < mr.attendees.size(); ++i) {
      std::size_t o = resolve_owner_id(aims, mr.attendees[i], mr.attendee_locations[i], "", diags);
      if (o != kNone) mr.attendee_owners.push_back(o);
    }
    keep_unique(mr.actions, ids, "review action", diags);
    for (auto& action : mr.actions) {
      action.owner = resolve_owner_id(aims, action.owner_id, action.owner_location, "", diags);
    }
  }
}

void check_cited_records(const Aims& aims, Diagnostics& diags) {
  for (const auto& mr : aims.reviews)
    for (const auto& in : mr.inputs)
      for (std::size_t i = 0; i < in.record_ids.size(); ++i)
        if (!aims.ids.find(in.record_ids[i]))
          diags.error(in.record_locations[i], "ref.record",
                      "input '" + in.topic + "' cites '" + in.record_ids[i] +
                          "', which is the id of no record (requirement, policy, evidence item, "
                          "AI system, risk, impact assessment, objective, audit, finding, review "
                          "or action); write an existing id or Markdown text");
}

}  // namespace

void join_audit_cycle(Aims& aims, Diagnostics& diags) {
  join_audits(aims, aims.ids, diags);
  join_reviews(aims, aims.ids, diags);
  check_cited_records(aims, diags);
}

}  // namespace aimsdoc
