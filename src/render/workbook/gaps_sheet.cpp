// Every finding of the check, as the CLI prints them: what a reviewer must close before
// certification. A clean AIMS leaves only the header row.
#include <map>

#include "render/workbook/sheet_tables.hpp"

namespace aimsdoc {
namespace {

// Load-stage findings (an unreadable evidence file) name no requirement; the record file
// they were found in does.
std::map<std::string, std::string> requirements_by_record_path(const Aims& aims) {
  std::map<std::string, std::string> by_path;
  for (const auto& r : aims.requirements)
    if (r.has_record) by_path.emplace(r.record.location.path, r.id());
  return by_path;
}

}  // namespace

Table gaps_table(const BuildView& view) {
  Table t;
  t.columns = {{"Severity", 10, ColumnStyle::Centered},
               {"Rule", 26, ColumnStyle::Plain},
               {"Requirement", 12, ColumnStyle::Plain},
               {"Finding", 80, ColumnStyle::Wrap},
               {"Where", 36, ColumnStyle::Wrap}};
  t.highlights = {{0, Tone::Bad, "error"}, {0, Tone::Caution, "warning"}};
  auto by_path = requirements_by_record_path(view.aims);
  for (const auto& d : view.diagnostics.items()) {
    std::string requirement = d.requirement;
    if (auto it = by_path.find(d.location.path); requirement.empty() && it != by_path.end())
      requirement = it->second;
    t.rows.push_back({text_cell(severity_name(d.severity)), text_cell(d.rule),
                      text_cell(requirement), text_cell(d.message),
                      text_cell(d.location.to_string())});
  }
  return t;
}

}  // namespace aimsdoc
