#pragma once
// The policies a build loaded, kept in its cache folder (`policies`, beside the build cache)
// so that the next build takes over each one whose file has the identity it had then
// (device, inode, size, modification and status-change times), without reading the file:
// one policy edited in a large AIMS costs its own reading, not every policy's.
//
// A record is what the loader found (fields, locations, links, the body's size and
// SHA-256), never what the model joined to it, and only of a policy loaded without a
// finding: a taken-over policy has no diagnostic to repeat. Its body stays in its file
// (policy_text.hpp) and is checked against the recorded SHA-256 when a page reads it.
// Records written by another aimsdoc binary are ignored.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/aims.hpp"

namespace aimsdoc {

class PolicyRecords {
 public:
  PolicyRecords() = default;
  explicit PolicyRecords(std::unordered_map<std::string, Policy> by_path)
      : by_path_(std::move(by_path)) {}

  std::size_t size() const { return by_path_.size(); }
  // The record of `path` when its file still has `identity`, moved out (each path is taken
  // once; threads may take different paths at once), its body left in the file for
  // `reader`; nullopt otherwise.
  std::optional<Policy> take(const std::string& path, const InputIdentity& identity,
                             const std::shared_ptr<const BodyReader>& reader);

 private:
  std::unordered_map<std::string, Policy> by_path_;
};

// In and out of the cache folder `dir`: the records of the policies that have one
// (Policy::file), written aside, then renamed into place. Damaged records, or records
// another aimsdoc binary wrote, read as none.
PolicyRecords read_policy_records(const std::filesystem::path& dir);
bool write_policy_records(const std::filesystem::path& dir, const std::vector<Policy>& policies);

}  // namespace aimsdoc
