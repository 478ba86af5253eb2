#include "cli/commands.hpp"

#include <iostream>

#include "cli/command_table.hpp"
#include "cli/options.hpp"
#include "util/text.hpp"

namespace aimsdoc {
namespace {

std::string usage() {
  std::string text = "usage: aimsdoc <command> [options]\n\ncommands:\n";
  for (const auto& c : command_table()) {
    if (c.hidden) continue;
    std::string name(c.name);
    text += "  " + name + std::string(name.size() < 9 ? 9 - name.size() : 1, ' ') +
            std::string(c.summary) + "\n";
  }
  return text + "\nRun 'aimsdoc <command> --help' for a command's options.\n";
}

}  // namespace

int run_cli(const std::vector<std::string>& args) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    (args.empty() ? std::cerr : std::cout) << usage();
    return args.empty() ? 2 : 0;
  }
  std::string command = args[0] == "--version" ? "version" : args[0];
  const CommandSpec* spec = find_command(command);
  if (!spec) {
    std::cerr << "aimsdoc: unknown command '" << one_line(command) << "'\n" << usage();
    return 2;
  }
  int exit_code = 0;
  auto parsed =
      parse_options(*spec, std::vector<std::string>(args.begin() + 1, args.end()), exit_code);
  return parsed ? spec->run(*parsed) : exit_code;
}

}  // namespace aimsdoc
