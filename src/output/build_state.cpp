#include "output/build_state.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "util/file_identity.hpp"
#include "util/input_folders.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kHeader = "aimsdoc-build-state 1";

// "path\tsize\tmtime\tctime\n" (nanoseconds) for a regular file, "path\tmissing\n"
// otherwise. The inode's change time is part of it because a copy that keeps the
// modification time (`rsync -a`, `tar`, `cp -p`) of a same-size file changes only that.
// `changed` is set when the file was changed at or after `since`.
void stamp_stat(Sha256& hash, std::string_view path, const struct stat* st,
                const std::optional<timespec>& since, bool* changed) {
  char line[112];
  hash.update(path);
  if (st && S_ISREG(st->st_mode)) {
    int n = std::snprintf(
        line, sizeof line, "\t%lld\t%lld.%ld\t%lld.%ld\n", static_cast<long long>(st->st_size),
        static_cast<long long>(st->st_mtim.tv_sec), static_cast<long>(st->st_mtim.tv_nsec),
        static_cast<long long>(st->st_ctim.tv_sec), static_cast<long>(st->st_ctim.tv_nsec));
    hash.update(std::string_view(line, static_cast<std::size_t>(n)));
    if (since && changed &&
        (file_time_at_or_after(st->st_mtim, *since) || file_time_at_or_after(st->st_ctim, *since)))
      *changed = true;
  } else {
    hash.update("\tmissing\n");
  }
}

// One stat() per file.
void stamp(Sha256& hash, const fs::path& root, const std::string& path,
           const std::optional<timespec>& since = std::nullopt, bool* changed = nullptr) {
  fs::path full = fs::path(path).is_absolute() ? fs::path(path) : root / path;
  struct stat st {};
  stamp_stat(hash, path, ::stat(full.c_str(), &st) == 0 ? &st : nullptr, since, changed);
}

// The input folders (util/input_folders.hpp) (a file added anywhere there is an input), and
// the folders the dependencies name with a trailing '/' (a user theme): without the '/'.
std::vector<std::string> listed_folders(const std::vector<std::string>& deps) {
  std::vector<std::string> folders(kListedFolders.begin(), kListedFolders.end());
  for (const auto& d : deps)
    if (d.size() > 1 && d.back() == '/') folders.push_back(d.substr(0, d.size() - 1));
  return folders;
}

bool in_listed_folder(const std::string& path, const std::vector<std::string>& folders) {
  if (!path.empty() && path.back() == '/') return true;
  return std::any_of(folders.begin(), folders.end(), [&](const std::string& f) {
    return path.size() > f.size() && path.compare(0, f.size(), f) == 0 && path[f.size()] == '/';
  });
}

void stamp_listing(Sha256& hash, const fs::path& root, const std::string& dir,
                   const std::optional<timespec>& since, bool* changed) {
  for (const auto& e : list_tree(root, dir))
    stamp_stat(hash, e.path, e.found ? &e.st : nullptr, since, changed);
}

}  // namespace

fs::path state_path_for(const fs::path& out) {
  fs::path target = out.filename().empty() ? out.parent_path() : out;
  return target.parent_path() / ("." + target.filename().string() + ".aimsdoc-state");
}

std::optional<std::string> fingerprint_inputs(const fs::path& root,
                                              const std::vector<std::string>& deps,
                                              std::optional<timespec> since) {
  Sha256 hash;
  bool changed = false;
  hash.update(binary_identity() + '\n');  // the binary itself is an input
  const auto folders = listed_folders(deps);
  for (const auto& folder : folders) {
    hash.update(folder + "/\n");
    stamp_listing(hash, root, folder, since, &changed);
  }
  for (const auto& d : deps)
    if (!in_listed_folder(d, folders)) stamp(hash, root, d, since, &changed);
  if (changed) return std::nullopt;
  return hash.hex_digest();
}

std::vector<fs::path> fingerprinted_folders(const fs::path& root,
                                            const std::vector<std::string>& deps) {
  std::vector<fs::path> out{root};
  const auto folders = listed_folders(deps);
  for (const auto& folder : folders) {
    out.push_back(root / folder);
    for (const auto& e : list_tree(root, folder))
      if (e.found && !e.symlink && S_ISDIR(e.st.st_mode)) out.push_back(root / e.path);
  }
  for (const auto& d : deps)
    if (!in_listed_folder(d, folders))
      out.push_back((fs::path(d).is_absolute() ? fs::path(d) : root / d).parent_path());
  return out;
}

std::optional<BuildState> read_build_state(const fs::path& file) {
  auto text = read_file(file);
  if (!text) return std::nullopt;
  std::istringstream in(*text);
  std::string header, count_line;
  BuildState s;
  if (!std::getline(in, header) || header != kHeader) return std::nullopt;
  if (!std::getline(in, s.fingerprint) || !(in >> s.exit_code)) return std::nullopt;
  std::size_t deps = 0, report_bytes = 0;
  if (!(in >> deps >> report_bytes)) return std::nullopt;
  in.ignore(1);
  for (std::size_t i = 0; i < deps; ++i) {
    std::string d;
    if (!std::getline(in, d)) return std::nullopt;
    s.dependencies.push_back(d);
  }
  s.report.resize(report_bytes);
  if (!in.read(s.report.data(), static_cast<std::streamsize>(report_bytes))) return std::nullopt;
  return s;
}

bool write_build_state(const fs::path& file, const BuildState& s) {
  fs::path temp = file.string() + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << kHeader << '\n'
        << s.fingerprint << '\n'
        << s.exit_code << '\n'
        << s.dependencies.size() << ' ' << s.report.size() << '\n';
    for (const auto& d : s.dependencies) out << d << '\n';
    out << s.report;
    if (!out) return false;
  }
  std::error_code ec;
  fs::rename(temp, file, ec);
  return !ec;
}

}  // namespace aimsdoc
