#include "cli/keygen_command.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "output/minisign.hpp"
#include "util/paths.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

std::string default_key_path() {
  const char* home = std::getenv("HOME");
  return (fs::path(home && *home ? home : ".") / ".aimsdoc" / "aimsdoc.key").string();
}

// Creates `path` with `mode` (never wider: the umask can only narrow it); refuses to
// replace a file unless `force`.
bool write_new_file(const fs::path& path, const std::string& text, mode_t mode, bool force,
                    std::string& error) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (force) ::unlink(path.c_str());
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    error = "cannot create " + path.string() + ": " + std::strerror(errno) +
            (errno == EEXIST ? " (use --force to replace it)" : "");
    return false;
  }
  bool ok = ::fchmod(fd, mode) == 0 &&
            ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ok = ::close(fd) == 0 && ok;
  if (!ok) error = "cannot write " + path.string() + ": " + std::strerror(errno);
  return ok;
}

}  // namespace

int run_keygen_command(const cxxopts::ParseResult& parsed) {
  fs::path key = parsed.count("key") ? parsed["key"].as<std::string>() : default_key_path();
  fs::path pub = parsed["pub"].as<std::string>();
  fs::path root = parsed["root"].as<std::string>();
  bool force = parsed.count("force") > 0;
  if (resolves_within(root, key)) {
    std::cerr << "aimsdoc: error: " << key.string() << " lies inside the AIMS root "
              << root.string() << ", where it would be committed and published; choose a "
              << "path outside it with --key\n";
    return 2;
  }
  KeyFiles files = generate_key_files();
  std::string error;
  if (!write_new_file(key, files.secret_text, 0600, force, error) ||
      !write_new_file(pub, files.public_text, 0644, force, error)) {
    std::cerr << "aimsdoc: error: " << error << '\n';
    return 2;
  }
  std::cout << "secret key: " << key.string() << " (mode 0600; keep it private)\n"
            << "public key: " << pub.string() << " (give it to whoever verifies)\n"
            << "sign with:  aimsdoc build --sign " << key.string() << '\n';
  return 0;
}

}  // namespace aimsdoc
