#include "load/git_history.hpp"

#include <set>
#include <unordered_map>

#include "load/git_repo.hpp"
#include "load/policy_loader.hpp"
#include "util/fields.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

using namespace git;

// The wanted paths and, to keep libgit2's diffs small, the top folders they are in.
struct Wanted {
  std::unordered_map<std::string, std::size_t> index;
  std::vector<std::string> folders;
};

Wanted wanted_paths(const std::vector<std::string>& paths) {
  Wanted w;
  std::set<std::string> folders;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    w.index.emplace(paths[i], i);
    folders.insert(paths[i].substr(0, paths[i].find('/')));
  }
  w.folders.assign(folders.begin(), folders.end());
  return w;
}

// Indices of the wanted paths that differ between `from` (null: no tree) and `to`.
std::set<std::size_t> changed_paths(git_repository* repo, git_tree* from, git_tree* to,
                                    const Wanted& wanted) {
  std::vector<char*> specs;
  for (const auto& f : wanted.folders) specs.push_back(const_cast<char*>(f.c_str()));
  // libgit2's initializer function: clang flags GIT_DIFF_OPTIONS_INIT as a partial aggregate.
  git_diff_options opts;
  git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
  opts.pathspec = {specs.data(), specs.size()};
  git_diff* raw = nullptr;
  std::set<std::size_t> out;
  if (git_diff_tree_to_tree(&raw, repo, from, to, &opts) != 0) return out;
  Diff diff(raw);
  for (std::size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* d = git_diff_get_delta(diff.get(), i);
    for (const char* path : {d->old_file.path, d->new_file.path}) {
      if (!path) continue;
      auto it = wanted.index.find(path);
      if (it != wanted.index.end()) out.insert(it->second);
    }
  }
  return out;
}

// The version and approver the policy at `path` declared in `tree`; empty when the file
// cannot be read there or its front matter does not parse (then it was not a valid policy).
void read_approval(git_repository* repo, git_tree* tree, const std::string& path, CommitInfo& row) {
  git_tree_entry* raw = nullptr;
  if (!tree || git_tree_entry_bypath(&raw, tree, path.c_str()) != 0) return;
  TreeEntry entry(raw);
  auto text = blob_input(repo, *git_tree_entry_id(entry.get()), path, TextKind::Markdown);
  if (!text) return;
  if (auto policy = parse_policy_snapshot(*text, path)) {
    row.version = policy->version;
    row.approved_by = policy->approved_by;
  }
}

std::string oid_key(const git_oid* oid) {
  return std::string(reinterpret_cast<const char*>(oid->id), GIT_OID_RAWSZ);
}

// Walks the commits from HEAD, children before parents, following each path the way
// `git log -- PATH` does: a commit is in a path's history when it changed the path
// against its parent; a merge only when it differs from every parent, and otherwise the
// path is followed into the one parent it came from unchanged (so the branches a merge
// discarded, like `merge -s ours`, do not show).
class HistoryWalk {
 public:
  HistoryWalk(git_repository* repo, const std::vector<std::string>& paths)
      : repo_(repo), paths_(paths), wanted_(wanted_paths(paths)) {}

