#include "model/policy_text.hpp"

#include "util/sha256.hpp"

namespace aimsdoc {

BodyChanged::BodyChanged(std::string source_path)
    : std::runtime_error(
          "policy changed while the build was reading it (its body, read again "
          "for a page, is not the one loaded); build again"),
      source_path_(std::move(source_path)) {}

PolicyText::PolicyText() {
  static const std::string empty_sha256 = sha256_hex("");
  sha256_ = empty_sha256;
}

PolicyText::PolicyText(std::string text)
    : held_(std::move(text)), sha256_(sha256_hex(held_)), size_(held_.size()) {}

PolicyText PolicyText::in_file(std::size_t size, std::string sha256, std::string source_path,
                               std::shared_ptr<const BodyReader> reader) {
  PolicyText t;
  t.size_ = size;
  t.sha256_ = std::move(sha256);
  t.source_path_ = std::move(source_path);
  t.reader_ = std::move(reader);
  return t;
}

void PolicyText::leave_in_file(std::string source_path, std::shared_ptr<const BodyReader> reader) {
  std::string().swap(held_);
  source_path_ = std::move(source_path);
  reader_ = std::move(reader);
}

BodyText PolicyText::text() const {
  if (held()) return BodyText(&held_);
  auto read = (*reader_)(source_path_);
  if (!read || read->size() != size_ || sha256_hex(*read) != sha256_)
    throw BodyChanged(source_path_);
  return BodyText(std::move(*read));
}

}  // namespace aimsdoc
