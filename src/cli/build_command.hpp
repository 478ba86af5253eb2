#pragma once
// `aimsdoc build`, and the build that `bundle` runs before zipping the portal.
#include <cxxopts.hpp>
#include <filesystem>
#include <optional>
#include <string>

namespace aimsdoc {

struct BuildRequest {
  std::filesystem::path root;
  std::optional<std::filesystem::path> out;  // --out; else site.yaml's `output` under the root
  bool allow_gaps = false;
  bool force = false;  // ignore the up-to-date check
  bool watch = false;  // build again on every change: each build frees its model
  std::optional<std::filesystem::path> sign;  // --sign KEY
};

// The request of the options build and bundle share (--root, --allow-gaps, --force, --sign).
BuildRequest build_request(const cxxopts::ParseResult& parsed);

// The output folder a build of `req` writes to (site.yaml read for it when not --out).
std::filesystem::path planned_output_dir(const BuildRequest& req);

// One build (up-to-date check, load, check, render, publish); the exit code.
int build_once(const BuildRequest& req);

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--force] [--watch] [--sign KEY]
int run_build_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
