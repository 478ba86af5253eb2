#include "render/portal/link_rewriter.hpp"

#include "render/portal/urls.hpp"
#include "render/site_paths.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc::portal {

LinkRewriter::LinkRewriter(const Aims& aims) {
  // The digest takes the table in the model's order, which is fixed for a given AIMS: no
  // sort of every path (long shared prefixes, one per policy) for it.
  std::string table;
  auto add = [&](const std::string& input, std::string output) {
    auto [at, added] = output_by_input_.emplace(input, std::move(output));
    if (!added) return;
    put_field(table, input);
    put_field(table, at->second);
  };
  for (const auto& p : aims.policies) add(p.source_path, policy_page(p));
  for (const auto& a : aims.assets) add(a.path, escape_url_path(asset_site_path(a)));
  for (const auto& r : aims.requirements) {
    if (r.has_record) add(r.record.location.path, requirement_page(r));
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty()) add(ev.file, escape_url_path(evidence_site_path(ev)));
  }
  digest_ = sha256_hex(table);
}

std::optional<std::string> LinkRewriter::rewrite(const std::string& url,
                                                 const std::string& source_dir,
                                                 const std::string& page) const {
  if (!is_relative_target(url)) return std::nullopt;
  // A query means nothing to a static file: only a fragment is kept.
  std::string_view fragment = link_suffix(url);
  if (!fragment.empty() && fragment[0] == '?') fragment = {};
  auto joined = link_target_path(source_dir, url);
  if (!joined) return std::nullopt;
  auto it = find_path_or_folder_index(output_by_input_, *joined);
  if (it == output_by_input_.end()) return std::nullopt;
  return href(page, it->second).append(fragment);
}

}  // namespace aimsdoc::portal
