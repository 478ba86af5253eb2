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
  std::size_t size() const { return by_path_.size(); }
  // The record of `path` when its file still has `identity` and the record is whole, its
  // body left in the file for `reader`; nullopt otherwise. Threads may take at once.
  std::optional<Policy> take(const std::string& path, const InputIdentity& identity,
                             const std::shared_ptr<const BodyReader>& reader) const;

 private:
  friend PolicyRecords read_policy_records(const std::filesystem::path& dir);
  std::unique_ptr<const std::string> text_;  // the file; records are decoded when taken
  std::unordered_map<std::string_view, std::string_view> by_path_;  // into text_
};

// In and out of the cache folder `dir`: the records of the policies that have one
// (Policy::file), written aside, then renamed into place. A file cut short, or written by
// another aimsdoc binary, reads as no records; a damaged record is not taken.
PolicyRecords read_policy_records(const std::filesystem::path& dir);
bool write_policy_records(const std::filesystem::path& dir, const std::vector<Policy>& policies);

}  // namespace aimsdoc
