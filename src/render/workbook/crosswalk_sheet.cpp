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

void add_mapping_cells(const Aims& aims, const MappedRequirement& m, std::vector<Cell>& row) {
  const Requirement& r = aims.requirements[m.requirement];
  const Mapping& mapping = aims.crosswalks[m.row.crosswalk].mappings[m.row.mapping];
  row.insert(row.end(), {text_cell(r.id()), text_cell(r.item->title),
                         text_cell(coverage_state_name(m.state)),
                         text_cell(relation_name(mapping.relation)), text_cell(mapping.source),
                         text_cell(mapping.confidence), text_cell(mapping.note)});
}

void add_state_highlights(Table& t, std::size_t column) {
  t.highlights.push_back({column, Tone::Good, "covered", false, std::nullopt});
  t.highlights.push_back({column, Tone::Caution, "partial", false, std::nullopt});
  t.highlights.push_back({column, Tone::Bad, "gap", false, std::nullopt});
}

}  // namespace

// One row per crosswalk row (an item mapped to three requirements has three rows, each
// repeating the item), so a filter on either side finds every pairing; an item nothing
// maps to has one row with the mapping columns empty.
Table crosswalk_table(const BuildView& view, const FrameworkCoverage& coverage) {
  const std::string& primary = view.aims.primary.short_name;
  Table t;
  t.columns = {{"Item", 12, ColumnStyle::Plain, {}},
               {"Title", 36, ColumnStyle::Wrap, {}},
               {"Group", 24, ColumnStyle::Wrap, {}},
               {"Coverage", 11, ColumnStyle::Centered, {}},
               {primary + " requirement", 12, ColumnStyle::Plain, {}},
               {"Requirement title", 34, ColumnStyle::Wrap, {}},
               {"Requirement state", 12, ColumnStyle::Centered, {}},
               {"Relation", 11, ColumnStyle::Plain, {}},
               {"Source", 22, ColumnStyle::Wrap, {}},
               {"Confidence", 12, ColumnStyle::Plain, {}},
               {"Note", 50, ColumnStyle::Wrap, {}},
               {"Portal page", 34, ColumnStyle::Plain, {}}};
  add_state_highlights(t, 3);
  add_state_highlights(t, 6);
  for (const auto& entry : coverage.items) {
    if (entry.mapped.empty()) {
      auto row = item_cells(*coverage.framework, entry);
      row.resize(t.columns.size() - 1);
      row.push_back(item_page(view.aims, *coverage.framework, *entry.item));
      t.rows.push_back(std::move(row));
    }
    for (const auto& m : entry.mapped) {
      auto row = item_cells(*coverage.framework, entry);
      add_mapping_cells(view.aims, m, row);
      row.push_back(item_page(view.aims, *coverage.framework, *entry.item));
      t.rows.push_back(std::move(row));
    }
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
