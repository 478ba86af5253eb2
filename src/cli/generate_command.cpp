#include "cli/generate_command.hpp"

#include <iostream>

#include "cli/generated_docs.hpp"

namespace aimsdoc {

int run_generate_command(const cxxopts::ParseResult& parsed) {
  auto what = parsed["what"].as<std::string>();
  if (what == "man")
    std::cout << man_page();
  else if (what == "bash-completion")
    std::cout << bash_completion();
  else
    std::cout << zsh_completion();  // the parser admits only the table's choices
  return 0;
}

}  // namespace aimsdoc
