// Changes since the revision --since (or last_audit) names: one row per policy added,
// removed or changed, per changed field of a requirement record, per evidence item added
// or expired since.
#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
namespace {

std::string requirement_title(const Aims& aims, const std::string& id) {
  auto it = aims.requirement_index.find(id);
  return it == aims.requirement_index.end() ? std::string()
                                            : aims.requirements[it->second].item->title;
}

std::vector<Cell> row(const char* item, const std::string& id, const std::string& title,
                      const char* change, const std::string& field, const std::string& before,
                      const std::string& after) {
  return {text_cell(item),  text_cell(id),     text_cell(title), text_cell(change),
          text_cell(field), text_cell(before), text_cell(after)};
}

}  // namespace

Table changes_table(const BuildView& view) {
  const Aims& aims = view.aims;
  Table t;
  t.columns = {{"Item", 12, ColumnStyle::Plain},  {"Id", 16, ColumnStyle::Plain},
               {"Title", 40, ColumnStyle::Wrap},  {"Change", 10, ColumnStyle::Plain},
               {"Field", 12, ColumnStyle::Plain}, {"Before", 30, ColumnStyle::Wrap},
               {"After", 30, ColumnStyle::Wrap}};
  if (!aims.history.changes) return t;
  const ChangeSet& cs = *aims.history.changes;
  for (const auto& p : cs.policies)
    t.rows.push_back(row("Policy", p.id, p.title, change_name(p.kind), "version", p.version_before,
                         p.version_after));
  for (const auto& r : cs.records)
    for (const auto& f : r.fields)
      t.rows.push_back(row("Requirement", r.requirement_id,
                           requirement_title(aims, r.requirement_id), "changed", f.field, f.before,
                           f.after));
  for (const auto& e : cs.evidence) {
    bool added = e.kind == EvidenceChange::Kind::Added;
    t.rows.push_back(row("Evidence", e.id, e.title, change_name(e.kind),
                         added ? "collected" : "expires", "", e.date ? e.date->to_string() : ""));
  }
  return t;
}

}  // namespace aimsdoc
