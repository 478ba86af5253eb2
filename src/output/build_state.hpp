#pragma once
// What the last build of an output folder read, so an unchanged rebuild can stop after a
// few stat() calls (like make), and --watch knows when to rebuild. Kept beside the output
// folder (`.<name>.aimsdoc-state`), never inside it: the portal itself stays a pure
// function of the inputs.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace aimsdoc {

struct BuildState {
  std::string fingerprint;                 // of every dependency's path, size and mtime
  int exit_code = 0;                       // of the check, before --allow-gaps
  std::string report;                      // the diagnostics text that build printed
  std::vector<std::string> dependencies;   // root-relative (or absolute) paths read
};

std::filesystem::path state_path_for(const std::filesystem::path& out);
std::optional<BuildState> read_build_state(const std::filesystem::path& state_file);
bool write_build_state(const std::filesystem::path& state_file, const BuildState& state);

// Fingerprint of the given files (missing ones count as missing) plus the folder listings
// of content/ and controls/, so an added or removed policy is seen too.
std::string fingerprint_inputs(const std::filesystem::path& root,
                               const std::vector<std::string>& dependencies);

// True when a dependency changed after `since` (it was edited while the build ran, so the
// state must not claim the build saw it).
bool modified_since(const std::filesystem::path& root, const std::vector<std::string>& deps,
                    std::filesystem::file_time_type since);

}  // namespace aimsdoc
