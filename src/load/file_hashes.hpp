#pragma once
// The SHA-256s of the files the loader hashed (evidence, impact assessment reports, files
// policies link to), kept in the build's cache folder (`hashes`, beside the policy records)
// with each file's identity: the next build takes a hash over while the file keeps its
// identity (device, inode, size, modification and change times), instead of reading a
// file that may be gigabytes. A file the portal previews is read anyway, for its text.
// Only a file whose times are before the load began is recorded (policy_records.hpp).
#include <time.h>

#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>

#include "model/aims.hpp"
#include "util/file_identity.hpp"

namespace aimsdoc {

struct KnownHash {
  std::string sha256;  // hex
  std::uintmax_t size = 0;
};

class FileHashes {
 public:
  std::size_t size() const { return by_path_.size(); }
  // The hash of `path` when the file still has `identity`.
  std::optional<KnownHash> find(const std::string& path, const InputIdentity& identity) const;

 private:
  friend FileHashes read_file_hashes(const std::filesystem::path& dir);
  std::unordered_map<std::string, std::pair<InputIdentity, KnownHash>> by_path_;
};

// What hashing a file takes over and records: the previous build's hashes, and when this
// load began. Without `started` nothing is recorded.
struct HashTakeOver {
  const FileHashes* previous = nullptr;
  timespec started{};
};

// Hashes `relative` under `root` (`read` sees each chunk), or takes its hash over from
// `take_over`; `identity` is set when the hash may be recorded. False, with `why`, when the
// file cannot be read.
bool hash_input_file(const std::filesystem::path& root, const std::string& relative,
                     const HashTakeOver& take_over, KnownHash& hash,
                     std::optional<InputIdentity>& identity, std::string& why);

// In and out of the cache folder `dir`: every hash the model holds with an identity
// (EvidenceItem::file_identity, Asset::file_identity). A damaged file, or one another
// aimsdoc binary wrote, reads as none.
FileHashes read_file_hashes(const std::filesystem::path& dir);
bool write_file_hashes(const std::filesystem::path& dir, const Aims& aims);

}  // namespace aimsdoc
