#include "load/asset_loader.hpp"

#include <map>

#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

bool is_markdown(std::string_view path) {
  return path.size() > 3 && path.compare(path.size() - 3, 3, ".md") == 0;
}

// Repo path -> the first link naming it, for the files under content/ that links name and
// that are not Markdown (policies, or links the link check reports).
std::map<std::string, SourceLocation> linked_files(const std::vector<Policy>& policies) {
  std::map<std::string, SourceLocation> linked;
  for (const auto& p : policies) {
    std::string dir = parent_dir(p.source_path);
    for (const auto& link : p.links) {
      // Most links are to policies: told apart by their ending before any path is joined.
      std::string_view target = link_path_part(link.target);
      if (is_markdown(target) || !is_relative_target(link.target)) continue;
      auto path = join_normalized(dir, target);
      if (path && starts_with(*path, "content/") && !is_markdown(*path))
        linked.emplace(std::move(*path), p.location_of(link));
    }
  }
  return linked;
}

std::optional<Asset> load_asset(const std::filesystem::path& root, const std::string& path,
                                const SourceLocation& at, Diagnostics& diags, bool& refused,
                                const HashTakeOver& hashes) {
  PathProblem problem = check_inside_root(root, path);
  // Missing, or a folder (a link to a folder opens its README.md policy): the link check
  // decides; a FIFO or device is not read either.
  if (problem == PathProblem::Missing || problem == PathProblem::NotAFile) return std::nullopt;
  if (problem != PathProblem::None) {
    diags.error(at, "asset.path", "linked file '" + path + "' rejected: " + describe(problem));
    refused = true;
    return std::nullopt;
  }
  Asset asset{path, "", 0, std::nullopt};
  KnownHash hash;
  std::string why;
  if (!hash_input_file(root, path, hashes, hash, asset.file_identity, why)) {
    diags.error(at, "input.unreadable", "cannot read linked file '" + path + "': " + why);
    return std::nullopt;
  }
  asset.sha256 = std::move(hash.sha256);
  asset.size = hash.size;
  return asset;
}

}  // namespace

std::vector<Asset> load_assets(const std::filesystem::path& root,
                               const std::vector<Policy>& policies, Diagnostics& diags,
                               std::vector<std::string>& refused, const HashTakeOver& hashes) {
  auto linked = linked_files(policies);
  std::vector<std::pair<std::string, SourceLocation>> files(linked.begin(), linked.end());
  std::vector<std::optional<Asset>> loaded(files.size());
  std::vector<Diagnostics> found(files.size());
  std::vector<char> refusals(files.size(), 0);
  parallel_for(files.size(), [&](std::size_t i) {
    bool no = false;
    loaded[i] = load_asset(root, files[i].first, files[i].second, found[i], no, hashes);
    refusals[i] = no;
  });
  std::vector<Asset> assets;
  for (std::size_t i = 0; i < files.size(); ++i) {
    diags.append(found[i]);
    if (loaded[i]) assets.push_back(std::move(*loaded[i]));
    if (refusals[i]) refused.push_back(files[i].first);
  }
  return assets;
}

}  // namespace aimsdoc
