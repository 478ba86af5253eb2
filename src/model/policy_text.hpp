#pragma once
// A policy's Markdown body. A 100,000-policy AIMS holds hundreds of MiB of bodies, most of a
// build's peak memory (bench/README.md), while a page needs one at a time: past a budget the
// loader leaves a body in its file, and it is read again when asked for. Either way its size
// and SHA-256, taken at load, stand for it, and a body read again must match them.
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace aimsdoc {

// Reads the body of the policy file at a repo-relative path again, split from its front
// matter as the loader splits it; nullopt when the file cannot be read as a policy now.
using BodyReader = std::function<std::optional<std::string>(const std::string& source_path)>;

// A body read again is not the one loaded: its file changed while the build ran.
class BodyChanged : public std::runtime_error {
 public:
  explicit BodyChanged(std::string source_path);
  const std::string& source_path() const { return source_path_; }

 private:
  std::string source_path_;
};

// The text of a body: the held one, or a copy read again.
class BodyText {
 public:
  explicit BodyText(const std::string* held) : held_(held) {}
  explicit BodyText(std::string read_again) : read_(std::move(read_again)) {}
  const std::string& str() const { return held_ ? *held_ : read_; }

 private:
  const std::string* held_ = nullptr;
  std::string read_;
};

class PolicyText {
 public:
  PolicyText();  // empty
  explicit PolicyText(std::string text);
  // A text known by its size and SHA-256 alone, left in its file (a policy taken over from
  // the previous build: policy_records.hpp), read again with `reader`.
  static PolicyText in_file(std::size_t size, std::string sha256, std::string source_path,
                            std::shared_ptr<const BodyReader> reader);

  std::size_t size() const { return size_; }
  const std::string& sha256() const { return sha256_; }  // hex, of the text
  bool held() const { return !reader_; }

  // Frees the text; text() reads it again from `source_path` with `reader`.
  void leave_in_file(std::string source_path, std::shared_ptr<const BodyReader> reader);
  // Throws BodyChanged when a text left in its file no longer matches.
  BodyText text() const;

 private:
  std::string held_, sha256_, source_path_;
  std::size_t size_ = 0;
  std::shared_ptr<const BodyReader> reader_;
};

}  // namespace aimsdoc
