// render_portal end to end through an in-memory FileSink, over tests/portal/fixture.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <set>

#include "output/manifest.hpp"
#include "pipeline.hpp"
#include "render/renderers.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

class MemorySink final : public FileSink {
 public:
  void publish(const std::string& path, const FileKeys&,
               const std::function<std::string()>& make) override {
    std::string bytes = make();
    std::lock_guard<std::mutex> lock(mutex_);
    files[path] = std::move(bytes);
  }
  void copy(const std::string& path, const fs::path& source, const std::string&) override {
    std::lock_guard<std::mutex> lock(mutex_);
    copies[path] = source.lexically_normal().generic_string();
  }
  void write_with(const std::string&, const std::string&,
                  const std::function<bool(const fs::path&)>&) override {}

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

// `confidential`: evidence ids to mark `confidential: true` before rendering.
std::unique_ptr<Rendered> render_fixture(Audience audience = Audience::Auditor,
                                         const std::set<std::string>& confidential = {}) {
  auto r = std::make_unique<Rendered>();
  r->checked = load_and_check(kFixture);
  for (auto& req : r->checked.aims.requirements)
    for (auto& ev : req.record.evidence) ev.confidential = confidential.count(ev.id) > 0;
  BuildView view{r->checked.aims,  r->checked.report, r->checked.diagnostics,
                 r->checked.theme, kFixture,          audience};
  withhold_confidential(view);
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
  CHECK(contains(r->sink.files.at("controls/A.2.2.html"),
                 "href=\"../frameworks/ext.html#item-Art.2\""));
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
  // The fixture is small: one shard of keys, one of entries, both listed in the manifest.
  const auto& manifest = r->sink.files.at("assets/search-index.js");
  std::string keys, rows;
  for (const auto& [path, bytes] : r->sink.files) {
    if (path.rfind("assets/search-k-", 0) == 0) keys += bytes;
    if (path.rfind("assets/search-e-", 0) == 0) rows += bytes;
    if (path.rfind("assets/search-", 0) == 0 && path != "assets/search-index.js")
      CHECK(contains(manifest, "\"" + path + "\"]"));
  }
  CHECK(contains(rows, "[\"policy\",\"POL-RISK\",\"Risk Method\",\"policies/POL-RISK.html\"]"));
  CHECK(contains(keys, "\"likelihoodw\""));  // only in POL-RISK's body
  CHECK(contains(rows, "[\"control\",\"A.2.2\""));
  CHECK(contains(rows, "[\"evidence\",\"EV-4.1-01\""));
  CHECK(contains(rows, "[\"ExtReg\",\"Art.1\""));
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
  CHECK(contains(md, "id=\"preview-minutes-of-the-board"));  // no id the page has
  CHECK(contains(md, "href=\"#preview-resolutions\""));      // and its links follow
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
  CHECK(contains(csv, "href=\"../policies/POL-AI.html\""));      // POL-AI links the file
}

TEST_CASE(
    "a public render writes the trust summary, the SoA, the register and framework pages only") {
  auto r = render_fixture(Audience::Public, {"EV-A.2.2-01"});
  CHECK_FALSE(r->diags.has_errors());
  std::set<std::string> pages;
  for (const auto& [path, bytes] : r->sink.files) pages.insert(path);
  CHECK(pages == std::set<std::string>{"index.html", "soa.html", "evidence.html",
                                       "frameworks/ext.html", "assets/portal.css",
                                       "assets/portal.js"});
  // Its framework page links requirements to their SoA rows: there are no control pages.
  CHECK(contains(r->sink.files.at("frameworks/ext.html"), "href=\"../soa.html#req-4.1\""));
  CHECK_FALSE(contains(r->sink.files.at("frameworks/ext.html"), "clauses/"));
  // The confidential item's file is not copied, the other evidence file is.
  CHECK(r->sink.copies.size() == 1);
  CHECK(r->sink.copies.count("files/evidence/board/context register.csv") == 1);
  const auto& ev = r->checked.aims.find_requirement("A.2.2")->record.evidence[0];
  const auto& reg = r->sink.files.at("evidence.html");
  CHECK(contains(reg, ev.sha256));
  CHECK_FALSE(contains(reg, "minutes-2026.md.txt"));
  CHECK(contains(reg, "data-confidential=\"true\""));
  CHECK(contains(r->sink.files.at("index.html"), "Public trust summary"));
  // Record notes are internal: the fixture's note on 4.1 is on its auditor page only.
  for (const auto& [path, bytes] : r->sink.files) CHECK_FALSE(contains(bytes, "Reviewed with the"));
  CHECK(contains(render_fixture()->sink.files.at("clauses/4.1.html"), "Reviewed with the"));
}

TEST_CASE("an auditor render publishes confidential evidence like any other") {
  auto r = render_fixture(Audience::Auditor, {"EV-A.2.2-01"});
  CHECK(r->sink.copies.count("files/evidence/board/minutes-2026.md.txt") == 1);
  CHECK(r->sink.files == render_fixture()->sink.files);
}

TEST_CASE("a public build withholds a file a confidential item names, whoever else names it") {
  auto checked = load_and_check(kFixture);
  auto& evidence = checked.aims.requirements[0].record.evidence;
  REQUIRE_FALSE(evidence.empty());
  EvidenceItem secret = evidence[0], same_file = evidence[0], same_bytes = evidence[0], other;
  secret.confidential = true;
  same_bytes.file = "elsewhere/copy.csv";
  other.file = "other.csv";
  other.sha256 = "00";
  evidence = {secret};
  BuildView view{checked.aims,  checked.report, checked.diagnostics,
                 checked.theme, kFixture,       Audience::Public};
  withhold_confidential(view);
  CHECK_FALSE(publishes_evidence_file(view, secret));
  CHECK_FALSE(publishes_evidence_file(view, same_file));
  CHECK_FALSE(publishes_evidence_file(view, same_bytes));
  CHECK(publishes_evidence_file(view, other));
  view.audience = Audience::Auditor;
  withhold_confidential(view);
  CHECK(publishes_evidence_file(view, secret));
}

TEST_CASE("a public manifest says its audience and gives a withheld file no path") {
  auto checked = load_and_check(kFixture);
  EvidenceItem* found = nullptr;
  for (auto& req : checked.aims.requirements)
    if (req.id() == "A.2.2") found = &req.record.evidence[0];
  REQUIRE(found);
  EvidenceItem& ev = *found;
  ev.confidential = true;
  BuildView view{checked.aims,  checked.report, checked.diagnostics,
                 checked.theme, kFixture,       Audience::Public};
  withhold_confidential(view);
  std::string manifest = render_manifest(view, {});
  CHECK(contains(manifest, "\"audience\": \"public\""));
  CHECK(contains(manifest,
                 "\"id\": \"EV-A.2.2-01\", \"requirement\": \"A.2.2\", \"title\": "
                 "\"Board minutes approving the AI policy\", \"confidential\": true, "
                 "\"source\": \"evidence/board/minutes-2026.md\", \"size\": "));
  CHECK(contains(manifest, ev.sha256));
  CHECK_FALSE(contains(manifest, "minutes-2026.md.txt"));
  view.audience = Audience::Auditor;
  withhold_confidential(view);
  std::string auditor = render_manifest(view, {});
  CHECK_FALSE(contains(auditor, "\"audience\""));
  CHECK(contains(auditor, "minutes-2026.md.txt"));
}

TEST_CASE("health by objective tallies every requirement once, under its top-level group") {
  auto checked = load_and_check(kFixture);
  const CoverageReport& report = checked.report;
  std::size_t total = 0, gap = 0;
  for (const GroupTally& g : report.groups) {
    total += g.tally.total;
    gap += g.tally.gap;
    CHECK(g.tally.conformant + g.tally.partial + g.tally.gap + g.tally.excluded == g.tally.total);
  }
  CHECK(total == report.clauses.total + report.controls.total);
  CHECK(gap == report.clauses.gap + report.controls.gap);
  REQUIRE_FALSE(report.groups.empty());
  CHECK(report.groups[0].id == "4");
}

TEST_CASE("audience names round-trip; anything else is no audience") {
  for (Audience a : {Audience::Auditor, Audience::Public})
    CHECK(parse_audience(audience_name(a)) == a);
  CHECK_FALSE(parse_audience("Public"));
  CHECK_FALSE(parse_audience(""));
}

// Bodies left in their files (AIMSDOC_BODY_MEMORY=0) are read again for their pages: the
// same portal; and a body edited since the load is an error, never a page of the new text.
TEST_CASE("a portal rendered from bodies read again is the same, and refuses a body edited since") {
  fs::path root = fs::temp_directory_path() / "aimsdoc-bodies-on-disk";
  fs::remove_all(root);
  fs::copy(kFixture, root, fs::copy_options::recursive);
  ::setenv("AIMSDOC_BODY_MEMORY", "0", 1);
  CheckedAims checked = load_and_check(root);
  ::unsetenv("AIMSDOC_BODY_MEMORY");
  REQUIRE_FALSE(checked.aims.policies.front().body.held());
  BuildView view{checked.aims, checked.report, checked.diagnostics, checked.theme, root};
  MemorySink same;
  Diagnostics diags;
  render_portal(view, same, diags);
  CHECK_FALSE(diags.has_errors());
  CHECK(same.files == render_fixture()->sink.files);

  fs::path policy = root / "content/governance/ai-policy.md";
  std::string text;
  {
    std::ifstream in(policy, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto at = text.rfind('e');
  REQUIRE(at != std::string::npos);
  text[at] = 'E';  // the same size: only the bytes tell
  std::ofstream(policy, std::ios::binary) << text;
  MemorySink edited;
  Diagnostics refused;
  render_portal(view, edited, refused);
  bool reported = false;
  for (const auto& d : refused.items())
    reported |= d.rule == "input.unreadable" &&
                d.location.path == "content/governance/ai-policy.md" &&
                contains(d.message, "changed while the build was reading it");
  CHECK(reported);
  fs::remove_all(root);
}
