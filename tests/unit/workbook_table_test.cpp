// The workbook's small rules: cell text limits, row heights, links, sheet names, markdown.
#include <catch2/catch.hpp>

#include "render//workbook/scope_text.hpp"
#include "render/site_paths.hpp"
#include "render/workbook/sheet_tables.hpp"
#include "render/workbook/table.hpp"
#include "render/workbook/workbook_links.hpp"
#include "util/text.hpp"

using namespace aimsdoc;

TEST_CASE("text longer than Excel's cell limit is cut at a character boundary") {
  std::string text(32766, 'a');
  text += "\xC3\xA9\xC3\xA9";  // two 2-byte characters straddle the limit
  std::string fitted = fit_cell_text(text);
  REQUIRE(fitted.size() <= 32767);
  REQUIRE(fitted.substr(fitted.size() - 3) == "\xE2\x80\xA6");
  REQUIRE(find_invalid_utf8(fitted) == std::string::npos);
  REQUIRE(fit_cell_text("=1+1") == "=1+1");
}

TEST_CASE("text cells keep formula-like text as text") {
  Cell c = text_cell("=HYPERLINK(\"x\")");
  REQUIRE(c.kind == Cell::Kind::Text);
  REQUIRE(c.text == "=HYPERLINK(\"x\")");
  REQUIRE(date_cell(std::nullopt).kind == Cell::Kind::Empty);
}

TEST_CASE("wrapped lines are estimated per line of text") {
  REQUIRE(wrapped_line_count("", 10) == 1);
  REQUIRE(wrapped_line_count("short", 10) == 1);
  REQUIRE(wrapped_line_count("one\ntwo\nthree", 10) == 3);
  REQUIRE(wrapped_line_count(std::string(100, 'x'), 10) == 10);  // 10 characters a line
}

TEST_CASE("Excel serial days count from 1899-12-30") {
  REQUIRE(excel_serial(Date{1970, 1, 1}) == 25569);
  REQUIRE(excel_serial(Date{2026, 6, 1}) == 46174);
}

TEST_CASE("anchor links escape the page path and keep the fragment") {
  REQUIRE(anchor_link("frameworks/eu-ai-act.html#item-Art.9") ==
          "frameworks/eu-ai-act.html#item-Art.9");
  REQUIRE(anchor_link("frameworks/a b.html#item-x") == "frameworks/a%20b.html#item-x");
  REQUIRE(anchor_link("controls/A.2.2.html") == "controls/A.2.2.html");
}

TEST_CASE("only web and mail addresses become hyperlinks") {
  REQUIRE(safe_external_url("https://example.com/x?a=1&b=2") == "https://example.com/x?a=1&b=2");
  REQUIRE(safe_external_url("HTTP://EXAMPLE.COM") == "HTTP://EXAMPLE.COM");
  REQUIRE(safe_external_url("mailto:dpo@example.com"));
  REQUIRE_FALSE(safe_external_url("javascript:alert(1)"));
  REQUIRE_FALSE(safe_external_url("file:///etc/passwd"));
  REQUIRE_FALSE(safe_external_url("https://example.com/a b"));
  REQUIRE_FALSE(safe_external_url("https://example.com/" + std::string(2100, 'x')));
}

TEST_CASE("framework sheet names follow Excel's rules") {
  std::vector<std::string> taken = {"Summary", "Gaps"};
  Framework f;
  f.id = "x";
  f.short_name = "'=Hostile: FW/1*[v2]?'";
  REQUIRE(framework_sheet_name(f, taken) == "=Hostile- FW-1--v2--");
  f.short_name = "gaps";
  REQUIRE(framework_sheet_name(f, taken) == "gaps (2)");
  f.short_name = "History";
  REQUIRE(framework_sheet_name(f, taken) == "History (2)");
  f.short_name = std::string(40, 'N');
  REQUIRE(framework_sheet_name(f, taken) == std::string(31, 'N'));
  REQUIRE(framework_sheet_name(f, taken) == std::string(27, 'N') + " (2)");
  f.short_name = "";
  f.name = "";
  REQUIRE(framework_sheet_name(f, taken) == "x");
}

TEST_CASE("scope markdown becomes plain paragraphs") {
  auto paragraphs = markdown_paragraphs(
      "**Scope.** All =SUM(A1)\nsystems.\n\n| System | Use |\n|---|---|\n| =cmd | -1 |\n\n"
      "- first\n- second *item*\n");
  REQUIRE(paragraphs.size() == 3);
  REQUIRE(paragraphs[0] == "Scope. All =SUM(A1) systems.");
  REQUIRE(paragraphs[1] == "System: =cmd; Use: -1");
  REQUIRE(paragraphs[2] == "\xE2\x80\xA2 first\n\xE2\x80\xA2 second item");
}
