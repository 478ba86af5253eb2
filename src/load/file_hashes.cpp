#include "load/file_hashes.hpp"

#include "util/cache_file.hpp"
#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

constexpr const char* kFormat = "aimsdoc-file-hashes 1";
constexpr const char* kFileName = "hashes";

void put_hash(std::string& out, const std::string& path, const InputIdentity& id,
              const std::string& sha256, std::uintmax_t size) {
  put_field(out, path);
  for (std::uint64_t n :
       {id.file.device, id.file.inode, id.file.size, static_cast<std::uint64_t>(id.file.mtime_ns),
        static_cast<std::uint64_t>(id.ctime_ns), std::uint64_t(size)})
    put_number(out, n);
  put_field(out, sha256);
}

}  // namespace

std::optional<KnownHash> FileHashes::find(const std::string& path,
                                          const InputIdentity& identity) const {
  auto it = by_path_.find(path);
  if (it == by_path_.end() || it->second.first != identity) return std::nullopt;
  return it->second.second;
}

bool hash_input_file(const fs::path& root, const std::string& relative,
                     const HashTakeOver& take_over, KnownHash& hash,
                     std::optional<InputIdentity>& identity, std::string& why) {
  identity.reset();
  auto before = identify_input(root / relative);
  if (before && take_over.previous)
    if (auto known = take_over.previous->find(relative, *before)) {
      hash = std::move(*known);
      identity = before;
      return true;
    }
  Sha256 sha;
  hash.size = 0;
  bool read = read_file_chunks(
      root / relative,
      [&](std::string_view chunk) {
        sha.update(chunk);
        hash.size += chunk.size();
      },
      &why);
  if (!read) return false;
  hash.sha256 = sha.hex_digest();
  // As for policies: a change from the load's start on gives the file another identity.
  if (before && held_still_before(*before, take_over.started)) identity = before;
  return true;
}

FileHashes read_file_hashes(const fs::path& dir) {
  FileHashes hashes;
  auto file = read_cache_file(dir / kFileName, kFormat);
  if (!file) return hashes;
  std::string_view in = std::string_view(file->text).substr(file->body);
  while (!in.empty()) {
    auto path = take_field(in);
    auto device = take_number(in), inode = take_number(in), file_size = take_number(in),
         mtime = take_number(in), ctime = take_number(in), size = take_number(in);
    auto sha = take_field(in);
    if (!path || !device || !inode || !file_size || !mtime || !ctime || !size || !sha) return {};
    InputIdentity id{{*device, *inode, *file_size, static_cast<std::int64_t>(*mtime)},
                     static_cast<std::int64_t>(*ctime)};
    hashes.by_path_[std::string(*path)] = {id, KnownHash{std::string(*sha), *size}};
  }
  return hashes;
}

bool write_file_hashes(const fs::path& dir, const Aims& aims) {
  CacheFileWriter out(dir / kFileName, kFormat);
  auto put_evidence = [&](const EvidenceItem& ev) {
    if (ev.file_identity) put_hash(out.piece(), ev.file, *ev.file_identity, ev.sha256, ev.size);
  };
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence) put_evidence(ev);
  for (const auto& a : aims.assessments) put_evidence(a.report);
  for (const auto& asset : aims.assets)
    if (asset.file_identity)
      put_hash(out.piece(), asset.path, *asset.file_identity, asset.sha256, asset.size);
  return out.finish();
}

}  // namespace aimsdoc
