// The output stage when renderers or earlier builds misbehave: nothing is written outside
// the output folder, nothing twice, and a killed build's debris is cleaned or restored.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "output/staging_dir.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

struct ScratchDir {
  fs::path path;
  ScratchDir() {
    path = fs::temp_directory_path() /
           ("aimsdoc-hostile-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~ScratchDir() { fs::remove_all(path); }
  static int& counter() {
    static int n = 0;
    return n;
  }
};

void write_text(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

}  // namespace

TEST_CASE("a renderer cannot write above or beside the output folder") {
  ScratchDir tmp;
  for (const char* bad : {"../escape.html", "a/../../escape.html", "/etc/x", "a\\b", ""}) {
    StagingDir staging(tmp.path / "site");
    staging.write(bad, "x");
    CHECK_FALSE(staging.ok());
    CHECK(staging.error().find("not a path inside the output folder") != std::string::npos);
    CHECK_FALSE(staging.commit());
  }
  CHECK_FALSE(fs::exists(tmp.path / "escape.html"));
  CHECK_FALSE(fs::exists(tmp.path / "site"));
}

TEST_CASE("two outputs under one path fail the build instead of losing one") {
  ScratchDir tmp;
  StagingDir staging(tmp.path / "site");
  staging.write("a/page.html", "one");
  staging.write("a/./page.html", "two");
  CHECK_FALSE(staging.ok());
  CHECK(staging.error().find("same path 'a/page.html'") != std::string::npos);
}

TEST_CASE("a second write to a path taken over from the live portal cannot touch it") {
  ScratchDir tmp;
  write_text(tmp.path / "portal/a.html", "published");
  StagingDir staging(tmp.path / "portal");
  REQUIRE(staging.link("a.html", tmp.path / "portal/a.html", "sha", {}));
  staging.write("a.html", "overwritten through the hard link?");
  CHECK_FALSE(staging.ok());
  std::ifstream in(tmp.path / "portal/a.html");
  CHECK(std::string((std::istreambuf_iterator<char>(in)), {}) == "published");
}

TEST_CASE("stale temp folders of dead builds are removed, a parked portal restored") {
  ScratchDir tmp;
  fs::path out = tmp.path / "portal";
  // pid 0x7ffffff0 is never a live process here; the first is a killed build's debris, the
  // second the previous portal, parked by a fallback swap that was killed halfway.
  write_text(tmp.path / ".portal.tmp-2147483632/index.html", "half");
  write_text(tmp.path / ".portal.tmp-2147483633-old/manifest.json", "previous");
  write_text(tmp.path / ".other.tmp-2147483632/keep", "not ours");
  remove_stale_staging(out / "");
  CHECK_FALSE(fs::exists(tmp.path / ".portal.tmp-2147483632"));
  CHECK_FALSE(fs::exists(tmp.path / ".portal.tmp-2147483633-old"));
  CHECK(fs::exists(out / "manifest.json"));
  CHECK(fs::exists(tmp.path / ".other.tmp-2147483632/keep"));
}

TEST_CASE("a failed build leaves the previous portal and no temp folder") {
  ScratchDir tmp;
  fs::path out = tmp.path / "portal";
  write_text(out / "manifest.json", "previous");
  {
    StagingDir staging(out);
    staging.write("index.html", "new");
    staging.write("../oops", "x");  // the build fails here
    CHECK_FALSE(staging.commit());
  }
  std::ifstream in(out / "manifest.json");
  std::string kept((std::istreambuf_iterator<char>(in)), {});
  CHECK(kept == "previous");
  for (const auto& e : fs::directory_iterator(tmp.path))
    CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}
