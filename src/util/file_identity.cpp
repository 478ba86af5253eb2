#include "util/file_identity.hpp"

namespace aimsdoc {

// A file time with no nanoseconds comes from a file system that keeps whole seconds (or
// coarser): it may stand for any time in its second.
bool file_time_at_or_after(const timespec& t, const timespec& since) {
  if (t.tv_nsec == 0) return t.tv_sec >= since.tv_sec;
  return t.tv_sec > since.tv_sec || (t.tv_sec == since.tv_sec && t.tv_nsec >= since.tv_nsec);
}

// The kernel stamps a file with its coarse clock, which lags the precise one by up to a
// tick: an edit just after a precise `now` can carry an earlier time and go unseen.
timespec file_clock_now() {
  timespec now{};
  clock_gettime(CLOCK_REALTIME_COARSE, &now);
  return now;
}

std::optional<InputIdentity> identify_input(const std::filesystem::path& path) {
  struct stat st {};
  if (!stat_regular(path, st)) return std::nullopt;
  return InputIdentity{identity_of(st), nanoseconds(st.st_ctim)};
}

bool held_still_before(const InputIdentity& id, const timespec& since) {
  auto time = [](std::int64_t ns) {
    return timespec{static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000)};
  };
  return !file_time_at_or_after(time(id.file.mtime_ns), since) &&
         !file_time_at_or_after(time(id.ctime_ns), since);
}

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
