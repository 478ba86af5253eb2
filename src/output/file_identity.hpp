#pragma once
// Which file a path names and whether it was modified: device, inode, size and
// modification time. An incremental rebuild takes a file over from the previous portal
// only while its identity is the one recorded when that portal was built.
#include <sys/stat.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace aimsdoc {

struct FileIdentity {
  std::uint64_t device = 0, inode = 0, size = 0;
  std::int64_t mtime_ns = 0;
  bool operator==(const FileIdentity&) const = default;
};

inline FileIdentity identity_of(const struct stat& st) {
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
          static_cast<std::uint64_t>(st.st_size),
          static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

// Of a regular file (not followed if a symlink); nullopt for anything else.
inline std::optional<FileIdentity> identify(const std::filesystem::path& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  return identity_of(st);
}

// The running aimsdoc binary (version, path, size, modification time): a rebuilt aimsdoc may
// render the same inputs differently, so the build state and cache it did not write do not
// count.
std::string binary_identity();

}  // namespace aimsdoc
