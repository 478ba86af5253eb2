#pragma once
// The AIMS's git repository through libgit2 (no git process): what the document history
// (git_history.cpp) and `build --since` (git_baseline.cpp) share. libgit2's objects are
// owned by unique_ptrs that call their own free function.
#include <git2.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "load/source_files.hpp"
#include "model/history.hpp"

namespace aimsdoc::git {

template <typename T, void (*Free)(T*)>
struct Freer {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Owned = std::unique_ptr<T, Freer<T, Free>>;
using Repo = Owned<git_repository, git_repository_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Tree = Owned<git_tree, git_tree_free>;
using TreeEntry = Owned<git_tree_entry, git_tree_entry_free>;
using Blob = Owned<git_blob, git_blob_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Walk = Owned<git_revwalk, git_revwalk_free>;
using Object = Owned<git_object, git_object_free>;

// libgit2 keeps global state: initialized once per process, never shut down.
void init_libgit2();

// The repository whose work tree's top is `root`, with commits and full history; else
// null and `problem` says why ("... is not a git repository", "... is a shallow clone").
// An AIMS in a subfolder of a repository is not one: its history would be the folder's.
Repo open_aims_repo(const std::filesystem::path& root, std::string& problem);

CommitInfo commit_info(const git_commit* c);
// The tree of commit `c`, or null.
Tree tree_of(const git_commit* c);
// A blob as the loaders read a file of the work tree (decode_text_input: BOM stripped,
// CRLF folded, refused when not UTF-8 text), or nullopt when unreadable or refused.
std::optional<std::string> blob_input(git_repository* repo, const git_oid& id,
                                      const std::string& path, TextKind kind);

}  // namespace aimsdoc::git
