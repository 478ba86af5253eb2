#pragma once
// The one table of aimsdoc's commands and their options. cxxopts parsing and --help, the
// usage text, the man page and the shell completions are all generated from it, so they
// cannot drift apart. To add a command or an option, add it here (docs/architecture.md).
#include <cxxopts.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace aimsdoc {

// What an option's (or argument's) value is: decides its parsing and its completion.
enum class ValueKind {
  flag,    // no value: present or not
  text,    // free text (an id, a framework)
  number,  // an integer (read with as<int>())
  file,    // a path to a file
  dir,     // a path to a folder
  choice,  // one of `choices`
};

struct OptionSpec {
  std::string_view flags;  // cxxopts style: "root" or "o,out"; an argument's name
  std::string_view help;   // one line, lower case, no final period
  ValueKind kind = ValueKind::flag;
  std::string_view value_name = {};            // shown as --root DIR; default from `kind`
  std::string_view default_value = {};         // empty: none
  std::vector<std::string_view> choices = {};  // for ValueKind::choice; checked on parse
  bool repeated = false;  // may be given several times: read with as<std::vector<std::string>>()
  bool required = false;  // arguments only: usage error when absent
};

// Receives the parsed options of its own command; returns the exit code
// (0 clean, 1 findings, 2 usage or unreadable input).
using CommandRunner = int (*)(const cxxopts::ParseResult&);

struct CommandSpec {
  std::string_view name;
  std::string_view summary;      // one line for the usage list and the man page
  std::string_view description;  // a paragraph for --help and the man page; may be empty
  CommandRunner run = nullptr;
  std::vector<OptionSpec> options = {};
  std::vector<OptionSpec> arguments = {};  // positional, in order
  bool hidden = false;                     // not listed in usage, man page or completions (tooling)
};

const std::vector<CommandSpec>& command_table();
const CommandSpec* find_command(std::string_view name);

// The long name of an option ("out" of "o,out") and its short letter ('o', or 0).
std::string_view long_name(const OptionSpec& o);
char short_name(const OptionSpec& o);
// `value_name`, else DIR, FILE, N, TEXT or the choices joined by '|'; empty for a flag.
std::string value_name(const OptionSpec& o);
// The -h, --help every command has (added by the parser, listed by the generators).
const OptionSpec& help_option();

}  // namespace aimsdoc
