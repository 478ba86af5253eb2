// What each sheet says, built from the hostile workbook fixture (tests/workbook/fixture).
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "render/workbook/page_texts.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/summary_sheet.hpp"

using namespace aimsdoc;

namespace {

const CheckedAims& hostile() {
  static CheckedAims checked = load_and_check(AIMSDOC_SOURCE_DIR "/tests/workbook/fixture");
  return checked;
}

BuildView view() {
  const auto& c = hostile();
  return BuildView{c.aims, c.report, c.diagnostics, c.theme, c.root};
}

const std::vector<Cell>& row_of(const Table& t, const std::string& first_cell) {
  for (const auto& row : t.rows)
    if (row[0].text == first_cell) return row;
  FAIL("no row " << first_cell);
  throw;
}

const Cell& cell(const Table& t, const std::string& key, std::string_view header) {
  return row_of(t, key).at(t.column_index(header));
}

}  // namespace

TEST_CASE("the SoA has one row per Annex A control, with the record's own words") {
  Table t = soa_table(view());
  REQUIRE(t.rows.size() == 38);
  REQUIRE(t.rows.front()[0].text == "A.2.2");
  REQUIRE(t.rows.back()[0].text == "A.10.4");
  for (const auto& row : t.rows) REQUIRE(row.size() == t.columns.size());
  REQUIRE(cell(t, "A.2.2", "Justification for inclusion or exclusion").text ==
          "=HYPERLINK(\"http://evil.example\",\"click\")");
  REQUIRE(cell(t, "A.2.2", "Owner").text == "@SUM(1+1)*cmd|' /C calc'!A0\n-Head of =Things");
  REQUIRE(cell(t, "A.2.2", "Objective").text == "A.2 Policies related to AI");
  REQUIRE(cell(t, "A.7.3", "Applicable").text == "No");
  REQUIRE(cell(t, "A.7.3", "Status").text == "Excluded");
  REQUIRE(cell(t, "A.2.3", "Applicable").text.empty());  // no record: not yet decided
  REQUIRE(cell(t, "A.2.3", "Health").text == "gap");
  REQUIRE(cell(t, "A.3.2", "Newest evidence").date == Date{2026, 5, 1});
  const Cell& link = cell(t, "A.2.2", "Portal page");
  REQUIRE(link.kind == Cell::Kind::Link);
  // site.yaml's base_url (written without the final '/') makes portal links absolute.
  REQUIRE(link.url == "https://aims.hostile.example/portal/controls/A.2.2.html");
  REQUIRE(t.print_on_a3);
}

TEST_CASE("the SoA lists each control's evidence ids, one a line") {
  Table t = soa_table(view());
  const Requirement* a32 = nullptr;
  for (const auto& r : view().aims.requirements)
    if (r.id() == "A.3.2") a32 = &r;
  REQUIRE(a32);
  REQUIRE(a32->record.evidence.size() >= 1);
  std::string want;
  for (const auto& ev : a32->record.evidence) want += (want.empty() ? "" : "\n") + ev.id;
  REQUIRE(cell(t, "A.3.2", "Evidence").text == want);
  REQUIRE(cell(t, "A.2.3", "Evidence").text.empty());
}

TEST_CASE("page header and footer carry the document control, '&' escaped, within 255") {
  SiteConfig site;
  site.organization = "A & B";
  site.soa.version = "2.0";
  site.soa.approved_by = std::string(300, 'x');
  site.soa.approved_on = Date{2026, 5, 20};
  site.soa.classification = "Internal &P";
  PageTexts p = page_texts(site);
  REQUIRE(p.header == "&LA && B&CInternal &&P&RStatement of Applicability, version 2.0");
  REQUIRE(p.footer ==
          "&L&A&CApproved by " + std::string(40, 'x') + " on 2026-05-20&RPage &P of &N");
  site.organization = std::string(200, '&');
  site.soa.classification = std::string(200, '&');
  site.soa.version = std::string(200, '&');
  REQUIRE(page_texts(site).header.size() <= 255);
  REQUIRE(page_texts(SiteConfig{}).footer == "&L&A&CApproved by not recorded&RPage &P of &N");
}

