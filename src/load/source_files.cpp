#include "load/source_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "load/front_matter.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {

namespace {

// One folder of the walk, read with readdir() and the entry types it gives, paths built as
// strings: a std::filesystem walk (a path object, its filename and its relative form per
// entry) is several times slower, on one core before any policy can be read
// (bench/README.md).
struct FolderListing {
  const fs::path& root;
  const std::vector<std::string>& extensions;
  Diagnostics& diags;
  std::vector<std::string>& subfolders;  // from the root
  std::vector<std::string>& found;

  void list(const std::string& dir) {
    DIR* d = ::opendir((root / dir).c_str());
    // An unreadable folder is reported, not skipped: its policies would silently vanish.
    if (!d) return cannot_list(dir, errno);
    int fd = ::dirfd(d);
    int error = 0;
    for (;;) {
      errno = 0;  // readdir() tells its end from a failure by errno alone
      const dirent* e = ::readdir(d);
      if (!e) {
        error = errno;
        break;
      }
      visit(dir, fd, *e);
    }
    ::closedir(d);
    if (error != 0) cannot_list(dir, error);
  }

  static unsigned char type_of(const struct stat& st) {
    return S_ISLNK(st.st_mode)    ? DT_LNK
           : S_ISDIR(st.st_mode)  ? DT_DIR
           : S_ISREG(st.st_mode)  ? DT_REG
           : S_ISFIFO(st.st_mode) ? DT_FIFO
           : S_ISSOCK(st.st_mode) ? DT_SOCK
           : S_ISCHR(st.st_mode)  ? DT_CHR
           : S_ISBLK(st.st_mode)  ? DT_BLK
                                  : DT_UNKNOWN;
  }

  void dropped(const std::string& rel, const char* why) {
    diags.error({rel, 0, 0}, "input.unreadable", std::string("file ") + why);
  }

  void cannot_list(const std::string& dir, int error) {
    diags.error({dir, 0, 0}, "input.unreadable",
                std::string("cannot list folder: ") + std::strerror(error));
  }

  void visit(const std::string& dir, int fd, const dirent& e) {
    std::string_view name = e.d_name;
    if (name.empty() || name[0] == '.') return;  // ., .., .git, editor backups
    std::string rel = dir + '/' + e.d_name;
    unsigned char type = e.d_type;
    struct stat st {};
    if (type == DT_UNKNOWN)  // some file systems do not say: ask, without following links
      type = ::fstatat(fd, e.d_name, &st, AT_SYMLINK_NOFOLLOW) != 0
                 ? static_cast<unsigned char>(DT_UNKNOWN)
                 : type_of(st);
    bool symlink = type == DT_LNK;
    if (symlink) {  // what it points to decides, as for a path that is not a link
      if (::fstatat(fd, e.d_name, &st, 0) != 0)
        return dropped(rel,
                       errno == ELOOP
                           ? "is a symlink loop; it is not read"
                           : "is a symlink to nothing (its target does not exist); it is not read");
      type = type_of(st);
    }
    if (type == DT_DIR) {
      if (!symlink)
        subfolders.push_back(std::move(rel));
      else
        diags.warning({rel, 0, 0}, "input.path",
                      "folder is a symlink; symlinked folders are not followed");
      return;
    }
    // Nothing under content/ or controls/ vanishes without a word.
    if (type == DT_FIFO) return dropped(rel, "is a FIFO, not a regular file; it is not read");
    if (type == DT_SOCK) return dropped(rel, "is a socket, not a regular file; it is not read");
    if (type == DT_CHR || type == DT_BLK)
      return dropped(rel, "is a device, not a regular file; it is not read");
    if (type != DT_REG) return dropped(rel, "cannot be examined; it is not read");
    bool wanted = std::any_of(extensions.begin(), extensions.end(),
                              [&](const std::string& x) { return ends_with(name, x); });
    if (!wanted) return;
    // A symlink must not smuggle a file from elsewhere on the machine into the portal.
    if (symlink && check_inside_root(root, rel) != PathProblem::None) {
      diags.error({rel, 0, 0}, "input.path",
                  "file is a symlink that points outside the AIMS root; it is not read");
      return;
    }
    found.push_back(std::move(rel));
  }
};

}  // namespace

