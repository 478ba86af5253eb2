#pragma once
// JSON string escaping, for the machine-readable outputs (check --format json, manifest).
#include <string>
#include <string_view>

namespace aimsdoc {

std::string json_string(std::string_view s);  // quoted and escaped

}  // namespace aimsdoc
