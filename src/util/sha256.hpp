#pragma once
// SHA-256 (FIPS 180-4), so auditors can verify evidence and output files against the manifest.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace aimsdoc {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view data);
  std::string hex_digest();  // finalizes; call once

 private:
  std::array<std::uint32_t, 8> state_;
  std::array<unsigned char, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

std::string sha256_hex(std::string_view data);

}  // namespace aimsdoc
