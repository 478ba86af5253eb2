#include "util/paths.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace aimsdoc {
namespace {

std::vector<std::string> split_segments(std::string_view p) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= p.size()) {
    auto end = p.find('/', start);
    if (end == std::string_view::npos) end = p.size();
    out.emplace_back(p.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string_view link_path_part(std::string_view target) {
  return target.substr(0, target.find_first_of("#?"));
}

std::string_view link_suffix(std::string_view target) {
  return target.substr(link_path_part(target).size());
}

std::optional<std::string> link_target_path(std::string_view source_dir, std::string_view target) {
  return join_normalized(source_dir, link_path_part(target));
}

std::optional<std::string> join_normalized(std::string_view dir, std::string_view rel) {
  // One string, cut back at '..': every output path and every link goes through here, and
  // a vector of segment strings per call was a measurable share of a large build.
  std::string out;
  out.reserve(dir.size() + rel.size() + 1);
  auto push = [&](std::string_view part) -> bool {
    for (std::size_t start = 0; start <= part.size();) {
      std::size_t end = std::min(part.find('/', start), part.size());
      std::string_view seg = part.substr(start, end - start);
      start = end + 1;
      if (seg.empty() || seg == ".") continue;
      if (seg == "..") {
        if (out.empty()) return false;
        auto slash = out.rfind('/');
        out.resize(slash == std::string::npos ? 0 : slash);
      } else {
        if (!out.empty()) out += '/';
        out += seg;
      }
    }
    return true;
  };
  if (!push(dir) || !push(rel)) return std::nullopt;
  return out;
}

PathProblem check_relative(std::string_view relative) {
  if (relative.empty()) return PathProblem::Empty;
  if (relative.front() == '/' || relative.front() == '\\' ||
      (relative.size() > 1 && relative[1] == ':'))
    return PathProblem::Absolute;
  auto normalized = join_normalized("", relative);
  if (!normalized) return PathProblem::EscapesRoot;
  if (normalized->empty()) return PathProblem::IsRoot;
  return PathProblem::None;
}

PathProblem check_configured_path(const fs::path& root, std::string_view relative, PathKind kind) {
  if (PathProblem lexical = check_relative(relative); lexical != PathProblem::None) return lexical;
  auto normalized = join_normalized("", relative);
  std::error_code ec;
  fs::path full = root / *normalized;
  bool present = fs::exists(fs::symlink_status(full, ec));
  if (!present && kind != PathKind::NewOrFolder) return PathProblem::Missing;
  auto canon_root = fs::weakly_canonical(fs::absolute(root, ec), ec);
  auto canon = fs::weakly_canonical(fs::absolute(full, ec), ec);
  if (ec) return PathProblem::Unresolvable;  // a symlink loop, or a folder we may not enter
  if (!is_within(canon_root, canon)) return PathProblem::SymlinkOutside;
  if (canon.lexically_normal() == canon_root.lexically_normal()) return PathProblem::IsRoot;
  bool exists = fs::exists(canon, ec);
  if (kind == PathKind::File) {
    if (!exists) return PathProblem::Missing;  // a dangling symlink
    if (!fs::is_regular_file(canon, ec)) return PathProblem::NotAFile;
  } else if (kind == PathKind::Folder) {
    if (!exists) return PathProblem::Missing;
    if (!fs::is_directory(canon, ec)) return PathProblem::NotAFolder;
  } else if (present && !exists) {
    return PathProblem::Missing;  // an output folder that is a dangling symlink
  }
  return PathProblem::None;
}

PathProblem check_inside_root(const fs::path& root, std::string_view relative) {
  return check_configured_path(root, relative, PathKind::File);
}

const char* describe(PathProblem p) {
  switch (p) {
    case PathProblem::None: return "ok";
    case PathProblem::Empty: return "path is empty";
    case PathProblem::Absolute: return "path is absolute; write it relative to the AIMS root";
    case PathProblem::EscapesRoot: return "path climbs out of the AIMS root with '..'";
    case PathProblem::IsRoot: return "path names the AIMS root itself";
    case PathProblem::Missing: return "path does not exist";
    case PathProblem::NotAFile: return "path is not a regular file";
    case PathProblem::NotAFolder: return "path is not a folder";
    case PathProblem::SymlinkOutside: return "path is a symlink that points outside the AIMS root";
    case PathProblem::Unresolvable: return "path cannot be resolved (a symlink loop?)";
  }
  return "?";
}

std::string parent_dir(std::string_view path) {
  auto slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash));
}

