#include "cli/build_command.hpp"

#include <chrono>
#include <future>
#include <iostream>
#include <sstream>
#include <thread>
#include <vector>

#include "build.hpp"
#include "util/phase_timer.hpp"
#include "cli/report_printer.hpp"
#include "load/site_loader.hpp"
#include "output/build_state.hpp"
#include "output/staging_dir.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

int final_code(int check_code, const BuildRequest& req) {
  return check_code == 1 && req.allow_gaps ? 0 : check_code;
}

fs::path output_dir(const BuildRequest& req, const std::string& configured) {
  return req.out ? *req.out : req.root / configured;
}

std::optional<int> up_to_date(const BuildRequest& req, const fs::path& out, std::string* report) {
  auto state = read_build_state(state_path_for(out));
  std::error_code ec;
  if (!state || !fs::exists(out / "manifest.json", ec)) return std::nullopt;
  if (fingerprint_inputs(req.root, state->dependencies) != state->fingerprint) return std::nullopt;
  remove_stale_staging(out);  // debris of a killed build, even when there is nothing to do
  std::cerr << state->report << "up to date: " << one_line(out.string()) << '\n';
  if (report) *report = state->report;
  return final_code(state->exit_code, req);
}

// A one-shot build leaves its model for the process's exit to reclaim: freeing 10,000
// policies' strings one by one takes longer (tens of milliseconds) than the kernel
// dropping their pages. Reachable from a global, so leak checkers do not count it.
void keep_until_exit(CheckedAims&& checked, std::shared_ptr<void> leftovers) {
  static auto* kept = new std::vector<std::pair<CheckedAims, std::shared_ptr<void>>>();
  kept->emplace_back(std::move(checked), std::move(leftovers));
}

}  // namespace

fs::path planned_output_dir(const BuildRequest& req) {
  if (req.out) return *req.out;
  Diagnostics ignored;
  return output_dir(req, load_site(req.root, ignored).config.output_dir);
}

bool inputs_changed(const BuildRequest& req) {
  auto state = read_build_state(state_path_for(planned_output_dir(req)));
  return !state || fingerprint_inputs(req.root, state->dependencies) != state->fingerprint;
}

int build_once(const BuildRequest& req, std::string* report_text) {
  phase_mark("start");
  fs::path planned = planned_output_dir(req);
  if (!req.force)
    if (auto code = up_to_date(req, planned, report_text)) return *code;
  timespec started = file_clock_now();
  phase_mark("up-to-date check");
  // The previous build's cache (megabytes at 10,000 policies) is read while loading runs;
  // not at all when there is no portal it could describe (a first or clean build).
  std::future<BuildCache> cache;
  std::error_code ec;
  bool has_portal = fs::exists(planned / "manifest.json", ec);
  if (!req.force && has_portal)
    cache = std::async(std::launch::async, read_build_cache, cache_dir_for(planned));
  CheckedAims checked = load_and_check(req.root);
  phase_mark("load+check");
  if (checked.unusable) {
    std::ostringstream unusable;
    print_text_report(checked, unusable);
    std::cerr << unusable.str();
    if (report_text) *report_text = unusable.str();
    return 2;
  }
  fs::path out = output_dir(req, checked.aims.site.output_dir);
  // The state's fingerprint, taken while the outputs render (a stat() per input): an
  // input edited after this is seen by the next build, one edited before by the check.
  auto stamp = std::async(std::launch::async, [&] {
    auto deps = input_dependencies(checked.aims);
    return std::pair(fingerprint_inputs(req.root, deps, started), deps);
  });
  BuildCache previous;
  if (cache.valid()) previous = cache.get();
  if (!req.force && out != planned && fs::exists(out / "manifest.json", ec))
    previous = read_build_cache(cache_dir_for(out));
  BuildResult result = build_outputs(checked, out, std::move(previous));
  auto [fingerprint, deps] = stamp.get();
  phase_mark("build_outputs");
  std::ostringstream report;
  print_text_report(checked, report);
  std::cerr << report.str();
  if (report_text) *report_text = report.str();
  if (!result.published) {
    std::cerr << "aimsdoc: error: " << one_line(result.error) << '\n';
    return 2;
  }
  std::cerr << "wrote " << result.files << " files to " << one_line(out.string()) << '\n';
  if (result.reused > 0)
    std::cerr << "(" << result.reused << " of them unchanged, taken over from the previous build)\n";
  int check_code = checked.diagnostics.has_errors() ? 1 : 0;
  if (fingerprint)
    write_build_state(state_path_for(out), {*fingerprint, check_code, report.str(), deps});
  result.cache_written.wait();
  if (result.old_portal_removed.valid()) result.old_portal_removed.wait();
  phase_mark("state written");
  if (!req.watch) keep_until_exit(std::move(checked), std::move(result.leftovers));
  return final_code(check_code, req);
}

namespace {

// Polls the inputs of the last build and rebuilds when any changes; runs until killed.
int watch(BuildRequest req) {
  int code = build_once(req);
  std::cerr << "watching " << fs::absolute(req.root).string() << " (Ctrl-C to stop)\n";
  for (;;) {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    bool had_state = read_build_state(state_path_for(planned_output_dir(req))).has_value();
    if (!inputs_changed(req)) continue;
    auto t0 = std::chrono::steady_clock::now();
    code = build_once(req);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                  std::chrono::steady_clock::now() - t0).count();
    std::cerr << "rebuilt in " << ms << " ms (exit " << code << ")\n";
    if (!had_state) std::this_thread::sleep_for(std::chrono::seconds(1));  // a failing build
  }
}

}  // namespace

int run_build_command(const cxxopts::ParseResult& parsed) {
  BuildRequest req;
  req.root = parsed["root"].as<std::string>();
  if (parsed.count("out")) req.out = fs::path(parsed["out"].as<std::string>());
  req.allow_gaps = parsed.count("allow-gaps") > 0;
  req.force = parsed.count("force") > 0;
  req.watch = parsed.count("watch") > 0;
  return req.watch ? watch(req) : build_once(req);
}

}  // namespace aimsdoc
