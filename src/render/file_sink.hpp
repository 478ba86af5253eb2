#pragma once
// Where renderers put what they make. The output stage implements it (a staging folder that
// is swapped in atomically); renderers never touch the file system themselves.
//
// A rebuild after a small change should write only what changed, so a renderer says what
// each file is a function of (its keys) and how to make it; the sink decides whether the
// previous build's file can be taken over instead. A sink without a previous build (tests,
// `build --force`) takes nothing over; the output is the same either way.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace aimsdoc {

// What a file's bytes are a function of, cheapest first. Each may be empty (unknown).
struct FileKeys {
  // A digest of the file's inputs, known before anything is built (view_digest.hpp): when
  // it is the previous build's, the file costs no page data and no template.
  std::string inputs;
  // A digest of something cheaper to make than the file that decides its bytes (a policy
  // page's shape without its body: page_output.cpp); called only when `inputs` did not
  // match, and always before the file's maker.
  std::function<std::string()> shape;
};

class FileSink {
 public:
  virtual ~FileSink() = default;
  // `path` is '/'-separated and relative to the output root. All methods are thread-safe.

  // Puts the bytes `make` returns at `path`, unless the previous build's file is known to
  // be the same: by a key, or by its content once made.
  virtual void publish(const std::string& path, const FileKeys& keys,
                       const std::function<std::string()>& make) = 0;
  // Copies an input file (evidence) into the output; `sha256` (hex, may be empty) is its
  // content as the loader hashed it, which the previous build's copy may already have.
  virtual void copy(const std::string& path, const std::filesystem::path& source,
                    const std::string& sha256) = 0;
  // For libraries that insist on writing a file themselves (libxlsxwriter): `writer` is
  // given the real file path to write and returns false on failure.
  virtual void write_with(const std::string& path, const std::string& inputs_key,
                          const std::function<bool(const std::filesystem::path&)>& writer) = 0;

  // Notes a renderer keeps for its next build (e.g. a policy's words and links, so an
  // unchanged policy need not be rendered again to index it): what the previous build
  // remembered under `name`, or nullptr; and what to remember for the next one. Only
  // names remembered by this build are kept.
  virtual const std::string* recall(const std::string& /*name*/) const { return nullptr; }
  virtual void remember(const std::string& /*name*/, std::string /*value*/) {}
  // The bytes of the file the previous build published at `path`, while the previous
  // portal still holds exactly them; nullopt otherwise. A renderer may take pieces of it
  // again, located by its own notes (the handbook's bodies).
  virtual std::optional<std::string> previous_file(const std::string& /*path*/) const {
    return std::nullopt;
  }

  // Leftovers: what a renderer built and no longer needs (indexes, word tables: hundreds
  // of thousands of small allocations at 10,000 policies). A sink that lives as long as the
  // build holds them, so they are freed after the build, or left to the process's exit,
  // instead of piece by piece while the build waits.
  virtual void add_leftovers(std::shared_ptr<void> /*work*/) {}
};

}  // namespace aimsdoc
