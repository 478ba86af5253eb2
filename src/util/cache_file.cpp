#include "util/cache_file.hpp"

#include "util/fields.hpp"
#include "util/file_identity.hpp"
#include "util/paths.hpp"

namespace aimsdoc {

namespace fs = std::filesystem;

namespace {

fs::path prepared_aside(const fs::path& file) {
  std::error_code ec;
  fs::create_directories(file.parent_path(), ec);
  return file.string() + ".tmp";
}

}  // namespace

CacheFileWriter::CacheFileWriter(const fs::path& file, std::string_view format)
    : file_(file), aside_(prepared_aside(file)), out_(aside_) {
  put_field(out_.piece(), format);
  put_field(out_.piece(), binary_identity());
}

bool CacheFileWriter::finish() {
  if (!out_.finish()) return false;
  std::error_code ec;
  fs::rename(aside_, file_, ec);
  return !ec;
}

std::optional<CacheFileText> read_cache_file(const fs::path& file, std::string_view format) {
  auto text = read_file(file);
  if (!text) return std::nullopt;
  std::string_view in = *text;
  auto found = take_field(in), binary = take_field(in);
  if (!found || *found != format || !binary || *binary != binary_identity()) return std::nullopt;
  std::size_t body = text->size() - in.size();
  return CacheFileText{std::move(*text), body};
}

}  // namespace aimsdoc
