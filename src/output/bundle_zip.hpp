#pragma once
// `aimsdoc bundle`: a published portal in one zip that unzip opens and `verify` reads.
// Deterministic: entries in path order under one top folder, every timestamp the build
// date, fixed modes and owners, so the same portal gives a byte-identical zip.
#include <filesystem>
#include <string>
#include <vector>

#include "util/date.hpp"

namespace aimsdoc {

// Zips `files` ('/'-separated paths relative to `portal`) into `zip` under the folder
// `top`, through a temporary file renamed into place. False with `error` on failure, in
// which case `zip` is untouched.
bool write_bundle_zip(const std::filesystem::path& portal, const std::vector<std::string>& files,
                      const std::filesystem::path& zip, const std::string& top, Date stamp,
                      std::string& error);

}  // namespace aimsdoc
