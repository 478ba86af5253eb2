#include "util/change_hint.hpp"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

namespace aimsdoc {

namespace fs = std::filesystem;

namespace {

constexpr std::uint32_t kEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE |
                                  IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;

// `path` made absolute and without "." or ".." parts, so one folder is watched once.
std::string folder_key(const fs::path& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  return (ec ? path : absolute).lexically_normal().string();
}

}  // namespace

ChangeHint::ChangeHint(const fs::path& ignored) : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
  fs::path target = folder_key(ignored.filename().empty() ? ignored.parent_path() : ignored);
  ignored_folder_ = target.parent_path().string();
  ignored_name_ = target.filename().string();
}

ChangeHint::~ChangeHint() {
  if (fd_ >= 0) ::close(fd_);
}

void ChangeHint::watch(const std::vector<fs::path>& folders) {
  if (fd_ < 0) return;
  for (const auto& folder : folders) {
    std::string key = folder_key(folder);
    if (watched_.count(key)) continue;
    int wd = ::inotify_add_watch(fd_, key.c_str(), kEvents | IN_ONLYDIR);
    if (wd < 0 && errno == ENOSPC) return;  // the limit on watches: polling covers the rest
    if (wd < 0) continue;                   // gone or unreadable: the fingerprint sees that
    folders_[wd] = key;
    watched_.insert(key);
  }
}

bool ChangeHint::wait(std::chrono::milliseconds most) {
  auto end = std::chrono::steady_clock::now() + most;
  for (;;) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        end - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (fd_ < 0) {
      ::usleep(static_cast<useconds_t>(left.count()) * 1000);
      return false;
    }
    pollfd ready{fd_, POLLIN, 0};
    int n = ::poll(&ready, 1, static_cast<int>(left.count()));
    if (n > 0 && drain()) return true;
    if (n < 0 && errno != EINTR) return false;
  }
}

bool ChangeHint::drain() {
  alignas(inotify_event) char buffer[16384];
  bool any = false;
  for (;;) {
    ssize_t got = ::read(fd_, buffer, sizeof buffer);
    if (got <= 0) return any;
    for (char* p = buffer; p < buffer + got;) {
      const auto* event = reinterpret_cast<const inotify_event*>(p);
      p += sizeof(inotify_event) + event->len;
      if (event->mask & IN_Q_OVERFLOW) {
        any = true;
      } else if (event->mask & IN_IGNORED) {  // the folder is gone: watch it anew if it returns
        watched_.erase(folders_[event->wd]);
        folders_.erase(event->wd);
      } else if (counts(event->wd, event->len ? event->name : "")) {
        any = true;
      }
    }
  }
}

bool ChangeHint::counts(int wd, const std::string& name) const {
  auto folder = folders_.find(wd);
  if (folder == folders_.end() || folder->second != ignored_folder_) return true;
  return name != ignored_name_ && name.rfind("." + ignored_name_ + ".", 0) != 0;
}

}  // namespace aimsdoc
