#pragma once
// What an id may look like. Ids become file names and URL parts, so they are kept to a
// safe alphabet; anything else is reported rather than escaped.
#include <string_view>

namespace aimsdoc {

bool is_valid_owner_id(std::string_view id);        // [a-z0-9-]+
bool is_valid_policy_id(std::string_view id);       // [A-Za-z0-9][A-Za-z0-9._-]*
bool is_valid_requirement_id(std::string_view id);  // [A-Za-z0-9][A-Za-z0-9. _-]* (no ':' '/')
bool is_valid_framework_id(std::string_view id);    // [a-z0-9-]+

}  // namespace aimsdoc
