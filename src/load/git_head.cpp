#include "load/git_head.hpp"

#include "load/git_repo.hpp"

namespace aimsdoc {

std::string git_head_commit(const std::filesystem::path& root) {
  git::init_libgit2();
  git_repository* raw = nullptr;
  // Searching upwards: an AIMS in a subfolder still names the commit it was built from.
  if (git_repository_open_ext(&raw, root.c_str(), 0, nullptr) != 0) return {};
  git::Repo repo(raw);
  git_oid oid;
  if (git_reference_name_to_id(&oid, repo.get(), "HEAD") != 0) return {};
  char hex[GIT_OID_HEXSZ + 1] = {};
  return git_oid_tostr(hex, sizeof hex, &oid);
}

}  // namespace aimsdoc
