// Issue 21, hardening round two: the helpers each class of failure was fixed in.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "build.hpp"
#include "load/markdown_limits.hpp"
#include "load/theme_loader.hpp"
#include "render/portal/mustache_data.hpp"
#include "render/portal/templates.hpp"
#include "util/diagnostic.hpp"
#include "util/inert_names.hpp"
#include "util/name_collisions.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

TEST_CASE("a finding is one line whatever its path and message hold") {
  Diagnostic d{{"content/x\nsite.yaml:1:1: error: forged [x]\r.md", 3, 1},
               Severity::Error,
               "r",
               "value 'a\tb\x1B[2J\xC2\x85\xE2\x80\xAEz\xFF'",
               ""};
  std::string line = format_diagnostic(d);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line ==
        "content/x\\nsite.yaml:1:1: error: forged [x]\\r.md:3:1: error: value "
        "'a\\tb\\x1B[2J\\u0085\\u202Ez\\xFF' [r]");
  CHECK(one_line("caf\xC3\xA9 \xE2\x80\x94 ok") == "caf\xC3\xA9 \xE2\x80\x94 ok");
}

TEST_CASE("findings past the limit per file become one summary finding") {
  Diagnostics part, all;
  for (int i = 0; i < 5000; ++i) part.error({"content/a.md", i + 1, 1}, "link.broken", "x");
  part.warning({"content/b.md", 1, 1}, "w", "y");
  all.append(part);
  for (int i = 0; i < 10; ++i) all.warning({"content/a.md", 1, 1}, "late", std::to_string(i));
  all.sort();
  all.sort();  // a second sort does not add a second summary
  CHECK(all.items().size() == kMaxFindingsPerFile + 2);
  CHECK(all.error_count() == kMaxFindingsPerFile + 1);
  const auto& summary = all.items()[0];  // no line: first of its file
  CHECK(summary.rule == "input.findings");
  CHECK(summary.message.rfind(std::to_string(5010 - kMaxFindingsPerFile) + " more findings", 0) ==
        0);
}

TEST_CASE("evidence of a type a browser may run is published as text") {
  for (const char* active : {"a.html", "a.HTM", "b/c.xhtml", "d.svg", "e.xml", "f.xsl", "g.mht",
                             "h.md", "README", "i.yaml", ".htaccess", "j.shtml", "k.pdf.html"})
    CHECK(inert_name(active) == std::string(active) + ".txt");
  for (const char* inert : {"a.pdf", "b.PNG", "c/d.txt", "e.csv", "f.xlsx", "g.json", "h.tar.gz"})
    CHECK(inert_name(inert) == inert);
}

TEST_CASE("names that differ only in case or normalization share a collision key") {
  CHECK(collision_key("POL-1") == collision_key("pol-1"));
  CHECK(collision_key("caf\xC3\xA9.txt") == collision_key("cafe\xCC\x81.txt"));  // NFC, NFD
  CHECK(collision_key("\xC3\x84rger") == collision_key("\xC3\xA4RGER"));         // Ä, ä
  CHECK(collision_key("Stra\xC3\x9F"
                      "e") == collision_key("STRASSE"));
  CHECK(collision_key("POL-1") != collision_key("POL-2"));
}

TEST_CASE("configured paths are resolved after symlinks, for files and folders") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-paths-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp / "root/theme");
  fs::create_directories(tmp / "outside/theme");
  std::ofstream(tmp / "root/catalog.yaml") << "x";
  std::ofstream(tmp / "outside/catalog.yaml") << "x";
  fs::create_directory_symlink(tmp / "outside", tmp / "root/link");
  fs::path root = tmp / "root";
  CHECK(check_configured_path(root, "catalog.yaml", PathKind::File) == PathProblem::None);
  CHECK(check_configured_path(root, "theme", PathKind::Folder) == PathProblem::None);
  CHECK(check_configured_path(root, "new/site", PathKind::NewOrFolder) == PathProblem::None);
  CHECK(check_configured_path(root, "link/catalog.yaml", PathKind::File) ==
        PathProblem::SymlinkOutside);
  CHECK(check_configured_path(root, "link/theme", PathKind::Folder) == PathProblem::SymlinkOutside);
  CHECK(check_configured_path(root, "link/site", PathKind::NewOrFolder) ==
        PathProblem::SymlinkOutside);
  CHECK(check_configured_path(root, "link", PathKind::NewOrFolder) == PathProblem::SymlinkOutside);
  CHECK(check_configured_path(root, "catalog.yaml", PathKind::Folder) == PathProblem::NotAFolder);
  CHECK(check_configured_path(root, "none", PathKind::Folder) == PathProblem::Missing);
  CHECK(check_configured_path(root, "theme/..", PathKind::NewOrFolder) == PathProblem::IsRoot);
  fs::remove_all(tmp);
}

