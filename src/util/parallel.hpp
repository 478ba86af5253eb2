#pragma once
// Runs fn(0..n-1) on all cores. Each call must write only its own slot of a pre-sized
// result, so the output is the same whatever the scheduling: determinism is kept by
// merging slots in index order afterwards.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace aimsdoc {

std::size_t worker_count();  // hardware threads, at least 1; AIMSDOC_JOBS overrides

template <typename Fn>
void parallel_for(std::size_t n, Fn&& fn) {
  std::size_t workers = std::min(worker_count(), n);
  if (workers <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < n; i = next++) fn(i);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> threads;
  for (std::size_t t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace aimsdoc
