#include "load/load_inputs.hpp"

#include <future>

#include "load/asset_loader.hpp"
#include "load/audit_cycle_loader.hpp"
#include "load/catalog_loader.hpp"
#include "load/crosswalk_loader.hpp"
#include "load/git_baseline.hpp"
#include "load/policy_loader.hpp"
#include "load/record_loader.hpp"
#include "load/risk_trace_loader.hpp"
#include "load/source_files.hpp"
#include "load/theme_loader.hpp"
#include "util/embedded.hpp"
#include "util/input_folders.hpp"
#include "util/parallel.hpp"
#include "util/paths.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::optional<Framework> load_primary(const LoadedInputs& in, Diagnostics& diags) {
  const std::string& path = in.site.config.catalog_path;
  if (!path.empty()) {
    if (!in.site.config.catalog_usable) return std::nullopt;  // reported by load_site
    return load_catalog(in.root, path, diags);
  }
  auto text = embedded_file(kBuiltinCatalog);
  return parse_catalog(std::string(*text), std::string("<built-in>/") + kBuiltinCatalog, diags);
}

// Loads every file with `load` on all cores; records and diagnostics are merged in path
// order, so the result does not depend on scheduling.
template <typename Record, typename LoadFn>
std::vector<Record> load_all(const std::vector<std::string>& paths, Diagnostics& diags,
                             LoadFn load) {
  std::vector<std::optional<Record>> records(paths.size());
  std::vector<Diagnostics> found(paths.size());
  parallel_for(paths.size(), [&](std::size_t i) { records[i] = load(paths[i], found[i]); });
  std::vector<Record> out;
  out.reserve(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    diags.append(found[i]);
    if (records[i]) out.push_back(std::move(*records[i]));
  }
  return out;
}

// The output folder is replaced by every build: evidence inside it would be copied from
// the portal into the portal, a different file each time. Refused, like an unreadable one.
void refuse_evidence_in_output(LoadedInputs& in, Diagnostics& diags) {
  auto out = join_normalized("", in.site.config.output_dir);
  if (!out || out->empty()) return;
  std::string prefix = *out + "/";
  for (auto& record : in.records)
    for (auto& ev : record.evidence)
      if (!ev.sha256.empty() && starts_with(ev.file, prefix)) {
        diags.error(ev.location, "evidence.path",
                    "evidence file '" + ev.file + "' lies inside the output folder '" + *out +
                        "', which every build replaces; keep evidence outside it");
        ev.sha256.clear();
      }
}

// Every YAML file under root/dir, loaded by `load`.
template <typename Record, typename LoadFn>
std::vector<Record> load_folder(const std::filesystem::path& root, const char* dir,
                                Diagnostics& diags, LoadFn load) {
  return load_all<Record>(
      list_source_files(root, dir, {".yaml", ".yml"}, diags), diags,
      [&](const std::string& path, Diagnostics& d) { return load(root, path, d); });
}

// The management system's records: small folders, loaded one after another (each on all
// cores) while the policies load.
RiskTraceRecords load_risk_trace(const std::filesystem::path& root, Diagnostics& diags,
                                 const HashTakeOver& hashes) {
  RiskTraceRecords out;
  out.systems = load_folder<AiSystem>(root, kSystemFolder, diags, load_system);
  out.risks = load_folder<Risk>(root, kRiskFolder, diags, load_risk);
  out.assessments = load_folder<ImpactAssessment>(
      root, kAssessmentFolder, diags,
      [&](const std::filesystem::path& r, const std::string& path, Diagnostics& d) {
        return load_assessment(r, path, d, hashes);
      });
  out.objectives = load_folder<Objective>(root, kObjectiveFolder, diags, load_objective);
  return out;
}

bool is_dir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p, ec);
}

