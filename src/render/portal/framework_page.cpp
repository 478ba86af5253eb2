// Another framework (EU AI Act, NIST AI RMF ...) seen through the crosswalks: each of its
// requirements, the ISO/IEC 42001 items mapped to it, and the coverage state derived from
// them by compute_framework_coverage.
#include "render/portal/page_parts.hpp"
#include "render/portal/pages.hpp"
#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"

namespace aimsdoc::portal {
namespace {

Data mapped_row(const PortalContext& ctx, const MappedRequirement& m, const std::string& from) {
  const Crosswalk& cw = ctx.aims.crosswalks[m.row.crosswalk];
  const Mapping& row = cw.mappings[m.row.mapping];
  auto source = cw.sources.find(row.source);
  Data data = requirement_summary(ctx, m.requirement, from);
  put(data, "contribution", health_key(m.health));
  put(data, "relation", relation_name(row.relation));
  put(data, "confidence", opt(row.confidence));
  put(data, "note", opt(row.note));
  put(data, "source_key", row.source);
  put(data, "source_title", source == cw.sources.end() ? row.source : source->second.title);
  put(data, "source_url",
      opt(source == cw.sources.end() ? std::string() : external_href(source->second.url)));
  return data;
}

// A policy naming the item in its `covers:`: a direct mapping.
Data direct_row(const PortalContext& ctx, const DirectCover& d, const std::string& from) {
  Data data = policy_link(ctx, d.policy, from);
  put(data, "in_force", flag(d.in_force));
  return data;
}

Data item_row(const PortalContext& ctx, const ExternalItemCoverage& c, const std::string& from) {
  List mapped, direct;
  for (const auto& m : c.mapped) mapped.push_back(mapped_row(ctx, m, from));
  for (const auto& d : c.direct) direct.push_back(direct_row(ctx, d, from));
  bool has_mapped = !mapped.empty(), has_direct = !direct.empty();
  const char* state = coverage_state_name(c.state);
  return Object{{"id", c.item->id},
                {"anchor", "item-" + slug(c.item->id)},
                {"title", c.item->title},
                {"description", opt(c.item->description)},
                {"state", state},
                {"state_label", ctx.label("coverage", state)},
                {"declared_sufficient", flag(c.declared_sufficient)},
                {"mapped", std::move(mapped)},
                {"has_mapped", flag(has_mapped)},
                {"direct", std::move(direct)},
                {"has_direct", flag(has_direct)},
                {"mapped_count", number(c.mapped.size())}};
}

// Rows grouped under their top-level group (chapter, function), in document order.
List item_sections(const PortalContext& ctx, const FrameworkCoverage& cov,
                   const std::string& from) {
  const Framework& f = *cov.framework;
  List sections;
  const CatalogItem* current = nullptr;
  List rows;
  auto flush = [&] {
    if (rows.empty()) return;
    sections.push_back(Object{{"group_id", opt(current ? current->id : std::string())},
                              {"group_title", opt(current ? current->title : std::string())},
                              {"rows", std::move(rows)}});
    rows = List();
  };
  for (const auto& c : cov.items) {
    const CatalogItem* group = f.top_group_of(*c.item);
    if (group == c.item) group = nullptr;
    if (group != current) {
      flush();
      current = group;
    }
    rows.push_back(item_row(ctx, c, from));
  }
  flush();
  return sections;
}

List crosswalk_sources(const PortalContext& ctx, const Framework& f) {
  List list;
  for (const auto& cw : ctx.aims.crosswalks) {
    if (cw.to_framework != f.id) continue;
    for (const auto& [key, s] : cw.sources)
      list.push_back(Object{{"crosswalk", cw.title},
                            {"key", key},
                            {"title", s.title},
                            {"url", opt(external_href(s.url))},
                            {"authority", opt(s.authority)}});
  }
  return list;
}

}  // namespace

Page framework_page_of(const PortalContext& ctx, std::size_t index) {
  const Framework& f = ctx.aims.frameworks[index];
  const FrameworkCoverage& cov = ctx.coverage[index];
  std::string name = f.label();
  PageFrame frame{framework_page(f), f.name, "framework:" + f.id, {{name, ""}}};
  Page page = start_page(ctx, frame, "framework");
  Data& d = page.data;
  put(d, "name", f.name);
  put(d, "short_name", name);
  put(d, "version", opt(f.version));
  put(d, "url", opt(external_href(f.url)));
  put(d, "total", number(cov.items.size()));
  put(d, "covered", number(cov.covered));
  put(d, "partial", number(cov.partial));
  put(d, "gap", number(cov.gap));
  put(d, "not_mapped", number(cov.not_mapped));
  put(d, "chart", coverage_chart(ctx, cov));
  set_list(d, "sections", item_sections(ctx, cov, page.path));
  set_list(d, "sources", crosswalk_sources(ctx, f));
  return page;
}

}  // namespace aimsdoc::portal
