#include "render/workbook/requirement_columns.hpp"

#include "render/site_paths.hpp"
#include "render/workbook/workbook_links.hpp"

namespace aimsdoc {
namespace {

std::string owner_text(const Aims& aims, const Requirement& r) {
  if (r.owner == kNone) return r.record.owner_id;  // unknown id: shown as written
  const Owner& o = aims.owners[r.owner];
  return o.role.empty() ? o.name : o.name + "\n" + o.role;
}

std::string policies_text(const Aims& aims, const Requirement& r) {
  std::string out;
  for (std::size_t pi : r.policies) {
    const Policy& p = aims.policies[pi];
    out += (out.empty() ? "" : "\n") + p.id + " " + p.title;
  }
  return out;
}

std::string evidence_ids(const Requirement& r) {
  std::string out;
  for (const auto& ev : r.record.evidence) out += (out.empty() ? "" : "\n") + ev.id;
  return out;
}

std::optional<Date> newest_evidence(const Requirement& r) {
  std::optional<Date> newest;
  for (const auto& ev : r.record.evidence)
    if (ev.collected && (!newest || *ev.collected > *newest)) newest = ev.collected;
  return newest;
}

// Colours follow health, never the declared status.
void add_health_highlights(Table& t, std::size_t health) {
  t.highlights.push_back({health, Tone::Good, health_key(Health::Conformant)});
  t.highlights.push_back({health, Tone::Caution, health_key(Health::Partial)});
  t.highlights.push_back({health, Tone::Muted, health_key(Health::Excluded)});
}

}  // namespace

std::string group_label(const Aims& aims, const Requirement& r) {
  const CatalogItem* group = aims.primary.top_group_of(*r.item);
  return group ? group->id + " " + group->title : std::string();
}

void add_requirement_columns(Table& t) {
  t.columns.push_back({"Status", 13, ColumnStyle::Centered, kStatusChoices});
  t.columns.push_back({"Owner", 30, ColumnStyle::Wrap});
  t.columns.push_back({"Policies", 38, ColumnStyle::Wrap});
  t.columns.push_back({"Evidence", 17, ColumnStyle::Wrap});
  t.columns.push_back({"Newest evidence", 13, ColumnStyle::Date});
  std::size_t health = t.columns.size();
  t.columns.push_back({"Health", 12, ColumnStyle::Centered});
  t.columns.push_back({"Portal page", 22, ColumnStyle::Plain});
  // Cell rules come first: Excel gives earlier rules priority.
  add_health_highlights(t, health);
  t.highlights.push_back({health, Tone::Bad, health_key(Health::Gap), true});
}

void add_requirement_cells(const BuildView& view, std::size_t index, std::vector<Cell>& row) {
  const Aims& aims = view.aims;
  const Requirement& r = aims.requirements[index];
  bool excluded = r.has_record && !r.applicable();
  row.push_back(text_cell(excluded ? kExcludedWord : status_name(r.record.status)));
  row.push_back(text_cell(owner_text(aims, r)));
  row.push_back(text_cell(policies_text(aims, r)));
  row.push_back(text_cell(evidence_ids(r)));
  row.push_back(date_cell(newest_evidence(r)));
  row.push_back(text_cell(health_key(view.report.health_of(index))));
  std::string page = requirement_page(r);
  row.push_back(link_cell(portal_link(aims.site.base_url, page), page));
}

}  // namespace aimsdoc
