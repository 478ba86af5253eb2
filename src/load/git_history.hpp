#pragma once
// The AIMS's git history, read with libgit2 (no git process): the commits that touched
// each policy file, newest first. The root must be the top of a git work tree; a tree that
// is not one, or a shallow clone, has no history (History::unavailable_reason says why).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model/history.hpp"

namespace aimsdoc {

// What a command wants from git: `build` reads the document history, `check` does not.
struct GitRequest {
  bool history = false;
  // --since REV: what changed since (needs history). Without it site.yaml's last_audit.
  std::optional<std::string> since;
};

// `paths`: the policies' repo-relative paths (Policy::source_path).
History read_history(const std::filesystem::path& root, const std::vector<std::string>& paths);

// SHA-256 of everything git gave (History::digest), for the model digest.
std::string history_digest(const History& h);

}  // namespace aimsdoc
