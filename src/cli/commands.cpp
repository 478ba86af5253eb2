#include "cli/commands.hpp"

#include <cxxopts.hpp>
#include <iostream>


#include "cli/build_command.hpp"
#include "cli/bundle_command.hpp"
#include "cli/check_command.hpp"
#include "cli/export_command.hpp"
#include "cli/keygen_command.hpp"
#include "cli/verify_command.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kUsage =
    "usage: aimsdoc <command> [options]\n"
    "\n"
    "commands:\n"
    "  check   load the AIMS, apply the coverage rules, print findings\n"
    "  build   check, then write the evidence portal and the SoA workbook\n"
    "  bundle  build, then zip the portal for handing over (deterministic)\n"
    "  verify  check a received portal or bundle against its manifest and signature\n"
    "  keygen  write a key pair for signing builds\n"
    "  export  write the model as JSON, or as OSCAL (catalog, SSP, assessment results)\n"
    "  version print the version\n"
    "\n"
    "Run 'aimsdoc <command> --help' for a command's options.\n";

}  // namespace

int run_cli(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << kUsage;
    return args.empty() ? 2 : 0;
  }
  const std::string& command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "check") return run_check_command(rest);
  if (command == "build") return run_build_command(rest);
  if (command == "bundle") return run_bundle_command(rest);
  if (command == "verify") return run_verify_command(rest);
  if (command == "keygen") return run_keygen_command(rest);
  if (command == "export") return run_export_command(rest);

  if (command == "version" || command == "--version") {
    std::cout << "aimsdoc " << AIMSDOC_VERSION << '\n';
    return 0;
  }
  std::cerr << "aimsdoc: unknown command '" << command << "'\n" << kUsage;
  return 2;
}

}  // namespace aimsdoc
