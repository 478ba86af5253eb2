#pragma once
// Wakes a watch as soon as the kernel reports a change in a watched folder (inotify), so an
// edit is looked at without waiting out the watch's pause. Only a hint: the watch still
// decides by the inputs' fingerprint, and where inotify is missing or its limit on watches
// is reached, wait() simply sleeps.
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace aimsdoc {

class ChangeHint {
 public:
  // Changes to `ignored` itself and to its hidden siblings `.<name>.*` (the build's own
  // output, staging folder, state and cache) do not count.
  explicit ChangeHint(const std::filesystem::path& ignored);
  ~ChangeHint();
  ChangeHint(const ChangeHint&) = delete;
  ChangeHint& operator=(const ChangeHint&) = delete;

  // Watches the folders (not their subfolders) not watched yet.
  void watch(const std::vector<std::filesystem::path>& folders);
  // Returns true once a change counts, false after `most` without one.
  bool wait(std::chrono::milliseconds most);

 private:
  // Reads the queued events: whether any counts.
  bool drain();
  bool counts(int wd, const std::string& name) const;

  int fd_ = -1;
  std::string ignored_folder_;
  std::string ignored_name_;
  std::map<int, std::string> folders_;  // by watch descriptor
  std::set<std::string> watched_;
};

}  // namespace aimsdoc
