#include "load/git_baseline.hpp"

#include "load/git_repo.hpp"
#include "load/policy_loader.hpp"
#include "load/record_loader.hpp"
#include "util/input_folders.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

using namespace git;

// The last commit on HEAD's first-parent line made before `day` began (UTC).
Commit commit_before(git_repository* repo, Date day) {
  git_revwalk* raw = nullptr;
  if (git_revwalk_new(&raw, repo) != 0) return nullptr;
  Walk walk(raw);
  git_revwalk_simplify_first_parent(walk.get());
  if (git_revwalk_push_head(walk.get()) != 0) return nullptr;
  const git_time_t start = static_cast<git_time_t>(day.days_since_epoch()) * 86400;
  git_oid oid;
  while (git_revwalk_next(&oid, walk.get()) == 0) {
    git_commit* c = nullptr;
    if (git_commit_lookup(&c, repo, &oid) != 0) continue;
    Commit commit(c);
    if (git_commit_time(commit.get()) < start) return commit;
  }
  return nullptr;
}

Commit resolve(git_repository* repo, const std::string& rev) {
  if (auto day = parse_date(rev)) return commit_before(repo, *day);
  git_object* raw = nullptr;
  if (rev.empty() || rev[0] == '-' || git_revparse_single(&raw, repo, rev.c_str()) != 0)
    return nullptr;
  Object obj(raw);
  git_object* peeled = nullptr;
  if (git_object_peel(&peeled, obj.get(), GIT_OBJECT_COMMIT) != 0) return nullptr;
  return Commit(reinterpret_cast<git_commit*>(peeled));
}

struct TreeFiles {
  std::vector<std::pair<std::string, git_oid>> policies, records;  // path, blob
};

// Collects the policies (content/**/*.md) and records (controls/**/*.yaml) of a tree;
// other top folders are not entered.
int collect(const char* dir, const git_tree_entry* entry, void* payload) {
  auto& files = *static_cast<TreeFiles*>(payload);
  const char* name = git_tree_entry_name(entry);
  if (name[0] == '.')
    return git_tree_entry_type(entry) == GIT_OBJECT_TREE ? 1 : 0;  // as the work tree's walk
  std::string path = std::string(dir) + name;
  if (git_tree_entry_type(entry) == GIT_OBJECT_TREE)
    return *dir || path == kPolicyFolder || path == kControlFolder ? 0 : 1;
  if (git_tree_entry_type(entry) != GIT_OBJECT_BLOB) return 0;
  if (path.starts_with(std::string(kPolicyFolder) + "/") && ends_with(path, ".md"))
    files.policies.emplace_back(path, *git_tree_entry_id(entry));
  else if (path.starts_with(std::string(kControlFolder) + "/") &&
           (ends_with(path, ".yaml") || ends_with(path, ".yml")))
    files.records.emplace_back(path, *git_tree_entry_id(entry));
  return 0;
}

// The revision's files, parsed as today's are; what they got wrong then is not reported.
void read_snapshots(git_repository* repo, git_tree* tree, History& h) {
  TreeFiles files;
  git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &files);
  Diagnostics ignored;
  for (const auto& [path, id] : files.policies) {
    auto text = blob_input(repo, id, path, TextKind::Markdown);
    if (!text) continue;
    if (auto p = parse_policy_snapshot(*text, path)) h.baseline_policies.push_back(std::move(*p));
  }
  for (const auto& [path, id] : files.records) {
    auto text = blob_input(repo, id, path, TextKind::Yaml);
    if (!text) continue;
    if (auto r = parse_record(*text, path, {}, ignored))
      h.baseline_records.push_back(record_snapshot(*r));
  }
}

}  // namespace

bool read_baseline(const std::filesystem::path& root, const std::string& rev, History& h,
                   std::string& problem) {
  Repo repo = open_aims_repo(root, problem);
  if (!repo) return false;
  Commit commit = resolve(repo.get(), rev);
  if (!commit) {
    problem = parse_date(rev) ? "no commit before " + rev + " in " + root.string()
                              : "no tag, branch or commit '" + rev + "' in " + root.string();
    return false;
  }
  Tree tree = tree_of(commit.get());
  if (!tree) {
    problem = "the tree of '" + rev + "' cannot be read";
    return false;
  }
  ChangeSet changes;
  changes.since = rev;
  changes.commit = commit_info(commit.get());
  h.changes = std::move(changes);
  read_snapshots(repo.get(), tree.get(), h);
  return true;
}

}  // namespace aimsdoc
