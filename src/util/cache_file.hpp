#pragma once
// A file of a build's cache folder (`.<out>.aimsdoc-cache/`) other than the build cache:
// length-prefixed fields (fields.hpp) headed by the file's format and the running binary's
// identity, so a file another aimsdoc binary wrote reads as none; written aside a piece at
// a time and renamed into place, so a reader sees the old file or the new.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "util/piece_writer.hpp"

namespace aimsdoc {

class CacheFileWriter {
 public:
  CacheFileWriter(const std::filesystem::path& file, std::string_view format);
  std::string& piece() { return out_.piece(); }
  void flush_if_full() { out_.flush_if_full(); }
  bool finish();  // written whole, and renamed into place

 private:
  std::filesystem::path file_, aside_;
  PieceWriter out_;
};

// The text of `file` when it is headed by `format` and the running binary's identity, and
// where the fields after that header start; nullopt otherwise (missing too).
struct CacheFileText {
  std::string text;
  std::size_t body = 0;
};
std::optional<CacheFileText> read_cache_file(const std::filesystem::path& file,
                                             std::string_view format);

}  // namespace aimsdoc
