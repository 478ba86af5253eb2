#include "output/staging_dir.hpp"

#include <fcntl.h>  // AT_FDCWD
#include <stdio.h>  // renameat2, RENAME_EXCHANGE
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fstream>

#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

std::string temp_prefix(const fs::path& target) {
  return "." + target.filename().string() + ".tmp-";
}

// open/write/close rather than an ofstream: a build writes ten thousand small files, and
// the stream's buffer, locale and exceptions setup cost more than the write itself.
bool write_file(const fs::path& full, std::string_view bytes, FileIdentity& identity) {
  int fd = ::open(full.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) return false;
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int saved = n < 0 ? errno : ENOSPC;
      ::close(fd);
      errno = saved;
      return false;
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0) identity = identity_of(st);
  return ::close(fd) == 0;
}

}  // namespace

void remove_stale_staging(const fs::path& out) {
  fs::path target = out.filename().empty() ? out.parent_path() : out;  // "portal/"
  std::error_code ec;
  fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string prefix = temp_prefix(target);
  // increment(ec), not ++: a folder changing under us must not throw out of here.
  for (fs::directory_iterator it(parent, ec), end; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& entry = *it;
    std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + prefix.size()));
    if (pid > 0 && pid != getpid() && kill(pid, 0) == 0) continue;  // a live build
    std::error_code op;  // a failure here must not end the listing
    // Killed between the two renames of the fallback swap: this is the previous portal.
    if (name.ends_with("-old") && !fs::exists(fs::symlink_status(target, op))) {
      fs::rename(entry.path(), target, op);
      if (!op) continue;
    }
    fs::remove_all(entry.path(), op);
  }
}

StagingDir::StagingDir(fs::path target) : target_(std::move(target)) {
  if (target_.filename().empty()) target_ = target_.parent_path();
  remove_stale_staging(target_);
  temp_ = target_.parent_path() / (temp_prefix(target_) + std::to_string(getpid()));
  std::error_code ec;
  fs::remove_all(temp_, ec);
  if (!fs::create_directories(temp_, ec) || ec)
    fail("cannot create " + temp_.string() + ": " + ec.message());
}

StagingDir::~StagingDir() {
  if (removing_.valid()) removing_.wait();
  std::error_code ec;
  if (!committed_) fs::remove_all(temp_, ec);
}

void StagingDir::fail(const std::string& message) {
  std::lock_guard lock(mutex_);
  if (error_.empty()) error_ = message;
  failed_ = true;
}

std::optional<StagingDir::Prepared> StagingDir::prepare(const std::string& path) {
  // A renderer bug must not write beside or above the output folder.
  if (check_relative(path) != PathProblem::None || path.find('\\') != std::string::npos) {
    fail("refusing to write '" + path + "': not a path inside the output folder");
    return std::nullopt;
  }
  Prepared out{{}, *join_normalized("", path)};
  const std::string& relative = out.relative;
  out.full = temp_ / relative;
  auto slash = relative.rfind('/');
  std::string folder = slash == std::string::npos ? std::string() : relative.substr(0, slash);
  bool claimed, made;
  {
    // Claimed before anything is written: a second write to a path could truncate, through
    // a hard link taken over from the live portal, a file of the portal still published.
    std::lock_guard lock(mutex_);
    claimed = claimed_.insert(relative).second;
    made = folder.empty() || made_dirs_.count(folder) > 0;
  }
  if (!claimed) {
    fail("two outputs were written to the same path '" + relative + "'");
    return std::nullopt;
  }
  if (made) return out;
  std::error_code ec;
  fs::create_directories(out.full.parent_path(), ec);  // another thread may make it too: fine
  if (ec) {
    fail("cannot create " + out.full.parent_path().string() + ": " + ec.message());
    return std::nullopt;
  }
  std::lock_guard lock(mutex_);
  made_dirs_.insert(folder);
  return out;
}

void StagingDir::record(const Prepared& to, std::string_view bytes, std::string sha256,
                        FileIdentity identity) {
  if (sha256.empty()) sha256 = sha256_hex(bytes);
  record({to.relative, bytes.size(), std::move(sha256), identity});
}

