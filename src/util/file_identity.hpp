#pragma once
// Which file a path names and whether it was modified: device, inode, size and
// modification time. An incremental rebuild takes a file over from the previous portal
// only while its identity is the one recorded when that portal was built.
#include <sys/stat.h>
#include <time.h>

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

inline std::int64_t nanoseconds(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

inline FileIdentity identity_of(const struct stat& st) {
  return {static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino),
          static_cast<std::uint64_t>(st.st_size), nanoseconds(st.st_mtim)};
}

// The status of a regular file (not followed if a symlink); false for anything else.
inline bool stat_regular(const std::filesystem::path& path, struct stat& st) {
  return ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Of a regular file (not followed if a symlink); nullopt for anything else.
inline std::optional<FileIdentity> identify(const std::filesystem::path& path) {
  struct stat st {};
  if (!stat_regular(path, st)) return std::nullopt;
  return identity_of(st);
}

// An input's identity: a FileIdentity and its status-change time, which a copy that puts the
// modification time back (rsync -a, tar, cp -p) still moves, as the build state's
// fingerprint counts it. Not for outputs: hard-linking a file moves its status-change time.
struct InputIdentity {
  FileIdentity file;
  std::int64_t ctime_ns = 0;
  bool operator==(const InputIdentity&) const = default;
};
// Of a regular file (not followed if a symlink); nullopt for anything else.
std::optional<InputIdentity> identify_input(const std::filesystem::path& path);

// Now, as file modification times count it.
timespec file_clock_now();
// Whether a file time `t` may be at or after `since`.
bool file_time_at_or_after(const timespec& t, const timespec& since);
// Whether the file had both its times before `since`: one edited within the clock tick
// that `since` fell in could keep the identity it had when read.
bool held_still_before(const InputIdentity& id, const timespec& since);

// The running aimsdoc binary (version, path, size, modification time): a rebuilt aimsdoc may
// render the same inputs differently, so the build state and cache it did not write do not
// count.
std::string binary_identity();

}  // namespace aimsdoc
