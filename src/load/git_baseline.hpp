#pragma once
// What the AIMS held at a git revision (`build --since REV`, site.yaml `last_audit`): its
// policies and requirement records, read from the revision's tree with libgit2 and parsed
// by the same loaders as the working tree. The model compares them with today's.
#include <filesystem>
#include <string>

#include "model/history.hpp"

namespace aimsdoc {

// Resolves `rev` (a tag, a branch, a commit, or a date YYYY-MM-DD: the last commit on
// HEAD's first-parent line made before that day, UTC) and fills h.changes (since, commit)
// and h.baseline_*. False, with `problem` saying why, when it cannot.
bool read_baseline(const std::filesystem::path& root, const std::string& rev, History& h,
                   std::string& problem);

}  // namespace aimsdoc
