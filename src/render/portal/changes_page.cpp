// What changed since the last audit (--since REV, site.yaml last_audit): policies added,
// removed and changed (with their versions and a diff of the Markdown), records whose
// status, applicability, owner or evidence changed, evidence added or expired since.
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

const char* line_kind(DiffLine::Kind k) {
  switch (k) {
    case DiffLine::Kind::Added: return "added";
    case DiffLine::Kind::Removed: return "removed";
    case DiffLine::Kind::Gap: return "gap";
    case DiffLine::Kind::Same: break;
  }
  return "same";
}

// A policy that exists today links to its page; a removed one is only named.
std::string policy_href(const PortalContext& ctx, const std::string& id, const std::string& from) {
  auto it = ctx.aims.policy_index.find(id);
  return it == ctx.aims.policy_index.end() ? std::string()
                                           : href(from, policy_page(ctx.aims.policies[it->second]));
}

Data policy_data(const PortalContext& ctx, const PolicyChange& c, const std::string& from) {
  List diff;
  for (const auto& l : c.diff)
    diff.push_back(Object{{"kind", std::string(line_kind(l.kind))}, {"text", l.text}});
  return Object{{"id", c.id},
                {"title", c.title},
                {"path", c.path},
                {"href", opt(policy_href(ctx, c.id, from))},
                {"kind", std::string(change_name(c.kind))},
                {"kind_label", ctx.label("change", change_name(c.kind))},
                {"version_before", opt(c.version_before)},
                {"version_after", opt(c.version_after)},
                {"has_diff", flag(!c.diff.empty())},
                {"diff", std::move(diff)}};
}

Data record_data(const PortalContext& ctx, const RecordChange& c, const std::string& from) {
  List fields;
  for (const auto& f : c.fields)
    fields.push_back(
        Object{{"field", f.field}, {"before", opt(f.before)}, {"after", opt(f.after)}});
  auto it = ctx.aims.requirement_index.find(c.requirement_id);
  Data out = it != ctx.aims.requirement_index.end() ? requirement_summary(ctx, it->second, from)
                                                    : Data(Object{{"id", c.requirement_id}});
  put(out, "fields", std::move(fields));
  return out;
}

Data evidence_data(const PortalContext& ctx, const EvidenceChange& c, const std::string& from) {
  auto it = ctx.aims.requirement_index.find(c.requirement_id);
  std::string req_href = it == ctx.aims.requirement_index.end()
                             ? std::string()
                             : href(from, requirement_page(ctx.aims.requirements[it->second]));
  return Object{{"id", c.id},
                {"title", c.title},
                {"requirement", c.requirement_id},
                {"requirement_href", opt(req_href)},
                {"kind", std::string(change_name(c.kind))},
                {"kind_label", ctx.label("change", change_name(c.kind))},
                {"date", opt(c.date)}};
}

}  // namespace

Page changes_page(const PortalContext& ctx) {
  const ChangeSet& cs = *ctx.aims.history.changes;
  const std::string title = ctx.label("page", "changes-since") + " " + cs.since;
  PageFrame frame{kChangesPage, title, "changes", {{title, ""}}};
  Page page = start_page(ctx, frame, "changes");
  put(page.data, "since", cs.since);
  put(page.data, "commit_hash", cs.commit.hash);
  put(page.data, "commit_short", cs.commit.short_hash);
  put(page.data, "commit_date", cs.commit.date.to_string());
  put(page.data, "commit_message", cs.commit.message);
  put(page.data, "no_changes", flag(cs.empty()));
  List policies, records, evidence;
  for (const auto& c : cs.policies) policies.push_back(policy_data(ctx, c, page.path));
  for (const auto& c : cs.records) records.push_back(record_data(ctx, c, page.path));
  for (const auto& c : cs.evidence) evidence.push_back(evidence_data(ctx, c, page.path));
  set_list(page.data, "policies", std::move(policies));
  set_list(page.data, "records", std::move(records));
  set_list(page.data, "evidence", std::move(evidence));
  return page;
}

}  // namespace aimsdoc::portal
