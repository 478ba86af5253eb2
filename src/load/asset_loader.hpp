#pragma once
// Assets next to content: the files under content/ that are not policies (images, PDFs,
// spreadsheets) and that a policy links to or embeds. Each is held to the path rules of an
// evidence file and hashed, so the portal can copy it and manifest.json list it.
#include <filesystem>
#include <vector>

#include "load/file_hashes.hpp"
#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// The assets the policies' relative links name, sorted by path. A file that is a symlink
// leading out of the root, or cannot be resolved, is refused [asset.path] at the first link
// to it and its path added to `refused` (so the link check does not report it again); a
// missing one is left to the link check (link.broken).
// `hashes`: files whose hashes may be taken over (file_hashes.hpp).
std::vector<Asset> load_assets(const std::filesystem::path& root,
                               const std::vector<Policy>& policies, Diagnostics& diags,
                               std::vector<std::string>& refused, const HashTakeOver& hashes = {});

}  // namespace aimsdoc
