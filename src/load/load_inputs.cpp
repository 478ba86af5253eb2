#include "load/load_inputs.hpp"

#include "load/catalog_loader.hpp"
#include "load/crosswalk_loader.hpp"
#include "load/policy_loader.hpp"
#include "load/record_loader.hpp"
#include "load/source_files.hpp"
#include "util/embedded.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

// A path written in site.yaml must name a file inside the root.
bool site_path_ok(const LoadedInputs& in, const std::string& path, const std::string& key,
                  Diagnostics& diags) {
  PathProblem p = check_inside_root(in.root, path);
  if (p == PathProblem::None) return true;
  diags.error(in.site.config.location, "site.path",
              "'" + key + "' entry '" + path + "': " + describe(p));
  return false;
}

std::optional<Framework> load_primary(const LoadedInputs& in, Diagnostics& diags) {
  const std::string& path = in.site.config.catalog_path;
  if (!path.empty()) {
    if (!site_path_ok(in, path, "catalog", diags)) return std::nullopt;
    return load_catalog(in.root, path, diags);
  }
  auto text = embedded_file(kBuiltinCatalog);
  return parse_catalog(std::string(*text), std::string("<built-in>/") + kBuiltinCatalog, diags);
}

}  // namespace

LoadedInputs load_inputs(const std::filesystem::path& root, Diagnostics& diags) {
  LoadedInputs in;
  in.root = root;
  in.site = load_site(root, diags);
  if (!in.site.readable) return in;
  in.primary = load_primary(in, diags);
  for (const auto& path : in.site.config.framework_paths)
    if (site_path_ok(in, path, "frameworks", diags))
      if (auto fw = load_catalog(root, path, diags)) in.frameworks.push_back(std::move(*fw));
  for (const auto& path : in.site.config.crosswalk_paths)
    if (site_path_ok(in, path, "crosswalks", diags))
      if (auto cw = load_crosswalk(root, path, diags)) in.crosswalks.push_back(std::move(*cw));
  for (const auto& path : list_source_files(root, "content", {".md"}, diags))
    if (auto p = load_policy(root, path, diags)) in.policies.push_back(std::move(*p));
  for (const auto& path : list_source_files(root, "controls", {".yaml", ".yml"}, diags))
    if (auto r = load_record(root, path, diags)) in.records.push_back(std::move(*r));
  return in;
}

}  // namespace aimsdoc
