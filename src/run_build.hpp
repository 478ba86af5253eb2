#pragma once
// `aimsdoc build` from start to end, the one place that knows its order: the up-to-date
// check, the previous build's cache read while loading, load -> model -> check
// (pipeline.hpp), render -> output (build.hpp) sealed with the signing key, the fingerprint of the
// inputs and the build state. The CLI parses options, calls this and prints what it returns.
#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "output/build_state.hpp"
#include "pipeline.hpp"
#include "render/build_view.hpp"
#include "util/change_hint.hpp"

namespace aimsdoc {

struct BuildRun;

struct BuildRequest {
  std::filesystem::path root;
  std::optional<std::filesystem::path> out;  // else site.yaml's `output` under the root
  bool force = false;                        // ignore the up-to-date check and the cache
  bool free_leftovers = false;  // free the model and leftovers when done (--watch), not at exit
  std::optional<Readiness> readiness;     // --readiness: judge at this level, not site.yaml's
  std::optional<std::string> since;       // --since REV: report changes since, not last_audit's
  Audience audience = Audience::Auditor;  // --audience: the full portal, or the public one
  // --sign KEY; else $AIMSDOC_SIGNING_KEY or site.yaml's signing_key (signing_key_path).
  std::optional<std::filesystem::path> sign;
  // The findings as the CLI prints them: kept in the build state, so that an up-to-date
  // build prints them again.
  std::function<std::string(const CheckedAims&)> report_text;
  // The caller has just seen an input change (InputWatch::changed): the up-to-date check,
  // which would look at every input again, is skipped. The cache is still used.
  bool change_seen = false;
  // Called once the new portal is in place, before the build state is written and the
  // old portal removed: `serve` tells its pages to reload that much sooner.
  std::function<void(const BuildRun&)> on_published;
};

struct BuildRun {
  enum class Outcome {
    UpToDate,      // nothing changed since the last build: nothing done
    Unusable,      // the input could not be read at all (exit 2)
    NotPublished,  // the signing key, rendering or the swap failed: the previous portal
                   // is left (exit 2)
    Published
  };
  Outcome outcome = Outcome::Unusable;
  std::filesystem::path out;  // the output folder
  std::string report;         // the findings (report_text), or the last build's
  std::string error;          // why nothing was published
  std::string note;           // said once in the summary (no document history), or ""
  std::size_t files = 0;      // files written
  std::size_t reused = 0;     // of which taken over unchanged from the previous portal
  int check_code = 0;         // 0 clean, 1 findings (before --allow-gaps)
};

BuildRun run_build(const BuildRequest& request);

// What `build --watch` and `serve` poll: whether any input of the last build into the
// request's output folder changed since (true when there was none), once the inputs hold
// still (a save in progress is not built). Between two checks, a short pause so that an
// edit shows soon, or five times what the last check took, so that a large tree is not
// listed without rest; a second once two checks in a row found no state (the builds
// between them failed), so that a failing build is not repeated without rest. The pause
// ends early when the kernel reports a change in an input folder (ChangeHint), except
// after failing builds.
class InputWatch {
 public:
  explicit InputWatch(const BuildRequest& request);
  std::chrono::milliseconds pause() const;
  // Waits out pause(), or less once an input folder changed: whether one did.
  bool wait();
  bool changed();

 private:
  // Watches the folders of the inputs the state names (again only when it changed).
  void watch_folders(const BuildState& state);
  // Two looks in a row found no build state: the builds fail, and only an edit mends them.
  bool failing() const { return checks_without_state_ >= 2; }

  const BuildRequest& request_;
  std::chrono::steady_clock::duration last_check_{};
  int checks_without_state_ = 0;
  ChangeHint hint_;
  std::string watched_for_;  // the fingerprint of the state whose folders are watched
};
// The output folder named before anything is loaded: only site.yaml is read.
std::filesystem::path planned_output_dir(const BuildRequest& request);

}  // namespace aimsdoc
