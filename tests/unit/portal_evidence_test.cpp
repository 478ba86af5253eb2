// What an evidence item's page previews: the kind chosen by the file's type, the CSV
// table, the text the loader keeps for it. The pages themselves: portal_render_test.cpp.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "load/record_loader.hpp"
#include "render/portal/csv_table.hpp"
#include "util/inert_names.hpp"
#include "util/preview_kind.hpp"

using namespace aimsdoc;
using aimsdoc::portal::parse_csv;
namespace fs = std::filesystem;

namespace {

// A file under a fresh folder, located and read as an evidence item.
EvidenceItem located(const std::string& name, const std::string& bytes) {
  fs::path root = fs::temp_directory_path() / ("aimsdoc-evidence-" + std::to_string(::getpid()));
  fs::create_directories(root);
  std::ofstream(root / name, std::ios::binary) << bytes;
  EvidenceItem ev;
  ev.file = name;
  Diagnostics diags;
  locate_evidence_file(ev, {}, root, diags);
  fs::remove_all(root);
  CHECK_FALSE(diags.has_errors());
  return ev;
}

}  // namespace

TEST_CASE("the preview of an evidence file is chosen by its type") {
  CHECK(preview_kind("evidence/minutes.md") == PreviewKind::Markdown);
  CHECK(preview_kind("evidence/NOTES.Markdown") == PreviewKind::Markdown);
  CHECK(preview_kind("evidence/register.CSV") == PreviewKind::Csv);
  for (const char* text : {"a.txt", "b.log", "c.json", "d.yaml", "e.yml", "f.tsv"})
    CHECK(preview_kind(text) == PreviewKind::Text);
  for (const char* image : {"a.png", "b.JPG", "c.jpeg", "d.gif", "e.webp"})
    CHECK(preview_kind(image) == PreviewKind::Image);
  // Types a browser would run are published as text (inert_names.hpp) and previewed as
  // their source, escaped: an SVG is never shown as a picture.
  for (const char* active : {"diagram.svg", "page.html", "page.HTM", "data.xml"})
    CHECK(preview_kind(active) == PreviewKind::Text);
  // Nothing published as text because a browser would run it is shown as an image.
  for (const char* active : {"a.html", "a.HTM", "b/c.xhtml", "d.svg", "e.xml", "f.xsl", "g.mht",
                             "h.md", "README", "i.yaml", ".htaccess", "j.shtml", "k.png.html"}) {
    CHECK_FALSE(renders_inertly(active));
    CHECK(preview_kind(active) != PreviewKind::Image);
  }
  for (const char* none : {"report.pdf", "sheet.xlsx", "archive.zip", "README", ".hidden", "dir.md/file"})
    CHECK(preview_kind(none) == PreviewKind::None);
}

TEST_CASE("CSV is read as RFC 4180: quoted commas, line breaks and quotes") {
  auto t = parse_csv("name,note\n\"Smith, J\",\"said \"\"hi\"\"\nthen left\"\nplain,x\"y\n", 10, 10);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[0] == std::vector<std::string>{"name", "note"});
  CHECK(t.rows[1] == std::vector<std::string>{"Smith, J", "said \"hi\"\nthen left"});
  CHECK(t.rows[2] == std::vector<std::string>{"plain", "x\"y"});  // a stray quote is text
  CHECK(t.total_rows == 3);
  CHECK(t.total_columns == 2);
}

TEST_CASE("CSV rows may be ragged; blank lines and the last line break make no row") {
  auto t = parse_csv("a,b,c\n\n1\n1,2,3,4\n,\n", 10, 10);
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[1] == std::vector<std::string>{"1"});
  CHECK(t.rows[2].size() == 4);
  CHECK(t.rows[3] == std::vector<std::string>{"", ""});
  CHECK(t.total_columns == 4);
  CHECK(parse_csv("", 10, 10).total_rows == 0);
  CHECK(parse_csv("\"open quote,\nruns to the end", 10, 10).rows ==
        std::vector<std::vector<std::string>>{{"open quote,\nruns to the end"}});
}

TEST_CASE("CSV is cut at the row and column caps but counted whole") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "a,b,c,d,e\n";
  auto t = parse_csv(text, 5, 3);
  CHECK(t.rows.size() == 5);
  for (const auto& row : t.rows) CHECK(row.size() == 3);
  CHECK(t.total_rows == 50);
  CHECK(t.total_columns == 5);
}

TEST_CASE("the loader keeps a previewed file's text, within the cap, as UTF-8 text only") {
  EvidenceItem md = located("notes.md", "\xEF\xBB\xBF# Notes\r\nline\r\n");
  CHECK(md.preview == PreviewText::Kept);
  CHECK(md.preview_text == "# Notes\nline\n");  // BOM stripped, CRLF folded
  CHECK(md.size == 18);                           // the hash and size are of the bytes
  EvidenceItem big = located("big.csv", std::string(kMaxPreviewBytes + 1, 'x'));
  CHECK(big.preview == PreviewText::TooLarge);
  CHECK(big.preview_text.empty());
  CHECK(located("bytes.txt", std::string("a\x01\xFF", 3)).preview == PreviewText::NotText);
  std::string wide = "|", rule = "|";
  for (int i = 0; i < 101; ++i) wide += "a|", rule += "-|";
  CHECK(located("wide.md", wide + "\n" + rule + "\n").preview == PreviewText::TooComplex);
  CHECK(located("wide.txt", wide + "\n" + rule + "\n").preview == PreviewText::Kept);
  EvidenceItem pdf = located("report.pdf", "%PDF-1.7");
  CHECK(pdf.preview == PreviewText::NotKept);
  CHECK(pdf.preview_text.empty());
}
