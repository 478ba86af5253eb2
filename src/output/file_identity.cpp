#include "output/file_identity.hpp"

namespace aimsdoc {

std::string binary_identity() {
  std::string out = std::string(AIMSDOC_VERSION);
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return out;
  auto id = identify(exe);
  out += ' ' + exe.string();
  if (id) out += ' ' + std::to_string(id->size) + ' ' + std::to_string(id->mtime_ns);
  return out;
}

}  // namespace aimsdoc
