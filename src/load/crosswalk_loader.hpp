#pragma once
// mappings/crosswalk-*.yaml -> Crosswalk. Ids on both sides are checked later, against
// the loaded catalogs, by build_aims.
#include <filesystem>
#include <optional>
#include <string>

#include "model/crosswalk.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

std::optional<Crosswalk> load_crosswalk(const std::filesystem::path& root,
                                        const std::string& relative, Diagnostics& diags);

}  // namespace aimsdoc
