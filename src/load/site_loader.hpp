#pragma once
// site.yaml -> SiteConfig and the owner roster.
#include <filesystem>
#include <vector>

#include "model/aims.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct LoadedSite {
  SiteConfig config;
  std::vector<Owner> owners;
  bool readable = false;  // false: site.yaml missing or not YAML (exit 2)
};

LoadedSite load_site(const std::filesystem::path& root, Diagnostics& diags);

}  // namespace aimsdoc
