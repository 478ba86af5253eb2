#pragma once
// A handbook volume whose key changed (one body edited) used to render every body it holds.
// Now each body has a key (handbook_body_key, pages.hpp), and each volume's note
// (FileSink::remember) says where each body's bytes lie in the volume the previous build
// wrote: a body whose key is unchanged is cut from that file (FileSink::previous_file)
// instead of rendered. The page is rendered with a stand-in for each body and the bodies
// are spliced in, which is where their places for the next note come from. A theme that
// shows a body other than raw gets the page rendered with its bodies, and no note.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "render/file_sink.hpp"

namespace aimsdoc::portal {

// The name volume `path`'s note is remembered under.
std::string handbook_note_name(const std::string& volume_path);

// The bodies the previous build's volumes hold, by policy source path; their files are
// read when asked for, and only the last two read are kept (a volume's bodies come from
// its own previous file or a neighbour's, and at 100,000 policies all of them would be a
// gigabyte). Not thread-safe.
class PreviousBodies {
 public:
  // Reads the notes of the volumes at `volume_paths` (the previous build's may be more or
  // fewer: a missing note is skipped).
  PreviousBodies(const FileSink& sink, const std::vector<std::string>& volume_paths);
  // The body of `source_path` when the previous build's had `key`.
  std::optional<std::string> find(const std::string& source_path, const std::string& key);

 private:
  struct Place {
    std::string volume, key;
    std::size_t offset = 0, size = 0;
  };
  const FileSink& sink_;
  std::map<std::string, Place> places_;
  // The files read last, the latest first; nullopt: the previous portal no longer holds it.
  const std::optional<std::string>& file(const std::string& volume);
  std::vector<std::pair<std::string, std::optional<std::string>>> files_;
};

// What stands in the page for body `n` of its volume: \x01 comes from no input (the loaders
// refuse control characters) nor from escaping.
std::string body_stand_in(std::size_t n);

// `shape` with each stand-in replaced by its body; `note` becomes the volume's note: where
// each body (named by `sources[n]`, keyed by `keys[n]`) now lies. nullopt past `max_bytes`
// (a theme showing the bodies many times): the page is then rendered whole, within the
// templates' budget.
std::optional<std::string> splice_bodies(const std::string& shape,
                                         const std::vector<std::string>& bodies,
                                         const std::vector<std::string>& sources,
                                         const std::vector<std::string>& keys, std::string& note,
                                         std::size_t max_bytes);

}  // namespace aimsdoc::portal