// audits/ and reviews/: a few files a year, read after the policies.
void load_audit_cycle(LoadedInputs& in, Diagnostics& diags) {
  const auto& root = in.root;
  in.has_audits_dir = is_dir(root / kAuditsDir);
  in.has_reviews_dir = is_dir(root / kReviewsDir);
  in.audits = load_folder<Audit>(root, kAuditsDir, diags, load_audit);
  in.reviews = load_folder<ManagementReview>(root, kReviewsDir, diags, load_review);
}

// The policies' history, and what the revision --since (else site.yaml last_audit) names
// held. --since on a tree without history is a usage error; last_audit there is not (the
// build summary says there is no history).
void load_git(LoadedInputs& in, const GitRequest& git, Diagnostics& diags) {
  std::vector<std::string> paths;
  paths.reserve(in.policies.size());
  for (const Policy& p : in.policies) paths.push_back(p.source_path);
  in.history = read_history(in.root, paths);
  const SiteConfig& site = in.site.config;
  const std::string rev = git.since ? *git.since : site.last_audit;
  if (rev.empty() && !git.since) return;
  SourceLocation at = git.since ? SourceLocation{"--since", 0, 0} : site.last_audit_location;
  if (!git.since && !in.history.available) return;
  std::string problem, hint;
  if (!in.history.available) {
    problem = "it needs the AIMS's git history, but " + in.history.unavailable_reason;
    hint = "build in the top folder of a full git clone, or without --since";
  } else if (read_baseline(in.root, rev, in.history, problem)) {
    in.history.digest = history_digest(in.history);
    return;
  } else {
    hint = "name a tag, a branch, a commit or a date YYYY-MM-DD of its history";
  }
  diags.error(at, "git.since",
              "cannot report changes since '" + rev + "': " + problem + "; " + hint);
  in.since_failed = true;
}

}  // namespace

LoadedInputs load_inputs(const std::filesystem::path& root, Diagnostics& diags,
                         const GitRequest& git, PreviousLoad previous) {
  const timespec started = file_clock_now();
  const TakeOver take_over{&previous.policies, started};
  const HashTakeOver hashes{&previous.hashes, started};
  LoadedInputs in;
  in.root = root;
  in.site = load_site(root, diags);
  if (!in.site.readable) return in;
  // A theme that would stop the build is reported here, by `check` too.
  in.theme = load_theme(root, in.site.config, diags);
  in.primary = load_primary(in, diags);
  // Paths checked by load_site: each names a file inside the root, once.
  for (const auto& path : in.site.config.framework_paths)
    if (auto fw = load_catalog(root, path, diags)) in.frameworks.push_back(std::move(*fw));
  for (const auto& path : in.site.config.crosswalk_paths)
    if (auto cw = load_crosswalk(root, path, diags)) in.crosswalks.push_back(std::move(*cw));
  // Records (and the evidence files they hash) load beside the policies rather than after
  // them: the listing of content/ and the end of each parallel loop run on one core.
  Diagnostics record_diags;
  auto records = std::async(std::launch::async, [&] {
    in.risk_trace = load_risk_trace(root, record_diags, hashes);
    return load_folder<RequirementRecord>(
        root, kControlFolder, record_diags,
        [&](const std::filesystem::path& r, const std::string& path, Diagnostics& d) {
          return load_record(r, path, d, hashes);
        });
  });
  BodyBudget bodies(root, BodyBudget::from_environment());
  in.policies = load_all<Policy>(list_source_files(root, kPolicyFolder, {".md"}, diags), diags,
                                 [&](const std::string& path, Diagnostics& d) {
                                   return load_policy(root, path, d, bodies, take_over);
                                 });
  in.assets = load_assets(root, in.policies, diags, in.refused_assets, hashes);
  in.records = records.get();
  diags.append(record_diags);
  load_audit_cycle(in, diags);
  refuse_evidence_in_output(in, diags);
  if (git.history) load_git(in, git, diags);
  return in;
}

}  // namespace aimsdoc
