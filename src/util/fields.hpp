#pragma once
// Length-prefixed fields ("5:hello"), for the small binary-safe files aimsdoc keeps
// between builds: any byte may appear in a field, and a damaged file reads as damaged
// rather than as other data.
#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aimsdoc {

inline void put_field(std::string& out, std::string_view field) {
  char digits[24];  // no std::to_string: a heap string per field showed in profiles
  auto end = std::to_chars(digits, digits + sizeof digits - 1, field.size()).ptr;
  *end++ = ':';
  out.append(digits, end);
  out += field;
}

// A whole decimal number as a field, read back by take_number. Signed values (times) go
// through their unsigned twin.
inline void put_number(std::string& out, std::uint64_t n) {
  char digits[24];
  const char* end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  put_field(out, std::string_view(digits, static_cast<std::size_t>(end - digits)));
}

// The next field of `in` (which is advanced past it), or nullopt when `in` is damaged.
inline std::optional<std::string_view> take_field(std::string_view& in) {
  std::size_t size = 0;
  auto [end, ec] = std::from_chars(in.data(), in.data() + in.size(), size);
  std::size_t digits = static_cast<std::size_t>(end - in.data());
  if (ec != std::errc() || digits == 0 || digits >= in.size() || in[digits] != ':' ||
      in.size() - digits - 1 < size)
    return std::nullopt;
  std::string_view field = in.substr(digits + 1, size);
  in.remove_prefix(digits + 1 + size);
  return field;
}

// The next field of `in` read as a whole decimal number, or nullopt when it is none.
inline std::optional<std::uint64_t> take_number(std::string_view& in) {
  auto field = take_field(in);
  std::uint64_t n = 0;
  if (!field) return std::nullopt;
  auto [end, ec] = std::from_chars(field->data(), field->data() + field->size(), n);
  if (ec != std::errc() || end != field->data() + field->size()) return std::nullopt;
  return n;
}

}  // namespace aimsdoc
