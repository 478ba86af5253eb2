#include "run_build.hpp"

#include <algorithm>
#include <future>
#include <thread>
#include <vector>

#include "build.hpp"
#include "load/git_head.hpp"
#include "load/site_loader.hpp"
#include "output/build_state.hpp"
#include "output/manifest.hpp"
#include "output/seal.hpp"
#include "output/staging_dir.hpp"
#include "render/site_paths.hpp"
#include "util/paths.hpp"
#include "util/phase_timer.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

fs::path output_dir(const BuildRequest& req, const std::string& configured) {
  return req.out ? *req.out : req.root / configured;
}

// What is known before anything is loaded: only site.yaml is read.
SiteConfig planned_site(const BuildRequest& req) {
  Diagnostics ignored;
  return load_site(req.root, ignored).config;
}

// The portal at `out` is signed by `key` (or none is wanted).
bool signed_by(const fs::path& out, const std::optional<SecretKey>& key) {
  if (!key) return true;
  auto published = read_file(out / kPublicKeyPath);
  return published && *published == public_key_text(*key);
}

// The inputs' fingerprint with the audience built for: a public build into the folder an
// auditor build wrote (or the reverse) is not up to date. The auditor's is the plain one.
std::optional<std::string> audience_fingerprint(std::optional<std::string> inputs,
                                                Audience audience) {
  if (inputs && audience != Audience::Auditor)
    *inputs += std::string(" audience=") + audience_name(audience);
  return inputs;
}

std::optional<std::string> current_fingerprint(const BuildRequest& req, const BuildState& state) {
  return audience_fingerprint(fingerprint_inputs(req.root, state.dependencies), req.audience);
}

// A save that truncates a file, then writes it, is not built half-way: a change counts
// once the inputs hold still this long, or after this many tries for one that never does.
constexpr auto kSettle = std::chrono::milliseconds(20);
constexpr int kSettleTries = 25;

std::optional<BuildRun> up_to_date(const fs::path& out, const BuildRequest& req,
                                   const std::optional<SecretKey>& key) {
  auto state = read_build_state(state_path_for(out));
  if (!state || !holds_aimsdoc_portal(out) || !signed_by(out, key)) return std::nullopt;
  if (current_fingerprint(req, *state) != state->fingerprint) return std::nullopt;
  remove_stale_staging(out);  // debris of a killed build, even when there is nothing to do
  BuildRun run;
  run.outcome = BuildRun::Outcome::UpToDate;
  run.out = out;
  run.report = std::move(state->report);
  run.check_code = state->exit_code;
  return run;
}

// A one-shot build leaves its model and the build's leftovers to the process's exit:
// freeing 10,000 policies' strings one by one takes longer than the kernel dropping their
// pages. Reachable from a global, so leak checkers do not count it.
void leave_leftovers_to_exit(CheckedAims&& checked, std::shared_ptr<void> leftovers) {
  static auto* left = new std::vector<std::pair<CheckedAims, std::shared_ptr<void>>>();
  left->emplace_back(std::move(checked), std::move(leftovers));
}

}  // namespace

fs::path planned_output_dir(const BuildRequest& req) {
  return req.out ? *req.out : output_dir(req, planned_site(req).output_dir);
}

InputWatch::InputWatch(const BuildRequest& request)
    : request_(request), hint_(planned_output_dir(request)) {}

std::chrono::milliseconds InputWatch::pause() const {
  if (failing()) return std::chrono::seconds(1);
  return std::max(std::chrono::milliseconds(100),
                  std::chrono::duration_cast<std::chrono::milliseconds>(5 * last_check_));
}

bool InputWatch::changed() {
  auto start = std::chrono::steady_clock::now();
  auto state = read_build_state(state_path_for(planned_output_dir(request_)));
  auto fingerprint = state ? current_fingerprint(request_, *state) : std::nullopt;
  last_check_ = std::chrono::steady_clock::now() - start;
  checks_without_state_ = state ? 0 : checks_without_state_ + 1;
  if (!state) return true;
  watch_folders(*state);
  // The state is read once: the settling looks only at the inputs it names.
  for (int i = 0; fingerprint != state->fingerprint && i < kSettleTries; ++i) {
    std::this_thread::sleep_for(kSettle);
    auto again = current_fingerprint(request_, *state);
    bool held_still = again == fingerprint;
    fingerprint = std::move(again);
    if (held_still) break;
  }
  return fingerprint != state->fingerprint;
}

