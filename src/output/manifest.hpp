#pragma once
// manifest.json: every evidence item, every asset (a file under content/ a policy links
// to) and every output file with size and SHA-256, so an auditor can verify that the
// portal they received is the one that was built.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "output/staging_dir.hpp"
#include "render/build_view.hpp"
#include "render/site_paths.hpp"  // kManifestPath

namespace aimsdoc {

// How every manifest aimsdoc writes begins: what marks a folder as an aimsdoc portal that
// a build may replace (a folder with some other manifest.json is someone's project).
inline constexpr std::string_view kManifestStart = "{\n  \"generator\": \"aimsdoc ";

// True when `folder` holds a manifest.json that aimsdoc wrote.
bool holds_aimsdoc_portal(const std::filesystem::path& folder);

// `files` must not contain the manifest itself.
std::string render_manifest(const BuildView& view, const std::vector<OutputFile>& files);

}  // namespace aimsdoc
