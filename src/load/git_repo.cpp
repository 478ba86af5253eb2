#include "load/git_repo.hpp"

namespace aimsdoc::git {

void init_libgit2() {
  static const int once = git_libgit2_init();
  (void)once;
}

Repo open_aims_repo(const std::filesystem::path& root, std::string& problem) {
  init_libgit2();
  git_repository* raw = nullptr;
  const std::string where = root.string();
  if (git_repository_open_ext(&raw, where.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
    problem = where + " is not the top folder of a git repository";
    return nullptr;
  }
  Repo repo(raw);
  if (git_repository_is_bare(repo.get()) == 1) {
    problem = where + " is a bare git repository";
  } else if (git_repository_is_shallow(repo.get()) == 1) {
    problem = where + " is a shallow git clone (its history is cut off)";
  } else if (git_repository_head_unborn(repo.get()) != 0) {
    problem = where + " is a git repository without commits";
  } else {
    return repo;
  }
  return nullptr;
}

// The author date in the author's own zone: the day they would write.
CommitInfo commit_info(const git_commit* c) {
  CommitInfo info;
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, git_commit_id(c));
  info.hash = hex;
  info.short_hash = info.hash.substr(0, 7);
  const git_signature* author = git_commit_author(c);
  info.author = author && author->name ? author->name : "";
  // git_commit_summary caches the summary in the commit, hence not const.
  const char* summary = git_commit_summary(const_cast<git_commit*>(c));
  info.message = summary ? summary : "";
  if (author) {
    long long seconds = author->when.time + static_cast<long long>(author->when.offset) * 60;
    long long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    info.date = date_from_days(static_cast<long>(days));
  }
  return info;
}

Tree tree_of(const git_commit* c) {
  git_tree* raw = nullptr;
  if (git_commit_tree(&raw, c) != 0) return nullptr;
  return Tree(raw);
}

std::optional<std::string> blob_input(git_repository* repo, const git_oid& id,
                                      const std::string& path, TextKind kind) {
  git_blob* raw = nullptr;
  if (git_blob_lookup(&raw, repo, &id) != 0) return std::nullopt;
  Blob blob(raw);
  std::string_view bytes(static_cast<const char*>(git_blob_rawcontent(blob.get())),
                         static_cast<std::size_t>(git_blob_rawsize(blob.get())));
  Diagnostics ignored;  // what a revision got wrong then is not reported now
  return decode_text_input(bytes, path, ignored, kind);
}

}  // namespace aimsdoc::git
