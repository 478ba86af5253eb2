#include "cli/build_command.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/options.hpp"
#include "cli/report_printer.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::string text_report(const CheckedAims& checked) {
  std::ostringstream report;
  print_text_report(checked, report);
  return report.str();
}

// Prints what the build did; returns the exit code.
int print_build(const BuildRun& run, bool allow_gaps) {
  std::cerr << run.report;
  switch (run.outcome) {
    case BuildRun::Outcome::Unusable: return 2;
    case BuildRun::Outcome::NotPublished:
      std::cerr << "aimsdoc: error: " << one_line(run.error) << '\n';
      return 2;
    case BuildRun::Outcome::UpToDate:
      std::cerr << "up to date: " << one_line(run.out.string()) << '\n';
      break;
    case BuildRun::Outcome::Published:
      std::cerr << "wrote " << run.files << " files to " << one_line(run.out.string()) << '\n';
      if (!run.note.empty()) std::cerr << "note: " << one_line(run.note) << '\n';
      if (run.reused > 0)
        std::cerr << "(" << run.reused
                  << " of them unchanged, taken over from the previous build)\n";
      break;
  }
  return run.check_code == 1 && allow_gaps ? 0 : run.check_code;
}

// Polls the inputs of the last build and rebuilds when any changes; runs until killed.
int watch(BuildOptions options) {
  options.request.free_leftovers = true;  // each build frees its model
  const BuildRequest& req = options.request;
  build_once(options);
  std::cerr << "watching " << one_line(std::filesystem::absolute(req.root).string())
            << " (Ctrl-C to stop)\n";
  InputWatch inputs(req);
  options.request.change_seen = true;  // from here on, a build follows a change seen
  for (;;) {
    inputs.wait();
    if (!inputs.changed()) continue;
    auto t0 = std::chrono::steady_clock::now();
    int code = build_once(options);
    auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0)
            .count();
    std::cerr << "rebuilt in " << ms << " ms (exit " << code << ")\n";
  }
}

}  // namespace

int build_once(const BuildOptions& options, std::string* report) {
  BuildRequest req = options.request;
  req.report_text = text_report;
  BuildRun run = run_build(req);
  if (report) *report = run.report;
  return print_build(run, options.allow_gaps);
}

BuildOptions build_options(const cxxopts::ParseResult& parsed) {
  BuildOptions options;
  BuildRequest& req = options.request;
  req.root = parsed["root"].as<std::string>();
  req.force = parsed.count("force") > 0;
  req.readiness = readiness_option(parsed);
  if (parsed.count("sign")) req.sign = std::filesystem::path(parsed["sign"].as<std::string>());
  if (parsed.count("since")) req.since = parsed["since"].as<std::string>();
  // The option table lists the choices; the parser refused any other word.
  if (parsed.count("audience"))
    req.audience = parse_audience(parsed["audience"].as<std::string>()).value_or(Audience::Auditor);
  options.allow_gaps = parsed.count("allow-gaps") > 0;
  return options;
}

int run_build_command(const cxxopts::ParseResult& parsed) {
  BuildOptions options = build_options(parsed);
  if (parsed.count("out"))
    options.request.out = std::filesystem::path(parsed["out"].as<std::string>());
  return parsed.count("watch") ? watch(options) : build_once(options);
}

}  // namespace aimsdoc
