#include <malloc.h>

#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "util/sha256.hpp"
#include "util/text.hpp"

namespace {

// A build makes and frees many page-sized strings on every thread; glibc's defaults hand
// freed memory back to the kernel eagerly and map large blocks afresh each time, so the
// same pages fault in again and again. A short-lived process keeps them instead.
void tune_allocator() {
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_TOP_PAD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

}  // namespace

int main(int argc, char** argv) {
  tune_allocator();
  try {
    aimsdoc::prepare_digests();  // before any thread hashes
    return aimsdoc::run_cli(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {
    // Last line of defence: stages report errors as values, so reaching here is a bug.
    std::cerr << "aimsdoc: internal error: " << aimsdoc::one_line(e.what()) << '\n';
    return 3;
  }
}
