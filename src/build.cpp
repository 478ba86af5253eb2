#include "build.hpp"

#include <algorithm>
#include <future>
#include <thread>
#include <unordered_map>

#include "load/file_hashes.hpp"
#include "load/policy_records.hpp"
#include "output/build_cache.hpp"
#include "output/manifest.hpp"
#include "output/reusing_sink.hpp"
#include "output/staging_dir.hpp"
#include "render/renderers.hpp"
#include "render/site_paths.hpp"
#include "util/input_folders.hpp"
#include "util/paths.hpp"
#include "util/phase_timer.hpp"

namespace aimsdoc {
namespace fs = std::filesystem;

std::string validate_output_dir(const fs::path& root, const fs::path& out) {
  std::error_code ec;
  fs::path r = fs::weakly_canonical(fs::absolute(root, ec), ec);
  fs::path o = fs::weakly_canonical(fs::absolute(out, ec), ec);
  if (is_within(o, r)) return "output folder " + out.string() + " is or contains the AIMS root";
  std::vector<std::string> inputs(kListedFolders.begin(), kListedFolders.end());
  inputs.insert(inputs.end(), {"mappings", "evidence", "themes"});
  for (const auto& input : inputs)
    if (is_within(r / input, o))
      return "output folder " + out.string() + " lies inside the input folder '" + input + "'";
  if (fs::exists(o, ec)) {
    if (!fs::is_directory(o, ec)) return "output path " + out.string() + " is not a folder";
    bool empty = fs::directory_iterator(o, ec) == fs::directory_iterator();
    if (!empty && !holds_aimsdoc_portal(o))
      return "output folder " + out.string() +
             " is not empty and holds no aimsdoc portal (no manifest.json written by aimsdoc);"
             " refusing to replace it";
  }
  return {};
}

std::vector<std::string> input_dependencies(const Aims& aims) {
  std::vector<std::string> deps{"site.yaml"};
  const SiteConfig& site = aims.site;
  if (!site.catalog_path.empty()) deps.push_back(site.catalog_path);
  deps.insert(deps.end(), site.framework_paths.begin(), site.framework_paths.end());
  deps.insert(deps.end(), site.crosswalk_paths.begin(), site.crosswalk_paths.end());
  for (const auto& p : aims.policies) deps.push_back(p.source_path);
  for (const auto& r : aims.requirements) {
    if (r.has_record) deps.push_back(r.record.location.path);
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty()) deps.push_back(ev.file);
  }
  for (const auto& s : aims.systems) deps.push_back(s.location.path);
  for (const auto& k : aims.risks) deps.push_back(k.location.path);
  for (const auto& o : aims.objectives) deps.push_back(o.location.path);
  for (const auto& a : aims.assessments) {
    deps.push_back(a.location.path);
    if (!a.report.file.empty()) deps.push_back(a.report.file);
  }
  for (const auto& a : aims.audits) {
    deps.push_back(a.location.path);
    if (!a.report.empty()) deps.push_back(a.report);
  }
  for (const auto& mr : aims.reviews) deps.push_back(mr.location.path);
  deps.insert(deps.end(), aims.history.watch_files.begin(), aims.history.watch_files.end());
  // A user theme is a folder whose listing counts (fingerprint_inputs): a template or
  // asset added to it changes the portal as much as an edited one.
  if (site.theme != "default")
    if (auto theme = join_normalized("", site.theme); theme && !theme->empty())
      deps.push_back(*theme + '/');
  std::sort(deps.begin(), deps.end());
  deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
  return deps;
}

namespace {

struct Leftovers {
  Leftovers(const fs::path& out, BuildCache previous)
      : staging(out), sink(staging, out, std::move(previous)) {}
  StagingDir staging;
  ReusingSink sink;               // refers to staging: declared after it, destroyed before it
  std::vector<OutputFile> files;  // as listed in the manifest
  BuildCache next;                // for the build after this one
};

// The portal and the workbook render at the same time: the workbook is one file that
// libxlsxwriter writes on one thread, which would otherwise wait for the portal. A public
// build writes no workbook: its sheets are the auditor's (owners, notes, findings, risks).
void render_all(const BuildView& view, FileSink& sink, Diagnostics& diags) {
  prepare_renderers();
  if (view.audience == Audience::Public) {
    render_portal(view, sink, diags);
    phase_mark("render");
    return;
  }
  Diagnostics workbook_diags;
  std::thread workbook([&] {
    try {
      render_workbook(view, sink, workbook_diags);
    } catch (const std::exception& e) {
      workbook_diags.error({}, "render.workbook",
                           std::string("writing the workbook failed: ") + e.what());
    }
  });
  render_portal(view, sink, diags);
  workbook.join();
  phase_mark("render");
  diags.append(workbook_diags);
}

// An evidence file replaced while the build ran (an export renaming a new version in) may
// have been copied with other bytes than the loader hashed, which the pages and the
// manifest show: the copies were hashed as they were written, and must match. Each one
// that does not is an error, and nothing is published. The same for the files policies
// link to (assets), which the manifest lists too.
class CopiesCheck {
 public:
  CopiesCheck(const std::vector<OutputFile>& files, Diagnostics& diags) : diags_(diags) {
    for (const auto& f : files) by_path_.emplace(f.path, &f);
  }

