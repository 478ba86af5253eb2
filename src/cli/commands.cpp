#include "cli/commands.hpp"

#include <cxxopts.hpp>
#include <iostream>


#include "cli/build_command.hpp"
#include "cli/check_command.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kUsage =
    "usage: aimsdoc <command> [options]\n"
    "\n"
    "commands:\n"
    "  check   load the AIMS, apply the coverage rules, print findings\n"
    "  build   check, then write the evidence portal and the SoA workbook\n"
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

  if (command == "version" || command == "--version") {
    std::cout << "aimsdoc " << AIMSDOC_VERSION << '\n';
    return 0;
  }
  std::cerr << "aimsdoc: unknown command '" << one_line(command) << "'\n" << kUsage;
  return 2;
}

}  // namespace aimsdoc
