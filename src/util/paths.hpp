#pragma once
// Repo-relative paths: every user-written path is checked to stay inside the AIMS root.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace aimsdoc {

namespace fs = std::filesystem;

enum class PathProblem {
  None,
  Empty,
  Absolute,
  EscapesRoot,
  IsRoot,
  Missing,
  NotAFile,
  NotAFolder,
  SymlinkOutside,
  Unresolvable
};

// The lexical part of the check below, for paths that need not exist yet (the output
// folder): Empty, Absolute, EscapesRoot, IsRoot or None.
PathProblem check_relative(std::string_view relative);

// Like is_within below, for paths as the file system resolves them (absolute, symlinks
// followed as far as they exist): is `path` the folder `folder` or inside it?
bool resolves_within(const fs::path& folder, const fs::path& path);

// What a configured path must name: an existing regular file, an existing folder, or a
// folder that may not exist yet (the output folder).
enum class PathKind { File, Folder, NewOrFolder };

// The one check of every path an input names (site.yaml's output, theme, catalog,
// frameworks, crosswalks; evidence files): resolves `relative` under `root` after every
// symlink of it that exists, and rejects absolute paths, `..` that climbs above the root,
// the root itself, and a symlink (of the path or of a folder on the way) whose target
// lies outside the root; then checks it names what `kind` asks for.
PathProblem check_configured_path(const fs::path& root, std::string_view relative, PathKind kind);
// check_configured_path for a file.
PathProblem check_inside_root(const fs::path& root, std::string_view relative);
const char* describe(PathProblem p);

// The '/'-separated path that leads from folder `from_dir` to the file `to` (both
// repo-relative and lexically normal): ("a/b", "a/c/d.md") -> "../c/d.md".
std::string relative_path(std::string_view from_dir, std::string_view to);
// Folder part of a '/'-separated path ("a/b.md" -> "a", "b.md" -> "").
std::string parent_dir(std::string_view path);
// Joins and normalizes ("a/b", "../c.md" -> "a/c.md"); nullopt when it climbs above "".
std::optional<std::string> join_normalized(std::string_view dir, std::string_view rel);
// A link's target cut at its "#fragment" or "?query": the path it names ("b.md#x" -> "b.md")
// and what follows it ("b.md#x" -> "#x"; "" when there is none).
std::string_view link_path_part(std::string_view target);
std::string_view link_suffix(std::string_view target);
// The root-relative path a relative link written in a file of `source_dir` names, without its
// "#fragment" or "?query" ("a", "../b.md#x" -> "b.md"); nullopt when it climbs above "".
std::optional<std::string> link_target_path(std::string_view source_dir, std::string_view target);

// Whether `inner` is `outer` or lies inside it, lexically (callers resolve symlinks first).
bool is_within(const fs::path& outer, const fs::path& inner);

// The names a link to a folder ("03-context/") stands for, in order, as GitHub shows a
// folder by its README.
inline constexpr const char* kFolderIndexNames[] = {"README.md", "index.md"};

// `path` in a map keyed by repo paths, else the folder index of `path` there.
template <typename Map>
typename Map::const_iterator find_path_or_folder_index(const Map& by_path,
                                                       const std::string& path) {
  auto it = by_path.find(path);
  for (const char* index : kFolderIndexNames) {
    if (it != by_path.end()) break;
    it = by_path.find(path.empty() ? std::string(index) : path + '/' + index);
  }
  return it;
}

// True for link targets the portal resolves: no scheme, not a fragment, not root-absolute.
bool is_relative_target(std::string_view target);

// Whole file into memory; nullopt (and errno text in `error`) when unreadable.
std::optional<std::string> read_file(const fs::path& p, std::string* error = nullptr);

// An input file read with one open() and fstat(): nullopt with `problem` set when it is not
// a regular file (a FIFO is opened without blocking and not read), is larger than
// `max_bytes` (`size` then holds its size) or cannot be read (`error`).
enum class ReadProblem { None, NotRegular, TooLarge, Unreadable };
std::optional<std::string> read_regular_file(const fs::path& p, std::uintmax_t max_bytes,
                                             ReadProblem& problem, std::uintmax_t& size,
                                             std::string& error);

// Writes `bytes` to `<file>.tmp` and renames it over `file`, so a reader sees the old file
// or the new one, never half of one. False (and errno text in `error`) on failure.
bool write_file_atomically(const fs::path& file, std::string_view bytes,
                           std::string* error = nullptr);

// The file in 1 MiB pieces, for files of any size (evidence can be gigabytes): false (and
// errno text in `error`) when it cannot be opened or read to the end.
bool read_file_chunks(const fs::path& p, const std::function<void(std::string_view)>& chunk,
                      std::string* error = nullptr);

}  // namespace aimsdoc
