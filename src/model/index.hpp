#pragma once
// The one "no index" value: model records point at each other by position in Aims vectors.
#include <cstddef>

namespace aimsdoc {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);

}  // namespace aimsdoc
