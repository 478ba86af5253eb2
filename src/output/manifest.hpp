#pragma once
// manifest.json: every evidence item, every asset (a file under content/ a policy links
// to) and every output file with size and SHA-256, so an auditor can verify that the
// portal they received is the one that was built.
#include <string>
#include <vector>

#include "output/staging_dir.hpp"
#include "render/build_view.hpp"
#include "render/site_paths.hpp"  // kManifestPath

namespace aimsdoc {

// `files` must not contain the manifest itself.
std::string render_manifest(const BuildView& view, const std::vector<OutputFile>& files);

}  // namespace aimsdoc
