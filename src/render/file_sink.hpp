#pragma once
// Where renderers put what they make. The output stage implements it (a staging folder that
// is swapped in atomically); renderers never touch the file system themselves.
#include <filesystem>
#include <functional>
#include <memory>
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

  // Reuse across builds, so that a rebuild after a small change writes only what changed.
  // A sink without a previous build (tests, `build --force`) reuses nothing; the output is
  // the same either way.
  //
  // reuse(path, key): `key` is a hash of everything the file's bytes are a function of.
  // When the previous build wrote `path` under the same key and the file is unchanged since,
  // it is taken over and true returned: the caller renders nothing. Otherwise false, and the
  // caller writes the file and calls set_key(path, key).
  virtual bool reuse(const std::string& /*path*/, const std::string& /*key*/) { return false; }
  virtual void set_key(const std::string& /*path*/, const std::string& /*key*/) {}
  // reuse_content(path, sha256): the same when the previous build's file has exactly the
  // content of that SHA-256 (rendered again, or evidence hashed when it was loaded).
  virtual bool reuse_content(const std::string& /*path*/, const std::string& /*sha256*/) {
    return false;
  }
  // reuse_by_inputs(path, inputs_key): the same for a key a renderer can compute before
  // building anything (a digest of its inputs: view_digest.hpp), so an unchanged page costs
  // no page data and no template. True: taken over, done. False: the caller goes on (it may
  // still reuse by key or content) and calls set_inputs_key(path, inputs_key) once the
  // file is in place, written or taken over.
  virtual bool reuse_by_inputs(const std::string& /*path*/, const std::string& /*inputs_key*/) {
    return false;
  }
  virtual void set_inputs_key(const std::string& /*path*/, const std::string& /*inputs_key*/) {}
  // Notes a renderer keeps for its next build (e.g. a policy's words and links, so an
  // unchanged policy need not be rendered again to index it): what the previous build
  // remembered under `name`, or nullptr; and what to remember for the next one. Only
  // names remembered by this build are kept.
  virtual const std::string* recall(const std::string& /*name*/) const { return nullptr; }
  virtual void remember(const std::string& /*name*/, std::string /*value*/) {}

  // Leftovers: what a renderer built and no longer needs (indexes, word tables: hundreds
  // of thousands of small allocations at 10,000 policies). A sink that lives as long as the
  // build holds them, so they are freed after the build, or left to the process's exit,
  // instead of piece by piece while the build waits.
  virtual void add_leftovers(std::shared_ptr<void> /*work*/) {}
};

}  // namespace aimsdoc
