#pragma once
// The load stage: every input file of an AIMS folder -> parsed records plus diagnostics.
#include <filesystem>
#include <optional>
#include <vector>

#include "load/file_hashes.hpp"
#include "load/git_history.hpp"
#include "load/policy_records.hpp"
#include "load/site_loader.hpp"
#include "model/aims.hpp"
#include "model/theme.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

struct LoadedInputs {
  std::filesystem::path root;
  LoadedSite site;
  Theme theme;  // the portal's, for the renderer
  std::optional<Framework> primary;
  std::vector<Framework> frameworks;
  std::vector<Crosswalk> crosswalks;
  std::vector<Policy> policies;             // file order (sorted paths)
  std::vector<RequirementRecord> records;   // file order (sorted paths)
  RiskTraceRecords risk_trace;              // systems/, risks/, assessments/, objectives/
  std::vector<Asset> assets;                // sorted paths
  std::vector<std::string> refused_assets;  // linked files refused [asset.path], sorted
  std::vector<Audit> audits;                // file order
  std::vector<ManagementReview> reviews;    // file order
  bool has_audits_dir = false, has_reviews_dir = false;
  History history;            // read only when asked (GitRequest)
  bool since_failed = false;  // the revision to compare with cannot be read [git.since]

  // Nothing usable to build from: no site.yaml, no catalog, or no revision --since or
  // last_audit names (exit 2).
  bool unusable() const { return !site.readable || !primary || since_failed; }
};

inline const char* kBuiltinCatalog = "mappings/iso42001.yaml";

// What the last build loaded, taken over where the files are unchanged: its policies
// (policy_records.hpp) and the hashes of its evidence, reports and linked files
// (file_hashes.hpp).
struct PreviousLoad {
  PolicyRecords policies;
  FileHashes hashes;
};

// What is loaded is recorded for the next build.
LoadedInputs load_inputs(const std::filesystem::path& root, Diagnostics& diags,
                         const GitRequest& git = {}, PreviousLoad previous = {});

}  // namespace aimsdoc
