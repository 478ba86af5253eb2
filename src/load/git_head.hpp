#pragma once
// The commit a build's sources come from, for the signature's trusted comment.
#include <filesystem>
#include <string>

namespace aimsdoc {

// The full hex id of HEAD's commit when `root` lies in a git repository (uncommitted
// changes are not looked at); "" when it lies in none or HEAD names no commit yet.
std::string git_head_commit(const std::filesystem::path& root);

}  // namespace aimsdoc
