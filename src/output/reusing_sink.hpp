#pragma once
// The sink a build renders into: writes go to the staging folder, and FileSink's reuse
// calls take files over from the previous portal (hard links into the staging folder, so
// the swap stays atomic and the old portal is untouched until then) when the previous
// build's cache says they would come out the same. next() is the cache for the build after.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "output/build_cache.hpp"
#include "output/staging_dir.hpp"

namespace aimsdoc {

class ReusingSink final : public FileSink {
 public:
  // `live`: the published portal the cache describes; `previous`: empty for a clean build.
  ReusingSink(StagingDir& staging, std::filesystem::path live, BuildCache previous);

  void write(const std::string& path, std::string_view bytes) override;
  void copy(const std::string& path, const std::filesystem::path& source) override;
  void write_with(const std::string& path,
                  const std::function<bool(const std::filesystem::path&)>& writer) override;

  bool reuse(const std::string& path, const std::string& key) override;
  void set_key(const std::string& path, const std::string& key) override;
  bool reuse_content(const std::string& path, const std::string& sha256) override;
  bool reuse_by_inputs(const std::string& path, const std::string& inputs_key) override;
  void set_inputs_key(const std::string& path, const std::string& inputs_key) override;
  const std::string* recall(const std::string& name) const override;
  void remember(const std::string& name, std::string value) override;
  void add_leftovers(std::shared_ptr<void> work) override;

  std::size_t reused() const;  // files taken over so far
  // Every file staged so far with its key, and the notes remembered by this build (moved
  // out: call once, when rendering is done).
  BuildCache next();

 private:
  // Takes `path` over when the previous build published it with `field` equal to `wanted`
  // (a non-empty key or hash).
  bool reuse_if(const std::string& path, const std::string& wanted,
                std::string CachedOutput::*field);
  // Links the previous portal's `path` when it still is the file `cached` describes.
  bool take_over(const std::string& path, const CachedOutput& cached);

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
