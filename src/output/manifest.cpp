#include "output/manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include "render/site_paths.hpp"
#include "util/json.hpp"

namespace aimsdoc {
namespace {

// A file the build does not publish (confidential, public build) is listed with its
// SHA-256 and size but no `path`: there is no copy in the portal.
void write_evidence(const BuildView& view, std::string& out) {
  bool first = true;
  for (const auto& r : view.aims.requirements) {
    for (const auto& ev : r.record.evidence) {
      out += first ? "\n" : ",\n";
      first = false;
      out += "    {\"id\": " + json_string(ev.id) + ", \"requirement\": " +
             json_string(r.id()) + ", \"title\": " + json_string(ev.title);
      if (ev.confidential) out += ", \"confidential\": true";
      if (!ev.file.empty()) {
        out += ", \"source\": " + json_string(ev.file);
        if (publishes_evidence_file(view, ev))
          out += ", \"path\": " + json_string(evidence_site_path(ev));
        out += ", \"size\": " + std::to_string(ev.size) + ", \"sha256\": " + json_string(ev.sha256);
      } else if (publishes_evidence_file(view, ev)) {
        out += ", \"url\": " + json_string(ev.url);
      }
      out += ", \"collected\": " + json_string(ev.collected ? ev.collected->to_string() : "");
      if (ev.expires) out += ", \"expires\": " + json_string(ev.expires->to_string());
      out += "}";
    }
  }
  out += "\n  ]";
}

// The files under content/ that policies link to, as the loader hashed them.
void write_assets(const Aims& aims, std::string& out) {
  bool first = true;
  for (const auto& a : aims.assets) {
    out += first ? "\n" : ",\n";
    first = false;
    out += "    {\"source\": " + json_string(a.path) + ", \"path\": " +
           json_string(asset_site_path(a)) + ", \"size\": " + std::to_string(a.size) +
           ", \"sha256\": " + json_string(a.sha256) + "}";
  }
  out += first ? "]" : "\n  ]";
}

}  // namespace

bool holds_aimsdoc_portal(const std::filesystem::path& folder) {
  int fd = ::open((folder / kManifestPath).c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return false;
  char start[64];
  ssize_t n = ::read(fd, start, kManifestStart.size());
  ::close(fd);
  return n == static_cast<ssize_t>(kManifestStart.size()) &&
         std::string_view(start, kManifestStart.size()) == kManifestStart;
}

std::string render_manifest(const BuildView& view, const std::vector<OutputFile>& files) {
  const Aims& aims = view.aims;
  std::string out = std::string(kManifestStart) + AIMSDOC_VERSION "\"" +
                    ",\n  \"organization\": " + json_string(aims.site.organization) +
                    ",\n  \"build_date\": " + json_string(aims.reference_date().to_string()) +
                    // The auditor's manifest is as it was before audiences existed.
                    (view.audience == Audience::Auditor
                         ? std::string()
                         : ",\n  \"audience\": " + json_string(audience_name(view.audience))) +
                    ",\n  \"framework\": " + json_string(aims.primary.name) +
                    ",\n  \"evidence\": [";
  write_evidence(view, out);
  out += ",\n  \"assets\": [";
  // A public build copies no policy's files (render_portal).
  if (view.audience == Audience::Auditor) write_assets(aims, out);
  else out += "]";
  out += ",\n  \"files\": [";
  out.reserve(out.size() + files.size() * 160);
  bool first = true;
  for (const auto& f : files) {  // appended piece by piece: one row per output file
    out += first ? "\n    {\"path\": " : ",\n    {\"path\": ";
    first = false;
    out += json_string(f.path);
    out += ", \"size\": ";
    out += std::to_string(f.size);
    out += ", \"sha256\": \"";
    out += f.sha256;  // hex digits: nothing to escape
    out += "\"}";
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace aimsdoc
