#pragma once
// cxxopts glue: builds a command's parser from its entry in the command table, parses or
// explains, never throws past here.
#include <cxxopts.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/command_table.hpp"

namespace aimsdoc {

// Parses `args` (without the command word) against `command`'s options and arguments.
// On --help prints help and returns nullopt with `exit_code` 0; on a usage error (unknown
// option, value outside its choices, missing or extra argument) prints it and returns
// nullopt with `exit_code` 2.
std::optional<cxxopts::ParseResult> parse_options(const CommandSpec& command,
                                                  const std::vector<std::string>& args,
                                                  int& exit_code);

// What --help prints for `command`.
std::string command_help(const CommandSpec& command);

}  // namespace aimsdoc