void StagingDir::record(OutputFile f) {
  std::lock_guard lock(mutex_);
  files_.push_back(std::move(f));
}

void StagingDir::write(const std::string& path, std::string_view bytes, std::string sha256) {
  if (!ok()) return;
  auto to = prepare(path);
  if (!to) return;
  const fs::path& full = to->full;
  FileIdentity identity;
  if (!write_file(full, bytes, identity)) {
    fail("cannot write " + full.string() + ": " + std::strerror(errno));
    return;
  }
  record(*to, bytes, std::move(sha256), identity);
}

// Streams, so an evidence file of any size is copied and hashed in 1 MiB pieces.
void StagingDir::copy(const std::string& path, const fs::path& source) {
  if (!ok()) return;
  auto to = prepare(path);
  if (!to) return;
  const fs::path& full = to->full;
  std::ofstream out(full, std::ios::binary | std::ios::trunc);
  Sha256 hash;
  std::uintmax_t size = 0;
  std::string why;
  bool read = read_file_chunks(
      source,
      [&](std::string_view chunk) {
        out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        hash.update(chunk);
        size += chunk.size();
      },
      &why);
  out.close();
  if (!read) {
    fail("cannot read " + source.string() + ": " + why);
  } else if (!out) {
    fail("cannot write " + full.string() + ": " + std::strerror(errno));
  } else {
    record({to->relative, size, hash.hex_digest(), identify(full).value_or(FileIdentity{})});
  }
}

bool StagingDir::write_with(const std::string& path,
                            const std::function<bool(const fs::path&)>& writer) {
  if (!ok()) return false;
  auto to = prepare(path);
  if (!to) return false;
  const fs::path& full = to->full;
  if (!writer(full)) {
    fail("cannot write " + full.string());
    return false;
  }
  std::string why;
  auto bytes = read_file(full, &why);
  if (!bytes) {
    fail("cannot read back " + full.string() + ": " + why);
    return false;
  }
  record(*to, *bytes, {}, identify(full).value_or(FileIdentity{}));
  return true;
}

bool StagingDir::link(const std::string& path, const fs::path& existing, std::string sha256,
                      const FileIdentity& identity) {
  if (!ok()) return false;
  auto to = prepare(path);
  if (!to) return false;
  const fs::path& full = to->full;
  if (::link(existing.c_str(), full.c_str()) != 0) {
    // Not taken over: the caller writes the file instead, so the path is free again.
    ::unlink(full.c_str());
    std::lock_guard lock(mutex_);
    claimed_.erase(to->relative);
    return false;
  }
  record({to->relative, identity.size, std::move(sha256), identity});  // a link keeps the identity
  return true;
}

std::vector<OutputFile> StagingDir::files() const {
  std::lock_guard lock(mutex_);
  auto sorted = files_;
  std::sort(sorted.begin(), sorted.end(),
            [](const OutputFile& a, const OutputFile& b) { return a.path < b.path; });
  return sorted;
}

bool StagingDir::commit() {
  if (!ok()) return false;
  std::error_code ec;
  if (!fs::exists(target_, ec)) {
    fs::rename(temp_, target_, ec);
  } else if (renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0) {
    // The old portal now sits in the temp folder; the new one is live. Removing ten
    // thousand files takes a while: a thread does it while the build finishes (see
    // removal()); a build killed meanwhile leaves it to the next one's clean-up.
    removing_ = std::async(std::launch::async, [old = temp_] {
      std::error_code ignored;
      fs::remove_all(old, ignored);
    });
  } else {
    // File systems without RENAME_EXCHANGE: two renames, the old portal kept until the end.
    fs::path old = temp_.string() + "-old";
    fs::rename(target_, old, ec);
    if (!ec) fs::rename(temp_, target_, ec);
    if (ec) {
      std::error_code undo;
      fs::rename(old, target_, undo);
    } else {
      fs::remove_all(old, ec);
      ec.clear();
    }
  }
  if (ec) {
    fail("cannot move the new portal into " + target_.string() + ": " + ec.message());
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace aimsdoc
