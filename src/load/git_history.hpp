#pragma once
// The AIMS's git history, read with libgit2 (no git process): the commits that touched
// each policy file, newest first. The root must be the top of a git work tree; a tree that
// is not one, or a shallow clone, has no history (History::unavailable_reason says why).
#include <filesystem>
#include <string>
#include <vector>

#include "model/history.hpp"

namespace aimsdoc {

// What a command wants from git: `build` reads the document history, `check` does not.
struct GitRequest {
  bool history = false;
};

// `paths`: the policies' repo-relative paths (Policy::source_path).
History read_history(const std::filesystem::path& root, const std::vector<std::string>& paths);

}  // namespace aimsdoc
