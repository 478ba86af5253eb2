#include "cli/archetypes.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "load/theme_loader.hpp"
#include "render/portal/templates.hpp"

namespace aimsdoc {

std::optional<std::string> render_archetype(const std::filesystem::path& root,
                                            const SiteConfig& site, const std::string& name,
                                            const ArchetypeValues& values, Diagnostics& diags) {
  auto file = load_theme_file(root, site, "archetypes/" + name + ".mustache", diags);
  if (!file) return std::nullopt;
  portal::Data data(portal::Data::type::object);
  for (const auto& [key, value] : values) data[key] = portal::Data(value);
  return portal::render_once(file->text, data);
}

WriteOutcome write_new_file(const std::filesystem::path& path, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  // O_EXCL: a file that appeared since anyone looked is not overwritten either.
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return errno == EEXIST ? WriteOutcome::Exists : WriteOutcome::Failed;
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  bool ok = done == text.size() && ::close(fd) == 0;
  return ok ? WriteOutcome::Written : WriteOutcome::Failed;
}

}  // namespace aimsdoc
