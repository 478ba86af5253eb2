#include "load/source_files.hpp"

#include <algorithm>
#include <cstdio>

#include "load/front_matter.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {

std::vector<std::string> list_source_files(const fs::path& root, const std::string& dir,
                                           const std::vector<std::string>& extensions,
                                           Diagnostics& diags) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path base = root / dir;
  if (!fs::is_directory(base, ec)) return out;
  fs::recursive_directory_iterator it(base, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    bool wanted = std::any_of(extensions.begin(), extensions.end(),
                              [&](const std::string& e) { return ends_with(name, e); });
    if (!wanted) continue;
    std::string relative = it->path().lexically_relative(root).generic_string();
    // A symlink must not smuggle a file from elsewhere on the machine into the portal.
    if (it->is_symlink(ec) && check_inside_root(root, relative) != PathProblem::None) {
      diags.error({relative, 0, 0}, "input.path",
                  "file is a symlink that points outside the AIMS root; it is not read");
      continue;
    }
    out.push_back(std::move(relative));
  }
  if (ec)
    diags.error({dir, 0, 0}, "input.unreadable", "cannot list folder: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<std::string> read_text_input(const fs::path& root, const std::string& relative,
                                           Diagnostics& diags) {
  std::error_code ec;
  auto size = fs::file_size(root / relative, ec);
  if (!ec && size > kMaxInputBytes) {
    diags.error({relative, 0, 0}, "input.too-large",
                "file is " + std::to_string(size / (1024 * 1024)) +
                    " MiB; inputs are limited to 16 MiB");
    return std::nullopt;
  }
  std::string why;
  auto raw = read_file(root / relative, &why);
  if (!raw) {
    diags.error({relative, 0, 0}, "input.unreadable", "cannot read file: " + why);
    return std::nullopt;
  }
  auto bad = find_invalid_utf8(*raw);
  if (bad != std::string_view::npos) {
    auto [line, col] = line_column_at(*raw, bad);
    diags.error({relative, line, col}, "input.encoding",
                "file is not valid UTF-8 (byte offset " + std::to_string(bad) +
                    "); save it as UTF-8");
    return std::nullopt;
  }
  auto control = find_control_char(*raw);
  if (control != std::string_view::npos) {
    auto [line, col] = line_column_at(*raw, control);
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>((*raw)[control]));
    diags.error({relative, line, col}, "input.encoding",
                std::string("file holds the control character ") + code +
                    "; remove it (is this a binary file?)");
    return std::nullopt;
  }
  return normalize_text(*raw);
}

}  // namespace aimsdoc
