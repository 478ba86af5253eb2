#include "cli/check_command.hpp"

#include <iostream>

#include "check/framework_findings.hpp"
#include "cli/ci_report.hpp"
#include "cli/options.hpp"
#include "cli/report_printer.hpp"
#include "pipeline.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::string framework_ids(const Aims& aims) {
  std::string out;
  for (const auto& f : aims.frameworks) out += (out.empty() ? "" : ", ") + f.id;
  return out.empty() ? "(none)" : out;
}

}  // namespace

int run_check_command(const cxxopts::ParseResult& parsed) {
  std::string format = parsed["format"].as<std::string>();
  std::string root = parsed["root"].as<std::string>();
  CheckedAims checked = load_and_check(root, readiness_option(parsed));
  std::string summary;
  std::optional<FrameworkCoverage> coverage;
  if (parsed.count("framework") && !checked.unusable) {
    std::string id = parsed["framework"].as<std::string>();
    const Framework* fw = checked.aims.find_framework(id);
    if (!fw || fw == &checked.aims.primary) {
      std::cerr << "aimsdoc: no framework '" << one_line(id)
                << "' is loaded; site.yaml lists: " << one_line(framework_ids(checked.aims))
                << '\n';
      return 2;
    }
    coverage = compute_framework_coverage(checked.aims, checked.report, *fw);
    report_framework_findings(checked.aims, *coverage, checked.diagnostics);
    checked.diagnostics.sort();
    summary = framework_summary_line(*coverage);
  }
  if (format == "json")
    print_json_report(checked, std::cout, coverage ? &*coverage : nullptr);
  else if (format == "github")
    print_github_report(checked, root, std::cout);
  else if (format == "gitlab")
    print_gitlab_report(checked, root, std::cout);
  else if (format == "sarif")
    print_sarif_report(checked, root, std::cout);
  else
    print_text_report(checked, std::cout);
  if (!summary.empty() && (format == "text" || format == "github")) std::cout << summary << '\n';
  if (checked.unusable) return 2;
  return checked.diagnostics.has_errors() ? 1 : 0;
}

}  // namespace aimsdoc
