#pragma once
// What the last build of an output folder read, so an unchanged rebuild can stop after a
// few stat() calls (like make), and --watch knows when to rebuild. Kept beside the output
// folder (`.<name>.aimsdoc-state`), never inside it: the portal itself stays a pure
// function of the inputs.
#include <time.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "util/file_identity.hpp"  // file_clock_now, file_time_at_or_after

namespace aimsdoc {

struct BuildState {
  std::string fingerprint;                // of every dependency's path, size and mtime
  int exit_code = 0;                      // of the check, before --allow-gaps
  std::string report;                     // the diagnostics text that build printed
  std::vector<std::string> dependencies;  // root-relative (or absolute) paths read
};

std::filesystem::path state_path_for(const std::filesystem::path& out);
std::optional<BuildState> read_build_state(const std::filesystem::path& state_file);
bool write_build_state(const std::filesystem::path& state_file, const BuildState& state);

// Fingerprint of the given files (missing ones count as missing) plus the listings of
// content/, controls/ and every dependency written as a folder ("mytheme/"), so an added
// or removed policy, record or theme file is seen too. With `since`:
// nullopt when one of them was modified at or after it (edited while a build ran, so a
// state written with this fingerprint would claim that build saw the edit).
std::optional<std::string> fingerprint_inputs(const std::filesystem::path& root,
                                              const std::vector<std::string>& dependencies,
                                              std::optional<timespec> since = std::nullopt);

// The folders whose changes fingerprint_inputs sees: the root, the listed folders and their
// subfolders, and the folder of every other dependency.
std::vector<std::filesystem::path> fingerprinted_folders(
    const std::filesystem::path& root, const std::vector<std::string>& dependencies);

}  // namespace aimsdoc
