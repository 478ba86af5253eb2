#include "model/join_references.hpp"

#include <algorithm>
#include <map>

#include "model/build_aims.hpp"
#include "util/text.hpp"

namespace aimsdoc {

void sort_unique(std::vector<std::size_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

namespace {

std::vector<std::string> keys_of(const std::map<std::string, std::size_t>& m) {
  std::vector<std::string> out;
  for (const auto& [k, v] : m) out.push_back(k);
  return out;
}

// A qualified id of another loaded framework: accepted when the item exists there.
// Returns false for everything else (resolve_requirement_id then reports it).
bool is_external_reference(const Aims& aims, const Reference& ref, Diagnostics& diags) {
  QualifiedId q = split_qualified_id(ref.text);
  if (q.framework.empty() || q.framework == aims.primary.id) return false;
  const Framework* fw = aims.find_framework(q.framework);
  if (!fw) return false;
  if (!fw->find(q.id))
    diags.error(ref.location, "ref.requirement",
                "unknown id '" + q.id + "' in " + fw->name + " (" + fw->source_path + ")");
  return true;
}

}  // namespace

std::string suggestion(const std::string& word, const std::map<std::string, std::size_t>& index) {
  std::string hint = did_you_mean(word, keys_of(index));
  return hint.empty() ? std::string() : "; did you mean '" + hint + "'?";
}

std::size_t resolve_owner_id(const Aims& aims, const std::string& id, const SourceLocation& at,
                             const std::string& requirement, Diagnostics& diags) {
  if (id.empty()) return kNone;
  if (std::size_t owner = aims.owner_at(id); owner != kNone) return owner;
  diags.error(
      at, "ref.owner",
      "owner '" + id + "' is not in the roster of site.yaml" + suggestion(id, aims.owner_index),
      requirement);
  return kNone;
}

std::size_t resolve_requirement_id(const Aims& aims, const Reference& ref, Diagnostics& diags) {
  QualifiedId q = split_qualified_id(ref.text);
  if (!q.framework.empty() && q.framework != aims.primary.id) {
    const bool loaded = aims.find_framework(q.framework) != nullptr;
    diags.error(ref.location, "ref.requirement",
                loaded ? "'" + ref.text + "' is not a " + aims.primary.short_name +
                             " requirement; records are kept for the primary framework only, "
                             "other frameworks are reached through crosswalks"
                       : "'" + ref.text + "' names framework '" + q.framework +
                             "', which is not loaded; list its catalog under 'frameworks:' in "
                             "site.yaml");
    return kNone;
  }
  auto it = aims.requirement_index.find(q.id);
  if (it != aims.requirement_index.end()) return it->second;
  std::string hint = suggestion(q.id, aims.requirement_index);
  for (const auto& fw : aims.frameworks)
    if (q.framework.empty() && fw.find(q.id))
      hint = "; '" + q.id + "' is an id of " + fw.short_name + ": write it qualified, '" + fw.id +
             ":" + q.id + "', where other frameworks are allowed";
  diags.error(
      ref.location, "ref.requirement",
      "unknown requirement id '" + ref.text + "' (not in " + aims.primary.name + ")" + hint);
  return kNone;
}

void join_owners(Aims& aims, Diagnostics& diags) {
  for (std::size_t i = 0; i < aims.requirements.size(); ++i) {
    Requirement& r = aims.requirements[i];
    r.owner = resolve_owner_id(aims, r.record.owner_id, r.record.owner_location, r.id(), diags);
    if (r.owner != kNone) aims.owners[r.owner].requirements.push_back(i);
  }
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    Policy& p = aims.policies[i];
    p.owner = resolve_owner_id(aims, p.owner_id, p.owner_location, "", diags);
    if (p.owner != kNone) aims.owners[p.owner].policies.push_back(i);
  }
}

void join_policies(Aims& aims, Diagnostics& diags) {
  for (std::size_t pi = 0; pi < aims.policies.size(); ++pi) {
    for (const auto& ref : aims.policies[pi].covers) {
      if (is_external_reference(aims, ref, diags)) {
        aims.policies[pi].external_covers.push_back(ref);
        continue;
      }
      std::size_t ri = resolve_requirement_id(aims, ref, diags);
      if (ri == kNone) continue;
      aims.policies[pi].requirements.push_back(ri);
      aims.requirements[ri].policies.push_back(pi);
    }
  }
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    Requirement& r = aims.requirements[ri];
    for (const auto& ref : r.record.declared_policies) {
      auto it = aims.policy_index.find(ref.text);
      if (it == aims.policy_index.end()) {
        diags.error(
            ref.location, "ref.policy",
            "unknown policy id '" + ref.text + "'" + suggestion(ref.text, aims.policy_index),
            r.id());
        continue;
      }
      r.policies.push_back(it->second);
      aims.policies[it->second].requirements.push_back(ri);
    }
  }
  for (auto& r : aims.requirements) sort_unique(r.policies);
  for (auto& p : aims.policies) sort_unique(p.requirements);
}

void join_evidence(Aims& aims, Diagnostics& diags) {
  for (std::size_t ri = 0; ri < aims.requirements.size(); ++ri) {
    auto& items = aims.requirements[ri].record.evidence;
    for (std::size_t ei = 0; ei < items.size(); ++ei) {
      EvidenceItem& ev = items[ei];
      ev.requirement = ri;
      ev.position = ei;
      aims.ids.add(ev.id, "evidence", ev.location, diags, aims.requirements[ri].id());
    }
  }
}

}  // namespace aimsdoc
