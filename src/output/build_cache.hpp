#pragma once
// What an incremental rebuild needs from the previous build of the same output folder,
// kept beside it in `.<name>.aimsdoc-cache/` (like the state file, never inside the
// portal, which stays a pure function of the inputs): for every published file the key
// it was rendered under, its SHA-256 and its identity (device, inode, size, modification
// time); and the renderers' notes (FileSink::remember).
//
// A file is taken over only while its identity is the recorded one, so an edited or
// replaced portal file is rendered again; a cache written by another aimsdoc binary is
// ignored (the same inputs may render differently). `build --force` ignores the cache.
#include <filesystem>
#include <map>
#include <string>

#include "util/file_identity.hpp"

namespace aimsdoc {

struct CachedOutput {
  std::string key;         // FileKeys::shape's key; "" when the file has none
  std::string inputs_key;  // FileKeys::inputs, or ""
  std::string sha256;      // hex
  FileIdentity identity;
};

struct BuildCache {
  std::map<std::string, CachedOutput> outputs;  // by output path
  std::map<std::string, std::string> notes;     // by name
};

std::filesystem::path cache_dir_for(const std::filesystem::path& out);

// Empty when there is none, it is damaged, or another aimsdoc binary wrote it.
BuildCache read_build_cache(const std::filesystem::path& dir);
bool write_build_cache(const std::filesystem::path& dir, const BuildCache& cache);
// The same in two steps: written beside its place (a reader still sees the old cache, or
// none), then put in place. A build writes it while the portal it describes is committed,
// and puts it in place once that portal is (build.cpp).
bool write_build_cache_aside(const std::filesystem::path& dir, const BuildCache& cache);
bool put_build_cache_in_place(const std::filesystem::path& dir);
void remove_build_cache(const std::filesystem::path& dir);

}  // namespace aimsdoc
