// render_portal end to end through an in-memory FileSink, over tests/portal/fixture.
#include <catch2/catch.hpp>

#include <map>
#include <mutex>

#include "pipeline.hpp"
#include "render/renderers.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

class MemorySink final : public FileSink {
 public:
  void write(const std::string& path, std::string_view bytes) override {
    std::lock_guard<std::mutex> lock(mutex_);
    files[path] = std::string(bytes);
  }
  void copy(const std::string& path, const fs::path& source) override {
    std::lock_guard<std::mutex> lock(mutex_);
    copies[path] = source.lexically_normal().generic_string();
  }
  void write_with(const std::string&, const std::function<bool(const fs::path&)>&) override {}

  std::map<std::string, std::string> files, copies;

 private:
  std::mutex mutex_;
};

const fs::path kFixture = fs::path(AIMSDOC_SOURCE_DIR) / "tests/portal/fixture";

struct Rendered {
  CheckedAims checked;
  MemorySink sink;
  Diagnostics diags;
};

std::unique_ptr<Rendered> render_fixture() {
  auto r = std::make_unique<Rendered>();
  r->checked = load_and_check(kFixture);
  BuildView view{r->checked.aims, r->checked.report, r->checked.diagnostics, kFixture};
  render_portal(view, r->sink, r->diags);
  return r;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the portal has a page per requirement, policy and framework plus the registers") {
  auto r = render_fixture();
  CHECK_FALSE(r->diags.has_errors());
  for (const char* page : {"index.html", "gaps.html", "clauses.html", "soa.html", "policies.html",
                           "evidence.html", "owners.html", "clauses/4.1.html", "clauses/4.2.html",
                           "controls/A.2.2.html", "controls/A.2.3.html", "controls/A.2.4.html",
                           "policies/POL-AI.html", "policies/POL-RISK.html", "frameworks/ext.html",
                           "assets/portal.css", "assets/portal.js", "assets/search-index.js"})
    CHECK(r->sink.files.count(page) == 1);
}

TEST_CASE("two renders of the same model are identical, page for page") {
  auto a = render_fixture();
  auto b = render_fixture();
  CHECK(a->sink.files == b->sink.files);
  CHECK(a->sink.copies == b->sink.copies);
}

// A Markdown file is a type browsers may sniff as HTML: published as .md.txt, inert.
TEST_CASE("evidence files are copied under files/ from the AIMS root") {
  auto r = render_fixture();
  REQUIRE(r->sink.copies.size() == 2);
  CHECK(r->sink.copies.at("files/evidence/board/minutes-2026.md.txt") ==
        (kFixture / "evidence/board/minutes-2026.md").lexically_normal().generic_string());
  const auto& page = r->sink.files.at("controls/A.2.2.html");
  CHECK(contains(page, "href=\"../files/evidence/board/minutes-2026.md.txt\""));
  CHECK(contains(page, r->checked.aims.find_requirement("A.2.2")->record.evidence[0].sha256));
}

TEST_CASE("links between policies and to evidence files point at their portal pages") {
  auto r = render_fixture();
  const auto& page = r->sink.files.at("policies/POL-AI.html");
  CHECK(contains(page, "href=\"POL-RISK.html#2-scoring\""));
  CHECK(contains(page, "href=\"../files/evidence/board/context%20register.csv\""));
  CHECK(contains(r->sink.files.at("clauses/4.1.html"), "href=\"../policies/POL-RISK.html\""));
  CHECK(contains(r->sink.files.at("index.html"), "href=\"policies/POL-AI.html\""));
}

TEST_CASE("requirement pages list their external mappings, framework pages the derived state") {
  auto r = render_fixture();
  CHECK(contains(r->sink.files.at("controls/A.2.2.html"), "href=\"../frameworks/ext.html#item-Art.2\""));
  const auto& fw = r->sink.files.at("frameworks/ext.html");
  CHECK(contains(fw, "id=\"item-Art.1\""));
  // Art.1: 4.1 (equivalent) is conformant but 4.2 is a gap, so only partial.
  CHECK(contains(fw, "<span class=\"badge cov-partial\">Partial</span>"));
  CHECK_FALSE(contains(fw, "cov-covered"));
  CHECK(contains(fw, "href=\"https://example.org/crosswalk\""));
  CHECK_FALSE(contains(fw, "javascript:"));  // the catalog's url is not a web address
}

TEST_CASE("the search index holds policy body words and every kind of entry") {
  auto r = render_fixture();
  const auto& js = r->sink.files.at("assets/search-index.js");
  CHECK(contains(js, "[\"policy\",\"POL-RISK\",\"Risk Method\",\"policies/POL-RISK.html\"]"));
  CHECK(contains(js, "likelihood"));  // only in POL-RISK's body
  CHECK(contains(js, "[\"control\",\"A.2.2\""));
  CHECK(contains(js, "[\"evidence\",\"EV-4.1-01\""));
  CHECK(contains(js, "[\"ExtReg\",\"Art.1\""));
}

// The fixture's Markdown and CSV evidence carry a <script> and javascript: links.
TEST_CASE("each evidence item has a page the register links to; it links the raw file") {
  auto r = render_fixture();
  const auto& pages = r->sink.files;
  const auto& reg = pages.at("evidence.html");
  CHECK(contains(reg, "href=\"evidence/EV-A.2.2-01.html\""));
  CHECK(contains(reg, "href=\"evidence/EV-4.1-01.html\""));
  CHECK_FALSE(contains(reg, "href=\"files/"));  // the register links pages, not files
  CHECK(contains(pages.at("controls/A.2.2.html"), "href=\"../evidence/EV-A.2.2-01.html\""));
  const auto& md = pages.at("evidence/EV-A.2.2-01.html");
  CHECK(contains(md, "href=\"../files/evidence/board/minutes-2026.md.txt\""));
  CHECK(contains(md, "id=\"evidence-sha256\""));
  CHECK(contains(md, "data-copy-target=\"evidence-sha256\""));
  CHECK(contains(md, "href=\"../controls/A.2.2.html\""));
  const auto& url = pages.at("evidence/EV-4.2-01.html");
  CHECK_FALSE(contains(url, "href=\"../files/"));
  CHECK(contains(url, "https://intranet.example.com/aims/scope"));
}

TEST_CASE("a Markdown evidence file is previewed as sanitized HTML") {
  auto r = render_fixture();
  const auto& md = r->sink.files.at("evidence/EV-A.2.2-01.html");
  CHECK(contains(md, "id=\"minutes-of-the-board"));
  CHECK(contains(md, "<table>"));
  CHECK(contains(md, "href=\"../policies/POL-RISK.html\""));  // its relative link, rewritten
  CHECK_FALSE(contains(md, "<script>alert"));
  CHECK_FALSE(contains(md, "javascript:"));
  CHECK(contains(md, "open the recording"));
}

TEST_CASE("a CSV evidence file is previewed as an escaped table") {
  auto r = render_fixture();
  const auto& csv = r->sink.files.at("evidence/EV-4.1-01.html");
  CHECK(contains(csv, "<th scope=\"col\">factor</th>"));
  CHECK(contains(csv, "<td>EU AI Act, Art. 9</td>"));
  CHECK(contains(csv, "<td>two\nlines</td>"));
  CHECK(contains(csv, "&lt;script&gt;alert(&quot;csv&quot;)&lt;/script&gt;"));
  CHECK_FALSE(contains(csv, "<script>alert"));
  CHECK_FALSE(contains(csv, "href=\"javascript:"));
  CHECK(contains(csv, "<td>ragged</td><td>row</td><td></td>"));  // padded to the width
}
