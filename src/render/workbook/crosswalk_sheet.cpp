// One sheet per further framework: each of its items, the ISO 42001 requirements mapped to
// it through the crosswalks (relation, source, confidence) and the coverage state derived
// from them. The state comes from compute_framework_coverage, shared with
// the portal, so both outputs agree.
#include "render/site_paths.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/workbook_links.hpp"

namespace aimsdoc {
namespace {

std::string group_of(const Framework& f, const CatalogItem& item) {
  const CatalogItem* group = f.top_group_of(item);
  return group ? group->id + " " + group->title : std::string();
}

std::vector<Cell> item_cells(const Framework& f, const ExternalItemCoverage& entry) {
  return {text_cell(entry.item->id), text_cell(entry.item->title),
          text_cell(group_of(f, *entry.item)), text_cell(coverage_state_name(entry.state))};
}

Cell item_page(const Aims& aims, const Framework& f, const CatalogItem& item) {
  std::string anchor = framework_item_anchor(f, item);
  return link_cell(portal_anchor_link(aims.site.base_url, anchor), anchor);
}

std::vector<Cell> mapping_cells(const Aims& aims, const MappedRequirement& m) {
  const Requirement& r = aims.requirements[m.requirement];
  const Mapping& mapping = aims.crosswalks[m.row.crosswalk].mappings[m.row.mapping];
  return {text_cell(r.id()),
          text_cell(r.item->title),
          text_cell(health_key(m.health)),
          text_cell(relation_name(mapping.relation)),
          text_cell(mapping.source),
          text_cell(mapping.confidence),
          text_cell(mapping.note)};
}

// A policy naming the item in its `covers:` (a direct mapping): the policy in the
// requirement columns, "in force" or "review overdue" as its state.
std::vector<Cell> direct_cells(const Aims& aims, const DirectCover& d) {
  const Policy& p = aims.policies[d.policy];
  return {text_cell(p.id),
          text_cell(p.title),
          text_cell(d.in_force ? "in force" : "review overdue"),
          text_cell("direct"),
          text_cell("policy covers: " + p.source_path),
          text_cell(""),
          text_cell("")};
}

// Item states (covered/partial/gap; not-mapped stays uncoloured) and requirement health.
void add_state_highlights(Table& t, std::size_t item, std::size_t requirement) {
  for (std::size_t column : {item, requirement}) {
    t.highlights.push_back({column, Tone::Good,
                            column == item ? coverage_state_name(CoverageState::Covered)
                                           : health_key(Health::Conformant)});
    t.highlights.push_back({column, Tone::Caution, "partial"});
    t.highlights.push_back({column, Tone::Bad, "gap"});
  }
}

}  // namespace

// One row per crosswalk row and per policy naming the item directly (an item mapped to
// three requirements has three rows, each repeating the item), so a filter on either side finds
// every pairing; an item nothing maps to has one row with the mapping columns empty.
Table crosswalk_table(const BuildView& view, const FrameworkCoverage& coverage) {
  const std::string& primary = view.aims.primary.short_name;
  Table t;
  t.columns = {{"Item", 12, ColumnStyle::Plain},
               {"Title", 36, ColumnStyle::Wrap},
               {"Group", 24, ColumnStyle::Wrap},
               {"Coverage", 11, ColumnStyle::Centered},
               {primary + " requirement", 12, ColumnStyle::Plain},
               {"Requirement title", 34, ColumnStyle::Wrap},
               {"Requirement state", 12, ColumnStyle::Centered},
               {"Relation", 11, ColumnStyle::Plain},
               {"Source", 22, ColumnStyle::Wrap},
               {"Confidence", 12, ColumnStyle::Plain},
               {"Note", 50, ColumnStyle::Wrap},
               {"Portal page", 34, ColumnStyle::Plain}};
  add_state_highlights(t, 3, 6);
  for (const auto& entry : coverage.items) {
    auto add_row = [&](const std::vector<Cell>& pairing) {
      auto row = item_cells(*coverage.framework, entry);
      row.insert(row.end(), pairing.begin(), pairing.end());
      row.resize(t.columns.size() - 1);  // an item nothing maps to: empty mapping columns
      row.push_back(item_page(view.aims, *coverage.framework, *entry.item));
      t.rows.push_back(std::move(row));
    };
    if (entry.mapped.empty() && entry.direct.empty()) add_row({});
    for (const auto& m : entry.mapped) add_row(mapping_cells(view.aims, m));
    for (const auto& d : entry.direct) add_row(direct_cells(view.aims, d));
  }
  return t;
}

std::vector<const Framework*> crosswalked_frameworks(const Aims& aims) {
  std::vector<const Framework*> out;
  for (const auto& f : aims.frameworks)
    for (const auto& cw : aims.crosswalks)
      if (cw.to_framework == f.id && cw.from_framework == aims.primary.id) {
        out.push_back(&f);
        break;
      }
  return out;
}

}  // namespace aimsdoc
