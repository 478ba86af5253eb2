#include "cli/build_command.hpp"

#include <iostream>

#include "build.hpp"
#include "cli/options.hpp"
#include "cli/report_printer.hpp"

namespace aimsdoc {

int run_build_command(const std::vector<std::string>& args) {
  cxxopts::Options options("aimsdoc build",
                           "Check the AIMS, then write the evidence portal and the SoA workbook.");
  options.add_options()
      ("root", "AIMS folder (holding site.yaml)", cxxopts::value<std::string>()->default_value("."))
      ("o,out", "output folder (default: site.yaml 'output', else _site under the root)",
       cxxopts::value<std::string>())
      ("allow-gaps", "exit 0 even when the check finds gaps (draft builds)");
  int exit_code = 0;
  auto parsed = parse_options(options, args, exit_code);
  if (!parsed) return exit_code;
  std::filesystem::path root = (*parsed)["root"].as<std::string>();
  CheckedAims checked = load_and_check(root);
  if (checked.unusable) {
    print_text_report(checked, std::cerr);
    return 2;
  }
  std::filesystem::path out = parsed->count("out")
                                  ? std::filesystem::path((*parsed)["out"].as<std::string>())
                                  : root / checked.aims.site.output_dir;
  BuildResult result = build_outputs(checked, out);
  print_text_report(checked, std::cerr);
  if (!result.published) {
    std::cerr << "aimsdoc: error: " << result.error << '\n';
    return 2;
  }
  std::cerr << "wrote " << result.files << " files to " << out.string() << '\n';
  if (checked.diagnostics.has_errors() && !parsed->count("allow-gaps")) return 1;
  return 0;
}

}  // namespace aimsdoc
