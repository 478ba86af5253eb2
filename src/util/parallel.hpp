#pragma once
// Runs fn(0..n-1) on all cores. Each call must write only its own slot of a pre-sized
// result, so the output is the same whatever the scheduling: determinism is kept by
// merging slots in index order afterwards.
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace aimsdoc {

std::size_t worker_count();  // hardware threads, at least 1; AIMSDOC_JOBS overrides

// Runs fn(i, t) for i in 0..n-1 on `threads` threads, t in 0..threads-1 naming the thread
// that runs it (0 is the caller's), for work that needs state of its own on each thread.
// The first exception stops the run and is rethrown once every thread is done.
template <typename Fn>
void parallel_for_threads(std::size_t n, std::size_t threads, Fn&& fn) {
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) fn(i, std::size_t{0});
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&](std::size_t t) {
    try {
      for (std::size_t i = next++; i < n; i = next++) fn(i, t);
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
  work(0);
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

template <typename Fn>
void parallel_for(std::size_t n, Fn&& fn) {
  parallel_for_threads(n, std::min(worker_count(), n),
                       [&fn](std::size_t i, std::size_t) { fn(i); });
}

// Walks a folder tree on all cores: list(folder, out, subfolders) reads one folder into
// `out` and adds the folders in it to `subfolders`. The first levels are listed in turn
// until there are folders enough to share, then each of their subtrees on a core of its
// own. Returns the outs in a fixed order (the first levels', then each subtree's), so a
// caller that merges them gets the same result whatever the scheduling.
template <typename Out, typename List>
std::vector<Out> walk_tree(const std::string& root_folder, List list) {
  std::vector<Out> outs(1);
  std::vector<std::string> level{root_folder}, next;
  while (!level.empty() && level.size() < 4 * worker_count()) {
    for (const auto& folder : level) list(folder, outs[0], next);
    level = std::move(next);
    next.clear();
  }
  outs.resize(1 + level.size());
  parallel_for(level.size(), [&](std::size_t i) {
    std::vector<std::string> stack{level[i]};
    while (!stack.empty()) {
      std::string folder = std::move(stack.back());
      stack.pop_back();
      list(folder, outs[1 + i], stack);
    }
  });
  return outs;
}

// An entry of list_tree(), with its stat() (symlinks followed; `found` false if it failed).
struct ListedEntry {
  std::string path;  // relative to the root, starting with the folder listed
  bool found = false;
  bool symlink = false;  // the entry itself is one: a folder it names is not entered
  struct stat st {};
};

// Every entry under root/dir, sorted by path, listed with walk_tree (for the build state's
// fingerprint and the theme's files). An unreadable or missing folder is skipped.
std::vector<ListedEntry> list_tree(const std::filesystem::path& root, const std::string& dir);

}  // namespace aimsdoc
