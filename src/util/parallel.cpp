#include "util/parallel.hpp"

#include <cstdlib>
#include <string>

namespace aimsdoc {

std::size_t worker_count() {
  if (const char* jobs = std::getenv("AIMSDOC_JOBS")) {
    long n = std::strtol(jobs, nullptr, 10);
    if (n >= 1 && n <= 256) return static_cast<std::size_t>(n);
  }
  unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : hw;
}

}  // namespace aimsdoc
