#include "output/reusing_sink.hpp"

#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

// Output paths as the staging folder records them ("a/./b.html" is "a/b.html").
std::string normalized(const std::string& path) {
  auto p = join_normalized("", path);
  return p ? *p : path;
}

}  // namespace

ReusingSink::ReusingSink(StagingDir& staging, fs::path live, BuildCache previous)
    : staging_(staging), live_(std::move(live)), previous_(std::move(previous)) {}

bool ReusingSink::take_over(const std::string& path, const CachedOutput& cached) {
  fs::path old = live_ / path;
  if (identify(old) != cached.identity) return false;  // edited, replaced or gone
  if (!staging_.link(path, old, cached.sha256, cached.identity)) return false;
  std::lock_guard lock(mutex_);
  if (!cached.key.empty()) keys_[path] = cached.key;
  if (!cached.inputs_key.empty()) inputs_keys_[path] = cached.inputs_key;
  ++reused_;
  return true;
}

bool ReusingSink::reuse_if(const std::string& path, const std::string& wanted,
                           std::string CachedOutput::*field) {
  if (wanted.empty() || previous_.outputs.empty()) return false;  // nothing to match
  auto it = previous_.outputs.find(normalized(path));
  return it != previous_.outputs.end() && it->second.*field == wanted &&
         take_over(it->first, it->second);
}

// Checked by content, not identity: the bytes are used, not linked.
std::optional<std::string> ReusingSink::previous_file(const std::string& path) const {
  auto it = previous_.outputs.find(normalized(path));
  if (it == previous_.outputs.end() || it->second.sha256.empty()) return std::nullopt;
  auto bytes = read_file(live_ / it->first);
  if (!bytes || sha256_hex(*bytes) != it->second.sha256) return std::nullopt;
  return bytes;
}

void ReusingSink::set_keys(const std::string& path, std::string key, std::string inputs_key) {
  std::string at = normalized(path);  // outside the lock the rendering threads share
  std::lock_guard lock(mutex_);
  if (!key.empty()) keys_[at] = std::move(key);
  if (!inputs_key.empty()) inputs_keys_[at] = std::move(inputs_key);
}

void ReusingSink::publish(const std::string& path, const FileKeys& keys,
                          const std::function<std::string()>& make) {
  if (reuse_if(path, keys.inputs, &CachedOutput::inputs_key)) return;
  std::string shape = keys.shape ? keys.shape() : std::string();
  if (!reuse_if(path, shape, &CachedOutput::key)) {
    std::string bytes = make();
    std::string sha256 = sha256_hex(bytes);
    if (!reuse_if(path, sha256, &CachedOutput::sha256)) staging_.write(path, bytes, sha256);
  }
  set_keys(path, std::move(shape), keys.inputs);
}

// A file the loader did not hash (a theme asset, an audit report) is hashed here when the
// previous build published that path: reading it is cheaper than writing it again.
void ReusingSink::copy(const std::string& path, const fs::path& source, const std::string& sha256) {
  std::string known = sha256;
  if (known.empty() && previous_.outputs.count(normalized(path)) > 0)
    known = sha256_of_file(source).value_or("");
  if (!reuse_if(path, known, &CachedOutput::sha256)) staging_.copy(path, source);
}

void ReusingSink::write_with(const std::string& path, const std::string& inputs_key,
                             const std::function<bool(const fs::path&)>& writer) {
  if (reuse_if(path, inputs_key, &CachedOutput::inputs_key)) return;
  if (staging_.write_with(path, writer)) set_keys(path, {}, inputs_key);
}

const std::string* ReusingSink::recall(const std::string& name) const {
  auto it = previous_.notes.find(name);
  return it == previous_.notes.end() ? nullptr : &it->second;
}

void ReusingSink::remember(const std::string& name, std::string value) {
  std::lock_guard lock(mutex_);
  notes_[name] = std::move(value);
}

std::size_t ReusingSink::reused() const {
  std::lock_guard lock(mutex_);
  return reused_;
}

void ReusingSink::add_leftovers(std::shared_ptr<void> work) {
  std::lock_guard lock(mutex_);
  leftovers_.push_back(std::move(work));
}

BuildCache ReusingSink::next(const std::vector<OutputFile>& staged) {
  BuildCache cache;
  std::lock_guard lock(mutex_);
  // Sorted by path, as the map is: each goes in at the end, without a search.
  for (const OutputFile& f : staged) {
    auto key = keys_.find(f.path);
    auto inputs_key = inputs_keys_.find(f.path);
    cache.outputs.emplace_hint(
        cache.outputs.end(), f.path,
        CachedOutput{key == keys_.end() ? std::string() : key->second,
                     inputs_key == inputs_keys_.end() ? std::string() : inputs_key->second,
                     f.sha256, f.identity});
  }
  cache.notes = std::move(notes_);
  return cache;
}

}  // namespace aimsdoc