std::vector<std::string> list_source_files(const fs::path& root, const std::string& dir,
                                           const std::vector<std::string>& extensions,
                                           Diagnostics& diags) {
  std::error_code ec;
  if (!fs::is_directory(root / dir, ec)) return {};
  // On all cores: the kernel's reading of folders is most of the time. Each part has its
  // own findings, merged in a fixed order.
  struct Part {
    Diagnostics diags;
    std::vector<std::string> found;
  };
  auto parts = walk_tree<Part>(
      dir, [&](const std::string& folder, Part& part, std::vector<std::string>& subfolders) {
        FolderListing{root, extensions, part.diags, subfolders, part.found}.list(folder);
      });
  std::vector<std::string> found;
  for (auto& part : parts) {
    diags.append(part.diags);
    std::move(part.found.begin(), part.found.end(), std::back_inserter(found));
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::optional<std::string> read_text_input(const fs::path& root, const std::string& relative,
                                           Diagnostics& diags, TextKind kind) {
  auto raw = read_input_bytes(root, relative, diags);
  return raw ? decode_text_input(*raw, relative, diags, kind) : std::nullopt;
}

std::optional<std::string> read_input_bytes(const fs::path& root, const std::string& relative,
                                            Diagnostics& diags) {
  ReadProblem problem = ReadProblem::None;
  std::uintmax_t size = 0;
  std::string why;
  // Only regular files are read: reading a FIFO or a device would block or never end.
  auto raw = read_regular_file(root / relative, kMaxInputBytes, problem, size, why);
  switch (problem) {
    case ReadProblem::None: return raw;
    case ReadProblem::NotRegular:
      diags.error({relative, 0, 0}, "input.unreadable", "not a regular file; it is not read");
      break;
    case ReadProblem::TooLarge:
      diags.error({relative, 0, 0}, "input.too-large",
                  "file is " + std::to_string(size) + " bytes; inputs are limited to 16 MiB (" +
                      std::to_string(kMaxInputBytes) + " bytes)");
      break;
    case ReadProblem::Unreadable:
      diags.error({relative, 0, 0}, "input.unreadable", "cannot read file: " + why);
      break;
  }
  return std::nullopt;
}

std::optional<std::string> decode_text_input(std::string_view raw, const std::string& relative,
                                             Diagnostics& diags, TextKind kind) {
  std::string spaced;  // a Markdown text with its form feeds read as spaces
  if (kind == TextKind::Markdown && raw.find('\f') != std::string_view::npos) {
    spaced = raw;
    std::replace(spaced.begin(), spaced.end(), '\f', ' ');
    raw = spaced;
  }
  auto bad = find_invalid_utf8(raw);
  if (bad != std::string_view::npos) {
    auto [line, col] = line_column_at(raw, bad);
    bool utf16 = starts_with(raw, "\xFF\xFE") || starts_with(raw, "\xFE\xFF");
    diags.error({relative, line, col}, "input.encoding",
                utf16 ? std::string("file is UTF-16 (it starts with a UTF-16 byte order mark); "
                                    "save it as UTF-8")
                      : "file is not valid UTF-8 (byte offset " + std::to_string(bad) +
                            "); save it as UTF-8");
    return std::nullopt;
  }
  auto control = find_control_char(raw);
  if (control != std::string_view::npos) {
    auto [line, col] = line_column_at(raw, control);
    std::uint32_t cp = code_point_at(raw, control);
    char code[12];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    bool noncharacter = cp >= 0xFDD0;
    diags.error({relative, line, col}, "input.encoding",
                noncharacter
                    ? std::string("file holds the Unicode noncharacter ") + code +
                          ", which XML (the workbook) and text tools cannot carry; remove it"
                    : std::string("file holds the control character ") + code +
                          "; remove it (is this a binary file?)");
    return std::nullopt;
  }
  return normalize_text(raw);
}

void limit_title(std::string& text, const char* what, const SourceLocation& at,
                 Diagnostics& diags) {
  std::size_t chars = 0, i = 0;
  for (; i < text.size(); ++i)
    if (!is_utf8_continuation(text[i]) && ++chars > kMaxTitleChars) break;
  if (i == text.size()) return;
  std::size_t total = chars;
  for (std::size_t j = i + 1; j < text.size(); ++j)
    if (!is_utf8_continuation(text[j])) ++total;
  diags.error(at, "field.too-long",
              std::string(what) + " is " + std::to_string(total) + " characters long; at most " +
                  std::to_string(kMaxTitleChars) + " are allowed (it is cut there)");
  text.resize(i);
}

}  // namespace aimsdoc
