#include "util/ids.hpp"

#include <algorithm>

namespace aimsdoc {
namespace {

bool alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

template <typename Pred>
bool matches(std::string_view id, Pred rest) {
  return !id.empty() && id.size() <= 64 && alnum(id[0]) && std::all_of(id.begin(), id.end(), rest);
}

}  // namespace

bool is_valid_owner_id(std::string_view id) {
  return matches(id, [](char c) { return lower_alnum(c) || c == '-'; });
}

bool is_valid_policy_id(std::string_view id) {
  return matches(id, [](char c) { return alnum(c) || c == '.' || c == '_' || c == '-'; });
}

bool is_valid_requirement_id(std::string_view id) {
  return matches(id,
                 [](char c) { return alnum(c) || c == '.' || c == '_' || c == '-' || c == ' '; });
}

bool is_valid_framework_id(std::string_view id) { return is_valid_owner_id(id); }

}  // namespace aimsdoc
