#pragma once
// The sink a build renders into: writes go to the staging folder, and files are taken over
// from the previous portal (hard links into the staging folder, so the swap stays atomic
// and the old portal is untouched until then) when the previous build's cache says they
// would come out the same: by inputs key, shape key or content, in that order (FileKeys).
// next() is the cache for the build after.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "output/build_cache.hpp"
#include "output/staging_dir.hpp"
#include "render/file_sink.hpp"

namespace aimsdoc {

class ReusingSink final : public FileSink {
 public:
  // `live`: the published portal the cache describes; `previous`: empty for a clean build.
  ReusingSink(StagingDir& staging, std::filesystem::path live, BuildCache previous);

  void publish(const std::string& path, const FileKeys& keys,
               const std::function<std::string()>& make) override;
  void copy(const std::string& path, const std::filesystem::path& source,
            const std::string& sha256) override;
  void write_with(const std::string& path, const std::string& inputs_key,
                  const std::function<bool(const std::filesystem::path&)>& writer) override;
  const std::string* recall(const std::string& name) const override;
  void remember(const std::string& name, std::string value) override;
  std::optional<std::string> previous_file(const std::string& path) const override;
  void add_leftovers(std::shared_ptr<void> work) override;

  std::size_t reused() const;  // files taken over so far
  // Every file of `staged` (the staging folder's files(), taken when rendering is done)
  // with its key, and the notes remembered by this build (moved out: call once).
  BuildCache next(const std::vector<OutputFile>& staged);

 private:
  // Takes `path` over when the previous build published it with `field` equal to `wanted`
  // (a non-empty key or hash).
  bool reuse_if(const std::string& path, const std::string& wanted,
                std::string CachedOutput::*field);
  // Links the previous portal's `path` when it still is the file `cached` describes.
  bool take_over(const std::string& path, const CachedOutput& cached);
  // Records the keys `path` was published under, for the next build.
  void set_keys(const std::string& path, std::string key, std::string inputs_key);

  StagingDir& staging_;
  std::filesystem::path live_;
  const BuildCache previous_;
  mutable std::mutex mutex_;
  std::map<std::string, std::string> keys_;         // by normalized output path
  std::map<std::string, std::string> inputs_keys_;  // the same
  std::map<std::string, std::string> notes_;
  std::size_t reused_ = 0;
  std::vector<std::shared_ptr<void>> leftovers_;
};

}  // namespace aimsdoc
