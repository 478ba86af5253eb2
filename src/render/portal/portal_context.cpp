#include "render/portal/portal_context.hpp"

#include "model/join_references.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

void index_findings(PortalContext& ctx) {
  const auto& policy_by_path = ctx.aims.policy_by_path;
  for (const Diagnostic& d : ctx.view.diagnostics.items()) {
    if (std::size_t r = ctx.requirement_of(d); r != kNone)
      ctx.requirement_findings[r].push_back(&d);
    if (auto p = policy_by_path.find(d.location.path); p != policy_by_path.end())
      ctx.policy_findings[p->second].push_back(&d);
  }
}

void index_policy_links(PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  std::vector<std::size_t> targets;  // a policy's, distinct: a few, so a sorted vector
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    targets.clear();
    for (const auto& link : aims.policies[i].links)
      if (link.policy != kNone && link.policy != i) targets.push_back(link.policy);
    sort_unique(targets);
    for (std::size_t t : targets) ctx.linked_from[t].push_back(i);
  }
}

void index_approvers(PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  for (std::size_t i = 0; i < aims.policies.size(); ++i) {
    std::size_t owner = aims.owner_at(aims.policies[i].approved_by);
    if (owner != kNone) ctx.approved_by[owner].push_back(i);
  }
}

// Indices are visited in order, so each list comes out sorted; a repeat is left out.
void add_once(std::vector<std::size_t>& list, std::size_t i) {
  if (list.empty() || list.back() != i) list.push_back(i);
}

void index_evidence_citations(PortalContext& ctx) {
  const Aims& aims = ctx.aims;
  for (std::size_t i = 0; i < aims.requirements.size(); ++i)
    for (const auto& ev : aims.requirements[i].record.evidence)
      if (!ev.file.empty()) add_once(ctx.requirements_by_file[ev.file], i);
  for (std::size_t i = 0; i < aims.audits.size(); ++i)
    if (!aims.audits[i].report.empty()) add_once(ctx.audits_by_report[aims.audits[i].report], i);
  for (std::size_t i = 0; i < aims.assessments.size(); ++i)
    if (!aims.assessments[i].report.file.empty())
      add_once(ctx.assessments_by_report[aims.assessments[i].report.file], i);
  // A policy's links to files are resolved as the link rewriter resolves them.
  for (std::size_t i = 0; i < aims.policies.size(); ++i)
    for (const auto& link : aims.policies[i].links) {
      if (link.policy != kNone || !is_relative_target(link.target)) continue;
      auto path = link_target_path(parent_dir(aims.policies[i].source_path), link.target);
      if (path) add_once(ctx.policies_linking[*path], i);
    }
  for (std::size_t i = 0; i < aims.reviews.size(); ++i)
    for (const auto& in : aims.reviews[i].inputs)
      for (const auto& id : in.record_ids) add_once(ctx.reviews_citing[id], i);
}

}  // namespace

PortalContext::PortalContext(const BuildView& v)
    : view(v),
      aims(v.aims),
      today(v.aims.reference_date()),
      links(v.aims),
      requirement_findings(v.aims.requirements.size()),
      policy_findings(v.aims.policies.size()),
      linked_from(v.aims.policies.size()),
      approved_by(v.aims.owners.size()) {
  for (std::size_t i = 0; i < aims.requirements.size(); ++i)
    if (aims.requirements[i].has_record)
      requirement_by_record_.emplace(aims.requirements[i].record.location.path, i);
  policy_cards.reserve(aims.policies.size());
  for (const Policy& p : aims.policies)
    policy_cards.push_back({p.id, p.title, p.version, policy_page(p)});
  index_findings(*this);
  index_policy_links(*this);
  index_approvers(*this);
  index_evidence_citations(*this);
  for (std::size_t i = 0; i < aims.requirements.size(); ++i) {
    by_parent[aims.requirements[i].item->parent].push_back(i);
    evidence_count += aims.requirements[i].record.evidence.size();
  }
  for (const auto& f : aims.frameworks)
    coverage.push_back(compute_framework_coverage(aims, v.report, f));
}

// Load-stage findings (an unreadable evidence file) carry no requirement id: they are
// attributed by the record file they were found in, as the check's gap tally does.
std::size_t PortalContext::requirement_of(const Diagnostic& d) const {
  if (auto by_id = aims.requirement_index.find(d.requirement);
      by_id != aims.requirement_index.end())
    return by_id->second;
  auto by_path = requirement_by_record_.find(d.location.path);
  return by_path == requirement_by_record_.end() ? kNone : by_path->second;
}

std::shared_ptr<const Data> PortalContext::shared_frame(const std::string& folder,
                                                        const std::string& section,
                                                        const std::function<Data()>& make) const {
  std::lock_guard lock(frames_mutex_);
  auto& slot = frames_[{folder, section}];
  if (!slot) slot = std::make_shared<const Data>(make());
  return slot;
}

}  // namespace aimsdoc::portal