bool InputWatch::wait() {
  if (failing()) {  // a failing build's own writes are no reason to retry
    std::this_thread::sleep_for(pause());
    return false;
  }
  return hint_.wait(pause());
}

void InputWatch::watch_folders(const BuildState& state) {
  if (state.fingerprint == watched_for_) return;
  hint_.watch(fingerprinted_folders(request_.root, state.dependencies));
  watched_for_ = state.fingerprint;
}

BuildRun run_build(const BuildRequest& req) {
  phase_mark("start");
  SiteConfig site = planned_site(req);
  fs::path planned = output_dir(req, site.output_dir);
  Seal seal;
  if (fs::path key = signing_key_path(req.sign, req.root, site.signing_key); !key.empty()) {
    BuildRun refused;
    refused.outcome = BuildRun::Outcome::NotPublished;
    refused.check_code = 2;
    seal.key = load_signing_key(key, req.root, refused.error);
    if (!seal.key) return refused;
  }
  // The last build's state does not say which level it was judged at, nor since when.
  if (!req.force && !req.change_seen && !req.readiness && !req.since)
    if (auto run = up_to_date(planned, req, seal.key)) return std::move(*run);
  timespec started = file_clock_now();
  phase_mark("up-to-date check");
  // The previous build's cache (megabytes at 10,000 policies) is read while loading runs,
  // the policies it loaded before, as loading takes them over where their files are
  // unchanged (policy_records.hpp); neither when there is no portal they could describe (a
  // first or clean build).
  std::future<BuildCache> cache;
  PreviousLoad loaded;
  if (!req.force && holds_aimsdoc_portal(planned)) {
    cache = std::async(std::launch::async, read_build_cache, cache_dir_for(planned));
    loaded.policies = read_policy_records(cache_dir_for(planned));
    loaded.hashes = read_file_hashes(cache_dir_for(planned));
  }
  CheckedAims checked = load_and_check(
      req.root, req.readiness, GitRequest{.history = true, .since = req.since}, std::move(loaded));
  phase_mark("load+check");
  BuildRun run;
  if (checked.unusable) {
    run.report = req.report_text(checked);
    run.check_code = 2;
    return run;
  }
  run.out = output_dir(req, checked.aims.site.output_dir);
  if (!checked.aims.history.available)
    run.note = "built without document history: " + checked.aims.history.unavailable_reason;
  // The state's fingerprint, taken while the outputs render (a stat() per input): an
  // input edited after this is seen by the next build, one edited before by the check.
  auto stamp = std::async(std::launch::async, [&] {
    auto deps = input_dependencies(checked.aims);
    return std::pair(
        audience_fingerprint(fingerprint_inputs(req.root, deps, started), req.audience), deps);
  });
  BuildCache previous;
  if (cache.valid()) previous = cache.get();
  if (!req.force && run.out != planned && holds_aimsdoc_portal(run.out))
    previous = read_build_cache(cache_dir_for(run.out));
  if (seal.key) seal.trusted_comment = trusted_comment(checked.aims, git_head_commit(req.root));
  BuildResult result = build_outputs(checked, run.out, std::move(previous), seal, req.audience);
  auto [fingerprint, deps] = stamp.get();
  phase_mark("build_outputs");
  run.report = req.report_text(checked);
  run.check_code = checked.diagnostics.has_errors() ? 1 : 0;
  if (!result.published) {
    run.outcome = BuildRun::Outcome::NotPublished;
    run.error = std::move(result.error);
    return run;
  }
  run.outcome = BuildRun::Outcome::Published;
  run.files = result.files;
  run.reused = result.reused;
  if (req.on_published) req.on_published(run);
  if (fingerprint)
    write_build_state(state_path_for(run.out), {*fingerprint, run.check_code, run.report, deps});
  result.cache_written.wait();
  if (result.old_portal_removed.valid()) result.old_portal_removed.wait();
  phase_mark("state written");
  if (!req.free_leftovers) leave_leftovers_to_exit(std::move(checked), std::move(result.leftovers));
  return run;
}

}  // namespace aimsdoc
