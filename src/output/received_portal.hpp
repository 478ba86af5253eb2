#pragma once
// A portal as a recipient has it, a folder or a zip, read for `verify`: every file's size
// and SHA-256, and the text of the few small files that describe the rest.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace aimsdoc {

struct ReceivedFile {
  std::string path;  // '/'-separated, relative to the portal's top
  std::uintmax_t size = 0;
  std::string sha256;
};

struct ReceivedPortal {
  std::vector<ReceivedFile> files;  // sorted by path
  std::map<std::string, std::string>
      texts;                            // manifest.json, its signature, aimsdoc.pub, SHA256SUMS
  std::vector<std::string> unreadable;  // entries that are not regular files, or unreadable
  std::string error;                    // the folder or zip itself could not be read
};

// A folder: every regular file under it. Symlinks and other special files are listed in
// `unreadable` (a portal holds none).
ReceivedPortal read_portal_folder(const std::filesystem::path& folder);

// A zip, as `aimsdoc bundle` writes it: when every entry lies under one top folder, paths
// are taken relative to it.
ReceivedPortal read_portal_zip(const std::filesystem::path& zip);

}  // namespace aimsdoc
