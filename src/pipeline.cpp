#include "pipeline.hpp"

#include "check/rules.hpp"
#include "load/load_inputs.hpp"
#include "model/build_aims.hpp"
#include "util/phase_timer.hpp"

namespace aimsdoc {

CheckedAims load_and_check(const std::filesystem::path& root, std::optional<Readiness> readiness,
                           const GitRequest& git, PreviousLoad previous) {
  CheckedAims out;
  out.root = root;
  LoadedInputs in = load_inputs(root, out.diagnostics, git, std::move(previous));
  phase_mark("load");
  if (in.unusable()) {
    out.unusable = true;
    out.diagnostics.sort();
    return out;
  }
  out.theme = std::move(in.theme);
  ModelInputs model;
  model.site = std::move(in.site.config);
  model.owners = std::move(in.site.owners);
  model.primary = std::move(*in.primary);
  model.frameworks = std::move(in.frameworks);
  model.crosswalks = std::move(in.crosswalks);
  model.policies = std::move(in.policies);
  model.records = std::move(in.records);
  model.assets = std::move(in.assets);
  model.refused_assets = std::move(in.refused_assets);
  model.audits = std::move(in.audits);
  model.reviews = std::move(in.reviews);
  model.keeps_audits = in.has_audits_dir || model.site.audit_cycle_set;
  model.keeps_reviews = in.has_reviews_dir || model.site.review_cycle_set;
  model.risk_trace = std::move(in.risk_trace);
  model.history = std::move(in.history);
  out.aims = build_aims(std::move(model), out.diagnostics);
  if (readiness) out.aims.site.readiness = *readiness;
  phase_mark("model");
  out.report = run_checks(out.aims, out.diagnostics);
  out.diagnostics.sort();
  phase_mark("check");
  return out;
}

}  // namespace aimsdoc
