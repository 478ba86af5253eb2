#include "output/build_state.hpp"

#include <algorithm>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kHeader = "aimsdoc-build-state 1";

bool at_or_after(const timespec& t, const timespec& since) {
  return t.tv_sec > since.tv_sec || (t.tv_sec == since.tv_sec && t.tv_nsec >= since.tv_nsec);
}

// One stat() per file: size and modification time in nanoseconds. `changed` is set when
// the file was modified at or after `since`.
void stamp(Sha256& hash, const fs::path& root, const std::string& path,
           const std::optional<timespec>& since = std::nullopt, bool* changed = nullptr) {
  fs::path full = fs::path(path).is_absolute() ? fs::path(path) : root / path;
  struct stat st {};
  std::string line = path + '\t';
  if (::stat(full.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
    line += std::to_string(st.st_size) + '\t' + std::to_string(st.st_mtim.tv_sec) + '.' +
            std::to_string(st.st_mtim.tv_nsec);
    if (since && changed && at_or_after(st.st_mtim, *since)) *changed = true;
  } else {
    line += "missing";
  }
  hash.update(line + '\n');
}

bool in_listed_folder(const std::string& path) {
  return path.rfind("content/", 0) == 0 || path.rfind("controls/", 0) == 0;
}

// The binary itself is an input: a rebuilt aimsdoc may render differently.
void stamp_executable(Sha256& hash) {
  std::error_code ec;
  auto exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) stamp(hash, "/", exe.string());
  hash.update(std::string(AIMSDOC_VERSION) + '\n');
}

void stamp_listing(Sha256& hash, const fs::path& root, const char* dir,
                   const std::optional<timespec>& since, bool* changed) {
  std::error_code ec;
  if (!fs::is_directory(root / dir, ec)) return;
  fs::recursive_directory_iterator it(root / dir, fs::directory_options::skip_permission_denied, ec);
  std::vector<std::string> names;
  std::string prefix = root.string() + "/";
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const std::string full = it->path().string();
    names.push_back(full.rfind(prefix, 0) == 0 ? full.substr(prefix.size()) : full);
  }
  std::sort(names.begin(), names.end());
  for (const auto& n : names) stamp(hash, root, n, since, changed);
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
  stamp_executable(hash);
  stamp_listing(hash, root, "content", since, &changed);
  stamp_listing(hash, root, "controls", since, &changed);
  for (const auto& d : deps)
    if (!in_listed_folder(d)) stamp(hash, root, d, since, &changed);
  if (changed) return std::nullopt;
  return hash.hex_digest();
}

timespec file_clock_now() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME, &now);
  return now;
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
    out << kHeader << '\n' << s.fingerprint << '\n' << s.exit_code << '\n'
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
