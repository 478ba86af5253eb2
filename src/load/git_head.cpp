#include "load/git_head.hpp"

#include <git2.h>

namespace aimsdoc {

std::string git_head_commit(const std::filesystem::path& root) {
  git_libgit2_init();
  std::string id;
  git_repository* repo = nullptr;
  if (git_repository_open_ext(&repo, root.c_str(), 0, nullptr) == 0) {
    git_oid oid;
    if (git_reference_name_to_id(&oid, repo, "HEAD") == 0) {
      char hex[GIT_OID_HEXSZ + 1];
      id = git_oid_tostr(hex, sizeof hex, &oid);
    }
    git_repository_free(repo);
  }
  git_libgit2_shutdown();
  return id;
}

}  // namespace aimsdoc
