#include "output/bundle_zip.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <memory>
#include <optional>

#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

using Archive = std::unique_ptr<archive, decltype(&archive_write_free)>;

// libarchive stores a zip entry's DOS time in local time: the zone is pinned to UTC while
// writing, so the bytes do not depend on where the bundle is made.
class UtcZone {
 public:
  UtcZone() {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    setenv("TZ", "UTC", 1);
    tzset();
  }
  ~UtcZone() {
    if (saved_) setenv("TZ", saved_->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }
  UtcZone(const UtcZone&) = delete;
  UtcZone& operator=(const UtcZone&) = delete;

 private:
  std::optional<std::string> saved_;
};

bool add_entry(archive* a, const fs::path& source, const ReceivedFile& checked,
               const std::string& name, time_t stamp, std::string& error) {
  std::unique_ptr<archive_entry, decltype(&archive_entry_free)> e(archive_entry_new(),
                                                                    archive_entry_free);
  archive_entry_set_pathname(e.get(), name.c_str());
  archive_entry_set_filetype(e.get(), AE_IFREG);
  archive_entry_set_perm(e.get(), 0644);
  archive_entry_set_size(e.get(), static_cast<la_int64_t>(checked.size));
  archive_entry_set_mtime(e.get(), stamp, 0);
  archive_entry_set_uid(e.get(), 0);
  archive_entry_set_gid(e.get(), 0);
  if (archive_write_header(a, e.get()) != ARCHIVE_OK) {
    error = name + ": " + archive_error_string(a);
    return false;
  }
  bool written = true;
  std::uintmax_t size = 0;
  Sha256 hash;
  bool read = read_file_chunks(source, [&](std::string_view chunk) {
    size += chunk.size();
    hash.update(chunk);
    if (written && size <= checked.size &&
        archive_write_data(a, chunk.data(), chunk.size()) < 0)
      written = false;
  }, &error);
  if (!read) error = "cannot read " + source.string() + ": " + error;
  else if (size != checked.size || hash.hex_digest() != checked.sha256)
    error = source.string() + " changed while it was bundled; bundle again";
  else if (!written) error = name + ": " + archive_error_string(a);
  return error.empty();
}

bool write_zip(const fs::path& portal, const std::vector<ReceivedFile>& files,
               const fs::path& zip, const std::string& top, time_t stamp, std::string& error) {
  Archive a(archive_write_new(), archive_write_free);
  archive_write_set_format_zip(a.get());
  archive_write_set_options(a.get(), "zip:compression=deflate");
  if (archive_write_open_filename(a.get(), zip.c_str()) != ARCHIVE_OK) {
    error = "cannot write " + zip.string() + ": " + archive_error_string(a.get());
    return false;
  }
  for (const auto& f : files)
    if (!add_entry(a.get(), portal / f.path, f, top + "/" + f.path, stamp, error)) return false;
  if (archive_write_close(a.get()) != ARCHIVE_OK) {
    error = "cannot write " + zip.string() + ": " + archive_error_string(a.get());
    return false;
  }
  return true;
}

}  // namespace

bool write_bundle_zip(const fs::path& portal, const std::vector<ReceivedFile>& files,
                      const fs::path& zip, const std::string& top, Date stamp,
                      std::string& error) {
  fs::path temp = zip;
  temp += ".tmp-" + std::to_string(getpid());
  bool ok;
  {
    UtcZone utc;
    ok = write_zip(portal, files, temp, top, static_cast<time_t>(stamp.days_since_epoch()) * 86400,
                   error);
  }
  std::error_code ec;
  if (ok) {
    fs::rename(temp, zip, ec);
    if (ec) error = "cannot rename " + temp.string() + " to " + zip.string() + ": " + ec.message();
  }
  if (!ok || ec) fs::remove(temp, ec);
  return ok && !ec;
}

}  // namespace aimsdoc
