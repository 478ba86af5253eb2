// What `build --watch` and `serve` poll between builds (run_build.hpp's InputWatch).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>

#include "run_build.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

TEST_CASE("the inputs' watch sees an edit after a build and nothing before it") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-watch-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  fs::copy(fs::path(AIMSDOC_SOURCE_DIR) / "tests/portal/fixture", tmp / "aims",
           fs::copy_options::recursive);
  BuildRequest req;
  req.root = tmp / "aims";
  req.out = tmp / "site";
  req.report_text = [](const CheckedAims&) { return std::string(); };
  InputWatch watch(req);
  CHECK(watch.pause() == std::chrono::milliseconds(100));  // no check timed yet
  CHECK(watch.changed());                                  // never built
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  CHECK_FALSE(watch.changed());
  CHECK(watch.pause() >= std::chrono::milliseconds(100));
  std::ofstream(tmp / "aims/content/governance/ai-policy.md", std::ios::app) << "\nEdited.\n";
  CHECK(watch.changed());
  fs::remove_all(tmp);
}
