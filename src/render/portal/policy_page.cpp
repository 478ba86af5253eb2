// A policy: its metadata, its rendered Markdown with links between policies pointing at
// their pages, and backlinks to every requirement it covers.
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

// Items of other frameworks named directly in `covers:`, linked to their framework page.
List external_covers(const PortalContext& ctx, const Policy& p, const std::string& from) {
  List list;
  for (const Reference& ref : p.external_covers) {
    QualifiedId q = split_qualified_id(ref.text);
    const Framework* f = ctx.aims.find_framework(q.framework);
    const CatalogItem* item = f ? f->find(q.id) : nullptr;
    if (!item) continue;  // an unknown id: reported by the check, shown nowhere
    list.push_back(Object{{"framework", f->label()},
                          {"id", item->id},
                          {"title", item->title},
                          {"href", href(from, framework_item_anchor(*f, *item))}});
  }
  return list;
}

// The commits that touched the policy's file, newest first (ISO/IEC 42001 7.5.3); none
// shown when the AIMS is not a git repository (the build summary says so).
void add_history(const PortalContext& ctx, const Policy& p, Page& page) {
  const History& h = ctx.aims.history;
  put(page.data, "history_available", flag(h.available));
  List rows;
  if (auto it = h.by_path.find(p.source_path); it != h.by_path.end()) {
    rows.reserve(it->second.size());
    for (const CommitInfo& c : it->second)
      rows.push_back(Object{{"date", c.date.to_string()},
                            {"author", c.author},
                            {"message", c.message},
                            {"hash", c.hash},
                            {"short_hash", c.short_hash},
                            {"version", c.version},
                            {"approved_by", c.approved_by}});
  }
  set_list(page.data, "history", std::move(rows));
}

void add_backlinks(const PortalContext& ctx, std::size_t index, Page& page) {
  const Policy& p = ctx.aims.policies[index];
  List covers, linked_from, findings;
  // kainjow's data has no noexcept move, so a growing list copies its items: reserve.
  covers.reserve(p.requirements.size());
  linked_from.reserve(ctx.linked_from[index].size());
  findings.reserve(ctx.policy_findings[index].size());
  for (std::size_t r : p.requirements) covers.push_back(requirement_summary(ctx, r, page.path));
  for (std::size_t q : ctx.linked_from[index])
    linked_from.push_back(policy_link(ctx, q, page.path));
  for (const Diagnostic* diag : ctx.policy_findings[index]) findings.push_back(finding(*diag));
  set_list(page.data, "covers", std::move(covers));
  set_list(page.data, "external_covers", external_covers(ctx, p, page.path));
  set_list(page.data, "linked_from", std::move(linked_from));
  set_list(page.data, "findings", std::move(findings));
}

}  // namespace

Page policy_page_of(const PortalContext& ctx, std::size_t index, const std::string& body_html,
                    const std::string& leading_h1) {
  const Policy& p = ctx.aims.policies[index];
  PageFrame frame{ctx.policy_cards[index].page,
                  p.id + " " + p.title,
                  "policies",
                  {{ctx.label("page", "policies"), kPoliciesPage}, {p.id, ""}}};
  Page page = start_page(ctx, frame, "policy");
  put(page.data, "body_html", body_html);
  put(page.data, "repeats_title", flag(leading_h1 == p.title));
  put_document_control(ctx, p, page.path, page.data);
  add_history(ctx, p, page);
  add_backlinks(ctx, index, page);
  return page;
}

}  // namespace aimsdoc::portal
