#include "output/received_portal.hpp"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

#include "output/manifest.hpp"
#include "output/seal.hpp"
#include "util/paths.hpp"
#include "util/sha256.hpp"

namespace aimsdoc {
namespace {

namespace fs = std::filesystem;

// A manifest of a portal with a million files is some hundred megabytes; beyond this a
// described file is not read into memory (it is still hashed, and verify reports it).
constexpr std::size_t kMaxTextBytes = std::size_t{256} << 20;

// Files whose text verify reads besides hashing them; all are small.
bool is_described_text(const std::string& path) {
  return path == kManifestPath || path == kSignaturePath || path == kPublicKeyPath ||
         path == kChecksumsPath;
}

void sort_files(ReceivedPortal& portal) {
  std::sort(portal.files.begin(), portal.files.end(),
            [](const ReceivedFile& a, const ReceivedFile& b) { return a.path < b.path; });
}

// Drops a top folder that every entry shares ("northwind-aims/index.html" -> "index.html").
void strip_common_top(ReceivedPortal& portal, std::vector<std::string>& text_paths) {
  if (portal.files.empty()) return;
  auto slash = portal.files.front().path.find('/');
  if (slash == std::string::npos) return;
  std::string top = portal.files.front().path.substr(0, slash + 1);
  for (const auto& f : portal.files)
    if (f.path.rfind(top, 0) != 0) return;
  for (auto& f : portal.files) f.path.erase(0, top.size());
  for (auto& p : text_paths) p.erase(0, top.size());
}

}  // namespace

ReceivedPortal read_portal_folder(const fs::path& folder) {
  ReceivedPortal portal;
  std::error_code ec;
  if (!fs::is_directory(folder, ec)) {
    portal.error = folder.string() + " is not a folder or a zip file";
    return portal;
  }
  fs::recursive_directory_iterator it(folder, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const auto& entry = *it;
    std::string rel = entry.path().lexically_relative(folder).generic_string();
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) continue;
    if (!entry.is_regular_file(ec) || entry.is_symlink(ec)) {
      portal.unreadable.push_back(rel + " is not a regular file");
      continue;
    }
    Sha256 hash;
    ReceivedFile file{rel, 0, {}};
    std::string text, error;
    bool keep_text = is_described_text(rel);
    bool read = read_file_chunks(
        entry.path(),
        [&](std::string_view chunk) {
          hash.update(chunk);
          file.size += chunk.size();
          if (keep_text && text.size() + chunk.size() <= kMaxTextBytes) text += chunk;
        },
        &error);
    if (file.size > kMaxTextBytes) keep_text = false;
    if (!read) {
      portal.unreadable.push_back(rel + " cannot be read: " + error);
      continue;
    }
    file.sha256 = hash.hex_digest();
    if (keep_text) portal.texts[rel] = std::move(text);
    portal.files.push_back(std::move(file));
  }
  if (ec) portal.error = "cannot list " + folder.string() + ": " + ec.message();
  sort_files(portal);
  return portal;
}

ReceivedPortal read_portal_zip(const fs::path& zip) {
  ReceivedPortal portal;
  std::unique_ptr<archive, decltype(&archive_read_free)> a(archive_read_new(), archive_read_free);
  archive_read_support_format_zip(a.get());
  if (archive_read_open_filename(a.get(), zip.c_str(), 1 << 16) != ARCHIVE_OK) {
    portal.error = "cannot open " + zip.string() + ": " + archive_error_string(a.get());
    return portal;
  }
  std::vector<std::pair<std::string, std::string>> texts;  // path, text
  archive_entry* entry = nullptr;
  int r;
  while ((r = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
    std::string path = archive_entry_pathname(entry) ? archive_entry_pathname(entry) : "";
    if (archive_entry_filetype(entry) == AE_IFDIR) continue;
    if (archive_entry_filetype(entry) != AE_IFREG) {
      portal.unreadable.push_back(path + " is not a regular file");
      continue;
    }
    Sha256 hash;
    ReceivedFile file{path, 0, {}};
    // At the top, or under the one top folder a bundle has.
    auto slash = path.find('/');
    bool keep_text = is_described_text(path) ||
                     (slash != std::string::npos && is_described_text(path.substr(slash + 1)));
    std::string text;
    char buf[1 << 16];
    la_ssize_t n;
    while ((n = archive_read_data(a.get(), buf, sizeof buf)) > 0) {
      hash.update({buf, static_cast<std::size_t>(n)});
      file.size += static_cast<std::uintmax_t>(n);
      if (keep_text && text.size() + static_cast<std::size_t>(n) <= kMaxTextBytes)
        text.append(buf, static_cast<std::size_t>(n));
    }
    if (n < 0) {
      portal.error = zip.string() + ": " + path + ": " + archive_error_string(a.get());
      return portal;
    }
    file.sha256 = hash.hex_digest();
    if (keep_text && file.size <= kMaxTextBytes) texts.emplace_back(path, std::move(text));
    portal.files.push_back(std::move(file));
  }
  if (r != ARCHIVE_EOF) {
    portal.error = "cannot read " + zip.string() + ": " + archive_error_string(a.get());
    return portal;
  }
  std::vector<std::string> text_paths;
  for (auto& [p, t] : texts) text_paths.push_back(p);
  strip_common_top(portal, text_paths);
  for (std::size_t i = 0; i < texts.size(); ++i)
    if (is_described_text(text_paths[i])) portal.texts[text_paths[i]] = std::move(texts[i].second);
  sort_files(portal);
  return portal;
}

}  // namespace aimsdoc