  void run(History& h) {
    git_revwalk* raw = nullptr;
    if (git_revwalk_new(&raw, repo_) != 0) return;
    Walk walk(raw);
    git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
    if (git_revwalk_push_head(walk.get()) != 0) return;
    git_oid head;
    if (git_reference_name_to_id(&head, repo_, "HEAD") != 0) return;
    following_[oid_key(&head)] = std::vector<bool>(paths_.size(), true);
    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0) {
      auto it = following_.find(oid_key(&oid));
      if (it == following_.end()) continue;
      std::vector<bool> follow = std::move(it->second);
      following_.erase(it);
      git_commit* c = nullptr;
      if (git_commit_lookup(&c, repo_, &oid) != 0) continue;
      visit(Commit(c), follow, h);
    }
  }

 private:
  void visit(const Commit& c, const std::vector<bool>& follow, History& h) {
    Tree tree = tree_of(c.get());
    unsigned parents = git_commit_parentcount(c.get());
    std::vector<std::set<std::size_t>> changed;
    std::vector<std::string> parent_keys;
    for (unsigned i = 0; i < parents; ++i) {
      git_commit* p = nullptr;
      if (git_commit_parent(&p, c.get(), i) != 0) continue;
      Commit parent(p);
      Tree parent_tree = tree_of(parent.get());
      changed.push_back(changed_paths(repo_, parent_tree.get(), tree.get(), wanted_));
      parent_keys.push_back(oid_key(git_commit_id(parent.get())));
    }
    if (parent_keys.empty()) changed.push_back(changed_paths(repo_, nullptr, tree.get(), wanted_));
    std::optional<CommitInfo> info;
    for (std::size_t path = 0; path < follow.size(); ++path) {
      if (!follow[path]) continue;
      std::size_t same = 0;
      while (same < changed.size() && changed[same].count(path)) ++same;
      if (same < parent_keys.size()) {  // unchanged from this parent: follow it alone
        follow_into(parent_keys[same], path);
        continue;
      }
      if (same < changed.size()) continue;  // a root commit without the path
      if (!info) info = commit_info(c.get());
      CommitInfo row = *info;
      read_approval(repo_, tree.get(), paths_[path], row);
      h.by_path[paths_[path]].push_back(std::move(row));
      for (const auto& key : parent_keys) follow_into(key, path);
    }
  }

  void follow_into(const std::string& key, std::size_t path) {
    auto& follow = following_[key];
    if (follow.empty()) follow.assign(paths_.size(), false);
    follow[path] = true;
  }

  git_repository* repo_;
  const std::vector<std::string>& paths_;
  Wanted wanted_;
  std::unordered_map<std::string, std::vector<bool>> following_;  // commit -> paths
};

// The git folder's HEAD and HEAD's log, relative to the root (a worktree's git folder is
// elsewhere: "../main/.git/worktrees/NAME/HEAD").
void watch_git_dir(const std::filesystem::path& root, const char* git_dir,
                   std::vector<std::string>& out) {
  std::error_code ec;
  auto dir = std::filesystem::relative(git_dir, std::filesystem::absolute(root, ec), ec);
  if (ec || dir.empty()) return;
  out.push_back((dir / "HEAD").generic_string());
  out.push_back((dir / "logs" / "HEAD").generic_string());
}

void put_commit(std::string& all, const CommitInfo& c) {
  put_field(all, c.hash);
  put_field(all, c.author);
  put_field(all, c.message);
  put_field(all, c.date.to_string());
  put_field(all, c.version);
  put_field(all, c.approved_by);
}

}  // namespace

std::string history_digest(const History& h) {
  std::string all;
  put_field(all, h.unavailable_reason);
  for (const auto& [path, commits] : h.by_path) {
    put_field(all, path);
    for (const auto& c : commits) put_commit(all, c);
  }
  if (h.changes) {
    put_field(all, h.changes->since);
    put_commit(all, h.changes->commit);
  }
  for (const auto& p : h.baseline_policies)
    for (const std::string* f : {&p.id, &p.title, &p.version, &p.path, &p.text}) put_field(all, *f);
  for (const auto& r : h.baseline_records) {
    for (const std::string* f : {&r.requirement_id, &r.status, &r.applicable, &r.owner})
      put_field(all, *f);
    for (const auto& e : r.evidence_ids) put_field(all, e);
  }
  return sha256_hex(all);
}

History read_history(const std::filesystem::path& root, const std::vector<std::string>& paths) {
  History h;
  h.watch_files.push_back(".git");
  if (Repo repo = open_aims_repo(root, h.unavailable_reason)) {
    HistoryWalk(repo.get(), paths).run(h);
    h.available = true;
    watch_git_dir(root, git_repository_path(repo.get()), h.watch_files);
  }
  h.digest = history_digest(h);
  return h;
}

}  // namespace aimsdoc
