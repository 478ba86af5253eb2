#pragma once
#include <cxxopts.hpp>

namespace aimsdoc {

// aimsdoc generate man|bash-completion|zsh-completion (hidden: the build runs it to make
// the files it installs)
int run_generate_command(const cxxopts::ParseResult& parsed);

}  // namespace aimsdoc