TEST_CASE("the With gaps row is coloured only when some gap is counted") {
  Table t = coverage_figures_table(view());
  REQUIRE(t.highlights.size() == 1);
  REQUIRE(t.highlights[0].whole_row);
  REQUIRE(t.highlights[0].when_nonzero);
}

TEST_CASE("the SoA restricts applicable and status to the input vocabulary") {
  Table t = soa_table(view());
  REQUIRE(t.columns[t.column_index("Applicable")].choices == std::vector<std::string>{"Yes", "No"});
  REQUIRE(t.columns[t.column_index("Status")].choices ==
          std::vector<std::string>{"planned", "partial", "implemented"});
}

TEST_CASE("the clauses sheet lists clauses 4.1 to 10.2") {
  Table t = clauses_table(view());
  REQUIRE(t.rows.size() == 32);
  REQUIRE(t.rows.front()[0].text == "4.1");
  REQUIRE(t.rows.back()[0].text == "10.2");
  REQUIRE(cell(t, "4.1", "Policies").text == "POL-PLUS +Plus policy =1");
  REQUIRE(cell(t, "4.1", "Section").text == "4 Context of the organization");
}

TEST_CASE("the evidence register links files, web addresses only, and judges freshness") {
  Table t = evidence_table(view());
  REQUIRE(t.rows.size() == 6);
  REQUIRE(cell(t, "EV-HASH", "File or URL").url ==
          "https://aims.hostile.example/portal/files/evidence/a%20b%231.txt");
  REQUIRE(cell(t, "EV-URL", "File or URL").kind == Cell::Kind::Link);
  REQUIRE(cell(t, "EV-JS", "File or URL").kind == Cell::Kind::Text);
  REQUIRE(cell(t, "EV-STALE", "State").text == "stale");
  REQUIRE(cell(t, "EV-EXPIRED", "State").text == "expired");
  REQUIRE(cell(t, "EV-CONTEXT", "SHA-256").text.size() == 64);
}

TEST_CASE("the gaps sheet lists every finding and names the requirement") {
  const auto& c = hostile();
  Table t = gaps_table(view());
  REQUIRE(t.rows.size() == c.diagnostics.items().size());
  bool stale = false;
  for (const auto& row : t.rows)
    if (row[1].text == "evidence.stale") stale = row[0].text == "warning" && row[2].text == "A.3.2";
  REQUIRE(stale);
}

TEST_CASE("a crosswalk sheet has a row per mapping and one for each unmapped item") {
  const auto& c = hostile();
  auto frameworks = crosswalked_frameworks(c.aims);
  REQUIRE(frameworks.size() == 1);
  Table t = crosswalk_table(view(), compute_framework_coverage(c.aims, c.report, *frameworks[0]));
  REQUIRE(t.rows.size() == 4);  // H.1 twice, H.2, H.3
  REQUIRE(t.rows[0][0].text == "H.1");
  REQUIRE(t.rows[0][3].text == "partial");  // intersects and subset rows only: not enough
  REQUIRE(t.rows[0][4].text == "4.1");
  REQUIRE(t.rows[1][4].text == "A.2.2");
  REQUIRE(t.rows[1][7].text == "subset");
  REQUIRE(t.rows[3][0].text == "H.3");
  REQUIRE(t.rows[3][3].text == "not-mapped");
  REQUIRE(t.rows[3][4].kind == Cell::Kind::Empty);
}

TEST_CASE("the summary's objective table counts every control once") {
  Table t = objective_status_table(view());
  REQUIRE(t.rows.size() == 9);  // objectives A.2 ... A.10
  double total = 0;
  for (const auto& row : t.rows) total += row[6].number;
  REQUIRE(total == 38);
  REQUIRE(t.rows[0][0].text == "A.2 Policies related to AI");
  REQUIRE(t.rows[0][1].number == 1);  // A.2.2 implemented
  REQUIRE(t.rows[0][5].number == 2);  // A.2.3, A.2.4 not recorded
}
