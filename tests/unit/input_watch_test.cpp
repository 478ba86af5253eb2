// What `build --watch` and `serve` poll between builds (run_build.hpp's InputWatch).
#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <fstream>
#include <thread>

#include "output/build_state.hpp"
#include "run_build.hpp"

using namespace aimsdoc;
namespace fs = std::filesystem;

namespace {

// The portal fixture copied to tmp/aims, to be built into tmp/site. A build in the file
// clock's tick of an edit leaves no state (it cannot tell whether it saw the edit): the
// request is handed out a tick after the copy.
BuildRequest fixture_request(const fs::path& tmp) {
  fs::remove_all(tmp);
  fs::create_directories(tmp);
  fs::copy(fs::path(AIMSDOC_SOURCE_DIR) / "tests/portal/fixture", tmp / "aims",
           fs::copy_options::recursive);
  BuildRequest req;
  req.root = tmp / "aims";
  req.out = tmp / "site";
  req.report_text = [](const CheckedAims&) { return std::string(); };
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  return req;
}

}  // namespace

TEST_CASE("the inputs' watch sees an edit after a build and nothing before it") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-watch-" + std::to_string(::getpid()));
  BuildRequest req = fixture_request(tmp);
  InputWatch watch(req);
  CHECK(watch.pause() == std::chrono::milliseconds(100));  // no check timed yet
  CHECK(watch.changed());                                  // never built
  CHECK(watch.changed());                                  // still no build: failing
  CHECK(watch.pause() == std::chrono::seconds(1));         // so it is not repeated at once
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  CHECK_FALSE(watch.changed());
  CHECK(watch.pause() >= std::chrono::milliseconds(100));
  std::ofstream(tmp / "aims/content/governance/ai-policy.md", std::ios::app) << "\nEdited.\n";
  CHECK(watch.changed());
  fs::remove_all(tmp);
}

TEST_CASE("the inputs' watch wakes for an edit, not for its own build's writes") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-wake-" + std::to_string(::getpid()));
  BuildRequest req = fixture_request(tmp);
  req.out = req.root / "_site";  // the build writes into a folder it watches
  InputWatch watch(req);
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  CHECK_FALSE(watch.changed());  // from here on the input folders are watched
  req.force = true;
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  CHECK_FALSE(watch.wait());
  std::ofstream(tmp / "aims/content/governance/ai-policy.md", std::ios::app) << "\nEdited.\n";
  CHECK(watch.wait());
  CHECK(watch.changed());
  fs::remove_all(tmp);
}

// The kernel stamps files with a clock that lags the precise one by up to a tick: an edit
// made just after a build started, to a file not looked at since it was written, used to
// carry an earlier time, and a state claiming the build saw it was kept (the page never
// reloaded). Every such edit is seen.
TEST_CASE("an edit made just after a build started is seen by that build's fingerprint") {
  fs::path root = fs::temp_directory_path() / ("aimsdoc-clock-" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root);
  int unseen = 0;
  for (int i = 0; i < 50; ++i) {
    std::string name = "f" + std::to_string(i) + ".md";
    std::ofstream(root / name) << "written";
    timespec started = file_clock_now();
    std::ofstream(root / name, std::ios::app) << ", then edited";
    if (fingerprint_inputs(root, {name}, started)) ++unseen;
  }
  CHECK(unseen == 0);
  fs::remove_all(root);
}

TEST_CASE("a file time in whole seconds may be any time of its second") {
  const timespec since{1000, 500};
  CHECK(file_time_at_or_after({1000, 0}, since));  // a file system keeping seconds
  CHECK_FALSE(file_time_at_or_after({999, 0}, since));
  CHECK_FALSE(file_time_at_or_after({1000, 499}, since));
  CHECK(file_time_at_or_after({1000, 500}, since));
  CHECK(file_time_at_or_after({1001, 1}, since));
}

// The watch waits for a save to finish before it reports a change, but not forever for
// inputs that never hold still.
TEST_CASE("the inputs' watch reports a change that never holds still, in bounded time") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-busy-" + std::to_string(::getpid()));
  BuildRequest req = fixture_request(tmp);
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  std::atomic<bool> writing{true}, written{false}, reported{false};
  std::thread writer([&] {
    // Appends for up to ten seconds, every millisecond: never still for the watch's pause.
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!reported && std::chrono::steady_clock::now() < until) {
      std::ofstream(tmp / "aims/content/governance/ai-policy.md", std::ios::app) << "x";
      written = true;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    writing = false;
  });
  while (!written) std::this_thread::yield();
  InputWatch watch(req);
  CHECK(watch.changed());
  CHECK(writing);  // answered while the writes went on
  reported = true;
  writer.join();
  fs::remove_all(tmp);
}

// After the watch saw a change, the build does not look at every input again, and the
// pages are told once the new portal is in place, before the state is written.
TEST_CASE("a build after a change seen skips the up-to-date check and says when it is published") {
  fs::path tmp = fs::temp_directory_path() / ("aimsdoc-seen-" + std::to_string(::getpid()));
  BuildRequest req = fixture_request(tmp);
  int told = 0;
  bool state_then = true, portal_then = false;
  req.on_published = [&](const BuildRun& run) {
    ++told;
    CHECK(run.outcome == BuildRun::Outcome::Published);
    portal_then = fs::exists(tmp / "site/index.html");
    state_then = fs::exists(state_path_for(tmp / "site"));
  };
  REQUIRE(run_build(req).outcome == BuildRun::Outcome::Published);
  CHECK(told == 1);
  CHECK(portal_then);
  CHECK_FALSE(state_then);  // the first build: the state came after the word
  CHECK(run_build(req).outcome == BuildRun::Outcome::UpToDate);
  CHECK(told == 1);  // nothing published, nothing said
  req.change_seen = true;
  BuildRun run = run_build(req);
  CHECK(run.outcome == BuildRun::Outcome::Published);  // not judged up to date
  // yet taken over from the cache: all but the manifest and its checksums, always written
  CHECK(run.files - run.reused == 2);
  CHECK(told == 2);
  fs::remove_all(tmp);
}
