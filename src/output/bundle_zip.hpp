#pragma once
// `aimsdoc bundle`: a published portal in one zip that unzip opens and `verify` reads.
// Deterministic: entries in path order under one top folder, every timestamp the build
// date, fixed modes and owners, so the same portal gives a byte-identical zip.
#include <filesystem>
#include <string>
#include <vector>

#include "output/received_portal.hpp"
#include "util/date.hpp"

namespace aimsdoc {

// Zips `files` (paths relative to `portal`, as verify read them) into `zip` under the folder
// `top`, through a temporary file renamed into place. Each file's bytes are hashed as they
// are zipped and must still be the size and SHA-256 verify saw, so no byte goes in that
// was not checked. False with `error` on failure, in which case `zip` is untouched.
bool write_bundle_zip(const std::filesystem::path& portal, const std::vector<ReceivedFile>& files,
                      const std::filesystem::path& zip, const std::string& top, Date stamp,
                      std::string& error);

}  // namespace aimsdoc