std::string relative_path(std::string_view from_dir, std::string_view to) {
  auto from = split_segments(from_dir);
  auto target = split_segments(to);
  if (from_dir.empty()) from.clear();
  std::size_t common = 0;
  while (common < from.size() && common + 1 < target.size() && from[common] == target[common])
    ++common;
  std::string out;
  for (std::size_t i = common; i < from.size(); ++i) out += "../";
  for (std::size_t i = common; i < target.size(); ++i)
    out += target[i] + (i + 1 < target.size() ? "/" : "");
  return out;
}

bool is_within(const fs::path& outer, const fs::path& inner) {
  auto o = outer.lexically_normal(), i = inner.lexically_normal();
  auto oi = std::mismatch(o.begin(), o.end(), i.begin(), i.end()).first;
  return oi == o.end() || (std::next(oi) == o.end() && oi->empty());
}

bool is_relative_target(std::string_view t) {
  if (t.empty() || t[0] == '#' || t[0] == '/' || t[0] == '?') return false;
  for (char c : t) {
    if (c == ':') return false;  // a scheme (https:, mailto:, javascript:)
    if (c == '/' || c == '#' || c == '?') break;
  }
  return true;
}

// open/read into a string sized from fstat, not an ifstream copied through a stringstream:
// every policy is read once per build, and the stream copies were a tenth of loading.
namespace {

// Reads `fd` to its end into a buffer sized by `size_hint` (+1 to see the end at once).
std::optional<std::string> read_all(int fd, std::uintmax_t size_hint, std::string* error) {
  std::string out;
  std::size_t used = 0;
  out.resize(size_hint > 0 ? static_cast<std::size_t>(size_hint) + 1 : 4096);
  for (;;) {
    if (used == out.size()) out.resize(out.size() * 2);  // it grew since fstat
    ssize_t n = ::read(fd, out.data() + used, out.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      if (error) *error = "read error";
      return std::nullopt;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  out.resize(used);
  return out;
}

}  // namespace

std::optional<std::string> read_file(const fs::path& p, std::string* error) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (error) *error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  auto out = read_all(fd, ::fstat(fd, &st) == 0 && st.st_size > 0 ? st.st_size : 0, error);
  ::close(fd);
  return out;
}

std::optional<std::string> read_regular_file(const fs::path& p, std::uintmax_t max_bytes,
                                             ReadProblem& problem, std::uintmax_t& size,
                                             std::string& error) {
  problem = ReadProblem::Unreadable;
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  std::optional<std::string> out;
  if (::fstat(fd, &st) != 0) {
    error = std::strerror(errno);
  } else if (!S_ISREG(st.st_mode)) {
    problem = ReadProblem::NotRegular;
  } else if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    problem = ReadProblem::TooLarge;
    size = static_cast<std::uintmax_t>(st.st_size);
  } else {
    out = read_all(fd, static_cast<std::uintmax_t>(st.st_size), &error);
    if (out && out->size() > max_bytes) {  // it grew while we read
      problem = ReadProblem::TooLarge;
      size = out->size();
      out.reset();
    }
  }
  ::close(fd);
  if (out) problem = ReadProblem::None;
  return out;
}

bool read_file_chunks(const fs::path& p, const std::function<void(std::string_view)>& chunk,
                      std::string* error) {
  int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (error) *error = std::strerror(errno);
    return false;
  }
  // Sized by the file, up to 1 MiB, and not zero-filled: evidence files are mostly a few
  // KiB, and a zeroed 1 MiB buffer per file was most of the time spent hashing them.
  struct stat st {};
  std::size_t size =
      ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
  std::size_t capacity = std::min<std::size_t>(std::max<std::size_t>(size + 1, 4096), 1 << 20);
  std::unique_ptr<char[]> buffer(new char[capacity]);
  bool ok = true;
  for (;;) {
    ssize_t n = ::read(fd, buffer.get(), capacity);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      if (error) *error = "read error";
      ok = false;
      break;
    }
    if (n == 0) break;
    chunk(std::string_view(buffer.get(), static_cast<std::size_t>(n)));
  }
  ::close(fd);
  return ok;
}

bool resolves_within(const fs::path& folder, const fs::path& path) {
  std::error_code ec;
  return is_within(fs::weakly_canonical(fs::absolute(folder, ec), ec),
                   fs::weakly_canonical(fs::absolute(path, ec), ec));
}

bool write_file_atomically(const fs::path& file, std::string_view bytes, std::string* error) {
  fs::path temp = file.string() + ".tmp";
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  bool ok = fd >= 0;
  for (std::size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    ok = n > 0;
    if (ok) done += static_cast<std::size_t>(n);
  }
  if (fd >= 0 && ::close(fd) != 0) ok = false;
  if (ok && std::rename(temp.c_str(), file.c_str()) != 0) ok = false;
  if (!ok) {
    if (error) *error = file.string() + ": " + std::strerror(errno);
    ::unlink(temp.c_str());
  }
  return ok;
}

}  // namespace aimsdoc
