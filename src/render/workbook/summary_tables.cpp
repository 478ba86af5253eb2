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
  return {std::move(header), kSummaryLabelWidth, ColumnStyle::Wrap};
}
Column number_column(std::string header) {
  return {std::move(header), kSummaryFigureWidth, ColumnStyle::Centered};
}

}  // namespace

Table coverage_figures_table(const BuildView& view) {
  const KindTally& cl = view.report.clauses;
  const KindTally& co = view.report.controls;
  Table t;
  t.columns = {label_column("Figure"), number_column("Clauses"), number_column("Annex A controls")};
  // Health first (the four add up to the total), then what the records declare.
  t.rows = {figure_row("Requirements", cl.total, co.total),
            figure_row("Health: conformant", cl.conformant, co.conformant),
            figure_row("Health: partial", cl.partial, co.partial),
            figure_row("Health: gap", cl.gap, co.gap),
            figure_row("Health: excluded with justification", cl.excluded, co.excluded),
            figure_row("Declared status: implemented", cl.implemented, co.implemented),
            figure_row("Declared status: partial", cl.status_partial, co.status_partial),
            figure_row("Declared status: planned", cl.planned, co.planned),
            figure_row("Declared status: none", cl.no_status, co.no_status),
            figure_row("Declared not applicable", cl.not_applicable, co.not_applicable),
            figure_row("No record", cl.no_record, co.no_record)};
  t.highlights = {{0, Tone::Bad, "Health: gap", true, std::nullopt, true}};
  return t;
}

Table evidence_figures_table(const BuildView& view) {
  const CoverageReport& r = view.report;
  std::string age = std::to_string(view.aims.site.evidence_max_age_days);
  Table t;
  t.columns = {label_column("Figure"), number_column("Count")};
  // One row per evidence state (they add up to the items), named as the Evidence sheet's
  // state column names them.
  t.rows = {{text_cell("Evidence items"), count(r.evidence_items)}};
  for (std::size_t s = 0; s < kEvidenceStateCount; ++s)
    t.rows.push_back(
        {text_cell(std::string("Evidence ") + evidence_state_key(static_cast<EvidenceState>(s))),
         count(r.evidence_by_state[s])});
  t.rows.push_back(
      {text_cell("(stale: collected more than " + age + " days ago; expiring: within " +
                 std::to_string(kExpiringSoonDays) + " days)"),
       text_cell("")});
  t.rows.push_back(
      {text_cell("Readiness level judged at"), text_cell(readiness_name(view.report.readiness))});
  t.rows.push_back({text_cell("Check errors"), count(view.diagnostics.error_count())});
  t.rows.push_back({text_cell("Check warnings"), count(view.diagnostics.warning_count())});
  return t;
}

Table objective_status_table(const BuildView& view) {
  Table t;
  t.columns = {label_column("Annex A objective"),
               number_column("Implemented"),
               number_column("Partial"),
               number_column("Planned"),
               number_column("Excluded"),
               number_column("Not recorded"),
               number_column("Total")};
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
  t.columns = {label_column("Framework"), number_column("Items"),
               number_column("Covered"),  number_column("Partial"),
               number_column("Gap"),      {"Sheet", kSummaryFigureWidth, ColumnStyle::Plain}};
  for (const auto& s : sheets) {
    const FrameworkCoverage& c = s.coverage;
    t.rows.push_back({text_cell(c.framework->name), count(c.items.size()), count(c.covered),
                      count(c.partial), count(c.gap),
                      link_cell(sheet_link(s.sheet_name), s.sheet_name)});
  }
  return t;
}

}  // namespace aimsdoc
