#include "util/parallel.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <iterator>
#include <string>

namespace aimsdoc {

std::size_t worker_count() {
  if (const char* jobs = std::getenv("AIMSDOC_JOBS")) {
    long n = std::strtol(jobs, nullptr, 10);
    if (n >= 1 && n <= 256) return static_cast<std::size_t>(n);
  }
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

namespace {

// Lists the entries of folder root/rel with their stat(), adding the real folders among
// them (as recursive_directory_iterator enters them) to `folders`. fstatat() on the open
// folder, not a stat() of each full path.
void list_folder(const std::filesystem::path& root, const std::string& rel,
                 std::vector<ListedEntry>& out, std::vector<std::string>& folders) {
  int fd = ::open((root / rel).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  DIR* d = ::fdopendir(fd);
  if (!d) {
    ::close(fd);
    return;
  }
  while (const dirent* e = ::readdir(d)) {
    std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    ListedEntry entry{rel + "/" + e->d_name};
    entry.found = ::fstatat(fd, e->d_name, &entry.st, 0) == 0;
    struct stat own {};  // some file systems do not give the type: ask, not following links
    bool asked =
        e->d_type == DT_UNKNOWN && ::fstatat(fd, e->d_name, &own, AT_SYMLINK_NOFOLLOW) == 0;
    entry.symlink = e->d_type == DT_LNK || (asked && S_ISLNK(own.st_mode));
    if (e->d_type == DT_DIR || (asked && S_ISDIR(own.st_mode))) folders.push_back(entry.path);
    out.push_back(std::move(entry));
  }
  ::closedir(d);
}

}  // namespace

// The no-op rebuild of 10,000 policies is mostly this walk: on all cores.
std::vector<ListedEntry> list_tree(const std::filesystem::path& root, const std::string& dir) {
  auto parts = walk_tree<std::vector<ListedEntry>>(
      dir,
      [&](const std::string& folder, std::vector<ListedEntry>& out,
          std::vector<std::string>& subfolders) { list_folder(root, folder, out, subfolders); });
  std::vector<ListedEntry> out;
  for (auto& part : parts) std::move(part.begin(), part.end(), std::back_inserter(out));
  std::sort(out.begin(), out.end(),
            [](const ListedEntry& a, const ListedEntry& b) { return a.path < b.path; });
  return out;
}

}  // namespace aimsdoc
