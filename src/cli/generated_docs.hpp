#pragma once
// Files generated from the command table (cli/command_table.hpp), installed by cmake:
// the man page and the shell completion scripts. Same table as --help, so no drift.
#include <string>

namespace aimsdoc {

std::string man_page();         // aimsdoc(1), roff
std::string bash_completion();  // sourced by bash; registers `complete -F _aimsdoc aimsdoc`
std::string zsh_completion();   // a #compdef aimsdoc function file (_aimsdoc)

}  // namespace aimsdoc