  void expect(const std::string& site_path, const std::string& source, const std::string& sha256,
              std::uintmax_t size, const SourceLocation& at, const char* what) {
    auto it = by_path_.find(site_path);
    if (it == by_path_.end() || (it->second->sha256 == sha256 && it->second->size == size)) return;
    diags_.error(at, "evidence.changed",
                 std::string(what) + " '" + source + "' changed while the build ran (SHA-256 " +
                     sha256.substr(0, 16) + "... when checked, " +
                     it->second->sha256.substr(0, 16) +
                     "... when copied); build again once it is final");
    ok_ = false;
  }

  bool ok() const { return ok_; }

 private:
  Diagnostics& diags_;
  std::unordered_map<std::string_view, const OutputFile*> by_path_;
  bool ok_ = true;
};

bool copies_match(const Aims& aims, const std::vector<OutputFile>& files, Diagnostics& diags) {
  // A file a build does not publish (confidential, public build) is not in `files`: skipped.
  CopiesCheck check(files, diags);
  for (const auto& r : aims.requirements)
    for (const auto& ev : r.record.evidence)
      if (!ev.file.empty() && !ev.sha256.empty())
        check.expect(evidence_site_path(ev), ev.file, ev.sha256, ev.size, ev.location,
                     "evidence file");
  for (const auto& a : aims.assessments)
    if (!a.report.file.empty() && !a.report.sha256.empty())
      check.expect(evidence_site_path(a.report), a.report.file, a.report.sha256, a.report.size,
                   a.report.location, "impact assessment report");
  for (const auto& a : aims.assets)
    check.expect(asset_site_path(a), a.path, a.sha256, a.size, {a.path, 0, 0}, "linked file");
  return check.ok();
}

}  // namespace

BuildResult build_outputs(CheckedAims& checked, const fs::path& out, BuildCache previous,
                          const Seal& seal, Audience audience) {
  BuildResult result;
  result.error = validate_output_dir(checked.root, out);
  if (!result.error.empty()) return result;
  if (!checked.aims.site.theme_usable) {  // the findings above say why
    result.error = "the theme '" + checked.aims.site.theme + "' cannot be used; nothing was built";
    return result;
  }
  fs::path cache_dir = cache_dir_for(out);
  // The policies as loaded, for the next build to take over, written while this one renders
  // (the policies are only read from here on).
  auto recorded = std::async(std::launch::async, [&checked, cache_dir] {
    write_policy_records(cache_dir, checked.aims.policies);
    write_file_hashes(cache_dir, checked.aims);
  });
  auto leftovers = std::make_shared<Leftovers>(out, std::move(previous));
  StagingDir& staging = leftovers->staging;
  ReusingSink& sink = leftovers->sink;
  BuildView view{checked.aims,  checked.report, checked.diagnostics,
                 checked.theme, checked.root,   audience};
  withhold_confidential(view);
  Diagnostics render_diags;
  phase_mark("staging created");
  render_all(view, sink, render_diags);
  for (const auto& d : render_diags.items()) checked.diagnostics.add(d);
  checked.diagnostics.sort();
  if (render_diags.has_errors()) {
    result.error = "rendering failed; the previous portal is left as it was";
    return result;
  }
  const auto& files = leftovers->files = staging.files();
  if (!copies_match(checked.aims, files, checked.diagnostics)) {
    checked.diagnostics.sort();
    result.error =
        "an input file changed while the build ran; the previous portal is left as it was";
    return result;
  }
  // The next build's cache (the files the sink staged, the renderers' notes: a hundred
  // megabytes at 100,000 policies) is written aside while the manifest is made. It stays
  // with the leftovers: freed with them, not by whoever drops the last reference to a task.
  result.reused = sink.reused();
  leftovers->next = sink.next(files);
  auto cache_aside = std::async(std::launch::async, [cache_dir, leftovers] {
    return write_build_cache_aside(cache_dir, leftovers->next);
  });
  std::string manifest = render_manifest(view, files);
  staging.write(kManifestPath, manifest);
  result.files = files.size() + write_seal(staging, files, manifest, seal);
  phase_mark("manifest");
  // The cache describes the published portal: gone while the swap happens, in place after.
  remove_build_cache(cache_dir);
  if (!staging.commit()) {
    result.error = staging.error() + "; the previous portal is left as it was";
    return result;
  }
  phase_mark("commit");
  result.old_portal_removed = staging.removal();
  result.cache_written = std::async(std::launch::async, [cache_dir, aside = std::move(cache_aside),
                                                         recorded = std::move(recorded)]() mutable {
    if (aside.get()) put_build_cache_in_place(cache_dir);
    recorded.wait();
  });
  result.published = true;
  result.leftovers = std::move(leftovers);
  return result;
}

}  // namespace aimsdoc
