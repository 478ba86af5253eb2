#include "render/workbook/summary_sheet.hpp"

#include "render/site_paths.hpp"
#include "render/workbook/scope_text.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/workbook_links.hpp"

namespace aimsdoc {
namespace {

constexpr lxw_col_t kLastColumn = 7;  // A..H: a label column and seven figure columns
// Merged paragraphs span A..H; their rows get heights estimated for that width.
constexpr double kParagraphWidth = kSummaryLabelWidth + 7 * kSummaryFigureWidth;

// Writes the summary top to bottom, one row after another.
struct SummaryLayout {
  lxw_worksheet* ws;
  const WorkbookFormats& f;
  WriteStatus& status;
  lxw_row_t row = 0;

  void line(const std::string& text, lxw_format* fmt) {
    status.note(worksheet_write_string(ws, row++, 0, fit_cell_text(text).c_str(), fmt), "summary");
  }
  void section(const char* title) {
    ++row;
    for (lxw_col_t c = 0; c <= kLastColumn; ++c)
      status.note(worksheet_write_string(ws, row, c, c == 0 ? title : "", f.section), "section");
    ++row;
  }
  void fact(const char* label, const Cell& value) {
    status.note(worksheet_write_string(ws, row, 0, label, f.label), "fact");
    if (value.kind == Cell::Kind::Link)
      status.note(worksheet_write_url_opt(ws, row, 1, value.url.c_str(), nullptr,
                                          value.text.c_str(), nullptr),
                  "link");
    else
      status.note(worksheet_write_string(ws, row, 1, value.text.c_str(), f.value), "fact");
    ++row;
  }
  void paragraph(const std::string& text) {
    std::string fitted = fit_cell_text(text);
    status.note(worksheet_merge_range(ws, row, 0, row, kLastColumn, fitted.c_str(), f.paragraph),
                "paragraph");
    status.note(
        worksheet_set_row(
            ws, row, row_height_for_lines(wrapped_line_count(fitted, kParagraphWidth)), nullptr),
        "row height");
    ++row;
  }
  void table(const Table& t) { row = write_table(ws, f, t, row, status); }
};

void write_facts(SummaryLayout& out, const BuildView& view) {
  const Aims& aims = view.aims;
  out.line("Statement of Applicability", out.f.title);
  out.line(aims.site.organization + " \xC2\xB7 " + aims.primary.name + " AI management system",
           out.f.subtitle);
  ++out.row;
  out.fact("Organization", text_cell(aims.site.organization));
  out.fact("Framework", text_cell(aims.primary.name));
  out.fact("Build date", text_cell(aims.reference_date().to_string()));
  const SoaControl& soa = aims.site.soa;
  out.fact("SoA version", text_cell(soa_fact(soa.version)));
  out.fact("Approved by", text_cell(soa_fact(soa.approved_by)));
  out.fact("Approved on", text_cell(soa_fact(soa.approved_on ? soa.approved_on->to_string() : "")));
  out.fact("Classification", text_cell(soa_fact(soa.classification)));
  out.fact("Evidence age policy",
           text_cell(std::to_string(aims.site.evidence_max_age_days) + " days"));
  const std::string& base = aims.site.base_url;
  out.fact("Evidence portal",
           link_cell(portal_link(base, kDashboardPage),
                     base.empty() ? std::string(kDashboardPage) + " (beside this file)"
                                  : portal_link(base, kDashboardPage)));
}

void write_crosswalk_sources(SummaryLayout& out, const Aims& aims,
                             const std::vector<FrameworkSheet>& sheets) {
  for (const auto& cw : aims.crosswalks) {
    bool shown = false;
    for (const auto& s : sheets) shown = shown || s.coverage.framework->id == cw.to_framework;
    if (!shown) continue;
    std::string text = "Crosswalk: " + cw.title + " (" + cw.source_path + ")";
    for (const auto& [key, src] : cw.sources)
      text += "\n\xE2\x80\xA2 " + key + ": " + src.title +
              (src.authority.empty() ? "" : " \xE2\x80\x94 " + src.authority) +
              (src.url.empty() ? "" : " \xE2\x80\x94 " + src.url);
    out.paragraph(text);
  }
}

}  // namespace

void write_summary_sheet(lxw_workbook* wb, const WorkbookFormats& f, const BuildView& view,
                         const std::vector<FrameworkSheet>& frameworks, const PageTexts& page,
                         WriteStatus& status) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kSummarySheet);
  if (!ws) return status.fail("libxlsxwriter could not add the summary sheet");
  worksheet_set_column(ws, 0, 0, kSummaryLabelWidth, nullptr);
  worksheet_set_column(ws, 1, kLastColumn, kSummaryFigureWidth, nullptr);
  worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
  SummaryLayout out{ws, f, status};
  write_facts(out, view);
  out.section("Coverage");
  out.table(coverage_figures_table(view));
  out.section("Evidence and findings");
  out.table(evidence_figures_table(view));
  // The chart and its table start a printed page of their own rather than split across two.
  lxw_row_t chart_page[] = {out.row + 1, 0};
  worksheet_set_h_pagebreaks(ws, chart_page);
  out.section("Annex A controls by objective and status");
  out.row = write_objective_chart(wb, ws, f, view, out.row, status);
  if (!frameworks.empty()) {
    out.section("Other frameworks, derived through crosswalks");
    out.table(framework_figures_table(frameworks));
    ++out.row;
    write_crosswalk_sources(out, view.aims, frameworks);
  }
  out.section("Scope of the AI management system");
  for (const auto& p : markdown_paragraphs(view.aims.site.scope_markdown)) out.paragraph(p);
  set_print_layout(ws, std::nullopt, page, status);
}

}  // namespace aimsdoc
