#pragma once
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
};

// One build as `aimsdoc build` runs it (up-to-date check, findings on stderr); returns its
// exit code. `report`, when given, receives the findings' text, also when nothing changed.
int build_once(const BuildRequest& req, std::string* report = nullptr);
// Whether an input changed since the last build into the request's output folder (or there
// was none): what --watch and serve poll.
bool inputs_changed(const BuildRequest& req);
// The output folder named before anything is loaded: only site.yaml is read.
std::filesystem::path planned_output_dir(const BuildRequest& req);

// aimsdoc build [--root DIR] [--out DIR] [--allow-gaps] [--force] [--watch]
int run_build_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
