#include "output/build_cache.hpp"

#include "util/fields.hpp"
#include "util/paths.hpp"
#include "util/piece_writer.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kFormat = "aimsdoc-build-cache 2";
constexpr const char* kFileName = "cache";

std::string number_text(std::uint64_t n) { return std::to_string(n); }

void put_output(std::string& out, const std::string& path, const CachedOutput& o) {
  put_field(out, path);
  put_field(out, o.key);
  put_field(out, o.inputs_key);
  put_field(out, o.sha256);
  for (std::uint64_t n : {o.identity.device, o.identity.inode, o.identity.size,
                          static_cast<std::uint64_t>(o.identity.mtime_ns)})
    put_field(out, number_text(n));
}

bool take_output(std::string_view& in, BuildCache& cache) {
  auto path = take_field(in), key = take_field(in), inputs_key = take_field(in),
       sha = take_field(in);
  auto device = take_number(in), inode = take_number(in), size = take_number(in),
       mtime = take_number(in);
  if (!path || !key || !inputs_key || !sha || !device || !inode || !size || !mtime) return false;
  cache.outputs[std::string(*path)] = {std::string(*key),
                                       std::string(*inputs_key),
                                       std::string(*sha),
                                       {*device, *inode, *size, static_cast<std::int64_t>(*mtime)}};
  return true;
}

BuildCache parse_cache(std::string_view in) {
  BuildCache cache;
  auto format = take_field(in), binary = take_field(in);
  if (!format || *format != kFormat || !binary || *binary != binary_identity()) return {};
  auto outputs = take_number(in);
  if (!outputs) return {};
  for (std::uint64_t i = 0; i < *outputs; ++i)
    if (!take_output(in, cache)) return {};
  auto notes = take_number(in);
  if (!notes) return {};
  for (std::uint64_t i = 0; i < *notes; ++i) {
    auto name = take_field(in), value = take_field(in);
    if (!name || !value) return {};
    cache.notes.emplace(std::string(*name), std::string(*value));
  }
  return in.empty() ? cache : BuildCache{};
}

}  // namespace

fs::path cache_dir_for(const fs::path& out) {
  fs::path target = out.filename().empty() ? out.parent_path() : out;
  return target.parent_path() / ("." + target.filename().string() + ".aimsdoc-cache");
}

BuildCache read_build_cache(const fs::path& dir) {
  auto text = read_file(dir / kFileName);
  return text ? parse_cache(*text) : BuildCache{};
}

namespace {

// Where the cache is written before it is put in place.
fs::path aside_path(const fs::path& dir) { return dir / (std::string(kFileName) + ".tmp"); }

}  // namespace

bool write_build_cache(const fs::path& dir, const BuildCache& cache) {
  return write_build_cache_aside(dir, cache) && put_build_cache_in_place(dir);
}

bool write_build_cache_aside(const fs::path& dir, const BuildCache& cache) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  PieceWriter out(aside_path(dir));
  put_field(out.piece(), kFormat);
  put_field(out.piece(), binary_identity());
  put_field(out.piece(), number_text(cache.outputs.size()));
  for (const auto& [path, o] : cache.outputs) {
    put_output(out.piece(), path, o);
    out.flush_if_full();
  }
  put_field(out.piece(), number_text(cache.notes.size()));
  for (const auto& [name, value] : cache.notes) {
    put_field(out.piece(), name);
    put_field(out.piece(), value);
    out.flush_if_full();
  }
  return out.finish();
}

bool put_build_cache_in_place(const fs::path& dir) {
  std::error_code ec;
  fs::rename(aside_path(dir), dir / kFileName, ec);  // a reader sees the old cache or the new
  return !ec;
}

void remove_build_cache(const fs::path& dir) {
  std::error_code ec;
  fs::remove(dir / kFileName, ec);
}

}  // namespace aimsdoc
