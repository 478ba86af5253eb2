#pragma once
#include <filesystem>
#include <fstream>
#include <string>

namespace aimsdoc {

// Writes a file a piece at a time: the build cache and the policy records are tens or hundreds
// of MB at 100,000 policies, which as one string would raise the build's peak
// (bench/README.md).
class PieceWriter {
 public:
  explicit PieceWriter(const std::filesystem::path& file)
      : file_(file, std::ios::binary | std::ios::trunc) {
    piece_.reserve(2 * kPiece);
  }
  std::string& piece() { return piece_; }
  void flush_if_full() {
    if (piece_.size() >= kPiece) flush();
  }
  bool finish() {
    flush();
    file_.close();
    return !file_.fail();
  }

 private:
  static constexpr std::size_t kPiece = 1 << 20;
  void flush() {
    file_.write(piece_.data(), static_cast<std::streamsize>(piece_.size()));
    piece_.clear();
  }
  std::ofstream file_;
  std::string piece_;
};

}  // namespace aimsdoc
