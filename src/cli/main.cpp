#include <exception>
#include <iostream>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  try {
    return aimsdoc::run_cli(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    // Last line of defence: stages report errors as values, so reaching here is a bug.
    std::cerr << "aimsdoc: internal error: " << e.what() << '\n';
    return 3;
  }
}