TEST_CASE("Markdown that cmark-gfm renders superlinearly is refused, located") {
  Diagnostics d;
  CHECK(markdown_within_limits("| a | b |\n|---|---|\n| 1 | 2 |\n", "p.md", 5, d));
  std::string wide = "text\n\n|" + std::string(300, 'a') + "\n|";
  for (int i = 0; i < 150; ++i) wide += "-|";
  CHECK_FALSE(markdown_within_limits(wide + "\n", "p.md", 5, d));
  REQUIRE(d.items().size() == 1);
  CHECK(format_diagnostic(d.items()[0]).rfind("p.md:8:1: error: a table of 150 columns", 0) == 0);
  std::string tall = "|a|b|\n|-|-|\n";
  for (std::size_t i = 0; i < kMaxTableCells; ++i) tall += "|\n";
  CHECK_FALSE(markdown_within_limits(tall, "p.md", 1, d));
  std::string images;
  for (int i = 0; i < 5000; ++i) images += "![[]()";
  CHECK_FALSE(markdown_within_limits(images, "p.md", 1, d));
  std::string brackets(200000, '[');  // unclosed brackets alone cost cmark-gfm nothing
  CHECK(markdown_within_limits(brackets + "](x)", "p.md", 1, d));
}

TEST_CASE("templates nested too deep are refused before they are compiled") {
  Diagnostics d;
  std::string ok = "{{#a}}{{#b}}x{{/b}}{{/a}}";
  CHECK(template_within_limits(ok, "t/templates/x.mustache", d));
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "{{#s}}\n";
  CHECK_FALSE(template_within_limits(deep, "t/templates/x.mustache", d));
  REQUIRE(d.items().size() == 1);
  CHECK(format_diagnostic(d.items()[0]) ==
        "t/templates/x.mustache:33:1: error: sections nested more than 32 deep; flatten the "
        "template [theme.template]");
  std::string changed = "{{=<% %>=}}";  // delimiters changed: still counted
  for (int i = 0; i < 40; ++i) changed += "<%^s%>";
  CHECK_FALSE(template_within_limits(changed, "t/templates/y.mustache", d));
}

TEST_CASE("a template expanding exponentially stops with a located error") {
  using namespace aimsdoc::portal;
  Data data;
  List items;
  for (int i = 0; i < 20; ++i) items.push_back(Data("x"));
  data.set("l", list_data(std::move(items)));
  std::string tmpl;
  for (int i = 0; i < 12; ++i) tmpl += "{{#l}}";
  tmpl += "{{.}}";
  for (int i = 0; i < 12; ++i) tmpl += "{{/l}}";
  reset_template_budget();
  CHECK_THROWS_AS(render_once(tmpl, data), TemplateTooLarge);
  reset_template_budget();
  CHECK(render_once("{{#l}}{{.}}{{/l}}", data) == std::string(20, 'x'));
}

namespace {

// A copy of tests/fixtures/_base, removed at the end.
struct ScratchAims {
  fs::path dir = fs::temp_directory_path() / ("aimsdoc-round2-" + std::to_string(::getpid()));
  fs::path root = dir / "aims";
  ScratchAims() {
    fs::remove_all(dir);
    fs::create_directories(dir);
    fs::copy(fs::path(AIMSDOC_FIXTURES) / "_base", root, fs::copy_options::recursive);
  }
  ~ScratchAims() { fs::remove_all(dir); }
  void write(const std::string& rel, const std::string& text) const {
    std::ofstream(root / rel, std::ios::binary | std::ios::trunc) << text;
  }
};

std::vector<std::string> rules_of(const Diagnostics& d, Severity severity) {
  std::vector<std::string> rules;
  for (const auto& item : d.items())
    if (item.severity == severity) rules.push_back(item.rule);
  return rules;
}

}  // namespace

TEST_CASE("an input replaced between the check and the copy stops the build (evidence.changed)") {
  ScratchAims aims;
  aims.write("content/flow.csv", "step,owner\n1,risk\n");
  std::ofstream(aims.root / "content/ops.md", std::ios::app) << "\nThe [flow](flow.csv).\n";
  CheckedAims checked = load_and_check(aims.root);
  REQUIRE_FALSE(checked.unusable);
  REQUIRE(rules_of(checked.diagnostics, Severity::Error).empty());
  REQUIRE(checked.aims.assets.size() == 1);
  // What an export job does while the build runs: a new version renamed in.
  aims.write("evidence/A.1.1.txt", "the next version\n");
  aims.write("content/flow.csv", "step,owner\n1,risk\n2,audit\n");
  fs::path out = aims.dir / "site";
  BuildResult result = build_outputs(checked, out, {});
  CHECK_FALSE(result.published);
  CHECK(result.error.find("changed while the build ran") != std::string::npos);
  CHECK_FALSE(fs::exists(out));  // nothing published, no half-written portal
  std::vector<std::string> changed;
  for (const auto& d : checked.diagnostics.items())
    if (d.rule == "evidence.changed") changed.push_back(d.location.to_string() + " " + d.message);
  REQUIRE(changed.size() == 2);
  CHECK(changed[0].rfind("content/flow.csv linked file 'content/flow.csv' changed", 0) == 0);
  CHECK(changed[1].rfind("controls/A.1.1.yaml:", 0) == 0);
  CHECK(changed[1].find("evidence file 'evidence/A.1.1.txt' changed") != std::string::npos);

  // Built again once it is final: the manifest is true of the files published.
  CheckedAims again = load_and_check(aims.root);
  BuildResult second = build_outputs(again, out, {});
  if (second.cache_written.valid()) second.cache_written.wait();
  if (second.old_portal_removed.valid()) second.old_portal_removed.wait();
  CHECK(second.published);
  CHECK(rules_of(again.diagnostics, Severity::Error).empty());
}
