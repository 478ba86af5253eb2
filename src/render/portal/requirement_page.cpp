// A clause or Annex A control: what we say about it, who owns it, which policies cover it,
// the evidence behind it and how it maps to other frameworks.
#include "check/risk_trace_state.hpp"
#include "model/join_references.hpp"
#include "render/portal/markdown.hpp"
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"

namespace aimsdoc::portal {
namespace {

PageFrame requirement_frame(const PortalContext& ctx, const Requirement& r) {
  PageFrame frame{
      requirement_page(r), r.id() + " " + r.item->title, r.is_control() ? "soa" : "clauses", {}};
  frame.crumbs.push_back(r.is_control() ? Crumb{ctx.label("page", "soa"), kSoaPage}
                                        : Crumb{ctx.label("page", "clauses"), kClausesPage});
  if (const CatalogItem* group = ctx.aims.primary.top_group_of(*r.item))
    frame.crumbs.push_back({group->id + " " + group->title, ""});
  frame.crumbs.push_back({r.id(), ""});
  return frame;
}

List related(const PortalContext& ctx, const std::vector<std::size_t>& indices, std::size_t self,
             const std::string& from) {
  List list;
  for (std::size_t i : indices)
    if (i != self) list.push_back(requirement_summary(ctx, i, from));
  return list;
}

Data mapping_row(const PortalContext& ctx, const MappingRef& ref, const std::string& from) {
  const Crosswalk& cw = ctx.aims.crosswalks[ref.crosswalk];
  const Mapping& m = cw.mappings[ref.mapping];
  const Framework* f = ctx.aims.find_framework(cw.to_framework);
  const CatalogItem* item = f ? f->find(m.to) : nullptr;
  auto source = cw.sources.find(m.source);
  return Object{
      {"framework", f ? f->label() : cw.to_framework},
      {"framework_href", opt(f ? href(from, framework_page(*f)) : std::string())},
      {"item_id", m.to},
      {"item_title", opt(item ? item->title : std::string())},
      {"item_href", opt(f && item ? href(from, framework_item_anchor(*f, *item)) : std::string())},
      {"no_counterpart", flag(m.relation == Relation::None)},
      {"relation", relation_name(m.relation)},
      {"confidence", opt(m.confidence)},
      {"note", opt(m.note)},
      {"source_key", m.source},
      {"source_title", source == cw.sources.end() ? m.source : source->second.title},
      {"source_url",
       opt(source == cw.sources.end() ? std::string() : external_href(source->second.url))}};
}

void add_lists(const PortalContext& ctx, std::size_t index, Page& page) {
  const Requirement& r = ctx.aims.requirements[index];
  List policies, evidence, findings, mappings;
  policies.reserve(r.policies.size());  // kainjow's data copies when a list grows
  evidence.reserve(r.record.evidence.size());
  for (std::size_t p : r.policies) policies.push_back(policy_link(ctx, p, page.path));
  for (const auto& ev : r.record.evidence) evidence.push_back(evidence_item(ctx, ev, page.path));
  for (const Diagnostic* d : ctx.requirement_findings[index]) findings.push_back(finding(*d));
  for (const auto& ref : r.mappings) mappings.push_back(mapping_row(ctx, ref, page.path));
  set_list(page.data, "policies", std::move(policies));
  set_list(page.data, "evidence", std::move(evidence));
  set_list(page.data, "findings", std::move(findings));
  set_list(page.data, "mappings", std::move(mappings));
  set_list(page.data, "related_objective",
           related(ctx, ctx.by_parent.at(r.item->parent), index, page.path));
  static const std::vector<std::size_t> none;
  const auto& same_owner = r.owner == kNone ? none : ctx.aims.owners[r.owner].requirements;
  set_list(page.data, "related_owner", related(ctx, same_owner, index, page.path));
}

// The risks this control treats and the AI systems they concern: the derived
// justification for inclusion ("treats R-07, R-12"), beside the written one.
void add_risks(const PortalContext& ctx, const Requirement& r, Page& page) {
  List risks, systems;
  std::vector<std::size_t> concerned;
  for (std::size_t k : r.risks) {
    const Risk& risk = ctx.aims.risks[k];
    risks.push_back(Object{{"id", risk.id},
                           {"title", risk.title},
                           {"href", href(page.path, risk_page(risk))},
                           {"score", number(static_cast<std::size_t>(risk.inherent.score()))}});
    concerned.insert(concerned.end(), risk.systems.begin(), risk.systems.end());
  }
  sort_unique(concerned);
  for (std::size_t s : concerned) systems.push_back(system_link(ctx, s, page.path));
  put(page.data, "treats", opt(risks_treated_text(ctx.aims, r)));
  set_list(page.data, "risks", std::move(risks));
  set_list(page.data, "systems", std::move(systems));
}

}  // namespace

Page requirement_page_of(const PortalContext& ctx, std::size_t index) {
  const Requirement& r = ctx.aims.requirements[index];
  Page page = start_page(ctx, requirement_frame(ctx, r), "requirement");
  const CatalogItem* group = ctx.aims.primary.find(r.item->parent);
  std::string record_dir = parent_dir(r.record.location.path);
  auto notes = render_markdown(
      r.record.notes_markdown,
      [&](const std::string& url) { return ctx.links.rewrite(url, record_dir, page.path); },
      nullptr, false, &ctx.markdown_style);
  Data& d = page.data;
  put(d, "id", r.id());
  put(d, "title", r.item->title);
  put(d, "kind", ctx.label("kind", r.is_control() ? "control" : "clause"));
  put(d, "is_control", flag(r.is_control()));
  put(d, "description", opt(r.item->description));
  put(d, "group_id", opt(group ? group->id : std::string()));
  put(d, "group_title", opt(group ? group->title : std::string()));
  put(d, "has_record", flag(r.has_record));
  put(d, "record_path", opt(r.has_record ? r.record.location.path : std::string()));
  put(d, "applicable", flag(r.applicable()));
  put(d, "justification", opt(r.record.justification));
  put_states(ctx, index, d);
  add_risks(ctx, r, page);
  put(d, "owner", owner_link(ctx, r.owner, page.path));
  put(d, "notes_html", opt(notes.html));
  add_lists(ctx, index, page);
  return page;
}

}  // namespace aimsdoc::portal
