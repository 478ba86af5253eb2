#include "cli/check_command.hpp"

#include <iostream>

#include "cli/options.hpp"
#include "cli/report_printer.hpp"
#include "pipeline.hpp"

namespace aimsdoc {

int run_check_command(const std::vector<std::string>& args) {
  cxxopts::Options options("aimsdoc check", "Load the AIMS and apply the coverage rules.");
  options.add_options()
      ("root", "AIMS folder (holding site.yaml)", cxxopts::value<std::string>()->default_value("."))
      ("format", "text or json", cxxopts::value<std::string>()->default_value("text"));
  int exit_code = 0;
  auto parsed = parse_options(options, args, exit_code);
  if (!parsed) return exit_code;
  std::string format = (*parsed)["format"].as<std::string>();
  if (format != "text" && format != "json") {
    std::cerr << "aimsdoc: --format must be text or json\n";
    return 2;
  }
  CheckedAims checked = load_and_check((*parsed)["root"].as<std::string>());
  if (format == "json")
    print_json_report(checked, std::cout);
  else
    print_text_report(checked, std::cout);
  if (checked.unusable) return 2;
  return checked.diagnostics.has_errors() ? 1 : 0;
}

}  // namespace aimsdoc
