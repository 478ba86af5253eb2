// The theme is read once, in the load stage (load/theme_loader.cpp): what the renderer gets.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "load/theme_loader.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

struct ThemeFolder {
  ThemeFolder() {
    fs::remove_all(tmp);
    for (const char* dir : {"root/t/templates", "root/t/assets/img", "outside/dir"})
      fs::create_directories(tmp / dir);
  }
  ~ThemeFolder() { fs::remove_all(tmp); }
  void write(const std::string& rel, const std::string& text) {
    std::ofstream(tmp / rel, std::ios::binary) << text;
  }
  Theme load(Diagnostics& diags) {
    site.theme = "t";
    return load_theme(tmp / "root", site, diags);
  }
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-theme-" + std::to_string(::getpid()));
  SiteConfig site;
};

}  // namespace

TEST_CASE("a user theme's files replace the default's; symlinked assets are left out, in order") {
  ThemeFolder f;
  f.write("root/t/templates/policy.mustache", "<p>{{title}}</p>\r\n");  // kept as written
  f.write("root/t/assets/portal.css", "/* mine */");
  f.write("root/t/assets/img/logo.svg", "<svg/>");
  f.write("root/t/labels.yaml", "health.gap: Lacune\n");
  f.write("outside/secret.txt", "secret");
  fs::create_symlink(f.tmp / "outside/secret.txt", f.tmp / "root/t/assets/leak.txt");
  fs::create_directory_symlink(f.tmp / "outside/dir", f.tmp / "root/t/assets/linked");
  Diagnostics diags;
  Theme theme = f.load(diags);
  CHECK(diags.items().empty());
  CHECK(f.site.theme_usable);
  const auto& policy = theme.templates().at("policy");
  CHECK(policy.text == "<p>{{title}}</p>\r\n");
  CHECK(policy.origin == "t/templates/policy.mustache");
  CHECK(theme.templates().at("layout").origin == "themes/default/templates/layout.mustache");
  std::vector<std::string> paths;
  for (const auto& a : theme.assets()) paths.push_back(a.output_path);
  CHECK(paths ==
        std::vector<std::string>{"assets/img/logo.svg", "assets/portal.css", "assets/portal.js"});
  CHECK(theme.assets()[1].user_file == f.tmp / "root/t/assets/portal.css");
  CHECK(theme.assets()[2].user_file.empty());
  CHECK(theme.labels()("health", "gap") == "Lacune");
  CHECK(theme.labels()("health", "partial") == "Partial");  // the default's word

  Theme some = theme.only({"policy", "nowhere"}, {"site.yaml", 1, 1}, diags);
  CHECK(some.templates().size() == 1);
  REQUIRE(diags.items().size() == 1);
  CHECK(format_diagnostic(diags.items()[0]) ==
        "site.yaml:1:1: error: no template 'templates/nowhere.mustache' in the theme "
        "[theme.template]");
}

TEST_CASE("a theme that would stop the build is reported by the load, and marked unusable") {
  ThemeFolder f;
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "{{#s}}";
  f.write("root/t/templates/risk.mustache", deep);
  Diagnostics diags;
  CHECK(f.load(diags).templates().empty());
  CHECK_FALSE(f.site.theme_usable);
  REQUIRE(diags.items().size() == 1);
  CHECK(diags.items()[0].rule == "theme.template");
  CHECK(diags.items()[0].location.path == "t/templates/risk.mustache");

  fs::remove(f.tmp / "root/t/templates/risk.mustache");
  f.write("root/t/labels.yaml", "- not\n- words\n");
  f.site.theme_usable = true;
  Diagnostics labels;
  f.load(labels);
  CHECK_FALSE(f.site.theme_usable);
  REQUIRE(labels.items().size() == 1);
  CHECK(labels.items()[0].rule == "theme.labels");
}
