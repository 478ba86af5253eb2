#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

int main(int argc, char** argv) {
  try {
    aimsdoc::prepare_digests();  // before any thread hashes
    return aimsdoc::run_cli(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    // Last line of defence: stages report errors as values, so reaching here is a bug.
    std::cerr << "aimsdoc: internal error: " << aimsdoc::one_line(e.what()) << '\n';
    return 3;
  }
}
