#include "load/source_files.hpp"

#include <algorithm>
#include <cstdio>

#include "load/front_matter.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {

namespace {

struct SourceWalk {
  const fs::path& root;
  const std::vector<std::string>& extensions;
  Diagnostics& diags;
  std::vector<fs::path> pending;  // folders still to list (a stack: no recursion depth)
  std::vector<std::string> found;

  std::string relative(const fs::path& p) const { return p.lexically_relative(root).generic_string(); }

  void list(const fs::path& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) visit(*it);
    // An unreadable folder is reported, not skipped: its policies would silently vanish.
    if (ec)
      diags.error({relative(dir), 0, 0}, "input.unreadable", "cannot list folder: " + ec.message());
  }

  void visit(const fs::directory_entry& entry) {
    std::error_code ec;
    const auto name = entry.path().filename().string();
    if (!name.empty() && name[0] == '.') return;  // .git, editor backups
    bool symlink = entry.is_symlink(ec);
    if (entry.is_directory(ec)) {
      if (!symlink) pending.push_back(entry.path());
      else
        diags.warning({relative(entry.path()), 0, 0}, "input.path",
                      "folder is a symlink; symlinked folders are not followed");
      return;
    }
    if (!entry.is_regular_file(ec)) return;
    bool wanted = std::any_of(extensions.begin(), extensions.end(),
                              [&](const std::string& e) { return ends_with(name, e); });
    if (!wanted) return;
    std::string rel = relative(entry.path());
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
  SourceWalk walk{root, extensions, diags, {root / dir}, {}};
  while (!walk.pending.empty()) {
    fs::path next = std::move(walk.pending.back());
    walk.pending.pop_back();
    walk.list(next);
  }
  std::sort(walk.found.begin(), walk.found.end());
  return walk.found;
}

namespace {

void too_large(const std::string& relative, std::uintmax_t size, Diagnostics& diags) {
  diags.error({relative, 0, 0}, "input.too-large",
              "file is " + std::to_string(size) + " bytes; inputs are limited to 16 MiB (" +
                  std::to_string(kMaxInputBytes) + " bytes)");
}

}  // namespace

std::optional<std::string> read_text_input(const fs::path& root, const std::string& relative,
                                           Diagnostics& diags) {
  ReadProblem problem = ReadProblem::None;
  std::uintmax_t size = 0;
  std::string why;
  // Only regular files are read: reading a FIFO or a device would block or never end.
  auto raw = read_regular_file(root / relative, kMaxInputBytes, problem, size, why);
  switch (problem) {
    case ReadProblem::None: return decode_text_input(*raw, relative, diags);
    case ReadProblem::NotRegular:
      diags.error({relative, 0, 0}, "input.unreadable", "not a regular file; it is not read");
      break;
    case ReadProblem::TooLarge: too_large(relative, size, diags); break;
    case ReadProblem::Unreadable:
      diags.error({relative, 0, 0}, "input.unreadable", "cannot read file: " + why);
      break;
  }
  return std::nullopt;
}

std::optional<std::string> decode_text_input(std::string_view raw, const std::string& relative,
                                             Diagnostics& diags) {
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
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(raw[control]));
    diags.error({relative, line, col}, "input.encoding",
                std::string("file holds the control character ") + code +
                    "; remove it (is this a binary file?)");
    return std::nullopt;
  }
  return normalize_text(raw);
}

}  // namespace aimsdoc
