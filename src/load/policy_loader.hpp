#pragma once
// content/**/*.md -> Policy records (front matter fields, body, links found in the body).
#include <atomic>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "load/policy_records.hpp"
#include "model/aims.hpp"
#include "model/history.hpp"
#include "util/diagnostic.hpp"

namespace aimsdoc {

// How parse_policy reads the front matter: Auto tries the simple reader (no yaml-cpp) and
// falls back to yaml-cpp when it declines. The other two exist for the tests that hold the
// simple reader to giving what yaml-cpp gives: SimpleOnly returns nullopt where Auto would
// fall back.
enum class FrontMatterReader { Auto, SimpleOnly, YamlOnly };

std::optional<Policy> parse_policy(const std::string& text, const std::string& path,
                                   Diagnostics& diags,
                                   FrontMatterReader reader = FrontMatterReader::Auto);

// A policy as a past revision of its file held it (git history, the --since baseline): the
// fields and body alone, without the links, digests and body hash the current AIMS needs.
// nullopt when it was not a valid policy then.
std::optional<PolicySnapshot> parse_policy_snapshot(const std::string& text,
                                                    const std::string& path);

// The bodies an AIMS keeps in memory (policy_text.hpp): one budget for all, shared by the
// loading threads; a body past it is left in its file. AIMSDOC_BODY_MEMORY (bytes) sets it
// (0 reads every body again, as the tests do to show the output is the same).
inline constexpr std::size_t kDefaultBodyMemory = 128u * 1024 * 1024;
class BodyBudget {
 public:
  BodyBudget(const std::filesystem::path& root, std::size_t bytes);
  static std::size_t from_environment();
  bool take(std::size_t bytes);  // whether a body of this size may stay in memory
  const std::shared_ptr<const BodyReader>& reader() const { return reader_; }

 private:
  std::atomic<std::size_t> left_;
  std::shared_ptr<const BodyReader> reader_;
};

// The previous build's policies (policy_records.hpp), and when this load started: a policy
// is recorded for the next build only when its file held still before then. Without
// `started` nothing is recorded.
struct TakeOver {
  const PolicyRecords* previous = nullptr;
  timespec started{};
};

// A policy file's record: taken over from `take_over.previous` while the file keeps its
// identity, else read and parsed.
std::optional<Policy> load_policy(const std::filesystem::path& root, const std::string& relative,
                                  Diagnostics& diags, BodyBudget& budget,
                                  const TakeOver& take_over = {});

// The body of the policy file `relative` as parse_policy splits it, read again (BodyReader).
std::optional<std::string> read_body_again(const std::filesystem::path& root,
                                           const std::string& relative);

}  // namespace aimsdoc
