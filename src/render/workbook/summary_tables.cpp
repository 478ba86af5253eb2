// The figures of the summary sheet, from the check's CoverageReport (the same numbers the
// CLI and the portal's dashboard print).
#include <map>

#include "render/workbook/requirement_columns.hpp"
#include "render/workbook/summary_sheet.hpp"

namespace aimsdoc {
namespace {

Cell count(std::size_t n) { return number_cell(static_cast<double>(n)); }

std::vector<Cell> figure_row(std::string_view label, std::size_t clauses, std::size_t controls) {
  return {text_cell(label), count(clauses), count(controls)};
}

std::size_t gaps_of_kind(const BuildView& view, bool controls) {
  std::size_t n = 0;
  for (const auto& r : view.aims.requirements)
    if (r.is_control() == controls && view.report.gaps.count(r.id())) ++n;
  return n;
}

// Which of the chart's columns a control counts in (1-based after the label column).
std::size_t objective_column(const Requirement& r) {
  if (!r.has_record) return 5;
  if (!r.applicable()) return 4;
  switch (r.record.status) {
    case Status::Implemented: return 1;
    case Status::Partial: return 2;
    case Status::Planned: return 3;
    case Status::Unset: return 5;
  }
  return 5;
}

// An in-workbook link to a sheet; apostrophes in the name are doubled inside the quotes.
std::string sheet_link(const std::string& sheet) {
  std::string quoted;
  for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  return "internal:'" + quoted + "'!A1";
}

Column label_column(std::string header) {
  return {std::move(header), kSummaryLabelWidth, ColumnStyle::Wrap, {}};
}
Column number_column(std::string header) {
  return {std::move(header), kSummaryFigureWidth, ColumnStyle::Centered, {}};
}

}  // namespace

Table coverage_figures_table(const BuildView& view) {
  const KindTally& cl = view.report.clauses;
  const KindTally& co = view.report.controls;
  Table t;
  t.columns = {label_column("Figure"), number_column("Clauses"),
               number_column("Annex A controls")};
  t.rows = {figure_row("Requirements", cl.total, co.total),
            figure_row("Covered (no gaps)", cl.covered, co.covered),
            figure_row("Excluded with justification", cl.excluded, co.excluded),
            figure_row("Implemented", cl.implemented, co.implemented),
            figure_row("Partially implemented", cl.partial, co.partial),
            figure_row("Planned", cl.planned, co.planned),
            figure_row("With gaps", gaps_of_kind(view, false), gaps_of_kind(view, true))};
  t.highlights = {{0, Tone::Bad, "With gaps", true, std::nullopt, true}};
  return t;
}

Table evidence_figures_table(const BuildView& view) {
  const CoverageReport& r = view.report;
  std::string age = std::to_string(view.aims.site.evidence_max_age_days);
  Table t;
  t.columns = {label_column("Figure"), number_column("Count")};
  t.rows = {{text_cell("Evidence items"), count(r.evidence_items)},
            {text_cell("Stale (collected more than " + age + " days ago)"), count(r.evidence_stale)},
            {text_cell("Expired"), count(r.evidence_expired)},
            {text_cell("Expiring within " + std::to_string(kExpiringSoonDays) + " days"),
             count(r.evidence_expiring_soon)},
            {text_cell("Check errors"), count(view.diagnostics.error_count())},
            {text_cell("Check warnings"), count(view.diagnostics.warning_count())}};
  return t;
}

Table objective_status_table(const BuildView& view) {
  Table t;
  t.columns = {label_column("Annex A objective"), number_column("Implemented"),
               number_column("Partial"), number_column("Planned"), number_column("Excluded"),
               number_column("Not recorded"), number_column("Total")};
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::size_t>> counts;
  for (const auto& r : view.aims.requirements) {
    if (!r.is_control()) continue;
    std::string label = group_label(view.aims, r);
    auto [it, added] = counts.try_emplace(label, std::vector<std::size_t>(7, 0));
    if (added) order.push_back(label);
    ++it->second[objective_column(r)];
    ++it->second[6];
  }
  for (const auto& label : order) {
    std::vector<Cell> row{text_cell(label)};
    for (std::size_t c = 1; c < 7; ++c) row.push_back(count(counts[label][c]));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table framework_figures_table(const std::vector<FrameworkSheet>& sheets) {
  Table t;
  t.columns = {label_column("Framework"),
               number_column("Items"), number_column("Covered"), number_column("Partial"),
               number_column("Gap"), {"Sheet", kSummaryFigureWidth, ColumnStyle::Plain, {}}};
  for (const auto& s : sheets) {
    const FrameworkCoverage& c = s.coverage;
    t.rows.push_back({text_cell(c.framework->name), count(c.items.size()), count(c.covered),
                      count(c.partial), count(c.gap), link_cell(sheet_link(s.sheet_name), s.sheet_name)});
  }
  return t;
}

}  // namespace aimsdoc
