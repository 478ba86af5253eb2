#pragma once
// Where a build's time goes, without a profiler: with AIMSDOC_TIMINGS set in the
// environment, each phase_mark() prints to stderr the wall time since the previous mark
// the CPU time of all threads so far and the peak resident memory so far. Unset, a mark
// costs one branch.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace aimsdoc {

inline void phase_mark(const char* phase) {
  static const bool enabled = std::getenv("AIMSDOC_TIMINGS") != nullptr;
  if (!enabled) return;
  using Clock = std::chrono::steady_clock;
  static Clock::time_point start = Clock::now(), last = start;
  auto now = Clock::now();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  double user = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6;
  double sys = usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
  std::fprintf(stderr,
               "timing: %-18s %8.1f ms  (wall %7.1f ms, user %5.2f s, sys %5.2f s, "
               "peak %6ld MiB)\n",
               phase, std::chrono::duration<double, std::milli>(now - last).count(),
               std::chrono::duration<double, std::milli>(now - start).count(), user, sys,
               usage.ru_maxrss / 1024);
  last = now;
}

}  // namespace aimsdoc
