// The kernel's word that a watched folder changed (util/change_hint.hpp).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>

#include "util/change_hint.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;
using std::chrono::milliseconds;

TEST_CASE("a change hint wakes for a watched folder's files, not for the build's own") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-hint-" + std::to_string(::getpid()));
  fs::remove_all(tmp);
  fs::create_directories(tmp / "content");
  ChangeHint hint(tmp / "_site");
  hint.watch({tmp, tmp / "content"});
  CHECK_FALSE(hint.wait(milliseconds(10)));  // nothing happened
  fs::create_directories(tmp / "_site");
  fs::create_directories(tmp / "._site.tmp-1");
  std::ofstream(tmp / "._site.aimsdoc-state") << "state";
  CHECK_FALSE(hint.wait(milliseconds(50)));  // the output, its staging and state
  std::ofstream(tmp / "content/policy.md") << "edited";
  CHECK(hint.wait(milliseconds(10000)));
  CHECK_FALSE(hint.wait(milliseconds(10)));  // the events were read
  fs::create_directories(tmp / "content/new");
  CHECK(hint.wait(milliseconds(10000)));  // a folder added to a watched one
  std::ofstream(tmp / "content/new/policy.md") << "written";
  CHECK_FALSE(hint.wait(milliseconds(50)));  // subfolders are not watched by themselves
  hint.watch({tmp / "content/new"});
  std::ofstream(tmp / "content/new/policy.md", std::ios::app) << ", then edited";
  CHECK(hint.wait(milliseconds(10000)));
  std::ofstream(tmp / "site.yaml") << "title: x";
  CHECK(hint.wait(milliseconds(10000)));  // the ignored name's folder, another name
  fs::remove_all(tmp);
}
