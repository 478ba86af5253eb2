#pragma once
// The write stage: everything is built in a temporary sibling of the output folder and
// swapped in by one rename at the end, so a failed or killed build leaves the previous
// portal as it was.
#include <atomic>
#include <filesystem>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "util/file_identity.hpp"

namespace aimsdoc {

struct OutputFile {
  std::string path;  // '/'-separated, relative to the output root
  std::uintmax_t size = 0;
  std::string sha256;
  FileIdentity identity;  // as staged (and published: the swap keeps inodes), for reuse
};

// Removes `.<name>.tmp-<pid>` folders beside `target` whose build process is gone (debris
// of a killed build); a portal parked by a killed swap is moved back into place first.
// StagingDir does this itself; a build that stops early (nothing changed) must call it.
void remove_stale_staging(const std::filesystem::path& target);

class StagingDir {
 public:
  // Creates `<parent>/.<name>.tmp-<pid>` beside `target`; removes stale temp folders left
  // there by builds that were killed.
  explicit StagingDir(std::filesystem::path target);
  ~StagingDir();  // removes the temp folder unless committed
  StagingDir(const StagingDir&) = delete;
  StagingDir& operator=(const StagingDir&) = delete;

  bool ok() const { return !failed_; }                 // any thread, while others may be failing
  const std::string& error() const { return error_; }  // first failure, with the path

  // `path` is '/'-separated and relative to the output root; each may be written once. All
  // methods are thread-safe. A failure makes ok() false and the rest of the build a no-op.
  // `sha256`: the bytes' hash (hex) when the caller has it already, else computed here.
  void write(const std::string& path, std::string_view bytes, std::string sha256 = {});
  // Copies an input file (evidence), hashing it as it goes.
  void copy(const std::string& path, const std::filesystem::path& source);
  // For libraries that insist on writing a file themselves (libxlsxwriter): `writer` is
  // given the real file path to write and returns false on failure. True when written.
  bool write_with(const std::string& path,
                  const std::function<bool(const std::filesystem::path&)>& writer);
  // Puts `existing` (a file of the previous portal whose SHA-256 and identity are known)
  // at `path` as a hard link: no bytes are copied or hashed. False when the link cannot
  // be made.
  bool link(const std::string& path, const std::filesystem::path& existing, std::string sha256,
            const FileIdentity& identity);

  // Every file written so far, sorted by path.
  std::vector<OutputFile> files() const;
  // Swaps the staged folder in place of the target. False (and error()) on failure, in
  // which case the target is untouched.
  bool commit();
  // The removal of the previous portal that commit() started, for the caller to wait for
  // later (an invalid future when there is none); otherwise the destructor waits.
  std::future<void> removal() { return std::move(removing_); }

 private:
  // A path to write: its place in the temp folder, and the normalized relative path it is
  // recorded under.
  struct Prepared {
    std::filesystem::path full;
    std::string relative;
  };
  // The file's place, parents created; nullopt (and fail) for a path that would leave the
  // output folder or was prepared before.
  std::optional<Prepared> prepare(const std::string& path);
  void record(const Prepared& to, std::string_view bytes, std::string sha256,
              FileIdentity identity);
  void record(OutputFile file);  // path already normalized (Prepared::relative)
  void fail(const std::string& message);

  std::filesystem::path target_, temp_;
  mutable std::mutex mutex_;
  std::vector<OutputFile> files_;
  std::unordered_set<std::string> made_dirs_;  // folders made: one mkdir per folder, not per file
  std::unordered_set<std::string> claimed_;    // every path prepared: each may be written once
  std::string error_;                          // under mutex_; read once rendering is done
  std::atomic<bool> failed_{false};            // set with error_
  bool committed_ = false;
  std::future<void> removing_;  // of the previous portal, after the swap
};

}  // namespace aimsdoc
