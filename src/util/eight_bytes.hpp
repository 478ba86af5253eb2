#pragma once
// Eight bytes at a time: the scans that read every byte of every input (the UTF-8 and
// control-character checks, the link scanner, the search words) load a 64-bit word and
// test all of its bytes at once.
#include <cstdint>
#include <cstring>

namespace aimsdoc {

inline constexpr std::uint64_t kEachByte = 0x0101010101010101ull;  // 0x01 in every byte
inline constexpr std::uint64_t kHighBits = 0x8080808080808080ull;  // 0x80 in every byte

// The eight bytes at `p`, in memory order from the lowest byte (any alignment).
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

// The high bit set in each byte of `w` that equals `c`. Nonzero exactly when some byte
// equals `c`, and the lowest marked byte is the first such byte; a borrow may also mark a
// byte above it.
inline std::uint64_t bytes_equal(std::uint64_t w, unsigned char c) {
  std::uint64_t x = w ^ (c * kEachByte);
  return (x - kEachByte) & ~x & kHighBits;
}

}  // namespace aimsdoc
