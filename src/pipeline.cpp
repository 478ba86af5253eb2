#include "pipeline.hpp"

#include "check/rules.hpp"
#include "load/load_inputs.hpp"
#include "model/build_aims.hpp"
#include "util/phase_timer.hpp"

namespace aimsdoc {

CheckedAims load_and_check(const std::filesystem::path& root) {
  CheckedAims out;
  out.root = root;
  LoadedInputs in = load_inputs(root, out.diagnostics);
  phase_mark("load");
  if (in.unusable()) {
    out.unusable = true;
    out.diagnostics.sort();
    return out;
  }
  ModelInputs model{std::move(in.site.config), std::move(in.site.owners), std::move(*in.primary),
                    std::move(in.frameworks),  std::move(in.crosswalks),  std::move(in.policies),
                    std::move(in.records),     std::move(in.risk_trace)};
  out.aims = build_aims(std::move(model), out.diagnostics);
  phase_mark("model");
  out.report = run_checks(out.aims, out.diagnostics);
  out.diagnostics.sort();
  phase_mark("check");
  return out;
}

}  // namespace aimsdoc
