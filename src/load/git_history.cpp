#include "load/git_history.hpp"

#include <git2.h>

#include <memory>
#include <set>

#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

// libgit2 objects freed by their own free function.
template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, Freer<T, Free>>;
using Repo = Owned<git_repository, git_repository_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Walk = Owned<git_revwalk, git_revwalk_free>;

// libgit2 keeps global state: initialized once per process, never shut down.
void init_libgit2() {
  static const int once = git_libgit2_init();
  (void)once;
}

// The commit's author date in the author's own zone: the day they would write.
CommitInfo commit_info(const git_commit* c) {
  CommitInfo info;
  char hex[GIT_OID_HEXSZ + 1] = {};
  git_oid_tostr(hex, sizeof hex, git_commit_id(c));
  info.hash = hex;
  info.short_hash = info.hash.substr(0, 7);
  const git_signature* author = git_commit_author(c);
  info.author = author && author->name ? author->name : "";
  const char* summary = git_commit_summary(const_cast<git_commit*>(c));
  info.message = summary ? summary : "";
  if (author) {
    long long seconds = author->when.time + static_cast<long long>(author->when.offset) * 60;
    info.date = date_from_days(static_cast<long>((seconds >= 0 ? seconds : seconds - 86399) / 86400));
  }
  return info;
}

// Paths of `wanted` that differ between the commit's tree and its first parent's.
std::vector<std::string> touched_paths(git_repository* repo, git_commit* c,
                                       const std::set<std::string>& wanted) {
  git_tree* raw = nullptr;
  if (git_commit_tree(&raw, c) != 0) return {};
  Tree tree(raw);
  Tree parent_tree;
  git_commit* parent = nullptr;
  if (git_commit_parentcount(c) > 0 && git_commit_parent(&parent, c, 0) == 0) {
    Commit owned(parent);
    git_tree* pt = nullptr;
    if (git_commit_tree(&pt, parent) == 0) parent_tree.reset(pt);
  }
  git_diff* raw_diff = nullptr;
  if (git_diff_tree_to_tree(&raw_diff, repo, parent_tree.get(), tree.get(), nullptr) != 0) return {};
  Diff diff(raw_diff);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
    if (d->new_file.path && wanted.count(d->new_file.path)) out.push_back(d->new_file.path);
  }
  return out;
}

std::string history_digest(const History& h) {
  std::string all;
  put_field(all, h.unavailable_reason);
  for (const auto& [path, commits] : h.by_path) {
    put_field(all, path);
    for (const auto& c : commits) {
      put_field(all, c.hash);
      put_field(all, c.author);
      put_field(all, c.message);
      put_field(all, c.date.to_string());
    }
  }
  return sha256_hex(all);
}

}  // namespace

History read_history(const std::filesystem::path& root, const std::vector<std::string>& paths) {
  init_libgit2();
  History h;
  git_repository* raw = nullptr;
  if (git_repository_open_ext(&raw, root.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) != 0) {
    h.unavailable_reason = "not a git repository";
  } else {
    Repo repo(raw);
    git_revwalk* walk_raw = nullptr;
    if (git_repository_is_shallow(repo.get()) == 1) {
      h.unavailable_reason = "a shallow clone";
    } else if (git_repository_head_unborn(repo.get()) == 1 ||
               git_revwalk_new(&walk_raw, repo.get()) != 0) {
      h.unavailable_reason = "a git repository without commits";
    } else {
      Walk walk(walk_raw);
      git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
      git_revwalk_push_head(walk.get());
      std::set<std::string> wanted(paths.begin(), paths.end());
      git_oid oid;
      while (git_revwalk_next(&oid, walk.get()) == 0) {
        git_commit* c = nullptr;
        if (git_commit_lookup(&c, repo.get(), &oid) != 0) continue;
        Commit commit(c);
        auto touched = touched_paths(repo.get(), c, wanted);
        if (touched.empty()) continue;
        CommitInfo info = commit_info(c);
        for (const auto& p : touched) h.by_path[p].push_back(info);
      }
      h.available = true;
    }
  }
  h.digest = history_digest(h);
  return h;
}

}  // namespace aimsdoc
