#pragma once
// Where renderers put what they make. The output stage implements it (a staging folder that
// is swapped in atomically); renderers never touch the file system themselves.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace aimsdoc {

class FileSink {
 public:
  virtual ~FileSink() = default;
  // `path` is '/'-separated and relative to the output root. All methods are thread-safe.
  virtual void write(const std::string& path, std::string_view bytes) = 0;
  // Copies an input file (evidence) into the output.
  virtual void copy(const std::string& path, const std::filesystem::path& source) = 0;
  // For libraries that insist on writing a file themselves (libxlsxwriter): `writer` is
  // given the real file path to write and returns false on failure.
  virtual void write_with(const std::string& path,
                          const std::function<bool(const std::filesystem::path&)>& writer) = 0;
};

}  // namespace aimsdoc
