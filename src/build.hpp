#pragma once
// The last stages of a build (run_build.hpp), after the check: render every output into a
// staging folder, write the manifest, swap the folder in.
#include <filesystem>
#include <future>
#include <memory>
#include <string>

#include "output/build_cache.hpp"
#include "output/seal.hpp"
#include "pipeline.hpp"
#include "render/build_view.hpp"

namespace aimsdoc {

struct BuildResult {
  bool published = false;
  std::string error;       // why nothing was published
  std::size_t files = 0;   // files written
  std::size_t reused = 0;  // of which taken over unchanged from the previous portal
  // Work that goes on while the caller reports: the cache and the policy records for the
  // next build written, the previous portal removed. Wait for both before exiting, and
  // before the model goes (the records are written from it).
  std::future<void> cache_written, old_portal_removed;
  // The staging folder's and the sink's records (tens of thousands of strings at 10,000
  // policies): a one-shot build leaves them, like its model, to the process's exit.
  std::shared_ptr<void> leftovers;
};

// Refuses an output folder that is the AIMS root, holds it, or lies inside content/,
// controls/ or evidence folders; and an existing non-empty folder that is not a portal.
std::string validate_output_dir(const std::filesystem::path& root,
                                const std::filesystem::path& out);

// Incremental: files that would come out as they are in the previous portal are taken
// over from it, as `previous` (read_build_cache; empty for a clean build) describes it.
// After the manifest, `seal` adds SHA256SUMS and, with a key, the manifest's signature.
// `audience` Public writes the trust summary instead of the auditor portal and no workbook.
BuildResult build_outputs(CheckedAims& checked, const std::filesystem::path& out,
                          BuildCache previous, const Seal& seal = {},
                          Audience audience = Audience::Auditor);

// Every file a build of `aims` reads (site.yaml, catalogs, crosswalks, policies, records,
// evidence) and a user theme's folder, written "mytheme/" (its listing counts), for the
// up-to-date check (fingerprint_inputs).
std::vector<std::string> input_dependencies(const Aims& aims);

}  // namespace aimsdoc
